/**
 * `suggestConnections`: the weaver's third question, "which connections should I make first?",
 * answered with absent ties ranked by what they would do to the network, each with its score
 * components, the contacts who can make the introduction, and the reasons in words.
 *
 * @packageDocumentation
 */

import { compareIds } from "../internal/compare.js";
import { checkArguments, type OptionKeyList, optionKeys } from "../model/check-arguments.js";
import type { Ecosystem } from "../model/ecosystem.js";
import { EcoweaveError, InvalidOptionError, NotApplicableError } from "../model/errors.js";
import {
  mustBe,
  mustBeBare,
  optionError,
  ruleAttributeName,
  ruleFinite,
  ruleIntegerAtLeast,
  ruleOneOf,
  ruleScalar,
} from "../model/option-errors.js";
import { checkRoleFilter } from "../model/role-filter.js";
import { type EcosystemView, tieFiltersOf, VIEW_OPTION_KEYS, type ViewOptions } from "../model/view.js";
import { OPTION_SCOPE_EMPTY, OPTION_SIMILARITY_BY } from "../text/catalogues/en/options.js";
import type { Message } from "../text/message.js";
import { type CandidateSet, candidatePairs } from "./candidates.js";
import { createDistanceMatrix, type DistanceMatrix, globalEfficiencyOf } from "./distance-matrix.js";
import { exactGainsAffordable } from "./exact-gain-work.js";
import {
  closuresOf,
  createGapState,
  createRemedyScratch,
  type GapClosure,
  type GapState,
  remedyOf,
} from "./gap-remedies.js";
import { introducersOf } from "./introducers.js";
import { reasonsOf } from "./reasons.js";
import { closureMessages } from "./remedy-words.js";
import {
  type ContextSettings,
  createScoringContext,
  type GainSource,
  pairIdRanks,
  rankCandidates,
  type ScoredCandidates,
  type ScoringContext,
  scoreCandidates,
  similarityOf,
  type WeaverEvidence,
  type WeaverScoreComponents,
} from "./score-components.js";
import {
  focusesOnPeriphery,
  isGapDriven,
  resolveWeights,
  type WeaverStrategy,
  type WeaverWeights,
} from "./strategies.js";
import {
  type IntroductionKind,
  introductionKindOf,
  type ProposedTieKind,
  proposedTieKind,
} from "./tie-proposal.js";

/**
 * The option names of {@link SuggestConnectionsOptions} but `top`, which `planWeaving` takes too: one
 * list, so a new candidate option is checked at run time by both.
 * @internal
 */
export const CANDIDATE_OPTION_KEYS: OptionKeyList<Omit<SuggestConnectionsOptions, "top">> = {
  ...VIEW_OPTION_KEYS,
  strategy: true,
  scope: true,
  coverageBy: true,
  weights: true,
  exclude: true,
  roles: true,
  rolesMatch: true,
  maxPerActor: true,
  maxDistance: true,
  complementarity: true,
  similarityBy: true,
  seed: true,
  gainSources: true,
  horizonMonths: true,
};

/** The option names each public function accepts, checked at run time. */
const SUGGEST_CONNECTIONS_OPTION_KEYS = optionKeys<SuggestConnectionsOptions>({
  ...CANDIDATE_OPTION_KEYS,
  top: true,
});

/** Ties with at least one end (`"one"`) or both ends (`"both"`) among the actors with an attribute value. */
export interface WeavingScope {
  /** The actor attribute, e.g. `"region"`. */
  attribute: string;
  /** Its value; a list-valued attribute is in scope when the list holds the value. */
  value: string | number | boolean;
  /**
   * `"one"`: at least one end in scope; `"both"`: both ends.
   * @defaultValue "one"
   */
  ends?: "one" | "both";
}

