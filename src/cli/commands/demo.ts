import { resolve } from "node:path";
import type { NetworkStage } from "../../brokers/diagnose-stage.js";
import { sampleEcosystem } from "../../datasets/sample-ecosystem.js";
import { appendAll } from "../../internal/arrays.js";
import { actorLabel } from "../../model/ecosystem.js";
import { analyzeEcosystem, type EcosystemReport } from "../../report/analyze-ecosystem.js";
import { toHtml } from "../../report/html.js";
import { toMarkdown } from "../../report/markdown.js";
import { formatReportDate } from "../../report/text.js";
import {
  closureText,
  introductionText,
  messageText,
  proposedTieWords,
  reasonTexts,
  type Say,
  tieKindName,
} from "../../report/words.js";
import type { MessageId } from "../../text/catalogue.js";
import type { Locale } from "../../text/locale.js";
import { formatMessage, message } from "../../text/message.js";
import type { NetworkFigures } from "../../weave/network-figures.js";
import type { Command } from "../command.js";
import { writeTextFile } from "../options.js";
import { progressReporter } from "../progress.js";
import { fixed, localeOf, roleTextOf, sayer } from "../words.js";

function figures(figures: NetworkFigures, locale: Locale): string {
  return formatMessage(
    {
      id: "cli.demo.figures",
      params: {
        efficiency: fixed(figures.globalEfficiency, 3, locale),
        components: figures.components,
        unmet: figures.coverageGaps,
        spof: figures.singlePointsOfFailure,
      },
    },
    locale,
  );
}

const STAGE_NAMES: Readonly<Record<NetworkStage, MessageId>> = {
  "scattered-fragments": "cli.stage.scatteredFragments",
  "hub-and-spoke": "cli.stage.hubAndSpoke",
  "multi-hub": "cli.stage.multiHub",
  "core-periphery": "cli.stage.corePeriphery",
};

/** The demo's analysis date: fixed, so its output never depends on the day it runs. */
const DEMO_DATE = "2025-06-30";

/** `ecoweave demo`: analyses the bundled illustrative ecosystem, prints the findings, writes the reports. */
export const demoCommand: Command = {
  name: "demo",
  summary: formatMessage({ id: "cli.summary.demo" }),
  usage: "ecoweave demo [--out-dir <dir>]",
  help: message("help.demo", { date: DEMO_DATE }),
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
    const locale = localeOf(io);
    const say = sayer(io);
    const role = roleTextOf(eco, locale);
    const { overview } = report;
    const stage = overview.stage;
    const lines = [
      overview.name ?? say("cli.demo.ecosystem"),
      say("cli.demo.asOf", { date: formatReportDate(DEMO_DATE, locale) }),
      "",
      say("cli.demo.actors", {
        count: overview.actors,
        roles: overview.roles
          .map((row) => say("cli.demo.roleCount", { count: String(row.actors), role: role(row.role) }))
          .join(", "),
      }),
      say("cli.demo.ties", {
        count: overview.ties,
        kinds: overview.tiesByKind
          .map((row) => say("cli.count", { count: String(row.ties), name: tieKindName(row.kind, locale) }))
          .join(", "),
      }),
      say("cli.demo.components", {
        components: overview.components,
        largest: overview.largestComponent,
        actors: overview.actors,
        isolates: overview.isolates.length,
      }),
      stage === null
        ? say("cli.demo.stage", { stage: say("cli.stage.undetermined") })
        : say("cli.demo.stageWhy", {
            stage: say(STAGE_NAMES[stage.stage]),
            reason: reasonTexts(stage, locale)[0] ?? "",
          }),
      "",
      say("cli.demo.gaps"),
      ...report.gaps
        .slice(0, 5)
        .map(
          (gap, index) =>
            `  ${index + 1}. [${fixed(gap.severity, 2, locale)}] ${messageText(gap.title, gap.titleMessage, locale)}`,
        ),
      "",
      say("cli.demo.bridges"),
      ...report.bridgeActors.map((actor, index) => {
        // The first reason decided the rank; a cut vertex also says what hangs on it, when that came later.
        const reasons = reasonTexts(actor, locale);
        const holds = actor.reasonMessages.findIndex((reason) => reason.id === "brokers.bridge.holds");
        const also = holds > 0 ? `\n     ${say("cli.demo.and", { reason: reasons[holds]! })}` : "";
        return `  ${index + 1}. ${actor.label} (${role(actor.role)}): ${reasons[0] ?? ""}${also}`;
      }),
      "",
      say("cli.demo.suggestions", { date: formatReportDate(DEMO_DATE, locale) }),
      ...report.suggestions.flatMap((suggestion, index) => {
        const how = introductionText(suggestion.introduction, suggestion.introducers.map(name), locale);
        const closes = suggestion.closing.slice(0, 3).map((closure) => closureText(closure, locale));
        return [
          `  ${index + 1}. ${name(suggestion.source)} – ${name(suggestion.target)}: ${proposedTieWords(suggestion.tieKind, locale)}, ${how}`,
          `     ${closes.length === 0 ? say("cli.closesNoGap") : closes.join("; ")}`,
        ];
      }),
      ...weavingSummary(report, name, say, role),
    ];
    if (report.plan !== null) {
      lines.push(
        "",
        say("cli.demo.plan", { count: report.plan.steps.length }),
        `  ${say("cli.demo.before", { figures: figures(report.plan.before, locale) })}`,
      );
      report.plan.steps.forEach((step, index) => {
        lines.push(
          `  ${say("cli.demo.step", {
            rank: String(index + 1),
            source: name(step.source),
            target: name(step.target),
            tie: proposedTieWords(step.tieKind, locale),
            closes:
              step.closes.length === 0
                ? say("cli.closesNoGap")
                : say("cli.closes", { gaps: step.closes.join(", ") }),
          })}`,
        );
      });
      lines.push(`  ${say("cli.demo.after", { figures: figures(report.plan.after, locale) })}`);
      lines.push(
        `  ${say("cli.demo.planGaps", {
          before: report.plan.gaps.before,
          after: report.plan.gaps.after,
          closed: report.plan.gaps.closed.length,
          narrowed: report.plan.gaps.narrowed.length,
        })}`,
      );
      appendAll(lines, isolateLines(report, name, say, locale));
    }
    const directory = resolve(io.cwd, typeof values["out-dir"] === "string" ? values["out-dir"] : ".");
    const markdownPath = resolve(directory, "report.md");
    const htmlPath = resolve(directory, "report.html");
    await writeTextFile(markdownPath, toMarkdown(report, { locale }), markdownPath);
    await writeTextFile(htmlPath, toHtml(report, eco, { locale }), htmlPath);
    lines.push(
      "",
      say("cli.demo.wrote", { path: markdownPath }),
      say("cli.demo.wroteHtml", { path: htmlPath }),
    );
    io.stdout(`${lines.join("\n")}\n`);
    return 0;
  },
};

