/**
 * Spread results as Markdown: a section a report or the CLI can print, with the reach by group as a
 * bar chart in text, so it reads the same in a terminal, a Markdown viewer and a notebook.
 *
 * @packageDocumentation
 */
import { appendAll } from "../internal/arrays.js";
import { escapeControl } from "../internal/escape-control.js";
import { checkOptionKeys, optionKeys } from "../model/check-arguments.js";
import { checkResult } from "../model/check-inputs.js";
import { InvalidOptionError } from "../model/errors.js";
import { mustBe, mustBeGot, ruleFinite, ruleOneOf } from "../model/option-errors.js";
import type { MessageId } from "../text/catalogue.js";
import { isLocale, type Locale } from "../text/locale.js";
import { formatMessage, type MessageParams } from "../text/message.js";
import { formatNumber, formatPercent } from "../text/numbers.js";
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
  /**
   * The language of the headings, table headers, sentences, role names and numbers (`fi` and `sv`
   * write a decimal comma); actor labels and group names stay as they are.
   * @defaultValue "en"
   */
  locale?: Locale;
}

const TO_SPREAD_MARKDOWN_OPTION_KEYS = optionKeys<ToSpreadMarkdownOptions>({
  headingLevel: true,
  barWidth: true,
  locale: true,
});

/** The defaults of {@link ToSpreadMarkdownOptions}. */
export const TO_SPREAD_MARKDOWN_DEFAULTS = Object.freeze({
  headingLevel: 2,
  barWidth: 30,
  locale: "en",
} satisfies ToSpreadMarkdownOptions);

function escapeCell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\r\n|\r|\n/g, " ");
}

/** The words and numbers of the section in one locale. */
interface Writer {
  readonly text: (id: MessageId, params?: MessageParams) => string;
  readonly number: (value: number) => string;
  readonly percent: (share: number) => string;
}

function writerFor(locale: Locale): Writer {
  return {
    text: (id, params = {}) => formatMessage({ id, params }, locale),
    // Rounded as the English text always was (toFixed), so English output keeps its digits.
    number: (value) => formatNumber(Number(value.toFixed(2)), locale, 2),
    percent: (share) => formatPercent(share, locale),
  };
}

function groupTable(
  write: Writer,
  title: string,
  rows: readonly SpreadGroupRow[],
  name: (group: string) => string,
): string[] {
  const header = [
    title,
    write.text("spread.markdown.column.actors"),
    write.text("spread.markdown.column.expectedReach"),
    write.text("spread.markdown.column.share"),
    write.text("spread.markdown.column.reachedAtAll"),
  ];
  return [
    `| ${header.join(" | ")} |`,
    "| --- | ---: | ---: | ---: | ---: |",
    ...rows.map(
      (row) =>
        `| ${escapeCell(name(row.group))} | ${row.actors} | ${write.number(row.expectedReach)} | ${write.percent(row.share)} | ${write.percent(row.reachedProbability)} |`,
    ),
  ];
}

/** A bar per row, in a fenced block: `North  ███████░ 45%`. */
function barChart(write: Writer, rows: readonly { group: string; share: number }[], width: number): string[] {
  let label = 0;
  for (const row of rows) label = Math.max(label, row.group.length);
  return [
    "```text",
    ...rows.map((row) => {
      const filled = Math.round(row.share * width);
      return `${row.group.padEnd(label)}  ${"█".repeat(filled)}${"░".repeat(width - filled)} ${write.percent(row.share)}`;
    }),
    "```",
  ];
}

/**
 * A simulation (and, when given, the seeds found for it) as a Markdown section: the expected reach
 * with its standard error, the reach by role and by group in tables, the share of each group
 * reached as a text bar chart, and the mean curve by step, written in `options.locale` (messages
 * `spread.markdown.*`, role names by `spread.role`).
 *
 * @remarks
 * The chart is text so that the section needs no image; the report's HTML can render the same rows
 * as an SVG bar chart. Control characters and bidi overrides in labels, ids and group names are
 * written as visible `\uXXXX` escapes (see `escapeControl`), so the section printed in a terminal
 * cannot drive it. O(groups + steps).
 * @throws {@link EcoweaveError} `invalid_argument` when `simulation` (or `seeds`) is not what
 *   `simulateSpread` (or `findSpreadSeeds`) returns.
 * @throws {@link InvalidOptionError} for an unknown option (naming the closest one), a heading level
 *   or bar width that is not a finite number, or a locale other than `en`, `fi`, `sv`.
 * @category Spread
 */
