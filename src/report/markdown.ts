/**
 * `toMarkdown`: the ecosystem report as Markdown tables and lists, for issues, wikis and notebooks.
 *
 * @packageDocumentation
 */
import { appendAll } from "../internal/arrays.js";
import { checkOptionKeys, optionKeys } from "../model/check-arguments.js";
import { checkOptionType } from "../model/check-inputs.js";
import { InvalidOptionError } from "../model/errors.js";
import { mustBe, ruleIntegerAtLeast, ruleIntegerFromTo, ruleOneOf } from "../model/option-errors.js";
import type { SpreadSimulation } from "../spread/simulate-spread.js";
import { isLocale, type Locale } from "../text/locale.js";
import type { EcosystemReport } from "./analyze-ecosystem.js";
import { checkReport } from "./check-report.js";
import { actorLabels, overviewFigureRows, planFigureRows, roleNamesOf } from "./labels.js";
import { spreadMarkdown } from "./spread-section.js";
import { formatNumber, formatPercent, formatReportDate, escapeMarkdown as md } from "./text.js";
import {
  gapKindName,
  introductionText,
  messageText,
  proposedTieWords,
  type Reasoned,
  reasonTexts,
  sayIn,
  stageSentence,
  tieKindName,
} from "./words.js";

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
  /**
   * The language of the report's words, numbers and dates (`"en"`, `"fi"`, `"sv"`). Labels and ids
   * from the data are written as they are.
   * @defaultValue "en"
   */
  locale?: Locale;
}

const TO_MARKDOWN_OPTION_KEYS = optionKeys<ToMarkdownOptions>({
  headingLevel: true,
  maxGaps: true,
  spread: true,
  locale: true,
});

