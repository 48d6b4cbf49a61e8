/**
 * Spread results as Markdown: a section a report or the CLI can print, with the reach by group as a
 * bar chart in text, so it reads the same in a terminal, a Markdown viewer and a notebook.
 *
 * @packageDocumentation
 */
import { appendAll } from "../internal/arrays.js";
import { percent, shortNumber } from "../internal/wording.js";
import type { SpreadSeedsResult } from "./find-spread-seeds.js";
import type { SpreadGroupRow, SpreadSimulation } from "./simulate-spread.js";

/** Options of {@link toSpreadMarkdown}. */
export interface ToSpreadMarkdownOptions {
  /**
   * Heading level of the section (1-6).
   * @defaultValue 2
   */
  headingLevel?: number;
  /**
   * Width of the longest bar of the chart, in characters.
   * @defaultValue 30
   */
  barWidth?: number;
}

/** The defaults of {@link ToSpreadMarkdownOptions}. */
export const TO_SPREAD_MARKDOWN_DEFAULTS = Object.freeze({
  headingLevel: 2,
  barWidth: 30,
} satisfies ToSpreadMarkdownOptions);

function escapeCell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

function groupTable(title: string, rows: readonly SpreadGroupRow[]): string[] {
  return [
    `| ${title} | actors | expected reach | share reached | reached at all |`,
    "| --- | ---: | ---: | ---: | ---: |",
    ...rows.map(
      (row) =>
        `| ${escapeCell(row.group)} | ${row.actors} | ${shortNumber(row.expectedReach, 2)} | ${percent(row.share)} | ${percent(row.reachedProbability)} |`,
    ),
  ];
}

/** A bar per row, in a fenced block: `North  ███████░ 45%`. */
function barChart(rows: readonly { group: string; share: number }[], width: number): string[] {
  let label = 0;
  for (const row of rows) label = Math.max(label, row.group.length);
  return [
    "```text",
    ...rows.map((row) => {
      const filled = Math.round(row.share * width);
      return `${row.group.padEnd(label)}  ${"█".repeat(filled)}${"░".repeat(width - filled)} ${percent(row.share)}`;
    }),
    "```",
  ];
}

/**
 * A simulation (and, when given, the seeds found for it) as a Markdown section: the expected reach
 * with its standard error, the reach by role and by group in tables, the share of each group
 * reached as a text bar chart, and the mean curve by step.
 *
 * @remarks
 * The chart is text so that the section needs no image; the report's HTML can render the same rows
 * as an SVG bar chart. O(groups + steps).
 * @category Spread
 */
export function toSpreadMarkdown(
  simulation: SpreadSimulation,
  seeds: SpreadSeedsResult | null = null,
  options: ToSpreadMarkdownOptions = {},
): string {
  const level = Math.min(
    6,
    Math.max(1, Math.trunc(options.headingLevel ?? TO_SPREAD_MARKDOWN_DEFAULTS.headingLevel)),
  );
  const width = Math.max(1, Math.trunc(options.barWidth ?? TO_SPREAD_MARKDOWN_DEFAULTS.barWidth));
  const heading = "#".repeat(level);
  const model = simulation.model === "linear-threshold" ? "linear threshold" : "independent cascade";
  const error = simulation.standardError === null ? "" : ` ± ${shortNumber(simulation.standardError, 2)}`;
  const lines = [
    `${heading} Spread of the innovation`,
    "",
    `Starting with ${simulation.seeds.join(", ")}, the innovation reaches on average ${shortNumber(simulation.expectedReach, 2)}${error} of ${simulation.actors} actors (${model}, ${simulation.runs} runs, seed ${simulation.seed}). The chances are assumptions: compare options with them, do not read them as a forecast.`,
    "",
  ];
  if (seeds !== null) {
    lines.push(
      `${heading}# Where to start`,
      "",
      "| seed | role | gain | why |",
      "| --- | --- | ---: | --- |",
    );
    for (const seed of seeds.seeds) {
      lines.push(
        `| ${escapeCell(seed.label)} | ${seed.role} | ${shortNumber(seed.marginalGain, 2)} | ${escapeCell(seed.reason.text)} |`,
      );
    }
    lines.push("");
  }
  lines.push(`${heading}# Reach by role`, "");
  appendAll(lines, groupTable("role", simulation.byRole));
  lines.push("");
  if (simulation.byGroup !== null) {
    lines.push(`${heading}# Reach by ${simulation.groupBy}`, "");
    appendAll(lines, groupTable(simulation.groupBy ?? "group", simulation.byGroup));
    lines.push("");
    appendAll(lines, barChart(simulation.byGroup, width));
    lines.push("");
    const reached = simulation.groupsReached ?? [];
    lines.push(
      reached.length === 0
        ? `No ${simulation.groupBy} is reached in at least half the runs.`
        : `Reached in at least half the runs: ${reached.join(", ")}.`,
      "",
    );
  }
  lines.push(`${heading}# Reach by step`, "", "| step | mean reached |", "| ---: | ---: |");
  simulation.curve.forEach((reach, step) => {
    lines.push(`| ${step} | ${shortNumber(reach, 2)} |`);
  });
  return `${lines.join("\n")}\n`;
}
