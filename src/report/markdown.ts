/**
 * `toMarkdown`: the ecosystem report as Markdown tables and lists, for issues, wikis and notebooks.
 *
 * @packageDocumentation
 */
import { appendAll } from "../internal/arrays.js";
import { InvalidOptionError } from "../model/errors.js";
import type { SpreadSimulation } from "../spread/simulate-spread.js";
import { introductionWords, tieKindWords } from "../weave/tie-proposal.js";
import type { EcosystemReport } from "./analyze-ecosystem.js";
import { actorLabels, overviewFigureRows, planFigureRows, stageSentence } from "./labels.js";
import { spreadMarkdown } from "./spread-section.js";
import { formatNumber, formatPercent, escapeMarkdown as md } from "./text.js";

/** Options of {@link toMarkdown}. */
export interface ToMarkdownOptions {
  /**
   * Level of the report's top heading (1 = `#`), an integer from 1 to 4; sections are one level below.
   * @defaultValue 1
   */
  headingLevel?: number;
  /**
   * Largest number of gaps listed (an integer ≥ 0); the rest are counted.
   * @defaultValue 20
   */
  maxGaps?: number;
  /**
   * A spread simulation (from `simulateSpread` on the same ecosystem) to show in a "Spread of an
   * innovation" section after the weaving plan, with the reach by region (else by role) and a text
   * bar chart of the share reached.
   * @defaultValue none (no such section)
   */
  spread?: SpreadSimulation;
}

/** The defaults of {@link ToMarkdownOptions}. */
export const TO_MARKDOWN_DEFAULTS = Object.freeze({
  headingLevel: 1,
  maxGaps: 20,
} satisfies ToMarkdownOptions);

function table(
  headers: readonly string[],
  align: readonly ("l" | "r")[],
  rows: readonly (readonly string[])[],
): string {
  const lines = [
    `| ${headers.map(md).join(" | ")} |`,
    `| ${align.map((side) => (side === "r" ? "---:" : "---")).join(" | ")} |`,
    ...rows.map((row) => `| ${row.map((value) => (value === "" ? " " : value)).join(" | ")} |`),
  ];
  return lines.join("\n");
}

/** Sentences joined into one table cell (a Markdown cell cannot hold a list). */
/** Gap ids as code, or a dash when the tie closes no gap. */
function closesCell(ids: readonly string[]): string {
  return ids.length === 0 ? "—" : ids.map((id) => `\`${id}\``).join(", ");
}

function sentences(items: readonly string[]): string {
  return items.map(md).join("<br>");
}

/**
 * The ecosystem report as Markdown: the overview and stage, the structural gaps with severity and
 * detail, the bridge actors with their reasons, key players and the weaving team, the suggested ties
 * with introducers and reasons, the plan's before/after figures and steps, and the mixing matrix.
 *
 * @remarks
 * GitHub-flavoured Markdown tables. Every text from the data is escaped: `\`, `|`, `` ` ``, `*`, `_`,
 * `[`, `]` get a backslash and `&`, `<`, `>` become entities, so an actor label can neither break a
 * table nor open raw HTML; line breaks in a text become spaces, and the reasons within one cell are
 * separated by `<br>`. Numbers are written without locale (`0.123`), shares as percentages.
 * Deterministic: the same report gives the same text.
 * Time complexity: O(size of the report).
 *
 * @param report - from `analyzeEcosystem`.
 * @param options - `headingLevel`, `maxGaps`, `spread` (a simulation to show).
 * @returns the Markdown text, ending with a line break.
 * @throws {@link InvalidOptionError} when `headingLevel` or `maxGaps` is out of range.
 * @example
 * toMarkdown(analyzeEcosystem(sampleEcosystem())).split("\n")[0];
 * // "# Ecosystem report: Finnish social-innovation ecosystem (fictional, illustrative)"
 * @see {@link toHtml}
 * @category Reports
 */
