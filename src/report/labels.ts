/**
 * Wording shared by the Markdown and HTML renderers: actor and role names from the report's tables,
 * the overview's and the plan's figures as rows of formatted text, in the report's locale.
 *
 * @packageDocumentation
 */
import type { Locale } from "../text/locale.js";
import type { WeavingPlan } from "../weave/plan-weaving.js";
import type { EcosystemReport } from "./analyze-ecosystem.js";
import type { EcosystemOverview } from "./overview.js";
import { formatNumber, formatPercent } from "./text.js";
import { type RoleNaming, roleName, roleWord, type Say, sayIn } from "./words.js";

/**
 * The labels of `ids` from the report's actor table (the id itself for an id not in it). One pass over
 * the table per call: O(n + k) for k ids.
 */
export function actorLabels(report: EcosystemReport, ids: readonly string[]): string[] {
  const wanted = new Map<string, string>();
  for (const id of ids) wanted.set(id, id);
  for (const row of report.actors) if (wanted.has(row.id)) wanted.set(row.id, row.label);
  return ids.map((id) => wanted.get(id)!);
}

/** The role names of a report in a locale: `name` where English shows the label, `word` where it shows the id. */
export interface RoleNames {
  name(role: string): string;
  word(role: string): string;
}

/** The role names of `report` in `locale`, from the overview's role table. */
export function roleNamesOf(report: EcosystemReport, locale: Locale): RoleNames {
  const naming = new Map<string, RoleNaming>();
  for (const row of report.overview.roles) naming.set(row.role, { label: row.label, labels: row.labels });
  return {
    name: (role) => roleName(role, naming.get(role), locale),
    word: (role) => roleWord(role, naming.get(role), locale),
  };
}

/** The overview's figures as (measure, value) rows, every value formatted. */
export function overviewFigureRows(overview: EcosystemOverview, locale: Locale): [string, string][] {
  const o = overview;
  const say = sayIn(locale);
  return [
    [say("report.figure.actors"), String(o.actors)],
    [say("report.figure.ties"), String(o.ties)],
    [say("report.figure.tiedPairs"), String(o.tiedPairs)],
    [say("report.figure.density"), formatNumber(o.density, 4, locale)],
    [say("report.figure.meanDegree"), formatNumber(o.meanDegree, 2, locale)],
    [say("report.figure.components"), String(o.components)],
    [
      say("report.figure.largestComponent"),
      o.largestComponentShare === null
        ? "–"
        : say("report.figure.largestComponent.value", {
            count: o.largestComponent,
            share: formatPercent(o.largestComponentShare, locale),
          }),
    ],
    [say("report.figure.isolates"), String(o.isolates.length)],
  ];
}

/** One row of the plan's before/after table, every value formatted. */
export interface PlanFigureRow {
  measure: string;
  before: string;
  after: string;
  change: string;
}

function signed(value: number, digits: number, locale: Locale): string {
  const text = formatNumber(value, digits, locale);
  return value > 0 ? `+${text}` : text;
}

/** The plan's figures before and after, as formatted rows. */
export function planFigureRows(plan: WeavingPlan, locale: Locale): PlanFigureRow[] {
  const { before, after } = plan;
  const say: Say = sayIn(locale);
  const count = (value: number) => String(value);
  return [
    {
      measure: say("report.figure.globalEfficiency"),
      before: formatNumber(before.globalEfficiency, 4, locale),
      after: formatNumber(after.globalEfficiency, 4, locale),
      change: signed(after.globalEfficiency - before.globalEfficiency, 4, locale),
    },
    {
      measure: say("report.figure.components"),
      before: count(before.components),
      after: count(after.components),
      change: signed(after.components - before.components, 0, locale),
    },
    {
      measure: say("report.figure.largestComponent"),
      before: formatPercent(before.largestComponentShare, locale),
      after: formatPercent(after.largestComponentShare, locale),
      change: say("report.figure.points", {
        change: signed(
          Math.round((after.largestComponentShare - before.largestComponentShare) * 1000) / 10,
          1,
          locale,
        ),
      }),
    },
    {
      measure: say("report.figure.unmetNeeds"),
      before: count(before.coverageGaps),
      after: count(after.coverageGaps),
      change: signed(after.coverageGaps - before.coverageGaps, 0, locale),
    },
    {
      measure: say("report.figure.singlePointsOfFailure"),
      before: count(before.singlePointsOfFailure),
      after: count(after.singlePointsOfFailure),
      change: signed(after.singlePointsOfFailure - before.singlePointsOfFailure, 0, locale),
    },
  ];
}