/** The defaults of {@link ToMarkdownOptions}. */
export const TO_MARKDOWN_DEFAULTS = Object.freeze({
  headingLevel: 1,
  maxGaps: 20,
  locale: "en",
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

/** Gap ids as code, or a dash when the tie closes no gap. */
function closesCell(ids: readonly string[]): string {
  return ids.length === 0 ? "—" : ids.map((id) => `\`${id}\``).join(", ");
}

/** Sentences joined into one table cell (a Markdown cell cannot hold a list). */
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
 * separated by `<br>`. Numbers, shares (as percentages) and dates are written for `locale` (`0.123`
 * in English, `0,123` in Finnish and Swedish), never by the machine's locale; the report's words come
 * from the locale's catalogue, and the Finnish and Swedish pages differ from the English one only in
 * text.
 * Deterministic: the same report gives the same text.
 * Time complexity: O(size of the report).
 *
 * @param report - from `analyzeEcosystem`.
 * @param options - `headingLevel`, `maxGaps`, `spread` (a simulation to show), `locale`.
 * @returns the Markdown text, ending with a line break.
 * @throws {@link InvalidOptionError} for an unknown option (naming the closest one), when
 *   `headingLevel` or `maxGaps` is out of range, or `locale` is not one of `en`, `fi`, `sv`.
 * @throws {@link EcoweaveError} `invalid_argument` when `report` is not a report.
 * @example
 * toMarkdown(analyzeEcosystem(sampleEcosystem())).split("\n")[0];
 * // "# Ecosystem report: Finnish social-innovation ecosystem (fictional, illustrative)"
 * @see {@link toHtml}
 * @category Reports
 */
export function toMarkdown(report: EcosystemReport, options: ToMarkdownOptions = {}): string {
  checkReport("toMarkdown", report);
  checkOptionKeys("toMarkdown", options, TO_MARKDOWN_OPTION_KEYS);
  checkOptionType("toMarkdown", "spread", options.spread, "object");
  const level = options.headingLevel ?? TO_MARKDOWN_DEFAULTS.headingLevel;
  const maxGaps = options.maxGaps ?? TO_MARKDOWN_DEFAULTS.maxGaps;
  const locale = options.locale ?? TO_MARKDOWN_DEFAULTS.locale;
  if (!(Number.isInteger(level) && level >= 1 && level <= 4)) {
    throw mustBe("toMarkdown", "headingLevel", String(level), ruleIntegerFromTo(1, 4));
  }
  if (!(Number.isInteger(maxGaps) && maxGaps >= 0)) {
    throw mustBe("toMarkdown", "maxGaps", String(maxGaps), ruleIntegerAtLeast(0));
  }
  if (!isLocale(locale)) {
    throw mustBe("toMarkdown", "locale", String(JSON.stringify(locale)), ruleOneOf(['"en"', '"fi"', '"sv"']));
  }
  const say = sayIn(locale);
  const roles = roleNamesOf(report, locale);
  const texts = (answer: Reasoned) => reasonTexts(answer, locale);
  const number = (value: number | null, digits?: number) => formatNumber(value, digits, locale);
  const percent = (share: number) => formatPercent(share, locale);
  const h1 = "#".repeat(level);
  const h2 = "#".repeat(level + 1);
  const h3 = "#".repeat(level + 2);
  const names = (ids: readonly string[]) => actorLabels(report, ids).map(md);
  const o = report.overview;
  const out: string[] = [];

  out.push(
    `${h1} ${md(o.name === null ? say("report.title") : say("report.title.named", { name: o.name }))}`,
  );
  if (o.description !== null) out.push(md(o.description));
  if (report.generatedWith.at !== null)
    out.push(`${md(say("report.asOf", { date: formatReportDate(report.generatedWith.at, locale) }))}.`);

  out.push(`${h2} ${say("report.section.overview")}`);
  out.push(
    table(
      [say("report.header.measure"), say("report.header.value")],
      ["l", "r"],
      overviewFigureRows(o, locale).map(([name, value]) => [md(name), md(value)]),
    ),
  );
  out.push(
    table(
      [say("report.header.role"), say("report.header.actors"), say("report.header.needs")],
      ["l", "r", "l"],
      o.roles.map((row) => [
        md(roles.name(row.role)),
        String(row.actors),
        md(row.needs.map((need) => roles.word(need)).join(", ") || "–"),
      ]),
    ),
  );
  if (o.tiesByKind.length > 0) {
    out.push(
      table(
        [say("report.header.tieKind"), say("report.header.ties")],
        ["l", "r"],
        o.tiesByKind.map((row) => [md(tieKindName(row.kind, locale)), String(row.ties)]),
      ),
    );
  }
  if (o.stage !== null) {
    out.push(`${h3} ${say("report.section.stage")}`);
    out.push(md(stageSentence(o.stage.stage, locale)));
    out.push(
      texts(o.stage)
        .map((reason) => `- ${md(reason)}`)
        .join("\n"),
    );
  }
  if (o.isolates.length > 0) out.push(say("report.isolates", { names: names(o.isolates).join(", ") }));

  out.push(`${h2} ${say("report.section.gaps")}`);
  if (report.gaps.length === 0) out.push(say("report.gaps.none"));
  else {
    const shown = report.gaps.slice(0, maxGaps);
    out.push(
      table(
        [
          "#",
          say("report.header.severity"),
          say("report.header.kind"),
          say("report.header.finding"),
          say("report.header.detail"),
        ],
        ["r", "r", "l", "l", "l"],
        shown.map((gap, k) => [
          String(k + 1),
          number(gap.severity, 2),
          md(gapKindName(gap.kind, locale)),
          md(messageText(gap.title, gap.titleMessage, locale)),
          md(messageText(gap.detail, gap.detailMessage, locale)),
        ]),
      ),
    );
    if (report.gaps.length > shown.length) {
      out.push(say("report.gaps.more", { count: report.gaps.length - shown.length }));
    }
  }

  out.push(`${h2} ${say("report.section.bridges")}`);
  if (report.bridgeActors.length === 0) out.push(say("report.actors.none"));
  else {
    out.push(
      table(
        [
          say("report.header.rank"),
          say("report.header.actor"),
          say("report.header.role"),
          say("report.header.score"),
          say("report.header.shortestPaths"),
          say("report.header.cutsOff"),
          say("report.header.why"),
        ],
        ["r", "l", "l", "r", "r", "r", "l"],
        report.bridgeActors.map((actor) => [
          String(actor.rank),
          md(actor.label),
          md(roles.word(actor.role)),
          number(actor.score, 3),
          percent(actor.betweenness),
          String(actor.cutOff),
          sentences(texts(actor)),
        ]),
      ),
    );
  }

  if (report.keyPlayers !== null || report.weaverCandidates !== null) {
    out.push(`${h2} ${say("report.section.keyPlayers")}`);
    const key = report.keyPlayers;
    if (key !== null) {
      out.push(
        say("report.keyPlayers.markdown", {
          names: names(key.actors).join(", "),
          score: number(key.score, 3),
          empty: number(key.baseline.empty, 3),
          k: key.k,
          topDegree: number(key.baseline.topDegree.score, 3),
        }),
      );
    }
    const weavers = report.weaverCandidates;
    if (weavers !== null) {
      out.push(
        say("report.weavers.markdown", {
          names: names(weavers.team).join(", "),
          reached: weavers.reached,
          share: percent(weavers.reach),
        }),
      );
      out.push(
        table(
          [
            say("report.header.actor"),
            say("report.header.role"),
            say("report.header.reaches"),
            say("report.header.adds"),
            say("report.header.why"),
          ],
          ["l", "l", "r", "r", "l"],
          weavers.candidates.map((candidate) => [
            md(candidate.label),
            md(roles.word(candidate.role)),
            String(candidate.reached),
            String(candidate.added),
            sentences(texts(candidate)),
          ]),
        ),
      );
    }
  }

  const tieHeaders = (first: string) => [
    first,
    say("report.header.introduce"),
    say("report.header.tie"),
    say("report.header.closes"),
    say("report.header.introduced"),
    say("report.header.why"),
  ];
  out.push(`${h2} ${say("report.section.suggestions")}`);
  if (report.suggestions.length === 0) out.push(say("report.suggestions.none"));
  else {
    out.push(md(say("report.suggestions.strategy", { strategy: report.generatedWith.strategy })));
    out.push(
      table(
        tieHeaders("#"),
        ["r", "l", "l", "l", "l", "l"],
        report.suggestions.map((suggestion, k) => {
          const [source, target] = names([suggestion.source, suggestion.target]);
          return [
            String(k + 1),
            `${source} – ${target}`,
            md(proposedTieWords(suggestion.tieKind, locale)),
            closesCell(suggestion.closes),
            md(
              introductionText(suggestion.introduction, actorLabels(report, suggestion.introducers), locale),
            ),
            sentences(texts(suggestion)),
          ];
        }),
      ),
    );
  }

  out.push(`${h2} ${say("report.section.plan")}`);
  const plan = report.plan;
  if (plan === null) out.push(say("report.plan.none"));
  else {
    out.push(md(say("report.plan.chosen", { count: plan.steps.length, objective: plan.objective })));
    out.push(
      say("report.plan.gaps", {
        before: plan.gaps.before,
        after: plan.gaps.after,
        closed: closesCell(plan.gaps.closed),
        narrowed: closesCell(plan.gaps.narrowed),
      }),
    );
    out.push(
      table(
        [
          say("report.header.measure"),
          say("report.header.before"),
          say("report.header.after"),
          say("report.header.change"),
        ],
        ["l", "r", "r", "r"],
        planFigureRows(plan, locale).map((row) => [
          md(row.measure),
          md(row.before),
          md(row.after),
          md(row.change),
        ]),
      ),
    );
    if (plan.steps.length > 0) {
      out.push(
        table(
          tieHeaders(say("report.header.step")),
          ["r", "l", "l", "l", "l", "l"],
          plan.steps.map((step, k) => {
            const [source, target] = names([step.source, step.target]);
            return [
              String(k + 1),
              `${source} – ${target}`,
              md(proposedTieWords(step.tieKind, locale)),
              closesCell(step.closes),
              md(introductionText(step.introduction, actorLabels(report, step.introducers), locale)),
              sentences(texts(step)),
            ];
          }),
        ),
      );
    }
  }

  if (options.spread !== undefined) appendAll(out, spreadMarkdown(report, options.spread, h2, locale));

  const mixing = report.mixing;
  if (mixing.groups.length > 0) {
    const group = (name: string) => (mixing.groupBy === "role" ? roles.word(name) : name);
    out.push(`${h2} ${say("report.section.mixing")}`);
    out.push(md(say("report.mixing.markdown", { groupBy: mixing.groupBy })));
    out.push(
      table(
        ["", ...mixing.groups.map((name) => md(group(name)))],
        ["l", ...mixing.groups.map(() => "r" as const)],
        mixing.groups.map((name, g) => [
          `**${md(group(name))}**`,
          ...mixing.ties[g]!.map((value, h) => {
            const ratio = mixing.ratio[g]![h]!;
            return `${number(value, 1)}${ratio === null ? "" : ` (${number(ratio, 2)}×)`}`;
          }),
        ]),
      ),
    );
  }

  out.push(md(settingsSentence(report, locale)));
  return `${out.join("\n\n")}\n`;
}

/** How the report was made, in one sentence. @internal */
export function settingsSentence(report: EcosystemReport, locale: Locale): string {
  const say = sayIn(locale);
  const settings = report.generatedWith;
  return say("report.settings", {
    seed: String(settings.seed),
    groupBy: settings.groupBy,
    strategy: settings.strategy,
    budget: String(settings.budget),
    kinds:
      settings.kinds === null
        ? say("report.settings.allKinds")
        : say("report.settings.kinds", { kinds: settings.kinds.join(", ") }),
    dates:
      settings.at === null
        ? say("report.settings.allDates")
        : say("report.settings.at", { date: formatReportDate(settings.at, locale) }),
  });
}