/** Options of {@link suggestConnections}. */
export interface SuggestConnectionsOptions extends ViewOptions {
  /**
   * How candidates are ranked: `close-gaps` (by what each closes of the structural gaps, see
   * {@link suggestConnections}), or the weighted score of a preset (see `WEAVER_STRATEGIES`):
   * `balanced`, `close-triangles`, `bridge-clusters`, `fill-role-gaps` or `connect-periphery` (which
   * also keeps only pairs with a peripheral end).
   * @defaultValue "close-gaps"
   */
  strategy?: WeaverStrategy;
  /**
   * Only ties with one end (or both ends) among the actors with this attribute value, for a weaver
   * responsible for one region: `{ attribute: "region", value: "Lappi" }`.
   * @defaultValue every tie
   */
  scope?: Readonly<WeavingScope>;
  /**
   * Also weigh the coverage gaps broken down by this actor attribute (as `findStructuralGaps`'s
   * `coverageBy`), so suggestions name them among the gaps they close.
   * @defaultValue none
   */
  coverageBy?: string;
  /**
   * `ties-ending` gaps the suggestions close: ties active on `at` whose `until` falls at most this many
   * months after `at` are ending (as `findStructuralGaps`'s `horizonMonths`; a positive integer).
   * @defaultValue 12
   */
  horizonMonths?: number;
  /**
   * Weights that replace the strategy's, component by component (non-negative finite numbers).
   * @defaultValue the strategy's weights
   */
  weights?: Readonly<Partial<WeaverWeights>>;
  /**
   * Number of suggestions returned (a positive integer).
   * @defaultValue 20
   */
  top?: number;
  /**
   * Actors (ids) who must not be in any suggestion, and pairs `[a, b]` (either order) that must not be
   * suggested.
   * @defaultValue none
   */
  exclude?: readonly (string | readonly [string, string])[];
  /**
   * Keep only pairs with an end of one of these roles (see `rolesMatch`). A role not in force, an
   * empty list, or a list no actor holds a role of is an `InvalidOptionError` naming the closest role.
   * @defaultValue every role
   */
  roles?: readonly string[];
  /**
   * With `roles`: `"either"` keeps pairs where at least one end has a listed role, `"both"` pairs
   * where both do.
   * @defaultValue "either"
   */
  rolesMatch?: "either" | "both";
  /**
   * The most suggestions any one actor may appear in, so that one hub does not take every slot (a
   * positive integer).
   * @defaultValue 3
   */
  maxPerActor?: number;
  /**
   * The largest number of steps at which a needed role counts as reachable, as in the coverage gaps
   * of `findStructuralGaps` (a positive integer).
   * @defaultValue 2
   */
  maxDistance?: number;
  /**
   * Role-pair complementarity R(r, s) in [0, 1], replacing the value derived from the roles' `needs`
   * for the pairs given (`{ developer: { funder: 1 } }`; either order is looked up).
   * @defaultValue derived: R(r, s) = ([r needs s] + [s needs r]) / 2, R(r, r) = [r needs r]
   */
  complementarity?: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /**
   * Actor attributes compared for similarity: lists by Jaccard index, single values by equality.
   * @defaultValue ["themes", "region"]
   */
  similarityBy?: readonly string[];
  /**
   * Seed of Louvain (communities), of the sampled betweenness above 1,000 actors and of the sampled
   * efficiency gains above 3,000 actors.
   * @defaultValue 1
   */
  seed?: number;
  /**
   * Above 3,000 actors: the number of sampled source actors behind each estimated efficiency gain
   * (`sampledEfficiencyGain`; an integer ≥ 3).
   * @defaultValue 256
   */
  gainSources?: number;
}

/** The defaults of {@link SuggestConnectionsOptions}. */
export const SUGGEST_CONNECTIONS_DEFAULTS = Object.freeze({
  strategy: "close-gaps",
  top: 20,
  exclude: Object.freeze([]) as readonly string[],
  rolesMatch: "either",
  maxPerActor: 3,
  maxDistance: 2,
  similarityBy: Object.freeze(["themes", "region"]) as readonly string[],
  seed: 1,
  gainSources: 256,
  horizonMonths: 12,
} satisfies SuggestConnectionsOptions);

/** Up to this many actors efficiency gains are exact (a distance matrix); above, sampled estimates. */
export const EXACT_GAIN_LIMIT = 3000;

/** Above {@link EXACT_GAIN_LIMIT} actors, the candidates scored in full (the best by a first pass). */
export const SHORTLIST_SIZE = 1000;

/** One suggested introduction. */
export interface WeaverSuggestion {
  /** One end (the smaller id). */
  source: string;
  /** The other end (the larger id). */
  target: string;
  /**
   * What the ranking used: with the `close-gaps` strategy the marginal gap value (the gapValue less the
   * shares of gaps already closed by the suggestions above it), else the strategy's weighted score in
   * [0, 1] (see {@link suggestConnections}).
   */
  score: number;
  /**
   * The loss it takes away from actors over the gaps it addresses, in actor-equivalents, each actor's
   * loss counted once, on the view as it is (see {@link suggestConnections}); 0 for a tie that closes
   * no gap.
   */
  gapValue: number;
  /** The stable ids of the gaps it addresses (`StructuralGap.id`), most valuable first. */
  closes: string[];
  /** What it closes of each of those gaps, in numbers and words, in the order of `closes`. */
  closing: GapClosure[];
  /** The kind of tie that fits the two roles (see `proposedTieKind`). */
  tieKind: ProposedTieKind;
  /**
   * How `introducers` introduce them: any one of several mutual contacts, a chain passing it on in
   * order, or the weaver directly.
   */
  introduction: IntroductionKind;
  /** The five components, each in [0, 1]. */
  components: WeaverScoreComponents;
  /**
   * Who can make the introduction: the mutual contacts, best first (`introduction: "mutual-contacts"`,
   * any one of them), or the contacts along one shortest path in order (`"chain"`); empty: the weaver
   * introduces them directly.
   */
  introducers: string[];
  /** Sentences with the numbers and actor labels, what it closes first (the English of `reasonMessages`). */
  reasons: string[];
  /**
   * The reasons as messages (ids `weave.*`), in the order of `reasons` (`reasons[i]` is
   * `reasonMessages[i].text`): render them in any locale with `formatMessage`.
   */
  reasonMessages: Message[];
  /** The numbers behind the components. */
  evidence: WeaverEvidence;
}

/** The settings after merging the defaults. @internal */
export interface WeavingSettings {
  readonly strategy: WeaverStrategy;
  readonly weights: WeaverWeights;
  readonly maxPerActor: number;
  readonly maxDistance: number;
  readonly similarityBy: readonly string[];
  readonly seed: number;
  readonly gainSources: number;
  readonly complementarity: SuggestConnectionsOptions["complementarity"];
  readonly exclude: readonly (string | readonly [string, string])[];
  readonly roles: readonly string[] | undefined;
  readonly rolesMatch: "either" | "both";
  readonly scope: Readonly<Required<WeavingScope>> | undefined;
  readonly coverageBy: string | undefined;
  readonly horizonMonths: number;
  readonly viewOptions: ViewOptions;
}