export function toMarkdown(report: EcosystemReport, options: ToMarkdownOptions = {}): string {
  const level = options.headingLevel ?? TO_MARKDOWN_DEFAULTS.headingLevel;
  const maxGaps = options.maxGaps ?? TO_MARKDOWN_DEFAULTS.maxGaps;
  if (!(Number.isInteger(level) && level >= 1 && level <= 4)) {
    throw new InvalidOptionError(`toMarkdown: headingLevel ${level} must be an integer from 1 to 4`);
  }
  if (!(Number.isInteger(maxGaps) && maxGaps >= 0)) {
    throw new InvalidOptionError(`toMarkdown: maxGaps ${maxGaps} must be an integer of at least 0`);
  }
  const h1 = "#".repeat(level);
  const h2 = "#".repeat(level + 1);
  const h3 = "#".repeat(level + 2);
  const names = (ids: readonly string[]) => actorLabels(report, ids).map(md);
  const o = report.overview;
  const out: string[] = [];

  out.push(`${h1} ${md(o.name === null ? "Ecosystem report" : `Ecosystem report: ${o.name}`)}`);
  if (o.description !== null) out.push(md(o.description));
  if (report.generatedWith.at !== null) out.push(`As of ${md(report.generatedWith.at)}.`);

  out.push(`${h2} Overview`);
  out.push(table(["Measure", "Value"], ["l", "r"], overviewFigureRows(o)));
  out.push(
    table(
      ["Role", "Actors", "Needs"],
      ["l", "r", "l"],
      o.roles.map((row) => [md(row.label), String(row.actors), md(row.needs.join(", ") || "–")]),
    ),
  );
  if (o.tiesByKind.length > 0) {
    out.push(
      table(
        ["Tie kind", "Ties"],
        ["l", "r"],
        o.tiesByKind.map((row) => [md(row.kind), String(row.ties)]),
      ),
    );
  }
  if (o.stage !== null) {
    out.push(`${h3} Development stage`);
    out.push(md(stageSentence(o.stage.stage)));
    out.push(o.stage.reasons.map((reason) => `- ${md(reason)}`).join("\n"));
  }
  if (o.isolates.length > 0) out.push(`Isolates: ${names(o.isolates).join(", ")}.`);

  out.push(`${h2} Structural gaps`);
  if (report.gaps.length === 0) out.push("No structural gaps found.");
  else {
    const shown = report.gaps.slice(0, maxGaps);
    out.push(
      table(
        ["#", "Severity", "Kind", "Finding", "Detail"],
        ["r", "r", "l", "l", "l"],
        shown.map((gap, k) => [
          String(k + 1),
          formatNumber(gap.severity, 2),
          md(gap.kind),
          md(gap.title),
          md(gap.detail),
        ]),
      ),
    );
    if (report.gaps.length > shown.length) {
      out.push(`And ${report.gaps.length - shown.length} more gaps of lower severity.`);
    }
  }

  out.push(`${h2} Bridge actors`);
  if (report.bridgeActors.length === 0) out.push("No actors.");
  else {
    out.push(
      table(
        ["Rank", "Actor", "Role", "Score", "Shortest paths", "Cuts off", "Why"],
        ["r", "l", "l", "r", "r", "r", "l"],
        report.bridgeActors.map((actor) => [
          String(actor.rank),
          md(actor.label),
          md(actor.role),
          formatNumber(actor.score, 3),
          formatPercent(actor.betweenness),
          String(actor.cutOff),
          sentences(actor.reasons),
        ]),
      ),
    );
  }

  if (report.keyPlayers !== null || report.weaverCandidates !== null) {
    out.push(`${h2} Key players and weaver candidates`);
    const key = report.keyPlayers;
    if (key !== null) {
      out.push(
        `Key players: removing ${names(key.actors).join(", ")} would leave fragmentation ` +
          `${formatNumber(key.score, 3)} (now ${formatNumber(key.baseline.empty, 3)}; the ${key.k} ` +
          `best-connected actors: ${formatNumber(key.baseline.topDegree.score, 3)}).`,
      );
    }
    const weavers = report.weaverCandidates;
    if (weavers !== null) {
      out.push(
        `Weaving team: ${names(weavers.team).join(", ")} reach ${weavers.reached} actors ` +
          `(${formatPercent(weavers.reach)} of the others) within 2 steps.`,
      );
      out.push(
        table(
          ["Actor", "Role", "Reaches", "Adds", "Why"],
          ["l", "l", "r", "r", "l"],
          weavers.candidates.map((candidate) => [
            md(candidate.label),
            md(candidate.role),
            String(candidate.reached),
            String(candidate.added),
            sentences(candidate.reasons),
          ]),
        ),
      );
    }
  }

  out.push(`${h2} Suggested connections`);
  if (report.suggestions.length === 0) out.push("No ties to suggest.");
  else {
    out.push(`Strategy: ${md(report.generatedWith.strategy)}.`);
    out.push(
      table(
        ["#", "Introduce", "Tie", "Closes", "Introduced", "Why"],
        ["r", "l", "l", "l", "l", "l"],
        report.suggestions.map((suggestion, k) => {
          const [source, target] = names([suggestion.source, suggestion.target]);
          return [
            String(k + 1),
            `${source} – ${target}`,
            md(tieKindWords(suggestion.tieKind)),
            closesCell(suggestion.closes),
            md(introductionWords(suggestion.introduction, actorLabels(report, suggestion.introducers))),
            sentences(suggestion.reasons),
          ];
        }),
      ),
    );
  }

  out.push(`${h2} Weaving plan`);
  const plan = report.plan;
  if (plan === null) out.push("Too few actors for a plan.");
  else {
    out.push(`${plan.steps.length} ties chosen one at a time (objective: ${md(plan.objective)}).`);
    out.push(
      `Gaps: ${plan.gaps.before} before, ${plan.gaps.after} after; closed: ${closesCell(plan.gaps.closed)}; narrowed: ${closesCell(plan.gaps.narrowed)}.`,
    );
    out.push(
      table(
        ["Measure", "Before", "After", "Change"],
        ["l", "r", "r", "r"],
        planFigureRows(plan).map((row) => [md(row.measure), md(row.before), md(row.after), md(row.change)]),
      ),
    );
    if (plan.steps.length > 0) {
      out.push(
        table(
          ["Step", "Introduce", "Tie", "Closes", "Introduced", "Why"],
          ["r", "l", "l", "l", "l", "l"],
          plan.steps.map((step, k) => {
            const [source, target] = names([step.source, step.target]);
            return [
              String(k + 1),
              `${source} – ${target}`,
              md(tieKindWords(step.tieKind)),
              closesCell(step.closes),
              md(introductionWords(step.introduction, actorLabels(report, step.introducers))),
              sentences(step.reasons),
            ];
          }),
        ),
      );
    }
  }

  if (options.spread !== undefined) appendAll(out, spreadMarkdown(report, options.spread, h2));

  const mixing = report.mixing;
  if (mixing.groups.length > 0) {
    out.push(`${h2} Who is tied to whom`);
    out.push(
      `Tied pairs by ${md(mixing.groupBy)}, and in brackets the ratio to what the groups' numbers of contacts predict.`,
    );
    out.push(
      table(
        ["", ...mixing.groups.map(md)],
        ["l", ...mixing.groups.map(() => "r" as const)],
        mixing.groups.map((group, g) => [
          `**${md(group)}**`,
          ...mixing.ties[g]!.map((value, h) => {
            const ratio = mixing.ratio[g]![h]!;
            return `${formatNumber(value, 1)}${ratio === null ? "" : ` (${formatNumber(ratio, 2)}×)`}`;
          }),
        ]),
      ),
    );
  }

  const settings = report.generatedWith;
  out.push(
    `Made with ecoweave: seed ${settings.seed}; grouped by ${md(settings.groupBy)}; strategy ${md(
      settings.strategy,
    )}; budget ${settings.budget}; ${
      settings.kinds === null ? "all tie kinds" : `tie kinds ${md(settings.kinds.join(", "))}`
    }; ${settings.at === null ? "ties of every date" : `ties active on ${md(settings.at)}`}.`,
  );
  return `${out.join("\n\n")}\n`;
}
