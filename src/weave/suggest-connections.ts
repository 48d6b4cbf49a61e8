/**
 * `suggestConnections`: the weaver's third question, "which connections should I make first?",
 * answered with absent ties ranked by what they would do to the network, each with its score
 * components, the contacts who can make the introduction, and the reasons in words.
 *
 * @packageDocumentation
 */
import { compareIds } from "../internal/compare.js";
import { type Ecosystem, ecosystemRoles } from "../model/ecosystem.js";
import { EcoweaveError, InvalidOptionError, NotApplicableError } from "../model/errors.js";
import { type EcosystemView, tieFiltersOf, type ViewOptions } from "../model/view.js";
import { type CandidateSet, candidatePairs } from "./candidates.js";
import { createDistanceMatrix, type DistanceMatrix, globalEfficiencyOf } from "./distance-matrix.js";
import { introducersOf } from "./introducers.js";
import { reasonsOf } from "./reasons.js";
import {
  type ContextSettings,
  createCoverageScratch,
  createScoringContext,
  type GainSource,
  rankCandidates,
  type ScoredCandidates,
  type ScoringContext,
  scoreCandidates,
  type WeaverEvidence,
  type WeaverScoreComponents,
} from "./score-components.js";
import { focusesOnPeriphery, resolveWeights, type WeaverStrategy, type WeaverWeights } from "./strategies.js";

/** Options of {@link suggestConnections}. */
export interface SuggestConnectionsOptions extends ViewOptions {
  /**
   * The preset weights of the score components (see `WEAVER_STRATEGIES`): `balanced`,
   * `close-triangles`, `bridge-clusters`, `fill-role-gaps` or `connect-periphery` (which also keeps only
   * pairs with a peripheral end).
   * @defaultValue "balanced"
   */
  strategy?: WeaverStrategy;
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
   * Keep only pairs with an end of one of these roles (see `rolesMatch`).
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
  strategy: "balanced",
  top: 20,
  exclude: Object.freeze([]) as readonly string[],
  rolesMatch: "either",
  maxPerActor: 3,
  maxDistance: 2,
  similarityBy: Object.freeze(["themes", "region"]) as readonly string[],
  seed: 1,
  gainSources: 256,
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
  /** The weighted score in [0, 1] (see {@link suggestConnections}). */
  score: number;
  /** The five components, each in [0, 1]. */
  components: WeaverScoreComponents;
  /** Who can make the introduction, best first; empty: the weaver introduces them directly. */
  introducers: string[];
  /** Sentences with the numbers and actor labels. */
  reasons: string[];
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
  readonly viewOptions: ViewOptions;
}

