/**
 * The sections of `toHtml` on what to weave: the structural gaps, the suggested ties and the weaving
 * plan, each row with a "Show on map" button.
 *
 * @packageDocumentation
 */
import type { EcosystemReport } from "./analyze-ecosystem.js";
import { cell, headerRow, list, section, type Writer } from "./html-writer.js";
import { actorLabels, planFigureRows } from "./labels.js";
import { showButton } from "./network-section.js";
import { escapeXml as escapeHtml } from "./text.js";
import {
  gapKindName,
  introductionText,
  messageText,
  proposedTieWords,
  reasonTexts,
  type Say,
} from "./words.js";

/** Gap ids as code, or a dash when the tie closes no gap. */
function closesList(ids: readonly string[]): string {
  return ids.length === 0 ? "—" : ids.map((id) => `<code>${escapeHtml(id)}</code>`).join(", ");
}

/** The structural gaps, most severe first, each with a Show on map button. */
export function gapsSection(report: EcosystemReport, w: Writer): string {
  const { say } = w;
  const heading = say("report.section.gaps");
  if (report.gaps.length === 0)
    return section("gaps", heading, `<p>${escapeHtml(say("report.gaps.none"))}</p>`);
  const rows = report.gaps
    .map(
      (gap, k) =>
        `<tr>${cell(String(k + 1), true)}<td class="number nowrap"><span class="severity" style="width:${Math.round(
          gap.severity * 60,
        )}px"></span>${escapeHtml(w.number(gap.severity, 2))}</td>${cell(gapKindName(gap.kind, w.locale))}${cell(messageText(gap.title, gap.titleMessage, w.locale))}${cell(
          messageText(gap.detail, gap.detailMessage, w.locale),
        )}<td class="number">${gap.actors.length}${showButton("gaps", k, w)}</td></tr>`,
    )
    .join("\n");
  return section(
    "gaps",
    heading,
    `<p class="lead">${escapeHtml(say("report.gaps.lead"))}</p>\n<table><caption>${escapeHtml(
      say("report.gaps.caption", { count: report.gaps.length }),
    )}</caption>${headerRow([
      ["#", "number"],
      [say("report.header.severity"), "number"],
      say("report.header.kind"),
      say("report.header.finding"),
      say("report.header.detail"),
      [say("report.header.actors"), "number"],
    ])}<tbody>\n${rows}\n</tbody></table>`,
  );
}

/** The header row of the suggestions' and the plan steps' tables. */
function tieHeaderRow(first: string, say: Say): string {
  return headerRow([
    [first, "number"],
    say("report.header.introduce"),
    say("report.header.tie"),
    say("report.header.closes"),
    say("report.header.introduced"),
    say("report.header.why"),
  ]);
}

/** One row of the suggestions' or the plan steps' table. */
function tieRow(
  report: EcosystemReport,
  tie: EcosystemReport["suggestions"][number] | NonNullable<EcosystemReport["plan"]>["steps"][number],
  k: number,
  kind: "suggestions" | "steps",
  w: Writer,
): string {
  const [source, target] = actorLabels(report, [tie.source, tie.target]);
  const introducers = actorLabels(report, tie.introducers);
  return `<tr><td class="number">${k + 1}${showButton(kind, k, w)}</td><th scope="row">${escapeHtml(`${source} – ${target}`)}</th>${cell(
    proposedTieWords(tie.tieKind, w.locale),
  )}<td>${closesList(tie.closes)}</td>${cell(introductionText(tie.introduction, introducers, w.locale))}<td>${list(
    reasonTexts(tie, w.locale),
  )}</td></tr>`;
}

/** The suggested ties, best first. */
export function suggestionsSection(report: EcosystemReport, w: Writer): string {
  const { say } = w;
  const heading = say("report.section.suggestions");
  if (report.suggestions.length === 0) {
    return section("suggestions", heading, `<p>${escapeHtml(say("report.suggestions.none"))}</p>`);
  }
  const rows = report.suggestions
    .map((suggestion, k) => tieRow(report, suggestion, k, "suggestions", w))
    .join("\n");
  return section(
    "suggestions",
    heading,
    `<p class="lead">${escapeHtml(
      say("report.suggestions.lead", { strategy: report.generatedWith.strategy }),
    )}</p>\n<table><caption>${escapeHtml(
      say("report.suggestions.caption", { count: report.suggestions.length }),
    )}</caption>${tieHeaderRow("#", say)}<tbody>\n${rows}\n</tbody></table>`,
  );
}

/** The weaving plan: its figures before and after, and its steps. */
export function planSection(report: EcosystemReport, w: Writer): string {
  const { say } = w;
  const plan = report.plan;
  const heading = say("report.section.plan");
  if (plan === null) return section("plan", heading, `<p>${escapeHtml(say("report.plan.none"))}</p>`);
  const figures = planFigureRows(plan, w.locale);
  const table = `<table><caption>${escapeHtml(say("report.plan.caption"))}</caption>${headerRow([
    say("report.header.measure"),
    [say("report.header.before"), "number"],
    [say("report.header.after"), "number"],
    [say("report.header.change"), "number"],
  ])}<tbody>${figures
    .map(
      (row) =>
        `<tr><th scope="row">${escapeHtml(row.measure)}</th>${cell(row.before, true)}${cell(row.after, true)}${cell(
          row.change,
          true,
        )}</tr>`,
    )
    .join("")}</tbody></table>`;
  const steps = plan.steps.map((step, k) => tieRow(report, step, k, "steps", w)).join("\n");
  // A private-use character escaping leaves alone marks where the gap ids' markup goes.
  const closedMark = "\ue000";
  const lead = escapeHtml(
    say("report.plan.lead", {
      count: plan.steps.length,
      objective: plan.objective,
      before: plan.gaps.before,
      after: plan.gaps.after,
      closed: closedMark,
    }),
  ).replace(closedMark, () => closesList(plan.gaps.closed));
  return section(
    "plan",
    heading,
    `<p class="lead">${lead}</p>\n${table}\n<table><caption>${escapeHtml(say("report.plan.steps"))}</caption>${tieHeaderRow(
      say("report.header.step"),
      say,
    )}<tbody>\n${steps}\n</tbody></table>`,
  );
}
