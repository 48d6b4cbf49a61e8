/**
 * The step choice of the gap-driven plan: the candidate of largest gap value, and among candidates of
 * equal value the one that leaves the best next step.
 *
 * @packageDocumentation
 */

import type { CandidateSet } from "./candidates.js";
import type { DistanceMatrix } from "./distance-matrix.js";
import {
  type CountedGap,
  createGapState,
  createRemedyScratch,
  type GapState,
  type Remedy,
  remedyOf,
} from "./gap-remedies.js";
import { PLAN_ENGINE, type WovenBase, withTies } from "./network-figures.js";
import { createScoringContext, type ScoringContext, scoreCandidates } from "./score-components.js";
import {
  contextSettings,
  endsOf,
  gapValues,
  rankByGaps,
  subset,
  type weavingSettings,
} from "./suggest-connections.js";

/**
 * Relative tolerance under which two gap values (or two follow-up values) count as equal: values are
 * sums of shares in different orders, so equal remedies can differ by rounding.
 */
export const LOOKAHEAD_TOLERANCE = 1e-9;

/**
 * How many tied candidates at most are looked ahead from, per step. Each costs one search for the
 * gaps of the network with that tie and one gap value per remaining candidate.
 */
export const LOOKAHEAD_LIMIT = 4;

/**
 * The best gap value among the remaining candidates once the candidate at a position of `available` is
 * made (the plan's next step would take it); 0 when none is left.
 */
export type FollowUpValue = (position: number) => number;

/** Whether `a` and `b` are equal within {@link LOOKAHEAD_TOLERANCE} of the larger magnitude (at least 1). */
function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= LOOKAHEAD_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * The position (in `available`) of the plan's next tie under the `gaps` objective.
 *
 * @remarks
 * The candidates whose gap value equals the largest within {@link LOOKAHEAD_TOLERANCE} (relative,
 * against max(1, value)) are ranked as `suggestConnections` ranks them: efficiency gained, then
 * feasibility, then ids. When `followUp` is given and more than one is tied, a one-step lookahead
 * separates them: each of the first {@link LOOKAHEAD_LIMIT} of the tied list is scored by the best gap
 * value left after it (`followUp`), and the largest wins; follow-ups equal within the tolerance keep the
 * ranked order. Greedy cannot otherwise tell apart two ties that take away the same loss now, when
 * only one of them leaves a second tie of the same worth (a pendant's tie to a funder bypasses its
 * bridge and readies the cut vertex's other pendants, where a core actor's tie uses up its region).
 *
 * The short-list puts first one candidate per distinct remedy (the gaps closed and by how much), best
 * ranked first, and then the rest, so the limit cuts repeats of one remedy to other partners before it
 * cuts a different remedy. Candidates beyond the limit are not looked ahead from and can win only when
 * none within it has a larger follow-up than the first.
 *
 * Time: O(C) for the tied list and its remedies, plus, with a lookahead, at most
 * {@link LOOKAHEAD_LIMIT} follow-ups, each a gap search of the woven network (O(n + m) and the
 * searches of `findStructuralGaps`) and C gap values.
 *
 * @internal
 */
export function bestByGaps(
  context: ScoringContext,
  state: GapState,
  available: CandidateSet,
  values: Float64Array,
  matrix: DistanceMatrix | null,
  settings: ReturnType<typeof weavingSettings>,
  followUp: FollowUpValue | null,
): number {
  let top = 0;
  for (let q = 0; q < available.count; q++) if (values[q]! > top) top = values[q]!;
  const tied: number[] = [];
  for (let q = 0; q < available.count; q++) if (nearlyEqual(top, values[q]!)) tied.push(q);
  if (tied.length === 0) return 0;
  if (tied.length === 1) return tied[0]!;
  const gains =
    matrix !== null
      ? ({ kind: "matrix", matrix } as const)
      : ({ kind: "sampled", sources: settings.gainSources, seed: settings.seed } as const);
  const scored = scoreCandidates(context, subset(available, tied), gains, settings.weights);
  // Equal values on the ranking's own scale, so that its next keys (efficiency, feasibility, ids) decide.
  const ranked = rankByGaps(context, scored, new Float64Array(tied.length).fill(top));
  if (followUp === null || top <= 0) return tied[ranked[0]!]!;
  const scratch = createRemedyScratch(context.view.order);
  // Remedies only to pick the short-list when the tied list is longer than it.
  const remedies =
    tied.length <= LOOKAHEAD_LIMIT
      ? []
      : tied.map((q) => remedyOf(state, context, available.u[q]!, available.v[q]!, scratch));
  let best = -1;
  let bestFollowUp = 0;
  for (const i of shortList(remedies, ranked)) {
    const next = followUp(tied[i]!);
    if (best === -1 || (next > bestFollowUp && !nearlyEqual(next, bestFollowUp))) {
      best = i;
      bestFollowUp = next;
    }
  }
  return tied[best]!;
}