function requireInteger(fn: string, name: string, value: unknown, least: number): void {
  if (!(typeof value === "number" && Number.isInteger(value) && value >= least)) {
    throw mustBe(fn, name, String(value), ruleIntegerAtLeast(least));
  }
}

/** Merges and checks the options shared by `suggestConnections` and `planWeaving`. @internal */
export function weavingSettings(
  eco: Ecosystem,
  options: SuggestConnectionsOptions,
  fn: string,
): WeavingSettings {
  if (options.directed === true) {
    throw new NotApplicableError(`${fn}: weaving is defined on the undirected view; drop directed: true`);
  }
  const merged = { ...SUGGEST_CONNECTIONS_DEFAULTS, ...options };
  requireInteger(fn, "maxPerActor", merged.maxPerActor, 1);
  requireInteger(fn, "maxDistance", merged.maxDistance, 1);
  requireInteger(fn, "gainSources", merged.gainSources, 3);
  requireInteger(fn, "horizonMonths", merged.horizonMonths, 1);
  if (!Number.isFinite(merged.seed)) throw mustBe(fn, "seed", String(merged.seed), ruleFinite());
  if (merged.rolesMatch !== "either" && merged.rolesMatch !== "both") {
    throw mustBe(fn, "rolesMatch", `"${String(merged.rolesMatch)}"`, ruleOneOf(['"either"', '"both"']));
  }
  if (merged.roles !== undefined) checkRoleFilter(fn, "roles", merged.roles, eco);
  for (const name of merged.similarityBy) {
    if (typeof name !== "string" || name.length === 0) {
      throw optionError("options.similarityBy", OPTION_SIMILARITY_BY, {
        fn,
        value: String(JSON.stringify(name)),
      });
    }
  }
  let scope: Required<WeavingScope> | undefined;
  if (merged.scope !== undefined) {
    const { attribute, value, ends = "one" } = merged.scope;
    if (typeof attribute !== "string" || attribute.length === 0) {
      throw mustBeBare(fn, "scope.attribute", ruleAttributeName());
    }
    if (!["string", "number", "boolean"].includes(typeof value)) {
      throw mustBeBare(fn, "scope.value", ruleScalar());
    }
    if (ends !== "one" && ends !== "both") {
      throw mustBe(fn, "scope.ends", `"${String(ends)}"`, ruleOneOf(['"one"', '"both"']));
    }
    scope = { attribute, value, ends };
  }
  const viewOptions = tieFiltersOf(options);
  return {
    strategy: merged.strategy,
    weights: resolveWeights(fn, merged.strategy, merged.weights),
    maxPerActor: merged.maxPerActor,
    maxDistance: merged.maxDistance,
    similarityBy: merged.similarityBy,
    seed: merged.seed,
    gainSources: merged.gainSources,
    complementarity: merged.complementarity,
    exclude: merged.exclude,
    roles: merged.roles,
    rolesMatch: merged.rolesMatch,
    scope,
    coverageBy: merged.coverageBy,
    horizonMonths: merged.horizonMonths,
    viewOptions,
  };
}

/** The settings the scoring context reads. @internal */
export function contextSettings(settings: WeavingSettings, community?: Int32Array): ContextSettings {
  return {
    maxDistance: settings.maxDistance,
    seed: settings.seed,
    similarityBy: settings.similarityBy,
    complementarity: settings.complementarity,
    ...(community === undefined ? {} : { community }),
  };
}

/**
 * Which absent pairs may be suggested: not excluded, passing the role filter, and (connect-periphery)
 * with a peripheral end: core number ≤ max(1, the smallest core number).
 * @internal
 */
export function pairFilter(
  context: ScoringContext,
  settings: WeavingSettings,
  fn: string,
): (u: number, v: number) => boolean {
  const { view } = context;
  const n = view.order;
  const excludedActor = new Uint8Array(n);
  const excludedPairs = new Set<number>();
  const indexOf = (id: string, where: string): number => {
    const index = view.index.get(id);
    if (index === undefined)
      throw new EcoweaveError("unknown_actor", `${fn}: unknown actor "${id}" in ${where}`);
    return index;
  };
  settings.exclude.forEach((entry, k) => {
    if (typeof entry === "string") excludedActor[indexOf(entry, `exclude[${k}]`)] = 1;
    else {
      const a = indexOf(entry[0], `exclude[${k}]`);
      const b = indexOf(entry[1], `exclude[${k}]`);
      excludedPairs.add(Math.min(a, b) * n + Math.max(a, b));
    }
  });
  const allowedRole = new Uint8Array(n).fill(1);
  if (settings.roles !== undefined) {
    const listed = new Set(settings.roles);
    for (let i = 0; i < n; i++) allowedRole[i] = listed.has(context.roleIds[context.roleCode[i]!]!) ? 1 : 0;
  }
  const both = settings.rolesMatch === "both";
  const peripheral = new Uint8Array(n).fill(1);
  if (focusesOnPeriphery(settings.strategy) && n > 0) {
    let least = Number.POSITIVE_INFINITY;
    for (let i = 0; i < n; i++) least = Math.min(least, context.core[i]!);
    const limit = Math.max(1, least);
    for (let i = 0; i < n; i++) peripheral[i] = context.core[i]! <= limit ? 1 : 0;
  }
  const inScope = scopeFlags(context, settings, fn);
  const bothInScope = settings.scope?.ends === "both";
  return (u, v) => {
    if (excludedActor[u] === 1 || excludedActor[v] === 1) return false;
    if (
      inScope !== null &&
      (bothInScope ? inScope[u] !== 1 || inScope[v] !== 1 : inScope[u] !== 1 && inScope[v] !== 1)
    )
      return false;
    if (excludedPairs.has(Math.min(u, v) * n + Math.max(u, v))) return false;
    const roleOk = both
      ? allowedRole[u] === 1 && allowedRole[v] === 1
      : allowedRole[u] === 1 || allowedRole[v] === 1;
    if (!roleOk) return false;
    return peripheral[u] === 1 || peripheral[v] === 1;
  };
}

