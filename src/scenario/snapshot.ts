/**
 * The ecosystem through time: `snapshot` (the ecosystem of the ties active on one date) and
 * `timeline` (the network's figures, stage and gaps on a series of dates).
 *
 * @packageDocumentation
 */

import { type DiagnoseStageOptions, diagnoseStage, type NetworkStage } from "../brokers/diagnose-stage.js";
import { type FindStructuralGapsOptions, findStructuralGaps } from "../gaps/find-structural-gaps.js";
import { components } from "../metrics/components.js";
import { checkArguments, optionKeys } from "../model/check-arguments.js";
import { buildEcosystem, type Ecosystem, toEcosystemData } from "../model/ecosystem.js";
import { InvalidOptionError, NotApplicableError } from "../model/errors.js";
import {
  isNot,
  mustBe,
  mustBeBare,
  optionError,
  ruleDate,
  ruleDateList,
  ruleOneOf,
} from "../model/option-errors.js";
import { parseIsoDate } from "../model/schema.js";
import type { ViewOptions } from "../model/view.js";
import { getView } from "../model/view-cache.js";
import { OPTION_DATE_ORDER, OPTION_GIVE_FORMS } from "../text/catalogues/en/options.js";
import { checkEfficiencySources, efficiencyFigure, efficiencySourcesFor } from "./efficiency-sources.js";

/** The keys of {@link TimelineOptions}, checked at run time (see `checkOptionKeys`). */
const TIMELINE_OPTION_KEYS = optionKeys<TimelineOptions>({
  seed: true,
  efficiencySources: true,
  gapOptions: true,
  stageOptions: true,
  directed: true,
  kinds: true,
});

/** Whether a tie with these dates is active on day `day` (`since ≤ day ≤ until`, a missing bound open). */
function activeOn(day: number, since: string | undefined, until: string | undefined): boolean {
  if (since !== undefined && parseIsoDate(since)! > day) return false;
  if (until !== undefined && parseIsoDate(until)! < day) return false;
  return true;
}

function dayOf(fn: string, name: string, value: unknown): number {
  const day = typeof value === "string" ? parseIsoDate(value) : null;
  if (day === null) {
    throw isNot(fn, name, String(JSON.stringify(value)), ruleDate());
  }
  return day;
}

/**
 * The ecosystem as it stood on one date: every actor, and only the ties active on that date.
 *
 * @remarks
 * A tie is active on `at` when since ≤ at ≤ until, a missing `since` or `until` leaving that side
 * open (the rule of the view option `at`, so `snapshot(eco, at)` and the option `{ at }` give the same
 * analysis view). Every actor is kept, including those with no tie active on that date (not yet
 * started, or whose ties have all ended): they are isolates of the snapshot, so they count in its
 * components and lower its largest component's share and its efficiency. `timeline` reports how many
 * actors have an active tie. To leave them out, remove them with `applyScenario`. The document's
 * name, description and roles are kept; the input is not mutated and the result shares no object
 * with it.
 * Ours: no reference implementation. Time complexity: O(n + m).
 *
 * @param at - the date, `YYYY-MM-DD`.
 * @returns a new ecosystem.
 * @throws {@link InvalidOptionError} when `at` is not a calendar date.
 * @example
 * // the sample's Ministry of Work funding runs 2021-03-01 … 2023-12-31
 * snapshot(sampleEcosystem(), "2024-06-30").outDegree("f-min-work"); // 0
 * @see {@link timeline}
 * @category Scenarios
 */
export function snapshot(eco: Ecosystem, at: string): Ecosystem {
  const day = dayOf("snapshot", "at", at);
  const data = toEcosystemData(eco);
  data.ties = data.ties.filter((tie) => activeOn(day, tie.since, tie.until));
  return buildEcosystem(data);
}

/** Spacing of the dates of a {@link timeline} range. */
export type TimelineStep = "year" | "quarter" | "month";

/** The dates of a timeline: a range with a step, or a list. */
export type TimelineDates =
  | {
      /** First date, `YYYY-MM-DD`. */
      readonly from: string;
      /** Last date at the latest, `YYYY-MM-DD` (included when the steps land on it). */
      readonly to: string;
      /**
       * Spacing: the same day of the month every year, quarter or month (clamped to the month's last
       * day, so 2024-01-31 is followed monthly by 2024-02-29).
       * @defaultValue "year"
       */
      readonly step?: TimelineStep;
    }
  | {
      /** The dates, `YYYY-MM-DD`, reported in the order given. */
      readonly dates: readonly string[];
    };

