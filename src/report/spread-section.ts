/**
 * The spread section of the Markdown and HTML reports: how far an innovation started by given actors
 * travels (a `simulateSpread` result), with the reach by region (or role) as a bar chart.
 *
 * @packageDocumentation
 */
import type { SpreadGroupRow, SpreadSimulation } from "../spread/simulate-spread.js";
import type { Locale } from "../text/locale.js";
import type { EcosystemReport } from "./analyze-ecosystem.js";
import { barChart } from "./charts.js";
import { actorLabels } from "./labels.js";
import { escapeXml as escapeHtml, formatNumber, formatPercent, escapeMarkdown as md } from "./text.js";
import { type Say, sayIn } from "./words.js";

/** The bar colour of the reach chart (the report's accent). */
const REACH_COLOR = "#0072B2";

/** The number columns of the reach tables, in order. */
const HEADER_IDS = [
  "report.spread.header.actors",
  "report.spread.header.meanReached",
  "report.spread.header.share",
  "report.spread.header.reachedAtAll",
] as const;

/** Width of the longest bar of the Markdown chart, in characters. */
const TEXT_BAR_WIDTH = 30;

/** The rows the chart shows: by the `groupBy` groups when the simulation has them, else by role. */
function chartRows(simulation: SpreadSimulation, say: Say): { by: string; rows: readonly SpreadGroupRow[] } {
  return simulation.byGroup === null
    ? { by: say("report.spread.role"), rows: simulation.byRole }
    : { by: simulation.groupBy ?? say("report.spread.group"), rows: simulation.byGroup };
}

/** The opening sentence: seeds, mean reach with its error, model and runs, and the caveat. */
function summary(report: EcosystemReport, simulation: SpreadSimulation, say: Say, locale: Locale): string {
  const error =
    simulation.standardError === null ? "" : ` ± ${formatNumber(simulation.standardError, 2, locale)}`;
  return say("report.spread.summary", {
    seeds: actorLabels(report, simulation.seeds).join(", "),
    reach: formatNumber(simulation.expectedReach, 2, locale),
    error,
    actors: String(simulation.actors),
    model: simulation.model === "linear-threshold" ? "lt" : "ic",
    runs: String(simulation.runs),
    seed: String(simulation.seed),
  });
}

/** Which groups are reached in at least half the runs, as a sentence (`null` without `groupBy`). */
function reachedSentence(simulation: SpreadSimulation, say: Say): string | null {
  if (simulation.groupsReached === null) return null;
  return simulation.groupsReached.length === 0
    ? say("report.spread.noneReached", { group: simulation.groupBy ?? say("report.spread.group") })
    : say("report.spread.reached", { groups: simulation.groupsReached.join(", ") });
}

/**
 * The body of the HTML "Spread of an innovation" section: the summary, the mean reach of each region
 * (or role) as an SVG bar chart scaled to the largest group, which groups are reached in at least half
 * the runs, and a table by role. Every label is escaped. O(groups).
 * @internal
 */
export function spreadHtml(
  report: EcosystemReport,
  simulation: SpreadSimulation,
  locale: Locale = "en",
): string {
  const say = sayIn(locale);
  const number = (value: number) => formatNumber(value, 2, locale);
  const percent = (share: number) => formatPercent(share, locale);
  const { by, rows } = chartRows(simulation, say);
  let largest = 0;
  for (const row of rows) largest = Math.max(largest, row.actors);
  const chart = barChart(
    say("report.spread.chartTitle", { by }),
    rows.map((row) => ({
      label: row.group,
      value: row.expectedReach,
      detail: say("report.spread.barDetail", {
        group: row.group,
        reach: number(row.expectedReach),
        actors: String(row.actors),
        share: percent(row.share),
        reached: percent(row.reachedProbability),
      }),
      color: REACH_COLOR,
    })),
    { max: largest, digits: 2 },
  );
  const reached = reachedSentence(simulation, say);
  const roleRows = simulation.byRole
    .map(
      (row) =>
        `<tr><th scope="row">${escapeHtml(row.group)}</th><td class="number">${row.actors}</td><td class="number">${escapeHtml(
          number(row.expectedReach),
        )}</td><td class="number">${escapeHtml(percent(row.share))}</td><td class="number">${escapeHtml(
          percent(row.reachedProbability),
        )}</td></tr>`,
    )
    .join("");
  return [
    `<p class="lead">${escapeHtml(summary(report, simulation, say, locale))}</p>`,
    `<h3>${escapeHtml(say("report.spread.reachBy", { by }))}</h3>`,
    chart,
    reached === null ? "" : `<p>${escapeHtml(reached)}</p>`,
    `<table><caption>${escapeHtml(say("report.spread.reachByRole"))}</caption><thead><tr><th scope="col">${escapeHtml(say("report.spread.header.role"))}</th>${HEADER_IDS.map((id) => `<th scope="col" class="number">${escapeHtml(say(id))}</th>`).join("")}</tr></thead><tbody>${roleRows}</tbody></table>`,
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
export function spreadMarkdown(
  report: EcosystemReport,
  simulation: SpreadSimulation,
  h2: string,
  locale: Locale = "en",
): string[] {
  const say = sayIn(locale);
  const { by, rows } = chartRows(simulation, say);
  const headers = HEADER_IDS.map((id) => md(say(id))).join(" | ");
  const table = (title: string, groupRows: readonly SpreadGroupRow[], bars: boolean): string =>
    [
      `| ${md(title)} | ${headers} |${bars ? ` ${md(say("report.spread.header.chart"))} |` : ""}`,
      `| --- | ---: | ---: | ---: | ---: |${bars ? " --- |" : ""}`,
      ...groupRows.map((row) => {
        const filled = Math.round(Math.min(1, Math.max(0, row.share)) * TEXT_BAR_WIDTH);
        const bar = bars ? ` \`${"█".repeat(filled)}${"░".repeat(TEXT_BAR_WIDTH - filled)}\` |` : "";
        return `| ${md(row.group)} | ${row.actors} | ${formatNumber(row.expectedReach, 2, locale)} | ${formatPercent(row.share, locale)} | ${formatPercent(row.reachedProbability, locale)} |${bar}`;
      }),
    ].join("\n");
  const out = [
    `${h2} ${say("report.section.spread")}`,
    md(summary(report, simulation, say, locale)),
    table(by, rows, true),
  ];
  const reached = reachedSentence(simulation, say);
  if (reached !== null) out.push(md(reached));
  if (simulation.byGroup !== null)
    out.push(table(say("report.spread.header.role"), simulation.byRole, false));
  return out;
}