/** 1 for the actors in the scope, `null` without a scope; refuses a scope no actor is in. */
function scopeFlags(context: ScoringContext, settings: WeavingSettings, fn: string): Uint8Array | null {
  const { scope } = settings;
  if (scope === undefined) return null;
  const { view, eco } = context;
  const flags = new Uint8Array(view.order);
  let count = 0;
  for (let i = 0; i < view.order; i++) {
    const value = eco.getNodeAttributes(view.ids[i]!).attributes?.[scope.attribute];
    const match = Array.isArray(value) ? value.includes(String(scope.value)) : value === scope.value;
    if (match) {
      flags[i] = 1;
      count++;
    }
  }
  if (count === 0) {
    throw optionError("options.scopeEmpty", OPTION_SCOPE_EMPTY, {
      fn,
      attribute: scope.attribute,
      value: JSON.stringify(scope.value),
    });
  }
  return flags;
}

/** The candidate set of a context. @internal */
export function contextCandidates(
  context: ScoringContext,
  keep: (u: number, v: number) => boolean,
  state: GapState,
): CandidateSet {
  return candidatePairs({
    view: context.view,
    degree: context.degree,
    community: context.community,
    core: context.core,
    needs: context.needs,
    keep,
    component: context.component,
    cuts: state.cuts,
  });
}

/** A sub-set of candidates by position. @internal */
export function subset(candidates: CandidateSet, positions: readonly number[]): CandidateSet {
  return {
    u: Int32Array.from(positions, (p) => candidates.u[p]!),
    v: Int32Array.from(positions, (p) => candidates.v[p]!),
    from: Uint8Array.from(positions, (p) => candidates.from[p]!),
    count: positions.length,
    exhaustive: candidates.exhaustive,
  };
}

/** Ids of a candidate's ends, smaller first. @internal */
export function endsOf(view: EcosystemView, candidates: CandidateSet, p: number): [string, string] {
  const a = view.ids[candidates.u[p]!]!;
  const b = view.ids[candidates.v[p]!]!;
  return compareIds(a, b) <= 0 ? [a, b] : [b, a];
}

/**
 * A gap a candidate addresses: the loss it closes with an identity (keys, each `perKey`), the rest, and
 * the credit for removing it (or, with keys, the isolate) outright. @internal
 */
export interface GapShare {
  readonly gap: number;
  readonly keys: readonly number[];
  readonly perKey: number;
  readonly other: number;
  readonly outright: number;
}

/**
 * What every candidate closes of the gaps: its `gapValue`, and, when `shares` is given, the share of
 * each gap it closes (pushed per candidate).
 * @internal
 */
export function gapValues(
  context: ScoringContext,
  state: GapState,
  candidates: CandidateSet,
  shares: GapShare[][] | null = null,
): Float64Array {
  const values = new Float64Array(candidates.count);
  const scratch = createRemedyScratch(context.view.order);
  for (let p = 0; p < candidates.count; p++) {
    const remedy = remedyOf(state, context, candidates.u[p]!, candidates.v[p]!, scratch);
    values[p] = remedy.value;
    shares?.push(
      remedy.closures.map(({ gap, closed, keys, keyed, outright }) => ({
        gap,
        keys,
        perKey: keys.length > 0 ? keyed / keys.length : 0,
        other: Math.max(0, closed - keyed),
        outright,
      })),
    );
  }
  return values;
}

/** Gap values closer than this are equal: they differ only by the order of a floating-point sum. */
export const GAP_VALUE_TOLERANCE = 1e-9;

/**
 * Positions of the candidates, best first, by gap value, then efficiency gained, then feasibility,
 * then source and target id.
 * @internal
 */
export function rankByGaps(
  context: ScoringContext,
  scored: ScoredCandidates,
  values: Float64Array,
): number[] {
  const { first, second } = pairIdRanks(context, scored.candidates);
  const order = Array.from({ length: scored.candidates.count }, (_, p) => p);
  return order.sort((a, b) => {
    const byValue = values[b]! - values[a]!;
    if (Math.abs(byValue) > GAP_VALUE_TOLERANCE) return byValue;
    return (
      largerFirst(scored.gain[a]!, scored.gain[b]!) ||
      largerFirst(scored.feasibility[a]!, scored.feasibility[b]!) ||
      first[a]! - first[b]! ||
      second[a]! - second[b]!
    );
  });
}

/**
 * Orders two figures larger first, holding them equal when they differ only by rounding (1e-12
 * relative): efficiency gains of symmetric ties are summed in different orders, and rounding must not
 * decide between them where the ids should.
 */
function largerFirst(a: number, b: number): number {
  return Math.abs(b - a) <= 1e-12 * Math.max(1, Math.abs(a), Math.abs(b)) ? 0 : b - a;
}

