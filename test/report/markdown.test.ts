// toMarkdown: a snapshot of the report of a small ecosystem (reviewed by hand when it changes), and the
// escaping rules on labels that would otherwise break a table or open raw HTML.
import { describe, expect, it } from "vitest";
import { sampleEcosystem } from "../../src/datasets/sample-ecosystem.js";
import { createEcosystem } from "../../src/model/ecosystem.js";
import { analyzeEcosystem } from "../../src/report/analyze-ecosystem.js";
import { toMarkdown } from "../../src/report/markdown.js";
import { escapeMarkdown } from "../../src/report/text.js";
import { smallData } from "./fixtures.js";

const small = analyzeEcosystem(createEcosystem(smallData()), { permutations: 200 });

describe("toMarkdown", () => {
  it("starts with the report's heading (the documented example)", () => {
    expect(toMarkdown(analyzeEcosystem(sampleEcosystem())).split("\n")[0]).toBe(
      "# Ecosystem report: Finnish social-innovation ecosystem (fictional, illustrative)",
    );
  });

  it("renders the small ecosystem's report as in the snapshot", () => {
    expect(toMarkdown(small)).toMatchSnapshot();
  });

  it("escapes pipes, markup and HTML in labels, so every table row keeps its columns", () => {
    const text = toMarkdown(small);
    expect(text).toContain("Skills \\| Lab");
    expect(text).toContain("Fund &amp; Co &lt;script&gt;window.\\_\\_pwned = 1&lt;/script&gt;");
    expect(text).toContain("Beta \\*Enterprise\\*");
    expect(text).not.toContain("<script>");
    for (const block of text.split("\n\n")) {
      const rows = block.split("\n").filter((line) => line.startsWith("| "));
      if (rows.length === 0) continue;
      const columns = (line: string) => line.replace(/\\\|/g, "").split("|").length;
      for (const row of rows) expect(columns(row)).toBe(columns(rows[0]!));
    }
  });

  it("has a section for each part of the report", () => {
    const headings = toMarkdown(small)
      .split("\n")
      .filter((line) => line.startsWith("## "));
    expect(headings).toEqual([
      "## Overview",
      "## Structural gaps",
      "## Bridge actors",
      "## Key players and weaver candidates",
      "## Suggested connections",
      "## Weaving plan",
      "## Who is tied to whom",
    ]);
  });

  it("shifts headings with headingLevel and cuts the gaps at maxGaps", () => {
    const text = toMarkdown(small, { headingLevel: 2, maxGaps: 1 });
    expect(text.startsWith("## Ecosystem report: Small \\| test &lt;ecosystem&gt;\n")).toBe(true);
    expect(text).toContain("\n### Overview\n");
    expect(text).toMatch(/And \d+ more gaps of lower severity\./);
  });

  it.each([[{ headingLevel: 0 }], [{ headingLevel: 5 }], [{ maxGaps: -1 }]])(
    "refuses the option %o",
    (options) => {
      expect(() => toMarkdown(small, options)).toThrow(expect.objectContaining({ code: "invalid_option" }));
    },
  );
});

describe("escapeMarkdown", () => {
  it("escapes Markdown and HTML characters and folds line breaks", () => {
    expect(escapeMarkdown("a|b *c* _d_ [e](f) `g` \\ <h> & i\nj")).toBe(
      "a\\|b \\*c\\* \\_d\\_ \\[e\\](f) \\`g\\` \\\\ &lt;h&gt; &amp; i j",
    );
  });
});
