import { resolve } from "node:path";
import { sampleEcosystem } from "../../datasets/sample-ecosystem.js";
import { appendAll } from "../../internal/arrays.js";
import { actorLabel } from "../../model/ecosystem.js";
import { analyzeEcosystem, type EcosystemReport } from "../../report/analyze-ecosystem.js";
import { toHtml } from "../../report/html.js";
import { toMarkdown } from "../../report/markdown.js";
import type { NetworkFigures } from "../../weave/network-figures.js";
import { introductionWords, tieKindWords } from "../../weave/tie-proposal.js";
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
Finnish regions with planted features (see docs/sample-ecosystem.md), as of ${DEMO_DATE}. Prints the
overview, the top structural gaps, bridge actors, the suggested introductions with the gaps they
close (the top gap first, the Lappi silo's funder and upskiller) and a 5-tie weaving plan with what it
closes and what happens to the isolates, and writes report.md and report.html.

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
      `Which connections should the weaver make first? (ties active on ${DEMO_DATE})`,
      ...report.suggestions.flatMap((suggestion, index) => {
        const how = introductionWords(suggestion.introduction, suggestion.introducers.map(name));
        const closes = suggestion.closing.slice(0, 3).map((closure) => closure.what);
        return [
          `  ${index + 1}. ${name(suggestion.source)} – ${name(suggestion.target)}: ${tieKindWords(suggestion.tieKind)}, ${how}`,
          `     ${closes.length === 0 ? "closes no gap" : `${closes.join("; ")}`}`,
        ];
      }),
      ...weavingSummary(report, name),
    ];
    if (report.plan !== null) {
      lines.push(
        "",
        `A ${report.plan.steps.length}-tie weaving plan`,
        `  before: ${figures(report.plan.before)}`,
      );
      report.plan.steps.forEach((step, index) => {
        lines.push(
          `  ${index + 1}. ${name(step.source)} – ${name(step.target)} (${tieKindWords(step.tieKind)}): ${
            step.closes.length === 0 ? "closes no gap" : `closes ${step.closes.join(", ")}`
          }`,
        );
      });
      lines.push(`  after:  ${figures(report.plan.after)}`);
      lines.push(
        `  gaps: ${report.plan.gaps.before} before, ${report.plan.gaps.after} after (${report.plan.gaps.closed.length} closed, ${report.plan.gaps.narrowed.length} narrowed)`,
      );
      appendAll(lines, isolateLines(report, name));
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

/** Which suggestions address the top gap, and which bring a siloed community each role it misses. */
function weavingSummary(report: EcosystemReport, name: (id: string) => string): string[] {
  const lines: string[] = [];
  const ranks = (gap: string) =>
    report.suggestions.flatMap((suggestion, index) => (suggestion.closes.includes(gap) ? [index + 1] : []));
  const top = report.gaps[0];
  if (top !== undefined) {
    const by = ranks(top.id);
    lines.push(
      by.length === 0
        ? `  The top gap (${top.id}) is not among what the first ${report.suggestions.length} suggestions close.`
        : `  The top gap, ${top.id}, is addressed by suggestion ${by.join(", ")}.`,
    );
  }
  for (const gap of report.gaps) {
    if (gap.kind !== "siloed-community" || gap.evidence.missingRoles.length === 0) continue;
    const remedies = gap.evidence.missingRoles.map((role) => {
      const index = report.suggestions.findIndex(
        (suggestion) =>
          suggestion.closes.includes(gap.id) &&
          [suggestion.source, suggestion.target].some(
            (id) =>
              !gap.actors.includes(id) && report.actors.some((row) => row.id === id && row.role === role),
          ),
      );
      if (index === -1) return `no ${role} among the first ${report.suggestions.length} suggestions`;
      const suggestion = report.suggestions[index]!;
      return `its ${role} with suggestion ${index + 1} (${name(suggestion.source)} – ${name(suggestion.target)})`;
    });
    lines.push(`  The silo ${gap.id} gets ${remedies.join(", and ")}.`);
  }
  return lines;
}

/** What the plan does for each isolate: the step that brings it in, or why none does. */
function isolateLines(report: EcosystemReport, name: (id: string) => string): string[] {
  const plan = report.plan;
  if (plan === null) return [];
  return report.overview.isolates.map((isolate) => {
    const step = plan.steps.findIndex((s) => s.source === isolate || s.target === isolate);
    if (step !== -1) return `  ${name(isolate)} (an isolate) is brought in by step ${step + 1}.`;
    let least = Number.POSITIVE_INFINITY;
    for (const s of plan.steps) least = Math.min(least, s.gapValue);
    const own = report.suggestions.findIndex((s) => s.source === isolate || s.target === isolate);
    const worth =
      own === -1
        ? "is not among the first suggestions"
        : `(suggestion ${own + 1}) closes gaps worth ${report.suggestions[own]!.gapValue.toFixed(2)}`;
    return `  ${name(isolate)} stays isolated: its best introduction ${worth}, less than each of the ${plan.steps.length} planned ties (the smallest closes ${least.toFixed(2)}), each judged once the ties before it are made; a larger budget reaches it.`;
  });
}