/** Scored candidates with their gap values and the shares of the gaps they close, in parallel. @internal */
export interface RankedInput {
  readonly scored: ScoredCandidates;
  readonly values: Float64Array;
  readonly shares: readonly (readonly GapShare[])[];
}

/**
 * Scores the candidates: exactly with a distance matrix up to {@link EXACT_GAIN_LIMIT} actors; above
 * it, a first pass with proxy gains picks the best {@link SHORTLIST_SIZE} (at least 5 · top; by gap
 * value first with `close-gaps`), which are scored again with sampled gains.
 * @internal
 */
export function scoreAll(
  context: ScoringContext,
  candidates: CandidateSet,
  settings: WeavingSettings,
  matrix: DistanceMatrix | null,
  shortlist: number,
  state: GapState,
): RankedInput {
  const shares: GapShare[][] = [];
  const values = gapValues(context, state, candidates, shares);
  if (matrix !== null) {
    return {
      scored: scoreCandidates(context, candidates, { kind: "matrix", matrix }, settings.weights),
      values,
      shares,
    };
  }
  const first = scoreCandidates(context, candidates, { kind: "proxy" }, settings.weights);
  const order = isGapDriven(settings.strategy)
    ? rankByGaps(context, first, values)
    : rankCandidates(context, first);
  const positions = order.slice(0, shortlist);
  const kept = subset(candidates, positions);
  const gains: GainSource = { kind: "sampled", sources: settings.gainSources, seed: settings.seed };
  return {
    scored: scoreCandidates(context, kept, gains, settings.weights),
    values: Float64Array.from(positions, (p) => values[p]!),
    shares: positions.map((p) => shares[p]!),
  };
}

/**
 * How much each candidate is an introduction between peers who never met: for two actors of the same
 * role with at least one contact in common, their similarity (`similarityBy`: same region, shared
 * themes), else 0. @internal
 */
export function peerValues(context: ScoringContext, scored: ScoredCandidates): Float64Array {
  const { candidates, commonNeighbors } = scored;
  const values = new Float64Array(candidates.count);
  for (let p = 0; p < candidates.count; p++) {
    const u = candidates.u[p]!;
    const v = candidates.v[p]!;
    if (context.roleCode[u] === context.roleCode[v] && commonNeighbors[p]! > 0)
      values[p] = similarityOf(context, u, v);
  }
  return values;
}

/**
 * The suggestions of the `close-gaps` strategy. First, the gaps in severity order (each isolate on its
 * own): a gap no suggestion above addresses gets its best remedy, the candidate addressing it of
 * largest marginal value; then the rest by marginal value alone. The marginal value of a candidate is
 * Σ_g w(g) · min(loss(g), new_g + min(other_g, left_g)) + R_g, where new_g counts
 * the identified units (actors gaining a need, roles a silo gains, isolates) no suggestion above has
 * closed, other_g the units without an identity (actors relieved of a cut vertex, a share of a tie
 * out) and left_g the units of g not yet closed by those above, and R_g the credit for removing g (an
 * isolate: its key) outright, unless a suggestion above removes it; so the list spreads over the gaps
 * instead of repeating one remedy. Ties (within {@link GAP_VALUE_TOLERANCE}) by the peer value
 * ({@link peerValues}), efficiency gained, feasibility, then ids. Returns the positions and their
 * marginal values.
 */
function pickByGaps(
  context: ScoringContext,
  state: GapState,
  ranked: RankedInput,
  top: number,
  maxPerActor: number,
): { positions: number[]; marginal: number[] } {
  const { scored, shares } = ranked;
  const count = scored.candidates.count;
  const tieRank = new Int32Array(count);
  rankByGaps(context, scored, peerValues(context, scored)).forEach((p, r) => {
    tieRank[p] = r;
  });
  const left = Float64Array.from(state.units);
  const done = state.gaps.map(() => new Set<number>());
  const removed = new Uint8Array(state.gaps.length);
  const marginalOf = (p: number): number => {
    let value = 0;
    for (const { gap, keys, perKey, other, outright } of shares[p]!) {
      let fresh = 0;
      for (const key of keys) if (!done[gap]!.has(key)) fresh += perKey;
      const units = state.units[gap]!;
      if (units > 0) value += state.weight[gap]! * Math.min(units, fresh + Math.min(other, left[gap]!));
      // An isolate is removed once (its key), any other gap once.
      if (outright > 0 && (keys.length > 0 ? fresh > 0 : removed[gap] === 0)) value += outright;
    }
    return value;
  };
  const load = new Int32Array(context.view.order);
  const taken = new Uint8Array(count);
  const touched = new Uint8Array(state.gaps.length);
  const positions: number[] = [];
  const marginal: number[] = [];
  // The best open candidate by marginal value among those `eligible` accepts; −1 when none.
  const best = (eligible: (p: number) => boolean): { p: number; value: number } => {
    let found = -1;
    let foundValue = -1;
    for (let p = 0; p < count; p++) {
      if (taken[p] === 1 || !eligible(p)) continue;
      if (load[scored.candidates.u[p]!]! >= maxPerActor || load[scored.candidates.v[p]!]! >= maxPerActor)
        continue;
      const value = marginalOf(p);
      if (
        found === -1 ||
        value > foundValue + GAP_VALUE_TOLERANCE ||
        (value >= foundValue - GAP_VALUE_TOLERANCE && tieRank[p]! < tieRank[found]!)
      ) {
        found = p;
        foundValue = value;
      }
    }
    return { p: found, value: foundValue };
  };
  const take = (p: number, value: number): void => {
    taken[p] = 1;
    load[scored.candidates.u[p]!]!++;
    load[scored.candidates.v[p]!]!++;
    for (const { gap, keys, other, outright } of shares[p]!) {
      touched[gap] = 1;
      if (outright > 0 && keys.length === 0) removed[gap] = 1;
      for (const key of keys) done[gap]!.add(key);
      left[gap] = Math.max(0, left[gap]! - other);
    }
    positions.push(p);
    marginal.push(value);
  };
  // First pass: the gaps in their order (most severe first), each isolate on its own, each given its
  // best remedy unless a suggestion above already addresses it.
  const entries: { gap: number; key: number | null }[] = [];
  state.gaps.forEach((gap, g) => {
    if (g === state.isolatesGap) {
      for (const id of gap.actors) entries.push({ gap: g, key: -1 - context.view.index.get(id)! });
    } else entries.push({ gap: g, key: null });
  });
  for (const { gap, key } of entries) {
    if (positions.length >= top) break;
    if (key === null ? touched[gap] === 1 : done[gap]!.has(key)) continue;
    const found = best((p) =>
      shares[p]!.some((share) => share.gap === gap && (key === null || share.keys.includes(key))),
    );
    if (found.p !== -1 && found.value > 0) take(found.p, found.value);
  }
  while (positions.length < top) {
    const found = best(() => true);
    if (found.p === -1) break;
    take(found.p, found.value);
  }
  return { positions, marginal };
}