export function toSpreadMarkdown(
  simulation: SpreadSimulation,
  seeds: SpreadSeedsResult | null = null,
  options: ToSpreadMarkdownOptions = {},
): string {
  checkResult("toSpreadMarkdown", simulation, "a spread simulation", "simulateSpread", ["byRole"]);
  if (seeds !== null) checkResult("toSpreadMarkdown", seeds, "spread seeds", "findSpreadSeeds", ["seeds"]);
  checkOptionKeys("toSpreadMarkdown", options, TO_SPREAD_MARKDOWN_OPTION_KEYS);
  for (const name of ["headingLevel", "barWidth"] as const) {
    const value = options[name];
    if (value !== undefined && !(typeof value === "number" && Number.isFinite(value))) {
      throw mustBeGot("toSpreadMarkdown", name, String(value), ruleFinite());
    }
  }
  if (options.locale !== undefined && !isLocale(options.locale)) {
    throw mustBe(
      "toSpreadMarkdown",
      "locale",
      JSON.stringify(options.locale),
      ruleOneOf(['"en"', '"fi"', '"sv"']),
    );
  }
  const level = Math.min(
    6,
    Math.max(1, Math.trunc(options.headingLevel ?? TO_SPREAD_MARKDOWN_DEFAULTS.headingLevel)),
  );
  const width = Math.max(1, Math.trunc(options.barWidth ?? TO_SPREAD_MARKDOWN_DEFAULTS.barWidth));
  const write = writerFor(options.locale ?? TO_SPREAD_MARKDOWN_DEFAULTS.locale);
  const role = (id: string) => write.text("spread.role", { role: id });
  const heading = "#".repeat(level);
  const lines = [
    `${heading} ${write.text("spread.markdown.title")}`,
    "",
    write.text("spread.markdown.summary", {
      seeds: simulation.seeds.join(", "),
      reach: Number(simulation.expectedReach.toFixed(2)),
      error: simulation.standardError === null ? "none" : "some",
      standardError: simulation.standardError === null ? null : Number(simulation.standardError.toFixed(2)),
      actors: simulation.actors,
      model: simulation.model === "linear-threshold" ? "threshold" : "cascade",
      runs: simulation.runs,
      seed: String(simulation.seed),
    }),
    "",
  ];
  if (seeds !== null) {
    const header = ["seed", "role", "gain", "why"] as const;
    lines.push(
      `${heading}# ${write.text("spread.markdown.seeds")}`,
      "",
      `| ${header.map((column) => write.text(`spread.markdown.column.${column}`)).join(" | ")} |`,
      "| --- | --- | ---: | --- |",
    );
    for (const seed of seeds.seeds) {
      lines.push(
        `| ${escapeCell(seed.label)} | ${escapeCell(role(seed.role))} | ${write.number(seed.marginalGain)} | ${escapeCell(
          write.text(seed.reason.id, seed.reason.params),
        )} |`,
      );
    }
    lines.push("");
  }
  lines.push(`${heading}# ${write.text("spread.markdown.byRole")}`, "");
  appendAll(lines, groupTable(write, write.text("spread.markdown.column.role"), simulation.byRole, role));
  lines.push("");
  if (simulation.byGroup !== null) {
    const group = simulation.groupBy ?? "group";
    lines.push(`${heading}# ${write.text("spread.markdown.byGroup", { group })}`, "");
    appendAll(
      lines,
      groupTable(write, group, simulation.byGroup, (name) => name),
    );
    lines.push("");
    appendAll(lines, barChart(write, simulation.byGroup, width));
    lines.push("");
    const reached = simulation.groupsReached ?? [];
    lines.push(
      reached.length === 0
        ? write.text("spread.markdown.noneReached", { group })
        : write.text("spread.markdown.reached", { groups: reached.join(", ") }),
      "",
    );
  }
  const stepHeader = `| ${write.text("spread.markdown.column.step")} | ${write.text("spread.markdown.column.meanReached")} |`;
  lines.push(`${heading}# ${write.text("spread.markdown.byStep")}`, "", stepHeader, "| ---: | ---: |");
  simulation.curve.forEach((reach, step) => {
    lines.push(`| ${step} | ${write.number(reach)} |`);
  });
  // Labels, ids and group names are the document's text: no control character reaches a terminal raw.
  return `${escapeControl(lines.join("\n"))}\n`;
}
