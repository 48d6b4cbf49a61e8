// Every report says the date it was analysed as of, when it has one.
import { describe, expect, it } from "vitest";
import { createEcosystem } from "../../src/model/ecosystem.js";
import { analyzeEcosystem } from "../../src/report/analyze-ecosystem.js";
import { toHtml } from "../../src/report/html.js";
import { toMarkdown } from "../../src/report/markdown.js";
import { edgeListData } from "../helpers.js";

describe("the analysis date in reports", () => {
  const eco = createEcosystem(
    edgeListData(
      ["a", "b", "c"],
      [
        ["a", "b"],
        ["b", "c"],
      ],
    ),
  );

  it("prints 'As of' in Markdown and HTML when the report has a date", () => {
    const report = analyzeEcosystem(eco, { at: "2026-12-07", permutations: 10 });
    expect(report.generatedWith.at).toBe("2026-12-07");
    expect(toMarkdown(report)).toContain("\n\nAs of 2026-12-07.\n\n");
    expect(toHtml(report, eco)).toContain('<p class="as-of">As of 2026-12-07</p>');
  });

  it("prints no date for a report of every tie whatever its dates", () => {
    const report = analyzeEcosystem(eco, { permutations: 10 });
    expect(toMarkdown(report)).not.toContain("As of");
    expect(toHtml(report, eco)).not.toContain("As of");
  });
});