/** The suggestion record of a scored candidate. @internal */
export function suggestionOf(
  context: ScoringContext,
  state: GapState,
  ranked: RankedInput,
  p: number,
  settings: WeavingSettings,
  efficiency: number | null,
  marginal: number,
): WeaverSuggestion {
  const { view } = context;
  const { scored } = ranked;
  const { candidates } = scored;
  const [source, target] = endsOf(view, candidates, p);
  const u = view.index.get(source)!;
  const v = view.index.get(target)!;
  const distance = scored.distance[p]! === -1 ? null : scored.distance[p]!;
  const introducers = introducersOf(view, u, v);
  const remedy = remedyOf(state, context, u, v, createRemedyScratch(view.order));
  const reasonMessages = reasonsOf(
    context,
    {
      u,
      v,
      distance,
      gain: scored.gain[p]!,
      gainExact: scored.exact,
      efficiency,
      introducers,
      state,
      remedy,
    },
    settings.similarityBy,
  );
  const closing = closuresOf(state, remedy, (gap, closed) =>
    closureMessages(context, state, remedy, gap, closed),
  );
  const roles = context.roleIds.length;
  return {
    source,
    target,
    score: isGapDriven(settings.strategy) ? marginal : scored.score[p]!,
    gapValue: remedy.value,
    closes: closing.map((closure) => closure.gap),
    closing,
    tieKind: proposedTieKind(context.roleIds[context.roleCode[u]!]!, context.roleIds[context.roleCode[v]!]!),
    introduction: introductionKindOf(distance),
    components: {
      complementarity: scored.complementarity[p]!,
      structuralGain: scored.structuralGain[p]!,
      feasibility: scored.feasibility[p]!,
      similarity: scored.similarity[p]!,
      load: scored.load[p]!,
    },
    introducers,
    reasons: reasonMessages.map((reason) => reason.text),
    reasonMessages,
    evidence: {
      distance,
      efficiencyGain: scored.gain[p]!,
      efficiencyGainExact: scored.exact,
      joinsComponents: context.component[u] !== context.component[v],
      joinsCommunities: context.community[u] !== context.community[v],
      commonNeighbors: scored.commonNeighbors[p]!,
      adamicAdar: scored.adamicAdar[p]!,
      newlyCovered: scored.covered[p]!,
      rolePair: context.rolePair[context.roleCode[u]! * roles + context.roleCode[v]!]!,
      betweennessShare: [context.share[u]!, context.share[v]!],
    },
  };
}

