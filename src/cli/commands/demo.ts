import { resolve } from "node:path";
import { sampleEcosystem } from "../../datasets/sample-ecosystem.js";
import { actorLabel } from "../../model/ecosystem.js";
import { analyzeEcosystem } from "../../report/analyze-ecosystem.js";
import { toHtml } from "../../report/html.js";
import { toMarkdown } from "../../report/markdown.js";
import type { NetworkFigures } from "../../weave/network-figures.js";
import type { Command } from "../command.js";
import { writeTextFile } from "../options.js";
import { progressReporter } from "../progress.js";

function figures(figures: NetworkFigures): string {
  return `efficiency ${figures.globalEfficiency.toFixed(3)}, ${figures.components} components, ${figures.coverageGaps} unmet needs, ${figures.singlePointsOfFailure} single points of failure`;
}

/** The demo's analysis date: fixed, so its output never depends on the day it runs. */
const DEMO_DATE = "2025-06-30";

/** `ecoweave demo`: analyses the bundled illustrative ecosystem, prints the findings, writes the reports. */
export const demoCommand: Command = {
  name: "demo",
  summary: "analyse the bundled illustrative (fictional) ecosystem, print the findings, write the reports",
  usage: "ecoweave demo [--out-dir <dir>]",
  help: `Runs every analysis on the sample ecosystem that ships with ecoweave: 115 fictional actors in real
Finnish regions with planted features (see docs/sample-ecosystem.md). Prints the overview, the top
structural gaps, bridge actors and suggested introductions and a 5-tie weaving plan, and writes
report.md and report.html.

Options:
  --out-dir <dir>     where to write report.md and report.html (default: the current directory)

The demo runs as of 2025-06-30, a fixed date, so its output is the same every day: the sample's
ties are dated, and on that date the ESF+ programme's funding ties are active but end within the
year.

Example:
  ecoweave demo --out-dir /tmp`,
  options: { "out-dir": { type: "string" } },
  positionals: { min: 0, max: 0 },
  async run(_positionals, values, io) {
    const eco = sampleEcosystem();
    const onProgress = progressReporter(values, io);
    const report = analyzeEcosystem(eco, {
      at: DEMO_DATE,
      seed: 1,
      coverageBy: "region",
      budget: 5,
      top: 5,
      ...(onProgress ? { onProgress } : {}),
    });
    const name = (id: string) => actorLabel(eco, id);
    const { overview } = report;
    const lines = [
      overview.name ?? "Ecosystem",
      `As of ${DEMO_DATE}`,
      "",
      `Actors: ${overview.actors} (${overview.roles.map((row) => `${row.actors} ${row.role}s`).join(", ")})`,
      `Ties:   ${overview.ties} (${overview.tiesByKind.map((row) => `${row.ties} ${row.kind}`).join(", ")})`,
      `Components: ${overview.components}; the largest holds ${overview.largestComponent} of ${overview.actors} actors; ${overview.isolates.length} isolates`,
      `Stage: ${overview.stage?.stage ?? "undetermined"}${overview.stage ? ` (${overview.stage.reasons[0]})` : ""}`,
      "",
      "Where are the structural gaps? (most severe first)",
      ...report.gaps
        .slice(0, 5)
        .map((gap, index) => `  ${index + 1}. [${gap.severity.toFixed(2)}] ${gap.title}`),
      "",
      "Who are the bridge actors?",
      ...report.bridgeActors.map((actor, index) => {
        // The first reason decided the rank; a cut vertex also says what hangs on it, when that came later.
        const holds = actor.reasons.findIndex((reason) => reason.startsWith("holds "));
        const also = holds > 0 ? `\n     and ${actor.reasons[holds]!}` : "";
        return `  ${index + 1}. ${actor.label} (${actor.role}): ${actor.reasons[0] ?? ""}${also}`;
      }),
      "",
      "Which connections should the weaver make first?",
      ...report.suggestions.map((suggestion, index) => {
        const through =
          suggestion.introducers.length > 0 ? `, through ${name(suggestion.introducers[0]!)}` : "";
        return `  ${index + 1}. ${name(suggestion.source)} – ${name(suggestion.target)}${through}: ${suggestion.reasons[0] ?? ""}`;
      }),
    ];
    if (report.plan !== null) {
      lines.push(
        "",
        `A ${report.plan.steps.length}-tie weaving plan`,
        `  before: ${figures(report.plan.before)}`,
      );
      report.plan.steps.forEach((step, index) => {
        lines.push(`  ${index + 1}. ${name(step.source)} – ${name(step.target)}`);
      });
      lines.push(`  after:  ${figures(report.plan.after)}`);
    }
    const directory = resolve(io.cwd, typeof values["out-dir"] === "string" ? values["out-dir"] : ".");
    const markdownPath = resolve(directory, "report.md");
    const htmlPath = resolve(directory, "report.html");
    await writeTextFile(markdownPath, toMarkdown(report), markdownPath);
    await writeTextFile(htmlPath, toHtml(report, eco), htmlPath);
    lines.push("", `Wrote ${markdownPath}`, `Wrote ${htmlPath} (open it in a browser; it works offline)`);
    io.stdout(`${lines.join("\n")}\n`);
    return 0;
  },
};