/** Options of {@link timeline} besides its dates. */
export interface TimelineOptions extends Omit<ViewOptions, "at"> {
  /**
   * Seed of the sampled efficiency, the gaps' permutations and Louvain, and the stage's betweenness.
   * @defaultValue 1
   */
  seed?: number;
  /**
   * How global efficiency is computed: `"auto"` (exact up to {@link TIMELINE_EXACT_EFFICIENCY_LIMIT}
   * actors, else from {@link TIMELINE_EFFICIENCY_SOURCES} seeded sources), `"exact"`, or a number of
   * sources (an integer ≥ 2).
   * @defaultValue "auto"
   */
  efficiencySources?: "auto" | "exact" | number;
  /**
   * Options passed to `findStructuralGaps` on each date (its view options come from the timeline).
   * @defaultValue its own defaults
   */
  gapOptions?: Omit<FindStructuralGapsOptions, keyof ViewOptions | "seed">;
  /**
   * Options passed to `diagnoseStage` on each date (its view options come from the timeline).
   * @defaultValue its own defaults
   */
  stageOptions?: Omit<DiagnoseStageOptions, keyof ViewOptions | "seed">;
}

/** The defaults of {@link TimelineOptions}. */
export const TIMELINE_DEFAULTS = Object.freeze({
  directed: false,
  seed: 1,
  efficiencySources: "auto",
} satisfies TimelineOptions);

/** Largest ecosystem whose global efficiency `timeline` computes exactly by default (`"auto"`). */
export const TIMELINE_EXACT_EFFICIENCY_LIMIT = 2000;

/** Seeded sources of the sampled global efficiency of a large ecosystem's timeline (`"auto"`). */
export const TIMELINE_EFFICIENCY_SOURCES = 500;

/**
 * The severity bands of {@link TimelineGaps.bySeverity}: `high` from 2/3, `medium` from 1/3, `low`
 * below (severity is in [0, 1]).
 */
export const TIMELINE_SEVERITY_BANDS = Object.freeze({ high: 2 / 3, medium: 1 / 3 });

/** The structural gaps found on one date, counted. */
export interface TimelineGaps {
  /** Number of gaps `findStructuralGaps` found. */
  count: number;
  /** The largest severity; `null` when there is no gap. */
  maxSeverity: number | null;
  /** Gaps per severity band (see {@link TIMELINE_SEVERITY_BANDS}). */
  bySeverity: { high: number; medium: number; low: number };
}