/**
 * Introductions a network weaver could make, ranked by default by what each would close of the
 * ecosystem's structural gaps, each with the gaps it addresses (by id and in words), the kind of tie
 * that fits, the contacts who can introduce the two, and the reasons in words.
 *
 * @remarks
 * **Gap-driven ranking (`strategy: "close-gaps"`, the default).** The gaps G of
 * `findStructuralGaps(eco, { kinds, at, maxDistance, seed, coverageBy, horizonMonths })` are computed
 * on the view, each with its `loss` (actor-equivalents) and severity = loss / (loss + 4), and each
 * candidate absent tie
 * u–v is scored by the loss it takes away from each gap, exactly, on that view:
 *
 *   gapValue(u, v) = Σ_g w(g) · min(closed_g(u, v), loss(g)) + R_g(u, v)
 *
 * in actor-equivalents, so an actor brought in or given a funder is worth the same whatever the size of
 * its gap (severity orders the gaps, below, but does not multiply what a tie takes away), and each
 * actor's loss counts once: w(g) = 1, but for a single point of failure, whose w is the share of the
 * actors it would cut off that no other gap counts whole (an isolate, a cut-off part, an actor whose
 * last tie ends within the horizon), and 0 for a bridge whose actors an end holds as a cut vertex (a
 * pendant is secured once its hub no longer holds it, not twice); and R_g(u, v) the credit for
 * removing g outright (`OUTRIGHT_SHARE` = ¼ of its loss, of the loss as found before the plan in
 * `planWeaving`): a single point of failure that stops being one (for a cut vertex, with the losses of
 * the pendant ties folded into its gap; times the share of its cut-off actors not cut off anyway), a
 * cut-off part joined, or ¼ of an isolate's own loss (1 + its unmet needs) for an isolate brought in;
 * 0 for other kinds, which are met actor by actor. The credit makes relieving the last piece of a cut
 * vertex worth more than relieving one of several, so a plan finishes the bypass it started (three
 * pendants of one hub, not one pendant each of three hubs);
 *
 * with closed_g by kind:
 * - unmet needs (`coverage`, and those a `siloed-community` or `fragmentation` gap carries, each need
 *   counted once, in the most specific gap): 1 / |needs(role)| per (actor i, role s) that comes within
 *   D = `maxDistance`, i.e. min(d(i, u) + 1 + d(v, s), d(i, v) + 1 + d(u, s)) ≤ D; every actor within
 *   D − 1 of u gains v's providers, so a tie from a silo member to a funder counts the whole silo;
 * - `siloed-community` note: 1/k of it for a tie out, k the ties out it needs to pass the E-I threshold
 *   (Krackhardt & Stern 1988);
 * - `fragmentation`: 1 per actor of a cut-off component or isolate joined to the largest component
 *   (Borgatti 2006), their needs met counted as needs above;
 * - `single-point-of-failure`: its loss times the share of cutOff that the tie relieves: for a cut
 *   vertex c, u and v in different pieces P_u, P_v of C − c are joined not through c, and cutOff becomes
 *   |C| − 1 − max(L, |P_u| + |P_v|) (L the largest piece; a tie to c from inside the piece it holds joins
 *   nothing and takes nothing away); a bridge on a u–v path is gone (the tie closes a cycle through it);
 * - `ties-ending`: 1 per actor the ending ties would cut off that the tie keeps joined to the main
 *   network once they end, and 1 / |needs(role)| per need an actor would lose then (its own, or one
 *   reached only through them) that the tie brings within D on the view without the ending ties;
 * - `role-pair`: one missing tie's share of its note, for a tie between the groups.
 * So the remedies of the most severe gaps, and those that take most away, come first, which is how a
 * weaver spans the structural holes that cost actors most (Burt 1992) and weaves a hub-and-spoke
 * network towards many hubs (Krebs & Holley 2006). Ties of equal value (within
 * {@link GAP_VALUE_TOLERANCE}) go first to introductions between peers who never met: two actors of the
 * same role with a contact in common, by their similarity (`similarityBy`: same region, shared themes),
 * so that the peer learning the ecosystem lacks is valued below any gap closed but above nothing (the
 * sample's four Pirkanmaa developers who share only their trainer come right after the ties that close
 * gaps); then the larger rise in global efficiency ΔE (Latora & Marchiori 2001), then the higher
 * feasibility (mutual contacts, distance; below), then source and target id. `planWeaving` does not
 * use the peer key: its steps close gaps, then raise efficiency.
 * The list is built gap by gap: the gaps in severity order (each isolate on its own), each not yet
 * addressed by a suggestion above getting its best remedy; then the rest by marginal value, the same
 * sum counting only what no suggestion above has closed (the actors who gain a need, the isolates; for
 * the rest, what is left of the gap). So the top suggestion addresses the most severe gap and the list
 * spreads over the gaps; `score` is the marginal value and `gapValue` the tie's own value (neither is
 * bounded by 1). `planWeaving` instead finds the gaps again after each tie.
 *
 * **Weighted strategies** (`balanced`, `close-triangles`, `bridge-clusters`, `fill-role-gaps`,
 * `connect-periphery`) rank by a weighted score of five components in [0, 1] (defined in full on
 * {@link WeaverScoreComponents}), which every suggestion also reports:
 * - complementarity x₁ = ½ · R(r_u, r_v) + ½ · c / c_max: R the role-pair matrix, R(r, s) =
 *   ([r needs s] + [s needs r]) / 2 from the roles' `needs` (or the `complementarity` option); c the
 *   (actor, needed role) pairs the tie newly covers within `maxDistance` steps;
 * - structural gain x₂ = ½ · ΔE / ΔE_max + ¼ · [joins two components] + ¼ · [joins two Louvain
 *   communities];
 * - feasibility x₃ = ½ · 2^−(d−2) + ¼ · cn / cn_max + ¼ · AA / AA_max: d the hop distance (first term 0
 *   without a path), cn the common contacts and AA the Adamic–Adar index (Adamic & Adar 2003);
 * - similarity x₄: the mean Jaccard index of the `similarityBy` attributes (single values: 1 when
 *   equal), attributes no actor has left out;
 * - load x₅ = max(b_u, b_v), b the actor's share of all betweenness Σ b = 1 (exact up to 1,000 actors,
 *   else 256 seeded pivots).
 * The maxima are taken over the candidates scored.
 * score = max(0, w₁x₁ + w₂x₂ + w₃x₃ + w₄x₄ − w₅x₅) / (w₁ + w₂ + w₃ + w₄), in [0, 1].
 * Every strategy reports `closes` and `closing`.
 *
 * Each suggestion proposes the tie that fits the roles (`proposedTieKind`: developer–funder a funding
 * contact, upskiller–developer training, the same role peer learning, others collaboration) and says
 * how the introduction is made (`introduction`).
 * Candidates: up to 300 actors every absent pair; above, open triads, need-meeting pairs,
 * cross-community pairs, periphery-to-core pairs, pairs among the 40 best-connected actors, cut-off
 * parts to the main component and bypasses of each cut vertex, capped per actor (docs/weaving.md); only
 * pairs in the `scope`, when given.
 * Efficiency gains are exact up to 3,000 actors (one distance matrix, `efficiencyGain`) while the exact
 * sums visit at most `EXACT_GAIN_PAIR_BUDGET` (10⁹) actor pairs, Σ |A| · |B| over the candidates (a
 * path of 1,000 actors needs 1.9 · 10⁹); past either limit, a first
 * pass ranks every candidate with proxy gains (1 − 1/d̂, d̂ = 2 with a common contact, else 3; 1 when
 * the tie joins components) and the best 1,000 (at least 5 · top) are scored again with
 * `sampledEfficiencyGain` estimates (`gainSources` sources, seeded).
 * Suggestions are taken in rank order while neither end already appears in `maxPerActor` of them, up
 * to `top`. Deterministic: the same ecosystem, options and seed give deep-equal output.
 * Ours: no reference implementation; the measures it combines are each checked against theirs.
 * Time complexity: O(n (n + m)) for the matrix and betweenness up to the limits, O(n + m) for the gaps'
 * depth-first search, plus O(C · (b + a)) for C candidates with balls of b actors within
 * `maxDistance` − 1 steps and a cut vertices above their ends.
 *
 * References: Burt, R. S. (1992). Structural Holes: The Social Structure of Competition. Harvard
 * University Press. Krebs, V. & Holley, J. (2006). Building Smart Communities through Network Weaving.
 * Appalachian Center for Economic Networks. Borgatti, S. P. (2006). Identifying sets of key players in
 * a social network. Computational and Mathematical Organization Theory 12, 21–34.
 * doi:10.1007/s10588-006-7084-x. Krackhardt, D. & Stern, R. N. (1988). Informal networks and
 * organizational crises. Social Psychology Quarterly 51(2), 123–140. doi:10.2307/2786835.
 * Latora, V. & Marchiori, M. (2001). Efficient behavior of small-world networks. Physical Review
 * Letters 87, 198701. doi:10.1103/PhysRevLett.87.198701. Adamic, L. A. & Adar, E. (2003). Friends and
 * neighbors on the Web. Social Networks 25(3), 211–230. doi:10.1016/S0378-8733(03)00009-1.
 *
 * @param options - `strategy`, `weights`, `top`, `exclude`, `roles`, `scope`, `maxPerActor`,
 * `maxDistance`, `horizonMonths`, `complementarity`, `similarityBy`, `seed`, `gainSources` and view
 * options (undirected only).
 * @returns the suggestions, best first.
 * @throws {@link NotApplicableError} with `directed: true`.
 * @throws {@link EcoweaveError} `unknown_actor` when `exclude` names an unknown actor.
 * @throws {@link InvalidOptionError} for an unknown strategy or role, a negative weight, a scope no
 * actor is in, or an option out of range.
 * @example
 * // a silo of developers tied to the rest by one developer: the first suggestion gives them a funder
 * suggestConnections(createEcosystem(data), { top: 1 })[0].closes; // ["siloed-community:…", …]
 * @see {@link planWeaving}
 * @category Answers
 */