/**
 * The first {@link LOOKAHEAD_LIMIT} of `ranked` (indices of `remedies`), one per distinct remedy (the
 * gaps closed and by how much) first, in ranked order, then repeats.
 */
function shortList(remedies: readonly Remedy[], ranked: readonly number[]): number[] {
  if (ranked.length <= LOOKAHEAD_LIMIT) return [...ranked];
  const seen = new Set<string>();
  const firsts: number[] = [];
  const repeats: number[] = [];
  for (const i of ranked) {
    const key = remedies[i]!.closures.map((closure) => `${closure.gap}:${closure.closed}`).join(" ");
    if (seen.has(key)) repeats.push(i);
    else {
      seen.add(key);
      firsts.push(i);
      if (firsts.length === LOOKAHEAD_LIMIT) return firsts;
    }
  }
  for (const i of repeats) {
    if (firsts.length === LOOKAHEAD_LIMIT) break;
    firsts.push(i);
  }
  return firsts;
}

/** What a follow-up needs of the plan so far. */
export interface PlanSoFar {
  /** The ecosystem before the plan, read once. */
  readonly base: WovenBase;
  /** The ties planned so far, as ids. */
  readonly made: readonly (readonly [string, string])[];
  /** The tie kind the planned ties are added as. */
  readonly kind: string;
  /** The communities found at the start, kept through the plan. */
  readonly community: Int32Array;
  /** The ids of the gaps found before the plan (the only ones that pay). */
  readonly counted: ReadonlyMap<string, CountedGap>;
  /** Planned ties per actor index. */
  readonly load: Int32Array;
  /** The plan's settings. */
  readonly settings: ReturnType<typeof weavingSettings>;
  /** The calling function, for errors. */
  readonly fn: string;
}

/** The network once a candidate is made: its scoring context (with the woven ecosystem) and its gaps. */
export interface WovenStep {
  readonly context: ScoringContext;
  readonly state: GapState;
}

/**
 * The {@link FollowUpValue} of the candidates of `available` (not yet planned, both ends under
 * `maxPerActor`) in the network `context` describes: the gaps are found again with the tie added, as
 * the plan's next step would find them, and the best gap value among the other candidates whose ends
 * stay under `maxPerActor` is returned. Each network it builds is kept in `built`, by position, so
 * the plan's step reuses the winner's instead of building it again.
 *
 * @internal
 */
export function followUpOf(
  plan: PlanSoFar,
  context: ScoringContext,
  available: CandidateSet,
  built: Map<number, WovenStep>,
): FollowUpValue {
  const { made, load, settings } = plan;
  return (q) => {
    const u = available.u[q]!;
    const v = available.v[q]!;
    const woven = wovenStep(plan, [...made, endsOf(context.view, available, q)]);
    if (PLAN_ENGINE.incremental) built.set(q, woven);
    const { context: next, state } = woven;
    const loadAfter = (i: number) => load[i]! + (i === u || i === v ? 1 : 0);
    const rest: number[] = [];
    for (let r = 0; r < available.count; r++) {
      if (r === q) continue;
      if (
        loadAfter(available.u[r]!) >= settings.maxPerActor ||
        loadAfter(available.v[r]!) >= settings.maxPerActor
      )
        continue;
      rest.push(r);
    }
    let best = 0;
    const values = gapValues(next, state, subset(available, rest));
    for (const value of values) if (value > best) best = value;
    return best;
  };
}

/** The network with the `made` ties added: the woven ecosystem, its scoring context and its gaps. @internal */
export function wovenStep(plan: PlanSoFar, made: readonly (readonly [string, string])[]): WovenStep {
  const { base, kind, community, counted, settings, fn } = plan;
  const woven = withTies(base, made, kind, settings.viewOptions);
  const context = createScoringContext(
    woven.eco,
    woven.viewOptions,
    contextSettings(settings, community),
    fn,
  );
  return { context, state: createGapState(woven.eco, context, settings, counted) };
}
