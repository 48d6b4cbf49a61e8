// Issue 14: control characters in the document's text are escaped in every text output. The spread
// section is written by the spread layer itself, not through the report's Markdown escaping.
import { describe, expect, it } from "vitest";
import { createEcosystem } from "../../src/model/ecosystem.js";
import { findSpreadSeeds } from "../../src/spread/find-spread-seeds.js";
import { simulateSpread } from "../../src/spread/simulate-spread.js";
import { toSpreadMarkdown } from "../../src/spread/spread-markdown.js";

/** Any character a terminal obeys instead of printing, or a bidi override (tab and line feed allowed). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are what the test looks for
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const TITLE = "\u001b]0;pwned\u0007";
const CLEAR = "\u001b[2J\u001b[H";

const eco = createEcosystem({
  actors: [
    { id: `f${CLEAR}`, label: `Fund${TITLE}`, role: "funder", attributes: { region: `North\u202eX` } },
    { id: "d1", label: "Dev\u009b31m\r\nnext", role: "developer", attributes: { region: `South${CLEAR}` } },
    { id: "u1", label: "Uni", role: "upskiller", attributes: { region: "South" } },
  ],
  ties: [
    { source: `f${CLEAR}`, target: "d1", kind: "funding" },
    { source: "u1", target: "d1", kind: "training" },
  ],
});

describe("toSpreadMarkdown on hostile labels, ids and groups", () => {
  it("writes no raw control character, and shows each one as a visible escape", () => {
    const simulation = simulateSpread(eco, {
      seeds: [`f${CLEAR}`],
      probability: 0.5,
      runs: 50,
      seed: 1,
      groupBy: "region",
    });
    const seeds = findSpreadSeeds(eco, { k: 2, probability: 0.5, groupBy: "region", seed: 1 });
    const markdown = toSpreadMarkdown(simulation, seeds);
    expect(markdown).not.toMatch(RAW_CONTROL);
    expect(markdown).toContain("f\\u001b[2J\\u001b[H");
    expect(markdown).toContain("| South\\u001b[2J\\u001b[H |");
    expect(markdown).toContain("North\\u202eX");
    expect(markdown).toContain("Dev\\u009b31m next");
  });
});