export function suggestConnections(
  eco: Ecosystem,
  options: SuggestConnectionsOptions = {},
): WeaverSuggestion[] {
  checkArguments("suggestConnections", eco, options, SUGGEST_CONNECTIONS_OPTION_KEYS);
  const fn = "suggestConnections";
  const top = options.top ?? SUGGEST_CONNECTIONS_DEFAULTS.top;
  requireInteger(fn, "top", top, 1);
  const settings = weavingSettings(eco, options, fn);
  const context = createScoringContext(eco, settings.viewOptions, contextSettings(settings), fn);
  const state = createGapState(eco, context, settings);
  const candidates = contextCandidates(context, pairFilter(context, settings, fn), state);
  const n = context.view.order;
  const full = n <= EXACT_GAIN_LIMIT ? createDistanceMatrix(context.view) : null;
  const matrix = full !== null && exactGainsAffordable(full, candidates) ? full : null;
  const ranked = scoreAll(context, candidates, settings, matrix, Math.max(SHORTLIST_SIZE, 5 * top), state);
  const kept = ranked.scored.candidates;
  const efficiency = matrix === null ? null : globalEfficiencyOf(matrix);
  if (isGapDriven(settings.strategy)) {
    const { positions, marginal } = pickByGaps(context, state, ranked, top, settings.maxPerActor);
    return positions.map((p, k) =>
      suggestionOf(context, state, ranked, p, settings, efficiency, marginal[k]!),
    );
  }
  const order = rankCandidates(context, ranked.scored);
  const load = new Int32Array(n);
  const suggestions: WeaverSuggestion[] = [];
  for (const p of order) {
    if (suggestions.length >= top) break;
    const u = kept.u[p]!;
    const v = kept.v[p]!;
    if (load[u]! >= settings.maxPerActor || load[v]! >= settings.maxPerActor) continue;
    load[u]!++;
    load[v]!++;
    suggestions.push(suggestionOf(context, state, ranked, p, settings, efficiency, ranked.scored.score[p]!));
  }
  return suggestions;
}
