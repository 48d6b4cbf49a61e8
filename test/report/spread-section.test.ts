// The spread section of the Markdown and HTML reports, on the small report ecosystem with chance 1,
// where the truth is plain: everything joined to f1 is reached in every run, the isolate d5 never.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeCommand } from "../../src/cli/commands/analyze.js";
import { UsageError } from "../../src/cli/usage-error.js";
import { createEcosystem } from "../../src/model/ecosystem.js";
import { analyzeEcosystem } from "../../src/report/analyze-ecosystem.js";
import { toHtml } from "../../src/report/html.js";
import { toMarkdown } from "../../src/report/markdown.js";
import { simulateSpread } from "../../src/spread/simulate-spread.js";
import { recordingIo } from "../cli/in-process.js";
import { HOSTILE_LABEL, smallData } from "./fixtures.js";

const data = smallData();
const eco = createEcosystem(data);
const report = analyzeEcosystem(eco, { permutations: 99, budget: 1 });
const spread = simulateSpread(eco, { seeds: ["f1"], probability: 1, runs: 20, groupBy: "region" });

/** Actors of each region and those joined to f1 (a breadth-first search over the document's ties). */
function plantedReach(): Map<string, { actors: number; reached: number }> {
  const reached = new Set(["f1"]);
  const queue = ["f1"];
  while (queue.length > 0) {
    const u = queue.shift()!;
    for (const tie of data.ties) {
      const other = tie.source === u ? tie.target : tie.target === u ? tie.source : null;
      if (other !== null && !reached.has(other)) {
        reached.add(other);
        queue.push(other);
      }
    }
  }
  const byRegion = new Map<string, { actors: number; reached: number }>();
  for (const actor of data.actors) {
    const region = String(actor.attributes!.region);
    const row = byRegion.get(region) ?? { actors: 0, reached: 0 };
    row.actors++;
    if (reached.has(actor.id)) row.reached++;
    byRegion.set(region, row);
  }
  return byRegion;
}

function sectionOf(html: string, id: string): string {
  const start = html.indexOf(`<section id="${id}"`);
  return start === -1 ? "" : html.slice(start, html.indexOf("</section>", start));
}

describe("the spread section of the reports", () => {
  const truth = plantedReach();

  it("HTML: a section linked from the contents, a bar per region as long as its mean reach, escaped", () => {
    const html = toHtml(report, eco, { spread });
    expect(html).toContain('<a href="#spread">Spread of an innovation</a>');
    const section = sectionOf(html, "spread");
    expect(section).toContain('<svg xmlns="http://www.w3.org/2000/svg" class="bar-chart"');
    expect(section).toContain("Mean actors reached by region");
    // One bar per region, in name order; its length is its mean reach over the largest region's size.
    const bars = [...section.matchAll(/<rect x="(\d+)" y="\d+" width="([\d.]+)"/g)].map((m) => Number(m[2]));
    const regions = [...truth.keys()].sort();
    expect(bars).toHaveLength(regions.length);
    let largest = 0;
    for (const row of truth.values()) largest = Math.max(largest, row.actors);
    const full = bars[regions.indexOf("Uusimaa")]! / (truth.get("Uusimaa")!.reached / largest);
    regions.forEach((region, k) => {
      expect(bars[k]!).toBeCloseTo((full * truth.get(region)!.reached) / largest, 0);
    });
    expect(bars[regions.indexOf("Kainuu")]).toBe(0);
    expect(section).toContain("Reached in at least half the runs: Lappi, Uusimaa.");
    expect(section).toContain("Fund &amp; Co &lt;script&gt;");
    expect(section).not.toContain("<script>window");
  });

  it("Markdown: a section with the reach by region and role, the labels escaped", () => {
    const text = toMarkdown(report, { spread });
    const start = text.indexOf("## Spread of an innovation");
    expect(start).toBeGreaterThan(text.indexOf("## Weaving plan"));
    const section = text.slice(start, text.indexOf("\n## ", start + 1));
    for (const [region, row] of truth) {
      expect(section).toMatch(new RegExp(`\\| ${region} \\| ${row.actors} \\| ${row.reached} \\|`));
    }
    expect(section).toContain("Fund &amp; Co &lt;script&gt;");
    expect(section).not.toContain(HOSTILE_LABEL);
  });

  it("leaves the section out when no simulation is given", () => {
    expect(toHtml(report, eco)).not.toContain('id="spread"');
    expect(toMarkdown(report)).not.toContain("Spread of an innovation");
  });

  it("CLI: analyze --spread-seeds adds the section, charted by region by default", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "ecoweave-analyze-spread-"));
    writeFileSync(join(cwd, "small.json"), JSON.stringify(data));
    const { io, written } = recordingIo(cwd);
    await analyzeCommand.run(
      ["small.json"],
      { "spread-seeds": "f1", "spread-p": "1", "spread-runs": "20", format: "html" },
      io,
    );
    expect(sectionOf(written(), "spread")).toContain("Mean actors reached by region");
    await expect(analyzeCommand.run(["small.json"], { "spread-p": "0.2" }, io)).rejects.toThrow(UsageError);
  });
});

describe("the spread section in Finnish and Swedish", () => {
  const english = toMarkdown(report, { spread });
  const section = (text: string) =>
    text.slice(text.indexOf("## ", text.lastIndexOf("\n## ", text.indexOf("██"))));

  it.each(["fi", "sv"] as const)(
    "has no English words of the section in %s, and keeps its numbers and bars",
    (locale) => {
      const markdown = toMarkdown(report, { spread, locale });
      const html = toHtml(report, eco, { spread, locale });
      const part = section(markdown);
      for (const word of [
        "Starting with",
        "Reach by",
        "Mean reached",
        "Reached at all",
        "runs",
        "Spread of an innovation",
      ]) {
        expect(part).not.toContain(word);
        expect(html).not.toContain(word);
      }
      // Chance 1: every region's row has the same bar as in English, and a region's mean is written with a comma.
      expect(part.match(/█+░*/g)).toEqual(section(english).match(/█+░*/g));
      expect(part).toMatch(/\d,\d{2}/);
    },
  );
});
