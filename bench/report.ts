/**
 * The report's performance target: `analyzeEcosystem` on a generated ecosystem of 10 000 actors and
 * 50 000 ties (mean degree 10) in under 60 s, with the time of each phase from `onProgress`, then
 * `toMarkdown`, `toSvg` and `toHtml` on the report.
 *
 *   npx tsx bench/report.ts [actors] [meanDegree]
 */
import { generateEcosystem } from "../src/datasets/generate.js";
import { type AnalyzeProgress, analyzeEcosystem } from "../src/report/analyze-ecosystem.js";
import { toHtml } from "../src/report/html.js";
import { toMarkdown } from "../src/report/markdown.js";

const actors = Number(process.argv[2] ?? 10_000);
const meanDegree = Number(process.argv[3] ?? 10);
const eco = generateEcosystem({ actors, meanDegree, seed: 1 });
console.log(`ecosystem: ${eco.order} actors, ${eco.size} ties`);

const start = performance.now();
let last = start;
let previous: AnalyzeProgress | null = null;
const report = analyzeEcosystem(eco, {
  onProgress: (progress) => {
    const now = performance.now();
    if (previous !== null && previous.phase !== "complete") {
      console.log(`  ${previous.phase.padEnd(18)} ${((now - last) / 1000).toFixed(2)} s`);
    }
    previous = progress;
    last = now;
  },
});
console.log(`analyzeEcosystem: ${((performance.now() - start) / 1000).toFixed(2)} s`);

let t = performance.now();
const markdown = toMarkdown(report);
console.log(`toMarkdown: ${((performance.now() - t) / 1000).toFixed(2)} s, ${markdown.length} characters`);
t = performance.now();
const html = toHtml(report, eco);
console.log(
  `toHtml (with toSvg): ${((performance.now() - t) / 1000).toFixed(2)} s, ${html.length} characters`,
);
t = performance.now();
const json = JSON.stringify(report);
console.log(`JSON.stringify: ${((performance.now() - t) / 1000).toFixed(2)} s, ${json.length} characters`);