/** Which suggestions address the top gap, and which bring a siloed community each role it misses. */
function weavingSummary(
  report: EcosystemReport,
  name: (id: string) => string,
  say: Say,
  role: (id: string) => string,
): string[] {
  const lines: string[] = [];
  const ranks = (gap: string) =>
    report.suggestions.flatMap((suggestion, index) => (suggestion.closes.includes(gap) ? [index + 1] : []));
  const top = report.gaps[0];
  if (top !== undefined) {
    const by = ranks(top.id);
    lines.push(
      `  ${
        by.length === 0
          ? say("cli.demo.topGapMissed", { gap: top.id, count: report.suggestions.length })
          : say("cli.demo.topGapAddressed", { gap: top.id, ranks: by.join(", ") })
      }`,
    );
  }
  for (const gap of report.gaps) {
    if (gap.kind !== "siloed-community" || gap.evidence.missingRoles.length === 0) continue;
    const remedies = gap.evidence.missingRoles.map((missing) => {
      const index = report.suggestions.findIndex(
        (suggestion) =>
          suggestion.closes.includes(gap.id) &&
          [suggestion.source, suggestion.target].some(
            (id) =>
              !gap.actors.includes(id) && report.actors.some((row) => row.id === id && row.role === missing),
          ),
      );
      if (index === -1)
        return say("cli.demo.silo.missing", { role: role(missing), count: report.suggestions.length });
      const suggestion = report.suggestions[index]!;
      return say("cli.demo.silo.remedy", {
        role: role(missing),
        rank: String(index + 1),
        source: name(suggestion.source),
        target: name(suggestion.target),
      });
    });
    lines.push(
      `  ${say("cli.demo.silo", { gap: gap.id, remedies: remedies.join(say("cli.demo.silo.and")) })}`,
    );
  }
  return lines;
}

/** What the plan does for each isolate: the step that brings it in, or why none does. */
function isolateLines(
  report: EcosystemReport,
  name: (id: string) => string,
  say: Say,
  locale: Locale,
): string[] {
  const plan = report.plan;
  if (plan === null) return [];
  return report.overview.isolates.map((isolate) => {
    const step = plan.steps.findIndex((s) => s.source === isolate || s.target === isolate);
    if (step !== -1) return `  ${say("cli.demo.isolateIn", { name: name(isolate), step: String(step + 1) })}`;
    let least = Number.POSITIVE_INFINITY;
    for (const s of plan.steps) least = Math.min(least, s.gapValue);
    const own = report.suggestions.findIndex((s) => s.source === isolate || s.target === isolate);
    const worth =
      own === -1
        ? say("cli.demo.notSuggested")
        : say("cli.demo.worth", {
            rank: String(own + 1),
            value: fixed(report.suggestions[own]!.gapValue, 2, locale),
          });
    return `  ${say("cli.demo.isolateOut", {
      name: name(isolate),
      worth,
      count: plan.steps.length,
      least: fixed(least, 2, locale),
    })}`;
  });
}