function requireInteger(fn: string, name: string, value: unknown, least: number): void {
  if (!(typeof value === "number" && Number.isInteger(value) && value >= least)) {
    throw new InvalidOptionError(`${fn}: ${name} ${String(value)} must be an integer of at least ${least}`);
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
  if (!Number.isFinite(merged.seed))
    throw new InvalidOptionError(`${fn}: seed ${merged.seed} must be a finite number`);
  if (merged.rolesMatch !== "either" && merged.rolesMatch !== "both") {
    throw new InvalidOptionError(
      `${fn}: rolesMatch "${String(merged.rolesMatch)}" must be "either" or "both"`,
    );
  }
  if (merged.roles !== undefined) {
    const known = ecosystemRoles(eco);
    for (const role of merged.roles) {
      if (!known.has(role)) throw new InvalidOptionError(`${fn}: roles names unknown role "${role}"`);
    }
  }
  for (const name of merged.similarityBy) {
    if (typeof name !== "string" || name.length === 0) {
      throw new InvalidOptionError(`${fn}: similarityBy holds ${JSON.stringify(name)}; give attribute names`);
    }
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
  return (u, v) => {
    if (excludedActor[u] === 1 || excludedActor[v] === 1) return false;
    if (excludedPairs.has(Math.min(u, v) * n + Math.max(u, v))) return false;
    const roleOk = both
      ? allowedRole[u] === 1 && allowedRole[v] === 1
      : allowedRole[u] === 1 || allowedRole[v] === 1;
    if (!roleOk) return false;
    return peripheral[u] === 1 || peripheral[v] === 1;
  };
}

/** The candidate set of a context. @internal */
export function contextCandidates(
  context: ScoringContext,
  keep: (u: number, v: number) => boolean,
): CandidateSet {
  return candidatePairs({
    view: context.view,
    degree: context.degree,
    community: context.community,
    core: context.core,
    needs: context.needs,
    keep,
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
 * Scores the candidates: exactly with a distance matrix up to {@link EXACT_GAIN_LIMIT} actors; above
 * it, a first pass with proxy gains picks the best {@link SHORTLIST_SIZE} (at least 5 · top), which are
 * scored again with sampled gains.
 * @internal
 */
export function scoreAll(
  context: ScoringContext,
  candidates: CandidateSet,
  settings: WeavingSettings,
  matrix: DistanceMatrix | null,
  shortlist: number,
): ScoredCandidates {
  if (matrix !== null)
    return scoreCandidates(context, candidates, { kind: "matrix", matrix }, settings.weights);
  const first = scoreCandidates(context, candidates, { kind: "proxy" }, settings.weights);
  const order = rankCandidates(context, first);
  const kept = subset(candidates, order.slice(0, shortlist));
  const gains: GainSource = { kind: "sampled", sources: settings.gainSources, seed: settings.seed };
  return scoreCandidates(context, kept, gains, settings.weights);
}

/** The suggestion record of a scored candidate. @internal */
export function suggestionOf(
  context: ScoringContext,
  scored: ScoredCandidates,
  p: number,
  settings: WeavingSettings,
  efficiency: number | null,
): WeaverSuggestion {
  const { view } = context;
  const { candidates } = scored;
  const [source, target] = endsOf(view, candidates, p);
  const u = view.index.get(source)!;
  const v = view.index.get(target)!;
  const distance = scored.distance[p]! === -1 ? null : scored.distance[p]!;
  const introducers = introducersOf(view, u, v);
  const reasons = reasonsOf(
    context,
    {
      u,
      v,
      distance,
      gain: scored.gain[p]!,
      gainExact: scored.exact,
      efficiency,
      introducers,
    },
    settings.similarityBy,
    createCoverageScratch(view.order),
  );
  const roles = context.roleIds.length;
  return {
    source,
    target,
    score: scored.score[p]!,
    components: {
      complementarity: scored.complementarity[p]!,
      structuralGain: scored.structuralGain[p]!,
      feasibility: scored.feasibility[p]!,
      similarity: scored.similarity[p]!,
      load: scored.load[p]!,
    },
    introducers,
    reasons,
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
 * Introductions a network weaver could make, ranked by what each would do to the ecosystem: absent
 * ties scored on complementarity, structural gain, feasibility, similarity and a load penalty, each
 * with the contacts who can introduce the two and the reasons in words.
 *
 * @remarks
 * For a candidate absent tie u–v, five components in [0, 1] (defined in full on
 * {@link WeaverScoreComponents}):
 * - complementarity x₁ = ½ · R(r_u, r_v) + ½ · c / c_max: R the role-pair matrix, R(r, s) =
 *   ([r needs s] + [s needs r]) / 2 from the roles' `needs` (or the `complementarity` option); c the
 *   (actor, needed role) pairs the tie newly covers within `maxDistance` steps, counted as the
 *   `coverage` gaps of `findStructuralGaps` count them;
 * - structural gain x₂ = ½ · ΔE / ΔE_max + ¼ · [joins two components] + ¼ · [joins two Louvain
 *   communities], ΔE = E(G + uv) − E(G) the rise in global efficiency (Latora & Marchiori 2001);
 * - feasibility x₃ = ½ · 2^−(d−2) + ¼ · cn / cn_max + ¼ · AA / AA_max: d the hop distance (first term 0
 *   without a path), cn the common contacts and AA the Adamic–Adar index (Adamic & Adar 2003);
 * - similarity x₄: the mean Jaccard index of the `similarityBy` attributes (single values: 1 when
 *   equal), attributes no actor has left out;
 * - load x₅ = max(b_u, b_v), b the actor's share of all betweenness Σ b = 1 (exact up to 1,000 actors,
 *   else 256 seeded pivots), so the weaver spreads brokerage over many hubs instead of one.
 * The maxima (c_max, ΔE_max, cn_max, AA_max) are taken over the candidates scored.
 * score = max(0, w₁x₁ + w₂x₂ + w₃x₃ + w₄x₄ − w₅x₅) / (w₁ + w₂ + w₃ + w₄), in [0, 1]; the weights come
 * from the `strategy` and `weights`.
 *
 * Candidates: up to 300 actors every absent pair; above, open triads, need-meeting pairs,
 * cross-community pairs, periphery-to-core pairs and pairs among the 40 best-connected actors, capped
 * per actor (see docs/weaving.md).
 * Efficiency gains are exact up to 3,000 actors (one distance matrix, `efficiencyGain`); above, a first
 * pass scores every candidate with a proxy gain (1 − 1/d̂, d̂ = 2 with a common contact, else 3; 1 when
 * the tie joins components) and the best 1,000 (at least 5 · top) are scored again with
 * `sampledEfficiencyGain` estimates (`gainSources` sources, seeded), which also give their exact
 * distances.
 * Suggestions are ranked by score descending, then source, then target (source < target by id), and
 * taken in that order while neither end already appears in `maxPerActor` of them, up to `top`.
 * Deterministic: the same ecosystem, options and seed give deep-equal output.
 * Ours: no reference implementation; the measures it combines are each checked against theirs.
 * Time complexity: O(n (n + m)) for the matrix and betweenness up to the limits, plus
 * O(Σ_w d_w² + C · (n + b)) for C candidates with balls of b actors within `maxDistance` − 1 steps.
 *
 * References: Latora, V. & Marchiori, M. (2001). Efficient behavior of small-world networks. Physical
 * Review Letters 87, 198701. doi:10.1103/PhysRevLett.87.198701.
 * Adamic, L. A. & Adar, E. (2003). Friends and neighbors on the Web. Social Networks 25(3), 211–230.
 * doi:10.1016/S0378-8733(03)00009-1.
 * Holley, J. (2012). Network Weaver Handbook. Network Weaver Publishing (hub-and-spoke to multi-hub).
 *
 * @param options - the strategy and weights, `top`, `exclude`, `roles`, `maxPerActor`, `maxDistance`,
 * `complementarity`, `similarityBy`, `seed`, `gainSources` and view options (undirected only).
 * @returns the suggestions, best first.
 * @throws {@link NotApplicableError} with `directed: true`.
 * @throws {@link EcoweaveError} `unknown_actor` when `exclude` names an unknown actor.
 * @throws {@link InvalidOptionError} for an unknown strategy or role, a negative weight, or an option
 * out of range.
 * @example
 * // path a – b – c – d (developers): the best introduction closes a – c, through b
 * suggestConnections(createEcosystem(path), { top: 1 })[0].introducers; // ["b"]
 * @see {@link planWeaving}
 * @category Answers
 */
export function suggestConnections(
  eco: Ecosystem,
  options: SuggestConnectionsOptions = {},
): WeaverSuggestion[] {
  const fn = "suggestConnections";
  const top = options.top ?? SUGGEST_CONNECTIONS_DEFAULTS.top;
  requireInteger(fn, "top", top, 1);
  const settings = weavingSettings(eco, options, fn);
  const context = createScoringContext(eco, settings.viewOptions, contextSettings(settings), fn);
  const candidates = contextCandidates(context, pairFilter(context, settings, fn));
  const n = context.view.order;
  const matrix = n <= EXACT_GAIN_LIMIT ? createDistanceMatrix(context.view) : null;
  const scored = scoreAll(context, candidates, settings, matrix, Math.max(SHORTLIST_SIZE, 5 * top));
  const kept = scored.candidates;
  const order = rankCandidates(context, scored);
  const efficiency = matrix === null ? null : globalEfficiencyOf(matrix);
  const load = new Int32Array(n);
  const suggestions: WeaverSuggestion[] = [];
  for (const p of order) {
    if (suggestions.length >= top) break;
    const u = kept.u[p]!;
    const v = kept.v[p]!;
    if (load[u]! >= settings.maxPerActor || load[v]! >= settings.maxPerActor) continue;
    load[u]!++;
    load[v]!++;
    suggestions.push(suggestionOf(context, scored, p, settings, efficiency));
  }
  return suggestions;
}
