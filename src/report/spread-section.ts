/**
 * The spread section of the Markdown and HTML reports: how far an innovation started by given actors
 * travels (a `simulateSpread` result), with the reach by region (or role) as a bar chart.
 *
 * @packageDocumentation
 */
import type { SpreadGroupRow, SpreadSimulation } from "../spread/simulate-spread.js";
import type { EcosystemReport } from "./analyze-ecosystem.js";
import { barChart } from "./charts.js";
import { actorLabels } from "./labels.js";
import { escapeXml as escapeHtml, formatNumber, formatPercent, escapeMarkdown as md } from "./text.js";

/** The bar colour of the reach chart (the report's accent). */
const REACH_COLOR = "#0072B2";

/** Width of the longest bar of the Markdown chart, in characters. */
const TEXT_BAR_WIDTH = 30;

/** The rows the chart shows: by the `groupBy` groups when the simulation has them, else by role. */
function chartRows(simulation: SpreadSimulation): { by: string; rows: readonly SpreadGroupRow[] } {
  return simulation.byGroup === null
    ? { by: "role", rows: simulation.byRole }
    : { by: simulation.groupBy ?? "group", rows: simulation.byGroup };
}

/** The opening sentence: seeds, mean reach with its error, model and runs, and the caveat. */
function summary(report: EcosystemReport, simulation: SpreadSimulation): string {
  const model = simulation.model === "linear-threshold" ? "linear threshold" : "independent cascade";
  const error = simulation.standardError === null ? "" : ` ± ${formatNumber(simulation.standardError, 2)}`;
  const seeds = actorLabels(report, simulation.seeds).join(", ");
  return `Starting with ${seeds}, the innovation reaches on average ${formatNumber(simulation.expectedReach, 2)}${error} of ${simulation.actors} actors (${model}, ${simulation.runs} runs, seed ${simulation.seed}). The chances are assumptions: compare options with them; they do not forecast adoption.`;
}

/** Which groups are reached in at least half the runs, as a sentence (`null` without `groupBy`). */
function reachedSentence(simulation: SpreadSimulation): string | null {
  if (simulation.groupsReached === null) return null;
  return simulation.groupsReached.length === 0
    ? `No ${simulation.groupBy ?? "group"} is reached in at least half the runs.`
    : `Reached in at least half the runs: ${simulation.groupsReached.join(", ")}.`;
}

/**
 * The body of the HTML "Spread of an innovation" section: the summary, the mean reach of each region
 * (or role) as an SVG bar chart scaled to the largest group, which groups are reached in at least half
 * the runs, and a table by role. Every label is escaped. O(groups).
 * @internal
 */
export function spreadHtml(report: EcosystemReport, simulation: SpreadSimulation): string {
  const { by, rows } = chartRows(simulation);
  let largest = 0;
  for (const row of rows) largest = Math.max(largest, row.actors);
  const chart = barChart(
    `Mean actors reached by ${by}`,
    rows.map((row) => ({
      label: row.group,
      value: row.expectedReach,
      detail: `${row.group}: ${formatNumber(row.expectedReach, 2)} of ${row.actors} actors reached on average (${formatPercent(row.share)}); reached at all in ${formatPercent(row.reachedProbability)} of runs`,
      color: REACH_COLOR,
    })),
    { max: largest, digits: 2 },
  );
  const reached = reachedSentence(simulation);
  const roleRows = simulation.byRole
    .map(
      (row) =>
        `<tr><th scope="row">${escapeHtml(row.group)}</th><td class="number">${row.actors}</td><td class="number">${escapeHtml(
          formatNumber(row.expectedReach, 2),
        )}</td><td class="number">${escapeHtml(formatPercent(row.share))}</td><td class="number">${escapeHtml(
          formatPercent(row.reachedProbability),
        )}</td></tr>`,
    )
    .join("");
  return [
    `<p class="lead">${escapeHtml(summary(report, simulation))}</p>`,
    `<h3>Reach by ${escapeHtml(by)}</h3>`,
    chart,
    reached === null ? "" : `<p>${escapeHtml(reached)}</p>`,
    `<table><caption>Reach by role</caption><thead><tr><th scope="col">Role</th><th scope="col" class="number">Actors</th><th scope="col" class="number">Mean reached</th><th scope="col" class="number">Share</th><th scope="col" class="number">Reached at all</th></tr></thead><tbody>${roleRows}</tbody></table>`,
  ]
    .filter((part) => part !== "")
    .join("\n");
}

/**
 * The Markdown "Spread of an innovation" section under heading `h2`: the summary, a table by region
 * (or role) with the share reached as a text bar chart, which groups are reached in at least half the
 * runs, and a table by role. Every label is escaped like the rest of the report. O(groups).
 * @internal
 */
export function spreadMarkdown(report: EcosystemReport, simulation: SpreadSimulation, h2: string): string[] {
  const { by, rows } = chartRows(simulation);
  const table = (title: string, groupRows: readonly SpreadGroupRow[], bars: boolean): string =>
    [
      `| ${md(title)} | Actors | Mean reached | Share | Reached at all |${bars ? " Chart |" : ""}`,
      `| --- | ---: | ---: | ---: | ---: |${bars ? " --- |" : ""}`,
      ...groupRows.map((row) => {
        const filled = Math.round(Math.min(1, Math.max(0, row.share)) * TEXT_BAR_WIDTH);
        const bar = bars ? ` \`${"█".repeat(filled)}${"░".repeat(TEXT_BAR_WIDTH - filled)}\` |` : "";
        return `| ${md(row.group)} | ${row.actors} | ${formatNumber(row.expectedReach, 2)} | ${formatPercent(row.share)} | ${formatPercent(row.reachedProbability)} |${bar}`;
      }),
    ].join("\n");
  const out = [`${h2} Spread of an innovation`, md(summary(report, simulation)), table(by, rows, true)];
  const reached = reachedSentence(simulation);
  if (reached !== null) out.push(md(reached));
  if (simulation.byGroup !== null) out.push(table("Role", simulation.byRole, false));
  return out;
}