/** The network on one date of a {@link timeline}. */
export interface TimelinePoint {
  /** The date, `YYYY-MM-DD`. */
  date: string;
  /** Actors with at least one tie active on the date (the others are isolates of the snapshot). */
  actors: number;
  /** Ties active on the date (each tie of the document, parallel ties counted apart). */
  ties: number;
  /** Connected components of the snapshot, every actor counted (an actor without ties is one). */
  components: number;
  /** Actors of the largest component divided by all actors. */
  largestComponentShare: number;
  /** Global efficiency of the snapshot over all actors (exact or sampled, see `efficiencySources`). */
  globalEfficiency: number;
  /** The stage `diagnoseStage` assigns; `null` below 3 actors, where it is undefined. */
  stage: NetworkStage | null;
  /** The structural gaps, counted. */
  gaps: TimelineGaps;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

function isoDate(year: number, month: number, day: number): string {
  const pad = (value: number, width: number) => String(value).padStart(width, "0");
  return `${pad(year, 4)}-${pad(month + 1, 2)}-${pad(day, 2)}`;
}

/** The dates of a range: from, then every step after it up to `to`. */
function rangeDates(from: string, to: string, step: TimelineStep): string[] {
  const start = dayOf("timeline", "from", from);
  const end = dayOf("timeline", "to", to);
  if (end < start) throw optionError("options.dateOrder", OPTION_DATE_ORDER, { fn: "timeline", to, from });
  const [year, month, day] = from.split("-").map(Number) as [number, number, number];
  const months = step === "year" ? 12 : step === "quarter" ? 3 : 1;
  const dates: string[] = [];
  for (let k = 0; ; k++) {
    const total = month - 1 + k * months;
    const y = year + Math.floor(total / 12);
    const m = total % 12;
    const date = isoDate(y, m, Math.min(day, daysInMonth(y, m)));
    if (parseIsoDate(date)! > end) return dates;
    dates.push(date);
  }
}

function datesOf(spec: TimelineDates): string[] {
  if (spec !== null && typeof spec === "object" && "dates" in spec) {
    if (!Array.isArray(spec.dates)) throw mustBeBare("timeline", "dates", ruleDateList());
    for (const [index, date] of spec.dates.entries()) dayOf("timeline", `dates[${index}]`, date);
    return [...spec.dates];
  }
  if (spec !== null && typeof spec === "object" && "from" in spec && "to" in spec) {
    const step = spec.step ?? "year";
    if (step !== "year" && step !== "quarter" && step !== "month") {
      throw mustBe("timeline", "step", `"${String(step)}"`, ruleOneOf(['"year"', '"quarter"', '"month"']));
    }
    return rangeDates(spec.from, spec.to, step);
  }
  throw optionError("options.giveForms", OPTION_GIVE_FORMS, {
    fn: "timeline",
    forms: ruleOneOf(["{ from, to, step }", "{ dates }"]),
  });
}

/**
 * The network's figures, stage and structural gaps on each of a series of dates, so a change over
 * time (a programme starting, funding ending) shows as a row that differs.
 *
 * @remarks
 * On each date d every figure is read on the view `{ kinds, at: d }`, the ties active on d (see
 * {@link snapshot}), with every actor present:
 * actors = #actors with an active tie; ties = #active ties; components and largestComponentShare =
 * |C_max| / n from `components`; globalEfficiency from `globalEfficiency` over all n actors (exact
 * up to {@link TIMELINE_EXACT_EFFICIENCY_LIMIT} actors, else the unbiased estimate from
 * {@link TIMELINE_EFFICIENCY_SOURCES} seeded sources); stage from `diagnoseStage`; gaps counted from
 * `findStructuralGaps` (severity bands in {@link TIMELINE_SEVERITY_BANDS}).
 * Range dates are `from` and then the same day of the month every `step` (clamped to a month's last
 * day) up to `to`; listed dates are reported as given.
 * Ours: no reference implementation; every figure is that of the named function with `at` set.
 * Undefined cases: the stage is `null` below 3 actors; an empty ecosystem has share 0.
 * Time complexity: per date, O(n + m) for the view and components, O(S · (n + m)) for efficiency
 * (S = n exact, or the sources), plus `findStructuralGaps` and `diagnoseStage` on that view.
 *
 * References: Latora, V. & Marchiori, M. (2001). Physical Review Letters 87, 198701.
 * doi:10.1103/PhysRevLett.87.198701. Krebs, V., & Holley, J. (2002–2006). Building Smart Communities
 * through Network Weaving. http://www.orgnet.com/BuildingNetworks.pdf
 *
 * @param dates - `{ from, to, step }` (step `"year"`, `"quarter"` or `"month"`) or `{ dates }`.
 * @param options - view options (`kinds`; `directed: true` is refused), `seed`, `efficiencySources`,
 *   `gapOptions`, `stageOptions`.
 * @returns one point per date, in date order for a range and in the given order for a list.
 * @throws {@link InvalidOptionError} for a date that is not `YYYY-MM-DD`, `to` before `from`, or an
 *   unknown step.
 * @throws {@link NotApplicableError} with `directed: true`.
 * @example
 * // the sample ecosystem: Varsinais-Suomi joins the main component through the 2024 peer-learning circle
 * timeline(sampleEcosystem(), { dates: ["2022-06-30", "2025-06-30"] }).map((point) => point.components); // [6, 4]
 * @see {@link snapshot}
 * @category Scenarios
 */
export function timeline(
  eco: Ecosystem,
  dates: TimelineDates,
  options: TimelineOptions = {},
): TimelinePoint[] {
  checkArguments("timeline", eco, options, TIMELINE_OPTION_KEYS);
  if (options.directed === true) {
    throw new NotApplicableError("timeline: figures are read on the undirected view; drop directed: true");
  }
  const settings = { ...TIMELINE_DEFAULTS, ...options };
  const list = datesOf(dates);
  const n = eco.order;
  checkEfficiencySources("timeline", settings.efficiencySources);
  const sources = efficiencySourcesFor(
    settings.efficiencySources,
    n,
    TIMELINE_EXACT_EFFICIENCY_LIMIT,
    TIMELINE_EFFICIENCY_SOURCES,
  );
  return list.map((date) => {
    const viewOptions: ViewOptions = { at: date };
    if (options.kinds !== undefined) viewOptions.kinds = options.kinds;
    const view = getView(eco, viewOptions);
    let active = 0;
    for (let i = 0; i < view.order; i++) if (view.offsets[i + 1]! > view.offsets[i]!) active++;
    const parts = components(eco, viewOptions);
    const efficiency = efficiencyFigure(eco, viewOptions, settings.seed, sources);
    const stage =
      n < 3
        ? null
        : diagnoseStage(eco, { ...settings.stageOptions, ...viewOptions, seed: settings.seed }).stage;
    const gaps = findStructuralGaps(eco, { ...settings.gapOptions, ...viewOptions, seed: settings.seed });
    const bySeverity = { high: 0, medium: 0, low: 0 };
    let maxSeverity: number | null = null;
    for (const gap of gaps) {
      if (gap.severity >= TIMELINE_SEVERITY_BANDS.high) bySeverity.high++;
      else if (gap.severity >= TIMELINE_SEVERITY_BANDS.medium) bySeverity.medium++;
      else bySeverity.low++;
      maxSeverity = maxSeverity === null ? gap.severity : Math.max(maxSeverity, gap.severity);
    }
    return {
      date,
      actors: active,
      ties: view.tieCount,
      components: parts.count,
      largestComponentShare: n === 0 ? 0 : (parts.sizes[0] ?? 0) / n,
      globalEfficiency: efficiency,
      stage,
      gaps: { count: gaps.length, maxSeverity, bySeverity },
    };
  });
}
