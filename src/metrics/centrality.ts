/**
 * Centrality: degree, betweenness (exact or sampled), closeness, eigenvector and PageRank, on the simple
 * analysis view. Eigenvector and PageRank are graphology-metrics 2.4.2 run on a simple, loop-free
 * graphology graph built from the view; degree, betweenness and closeness run on the view's CSR arrays
 * (betweenness is Brandes' algorithm, shared by the exact and the sampled estimate, and checked against
 * both graphology-metrics and NetworkX to 1e-9; closeness takes graphology-metrics' steps, so its bits).
 * Betweenness and closeness split their sources over threads (`workers`, src/internal/worker-threads.ts).
 *
 * @packageDocumentation
 */

// One module each, not the package index: the index loads every graphology-metrics measure.
import graphologyEigenvector from "graphology-metrics/centrality/eigenvector.js";
import graphologyPagerank from "graphology-metrics/centrality/pagerank.js";
import { dependencySums } from "../internal/brandes-kernel.js";
import { closenessValuesOf } from "../internal/closeness-kernel.js";
import { finiteOrNull, type IdRecord } from "../internal/records.js";
import { createRandom, randomInt } from "../internal/rng.js";
import { type SimpleGraph, simpleGraphOf, strengthOf } from "../internal/simple-graph.js";
import { checkArguments, optionKeys } from "../model/check-arguments.js";
import type { Ecosystem } from "../model/ecosystem.js";
import { InvalidOptionError } from "../model/errors.js";
import {
  mustBe,
  optionError,
  ruleFiniteGreaterThan,
  ruleIntegerToActors,
  rulePositiveInteger,
  ruleZeroToBelowOne,
} from "../model/option-errors.js";
import { type EcosystemView, VIEW_OPTION_KEYS, type ViewOptions, viewOptionsOf } from "../model/view.js";
import { getView } from "../model/view-cache.js";
import { OPTION_SAMPLED_LENGTH } from "../text/catalogues/en/options.js";
import { type ActorSubsetOptions, recordOfSelected, selectedIndices } from "./actor-subset.js";
import { accumulatePathDependencies, checkPathWeights, type PathWeights } from "./path-dependencies.js";
import { type WorkersOptions, workersOf } from "./workers-option.js";

/** Options of {@link degreeCentrality}: the view options and the actors to score. */
export interface DegreeCentralityOptions extends ViewOptions, ActorSubsetOptions {}

/** The option names each public function accepts, checked at run time. */
const DEGREE_OPTION_KEYS = /* @__PURE__ */ optionKeys<DegreeCentralityOptions>({
  ...VIEW_OPTION_KEYS,
  nodes: true,
});
const BETWEENNESS_OPTION_KEYS = /* @__PURE__ */ optionKeys<BetweennessOptions>({
  ...VIEW_OPTION_KEYS,
  normalized: true,
  sample: true,
  seed: true,
  weights: true,
  nodes: true,
  workers: true,
});
const CLOSENESS_OPTION_KEYS = /* @__PURE__ */ optionKeys<ClosenessOptions>({
  ...VIEW_OPTION_KEYS,
  wassermanFaust: true,
  nodes: true,
  workers: true,
});
const EIGENVECTOR_OPTION_KEYS = /* @__PURE__ */ optionKeys<EigenvectorOptions>({
  ...VIEW_OPTION_KEYS,
  weighted: true,
  maxIterations: true,
  tolerance: true,
  nodes: true,
});
const PAGERANK_OPTION_KEYS = /* @__PURE__ */ optionKeys<PagerankOptions>({
  ...VIEW_OPTION_KEYS,
  weighted: true,
  alpha: true,
  maxIterations: true,
  tolerance: true,
  nodes: true,
});
const CENTRALITY_OPTION_KEYS = /* @__PURE__ */ optionKeys<CentralityOptions>({
  ...VIEW_OPTION_KEYS,
  normalized: true,
  sample: true,
  seed: true,
  wassermanFaust: true,
  weighted: true,
  alpha: true,
  maxIterations: true,
  tolerance: true,
  nodes: true,
  workers: true,
});

/** Options of {@link betweenness}. */
export interface BetweennessOptions extends ViewOptions, ActorSubsetOptions, WorkersOptions {
  /**
   * Divide by the number of pairs that can route through an actor: (n−1)(n−2)/2 on the undirected view,
   * (n−1)(n−2) on the directed view (NetworkX `normalized=True`). `false`: raw pair-dependency sums,
   * each unordered pair counted once on the undirected view.
   * @defaultValue true
   */
  normalized?: boolean;
  /**
   * Estimate from `sample` pivot sources (an integer from 2 to the number of actors) instead of all
   * actors. Equal to the number of actors, the result is the exact value.
   * @defaultValue undefined (exact)
   */
  sample?: number;
  /**
   * Seed of the pivot choice when `sample` is set. Pivots are drawn from the actors in id order, so the
   * same seed picks the same actors whatever the order of the input.
   * @defaultValue 1
   */
  seed?: number;
  /**
   * Hops, or tie weights read as lengths, with Dijkstra's search (see {@link PathWeights}); a
   * sampled estimate counts hops only.
   * @defaultValue "ignore"
   */
  weights?: PathWeights;
}

/** The defaults of {@link BetweennessOptions}. */
export const BETWEENNESS_DEFAULTS = /* @__PURE__ */ Object.freeze({
  normalized: true,
  seed: 1,
  weights: "ignore",
} satisfies BetweennessOptions);

/** Options of {@link closeness}. */
export interface ClosenessOptions extends ViewOptions, ActorSubsetOptions, WorkersOptions {
  /**
   * Scale by the share of the other actors that reach the actor, (r−1)/(n−1) (Wasserman & Faust 1994),
   * as NetworkX's default `wf_improved=True`. `false` gives graphology's and igraph's plain value.
   * @defaultValue true
   */
  wassermanFaust?: boolean;
}

/** The defaults of {@link ClosenessOptions}. */
export const CLOSENESS_DEFAULTS = /* @__PURE__ */ Object.freeze({
  wassermanFaust: true,
} satisfies ClosenessOptions);

/** Options of {@link eigenvector}. */
export interface EigenvectorOptions extends ViewOptions, ActorSubsetOptions {
  /**
   * Use tie strengths (the summed weights of parallel ties) as the adjacency matrix entries; `false`
   * counts each adjacent pair as 1. NetworkX's default is unweighted (`weight=None`).
   * @defaultValue true
   */
  weighted?: boolean;
  /**
   * Maximum number of power iterations.
   * @defaultValue 10000
   */
  maxIterations?: number;
  /**
   * Convergence threshold per actor: the iteration stops when Σ_i |x_i − x′_i| < n · tolerance.
   * Tighter than NetworkX's default 1e-6, so values agree with the exact eigenvector to about 1e-10.
   * @defaultValue 1e-13
   */
  tolerance?: number;
}

/** The defaults of {@link EigenvectorOptions}. */
export const EIGENVECTOR_DEFAULTS = /* @__PURE__ */ Object.freeze({
  weighted: true,
  maxIterations: 10_000,
  tolerance: 1e-13,
} satisfies EigenvectorOptions);

/** Options of {@link pagerank}. */
export interface PagerankOptions extends ViewOptions, ActorSubsetOptions {
  /**
   * Follow ties in proportion to their strength; `false` follows each adjacent actor equally.
   * NetworkX's default is weighted (`weight='weight'`).
   * @defaultValue true
   */
  weighted?: boolean;
  /**
   * Damping factor α, the probability of following a tie rather than jumping to a random actor.
   * @defaultValue 0.85
   */
  alpha?: number;
  /**
   * Maximum number of power iterations.
   * @defaultValue 10000
   */
  maxIterations?: number;
  /**
   * Convergence threshold per actor: the iteration stops when Σ_i |x_i − x′_i| < n · tolerance.
   * Tighter than NetworkX's default 1e-6, whose result is off by up to ~1e-5.
   * @defaultValue 1e-13
   */
  tolerance?: number;
}

/** The defaults of {@link PagerankOptions}. */
export const PAGERANK_DEFAULTS = /* @__PURE__ */ Object.freeze({
  weighted: true,
  alpha: 0.85,
  maxIterations: 10_000,
  tolerance: 1e-13,
} satisfies PagerankOptions);

/** Options of {@link centrality}: the union of the single measures' options. */
export interface CentralityOptions extends ViewOptions, ActorSubsetOptions, WorkersOptions {
  /**
   * Normalise betweenness (see {@link BetweennessOptions.normalized}).
   * @defaultValue true
   */
  normalized?: boolean;
  /**
   * Estimate betweenness from this many pivot sources (see {@link BetweennessOptions.sample}).
   * @defaultValue undefined (exact)
   */
  sample?: number;
  /**
   * Seed of the betweenness pivots.
   * @defaultValue 1
   */
  seed?: number;
  /**
   * Scale closeness by the reached share (see {@link ClosenessOptions.wassermanFaust}).
   * @defaultValue true
   */
  wassermanFaust?: boolean;
  /**
   * Eigenvector and PageRank use tie strengths.
   * @defaultValue true
   */
  weighted?: boolean;
  /**
   * PageRank damping factor.
   * @defaultValue 0.85
   */
  alpha?: number;
  /**
   * Maximum power iterations of eigenvector and PageRank.
   * @defaultValue 10000
   */
  maxIterations?: number;
  /**
   * Convergence threshold per actor of eigenvector and PageRank.
   * @defaultValue 1e-13
   */
  tolerance?: number;
}

/** The defaults of {@link CentralityOptions}. */
export const CENTRALITY_DEFAULTS = /* @__PURE__ */ Object.freeze({
  normalized: true,
  seed: 1,
  wassermanFaust: true,
  weighted: true,
  alpha: 0.85,
  maxIterations: 10_000,
  tolerance: 1e-13,
} satisfies CentralityOptions);

/** The five centralities of one actor. */
export interface ActorCentrality {
  /** Degree centrality; `null` when the ecosystem has a single actor. */
  degree: number | null;
  /** Betweenness (exact, or the sampled estimate). */
  betweenness: number;
  /** Closeness; 0 when no other actor reaches this one. */
  closeness: number;
  /** Eigenvector centrality; `null` when the power iteration did not converge. */
  eigenvector: number | null;
  /** PageRank; `null` when the power iteration did not converge. */
  pagerank: number | null;
}

/** Result of {@link centrality}. */
export interface CentralityResult {
  /** Actor id → its five centralities. */
  actors: IdRecord<ActorCentrality>;
  /** Whether the eigenvector power iteration converged (if not, every `eigenvector` is `null`). */
  eigenvectorConverged: boolean;
  /** Whether the PageRank power iteration converged (if not, every `pagerank` is `null`). */
  pagerankConverged: boolean;
  /** What went wrong without stopping the analysis, in words. */
  warnings: string[];
}

// ---------------------------------------------------------------------------------------------------
// Option checks

function checkPositiveInteger(fn: string, name: string, value: number): void {
  if (!Number.isInteger(value) || value < 1) {
    throw mustBe(fn, name, String(value), rulePositiveInteger());
  }
}

function checkTolerance(fn: string, value: number): void {
  if (!(Number.isFinite(value) && value > 0)) {
    throw mustBe(fn, "tolerance", String(value), ruleFiniteGreaterThan(0));
  }
}

function checkAlpha(fn: string, value: number): void {
  if (!(value >= 0 && value < 1)) {
    throw mustBe(fn, "alpha", String(value), ruleZeroToBelowOne());
  }
}

function checkSample(fn: string, sample: number | undefined, order: number): void {
  if (sample === undefined) return;
  if (!Number.isInteger(sample) || sample < 2 || sample > order) {
    throw mustBe(fn, "sample", String(sample), ruleIntegerToActors(2, order));
  }
}

// ---------------------------------------------------------------------------------------------------
// Kernels on the view

/** Degree / (n − 1); on a directed view in-degree plus out-degree, as graphology and NetworkX. */
function degreeValues(view: EcosystemView): (number | null)[] {
  const { order, offsets, inOffsets, directed } = view;
  const out: (number | null)[] = new Array(order);
  for (let i = 0; i < order; i++) {
    const degree = offsets[i + 1]! - offsets[i]! + (directed ? inOffsets[i + 1]! - inOffsets[i]! : 0);
    out[i] = order > 1 ? degree / (order - 1) : null;
  }
  return out;
}

/**
 * Betweenness on the view: exact (all sources) or from `sample` pivots, rescaled as NetworkX 3.6
 * `_rescale` with `endpoints=False`.
 */
function betweennessValues(
  view: EcosystemView,
  normalized: boolean,
  sample: number | undefined,
  seed: number,
  workers: number,
): Float64Array {
  const n = view.order;
  const pairFactor = view.directed ? 1 : 2;
  if (sample === undefined || sample === n) {
    const all = new Int32Array(n);
    for (let i = 0; i < n; i++) all[i] = i;
    const values = dependencySums(n, view.offsets, view.targets, all, workers);
    if (n <= 2) return values;
    const scale = normalized ? 1 / ((n - 1) * (n - 2)) : 1 / pairFactor;
    for (let i = 0; i < n; i++) values[i]! *= scale;
    return values;
  }
  // k pivots uniformly without replacement: a partial Fisher–Yates shuffle of 0 … n−1.
  const k = sample;
  const pool = new Int32Array(n);
  for (let i = 0; i < n; i++) pool[i] = i;
  const random = createRandom(seed);
  for (let i = 0; i < k; i++) {
    const j = i + randomInt(random, n - i);
    const held = pool[i]!;
    pool[i] = pool[j]!;
    pool[j] = held;
  }
  const pivots = pool.slice(0, k);
  const values = dependencySums(n, view.offsets, view.targets, pivots, workers);
  if (n <= 2) return values;
  const isPivot = new Uint8Array(n);
  for (let p = 0; p < k; p++) isPivot[pivots[p]!] = 1;
  // A pivot's own dependencies are 0, so its value rests on the other k − 1 pivots, drawn from the
  // n − 1 other actors; a non-pivot's on all k.
  const others = n - 1;
  const pivotScale = normalized ? 1 / ((k - 1) * (n - 2)) : others / ((k - 1) * pairFactor);
  const otherScale = normalized ? 1 / (k * (n - 2)) : others / (k * pairFactor);
  for (let i = 0; i < n; i++) values[i]! *= isPivot[i] === 1 ? pivotScale : otherScale;
  return values;
}

/** Exact betweenness with tie weights read as lengths (Dijkstra), scaled as {@link betweennessValues}. */
function lengthBetweennessValues(view: EcosystemView, normalized: boolean): Float64Array {
  const n = view.order;
  const values = new Float64Array(n);
  accumulatePathDependencies(view, true, { actors: values, arcs: null });
  if (n <= 2) return values;
  const scale = normalized ? 1 / ((n - 1) * (n - 2)) : view.directed ? 1 : 0.5;
  for (let i = 0; i < n; i++) values[i]! *= scale;
  return values;
}

/**
 * A graphology-metrics measure run on the view's simple graph, by dense index (an empty array for an
 * empty view, where it is not run), or `null` when its power iteration did not converge.
 */
function graphologyValues(
  view: EcosystemView,
  measure: (graph: SimpleGraph) => Record<string, number>,
): number[] | null {
  const out: number[] = new Array(view.order);
  if (view.order === 0) return out;
  let mapping: Record<string, number>;
  try {
    mapping = measure(simpleGraphOf(view));
  } catch (error) {
    if (isNonConvergence(error)) return null;
    throw error;
  }
  for (let i = 0; i < view.order; i++) out[i] = mapping[view.ids[i]!]!;
  return out;
}

/** Closeness by dense index: BFS along the in-lists (distances towards the actor), on the view's CSR. */
function closenessValues(view: EcosystemView, wassermanFaust: boolean, workers: number): Float64Array {
  return closenessValuesOf(view.order, view.inOffsets, view.sources, wassermanFaust, workers);
}

/** Eigenvector values by dense index, or `null` when the power iteration did not converge. */
function eigenvectorValues(
  view: EcosystemView,
  weighted: boolean,
  maxIterations: number,
  tolerance: number,
): number[] | null {
  return graphologyValues(view, (graph) =>
    graphologyEigenvector(graph, {
      getEdgeWeight: weighted ? strengthOf : null,
      maxIterations,
      tolerance,
    }),
  );
}

/** PageRank values by dense index, or `null` when the power iteration did not converge. */
function pagerankValues(
  view: EcosystemView,
  weighted: boolean,
  alpha: number,
  maxIterations: number,
  tolerance: number,
): number[] | null {
  return graphologyValues(view, (graph) =>
    graphologyPagerank(graph, {
      getEdgeWeight: weighted ? strengthOf : null,
      alpha,
      maxIterations,
      tolerance,
    }),
  );
}

/** graphology-metrics throws a plain Error when a power iteration does not converge. */
function isNonConvergence(error: unknown): boolean {
  return error instanceof Error && error.message.includes("failed to converge");
}

// ---------------------------------------------------------------------------------------------------
// Public measures

/**
 * Degree centrality of each actor: the share of the other actors it is tied to.
 *
 * @remarks
 * C_D(i) = deg(i) / (n − 1), where deg(i) is the number of distinct actors tied to i (parallel ties
 * count once) and n the number of actors; on the directed view deg(i) = in-degree + out-degree, so a
 * mutual pair counts twice and values can exceed 1.
 * Agrees with graphology-metrics `centrality.degree` and NetworkX `degree_centrality`. Differs on
 * purpose: for a single actor the value is 0/0, so `null` (NetworkX returns 1, graphology NaN).
 * Time complexity: O(n).
 *
 * References: Freeman, L. C. (1978). Centrality in social networks: conceptual clarification.
 * Social Networks 1(3), 215–239. doi:10.1016/0378-8733(78)90021-7
 *
 * @param options - view options.
 * @returns actor id → degree centrality, `null` where undefined.
 * @example
 * // a star: the hub is tied to all 3 others
 * degreeCentrality(createEcosystem(star)).hub; // 1
 * @see {@link centrality}
 * @category Measures
 */
export function degreeCentrality(
  eco: Ecosystem,
  options: DegreeCentralityOptions = {},
): IdRecord<number | null> {
  checkArguments("degreeCentrality", eco, options, DEGREE_OPTION_KEYS);
  const view = getView(eco, viewOptionsOf(options));
  const values = degreeValues(view);
  return recordOfSelected(
    view.ids,
    selectedIndices("degreeCentrality", view.index, view.order, options.nodes),
    (i) => values[i]!,
  );
}

/**
 * Shortest-path betweenness of each actor: how much of the traffic between other actors, along
 * shortest paths, passes through it. Exact, or estimated from a seeded sample of pivot sources.
 *
 * @remarks
 * C_B(v) = Σ_{s ≠ v ≠ t} σ_st(v) / σ_st, where σ_st is the number of shortest (hop-count) paths from s
 * to t and σ_st(v) the number of those through v. On the undirected view each unordered pair {s, t}
 * counts once. `normalized` divides by the number of pairs that can route through v: (n−1)(n−2)/2
 * undirected, (n−1)(n−2) directed (n = number of actors; no scaling when n ≤ 2).
 *
 * Sampled (`sample: k`): k pivot sources S are drawn uniformly without replacement (seeded), Brandes'
 * dependencies δ_s(v) = Σ_t σ_st(v)/σ_st are summed over s ∈ S, and scaled up to the n − 1 sources
 * that can contribute to v: by (n−1)/(k−1) when v is itself a pivot (its own δ_v(v) is 0), by
 * (n−1)/k otherwise. Given whether v is a pivot, the other pivots are a uniform sample of the other
 * actors, so the estimate is unbiased; its standard error shrinks like 1/√k (Brandes & Pich 2007), and
 * k = n gives the exact value.
 *
 * Agrees with NetworkX 3.6 `betweenness_centrality(G, k, normalized, weight=None, endpoints=False)`,
 * including its sampled rescaling (pivots and non-pivots scaled apart), and with graphology-metrics
 * `centrality.betweenness(getEdgeWeight: null)` for the exact value. Pivots differ from NetworkX's
 * for the same seed (a different generator). With `weights: "length"` a path's length is the sum of
 * its ties' weights (the view's summed weight of each pair), found by Dijkstra's search, and the value
 * agrees with NetworkX `betweenness_centrality(G, weight="weight")`. Differs on purpose: hops by
 * default, since weights are strengths here, not distances; `sample` must be at least 2, since with one pivot that pivot's value
 * has no data (NetworkX returns NaN).
 * Implemented on the view's CSR arrays (Brandes 2001) rather than through graphology-metrics, which
 * it matches to 1e-9 and outpaces (see docs/performance.md); the sampled estimate shares the code.
 * The sources (all actors, or the pivots) are cut into at most 64 blocks by their number alone, the
 * blocks run on up to `workers` threads and their sums are added in block order, so the value is the
 * same, bit for bit, whatever `workers` is; the pivots depend on `seed` only. `weights: "length"` runs
 * on the calling thread.
 * Time complexity: O(n · (n + m)) exact, O(k · (n + m)) sampled, O(n · (n + m) log n) by length,
 * divided among the threads; memory O(B · n + m) for B ≤ 64 blocks (at most 64 MB of block sums).
 *
 * References: Brandes, U. (2001). A faster algorithm for betweenness centrality. Journal of
 * Mathematical Sociology 25(2), 163–177. doi:10.1080/0022250X.2001.9990249
 * Brandes, U., & Pich, C. (2007). Centrality estimation in large networks. International Journal of
 * Bifurcation and Chaos 17(7), 2303–2318. doi:10.1142/S0218127407018403
 * Freeman, L. C. (1977). A set of measures of centrality based on betweenness. Sociometry 40(1),
 * 35–41. doi:10.2307/3033543
 *
 * @param options - view options, `normalized`, `sample`/`seed` for the estimate, and `workers`.
 * @returns actor id → betweenness.
 * @throws {@link InvalidOptionError} when `workers` is not a positive integer, `sample` is not an
 * integer from 2 to the number of actors,
 * `weights` is neither `"ignore"` nor `"length"`, or `sample` is combined with `"length"`.
 * @example
 * // path a – b – c: only b lies between two others
 * betweenness(createEcosystem(path), { normalized: false }).b; // 1
 * @see {@link centrality}
 * @category Measures
 */
export function betweenness(eco: Ecosystem, options: BetweennessOptions = {}): IdRecord<number> {
  checkArguments("betweenness", eco, options, BETWEENNESS_OPTION_KEYS);
  const settings = { ...BETWEENNESS_DEFAULTS, ...options };
  const workers = workersOf("betweenness", settings.workers);
  const view = getView(eco, viewOptionsOf(options));
  checkSample("betweenness", settings.sample, view.order);
  const byLength = checkPathWeights("betweenness", settings.weights) === "length";
  if (byLength && settings.sample !== undefined && settings.sample !== view.order) {
    throw optionError("options.sampledLength", OPTION_SAMPLED_LENGTH, { fn: "betweenness" });
  }
  const values = byLength
    ? lengthBetweennessValues(view, settings.normalized)
    : betweennessValues(view, settings.normalized, settings.sample, settings.seed, workers);
  return recordOfSelected(
    view.ids,
    selectedIndices("betweenness", view.index, view.order, options.nodes),
    (i) => values[i]!,
  );
}

/**
 * Closeness centrality of each actor: how near, in hops, the actors that can reach it are.
 *
 * @remarks
 * C(v) = (r − 1) / Σ_{u reaches v} d(u, v) · (r − 1)/(n − 1), where r − 1 is the number of other actors
 * that reach v, d(u, v) the hop distance from u to v (incoming on the directed view) and n the number
 * of actors; the second factor (Wasserman & Faust's improvement) is dropped with
 * `wassermanFaust: false`. 0 when no other actor reaches v (isolates, a single actor).
 * Agrees with NetworkX `closeness_centrality` (default `wf_improved=True`) and graphology-metrics
 * `centrality.closeness(wassermanFaust: true)`, whose floating-point steps it takes on the view's CSR
 * arrays (one BFS per actor along the in-lists), so the same bits. Differs on purpose: none.
 * Each actor's value is its own search, so `workers` threads give the same values as one.
 * Time complexity: O(n · (n + m)), divided among the threads.
 *
 * References: Freeman, L. C. (1978). Centrality in social networks: conceptual clarification.
 * Social Networks 1(3), 215–239. doi:10.1016/0378-8733(78)90021-7
 * Wasserman, S., & Faust, K. (1994). Social Network Analysis. Cambridge University Press, p. 201.
 *
 * @param options - view options, `wassermanFaust` and `workers`.
 * @returns actor id → closeness.
 * @throws {@link InvalidOptionError} when `workers` is not a positive integer.
 * @example
 * // path a – b – c: b is one hop from both others
 * closeness(createEcosystem(path)).b; // 1
 * @see {@link centrality}
 * @category Measures
 */
export function closeness(eco: Ecosystem, options: ClosenessOptions = {}): IdRecord<number> {
  checkArguments("closeness", eco, options, CLOSENESS_OPTION_KEYS);
  const settings = { ...CLOSENESS_DEFAULTS, ...options };
  const workers = workersOf("closeness", settings.workers);
  const view = getView(eco, viewOptionsOf(options));
  const values = closenessValues(view, settings.wassermanFaust, workers);
  return recordOfSelected(
    view.ids,
    selectedIndices("closeness", view.index, view.order, options.nodes),
    (i) => values[i]!,
  );
}

/**
 * Eigenvector centrality of each actor: how well tied it is to actors that are themselves well tied.
 *
 * @remarks
 * x = A x / λ for the largest eigenvalue λ, where A_uv is the strength of the tie u → v (1 per adjacent
 * pair when `weighted` is false) and x_v sums over v's in-ties on the directed view; found by power
 * iteration on A + I (so bipartite graphs converge too) and scaled to unit Euclidean norm, Σ x_v² = 1.
 * Agrees with NetworkX `eigenvector_centrality` (same iteration, same stopping rule) and
 * graphology-metrics `centrality.eigenvector`, which computes it. Differs on purpose: weighted by
 * default; a tighter default tolerance (1e-13 per actor, NetworkX 1e-6); no convergence → `null`
 * values instead of an exception.
 * Undefined (→ `null` for every actor) when the iteration has not converged after `maxIterations`.
 * Time complexity: O(t · (n + m)) for t iterations.
 *
 * References: Bonacich, P. (1987). Power and centrality: a family of measures. American Journal of
 * Sociology 92(5), 1170–1182. doi:10.1086/228631
 *
 * @param options - view options, `weighted`, `maxIterations`, `tolerance`.
 * @returns actor id → eigenvector centrality, `null` when the iteration did not converge.
 * @throws {@link InvalidOptionError} when `maxIterations` or `tolerance` is not positive.
 * @example
 * // triangle: all three actors are alike, so each gets 1/√3
 * eigenvector(createEcosystem(triangle)).a; // 0.5773502691896258 (to 1e-12)
 * @see {@link centrality}
 * @category Measures
 */
export function eigenvector(eco: Ecosystem, options: EigenvectorOptions = {}): IdRecord<number | null> {
  checkArguments("eigenvector", eco, options, EIGENVECTOR_OPTION_KEYS);
  const settings = { ...EIGENVECTOR_DEFAULTS, ...options };
  checkPositiveInteger("eigenvector", "maxIterations", settings.maxIterations);
  checkTolerance("eigenvector", settings.tolerance);
  const view = getView(eco, viewOptionsOf(options));
  const values = eigenvectorValues(view, settings.weighted, settings.maxIterations, settings.tolerance);
  return recordOfSelected(
    view.ids,
    selectedIndices("eigenvector", view.index, view.order, options.nodes),
    (i) => (values === null ? null : finiteOrNull(values[i]!)),
  );
}

/**
 * PageRank of each actor: the share of time a random walker spends at it, following ties in proportion
 * to their strength and jumping to a random actor with probability 1 − α.
 *
 * @remarks
 * PR(v) = (1 − α)/n + α · ( Σ_{u → v} PR(u) · w_uv / s_u + Σ_{u dangling} PR(u) / n ), where w_uv is
 * the strength of the tie u → v (1 when `weighted` is false), s_u = Σ_x w_ux the out-strength of u,
 * a dangling actor has no out-ties, α the damping factor and n the number of actors; Σ_v PR(v) = 1.
 * On the undirected view each tie is followed both ways. Power iteration from the uniform vector.
 * Agrees with NetworkX `pagerank` (dangling actors spread uniformly, same stopping rule) and
 * graphology-metrics `centrality.pagerank`, which computes it. Differs on purpose: a tighter default
 * tolerance (1e-13 per actor, NetworkX 1e-6); no convergence → `null` values instead of an exception.
 * Time complexity: O(t · (n + m)) for t iterations.
 *
 * References: Page, L., Brin, S., Motwani, R., & Winograd, T. (1999). The PageRank citation ranking:
 * bringing order to the web. Stanford InfoLab. http://ilpubs.stanford.edu:8090/422/
 *
 * @param options - view options, `weighted`, `alpha`, `maxIterations`, `tolerance`.
 * @returns actor id → PageRank, `null` when the iteration did not converge.
 * @throws {@link InvalidOptionError} when `alpha` is outside [0, 1) or `maxIterations`/`tolerance` is
 * not positive.
 * @example
 * // triangle: each actor gets a third
 * pagerank(createEcosystem(triangle)).a; // 0.3333333333333333 (to 1e-12)
 * @see {@link centrality}
 * @category Measures
 */
export function pagerank(eco: Ecosystem, options: PagerankOptions = {}): IdRecord<number | null> {
  checkArguments("pagerank", eco, options, PAGERANK_OPTION_KEYS);
  const settings = { ...PAGERANK_DEFAULTS, ...options };
  checkAlpha("pagerank", settings.alpha);
  checkPositiveInteger("pagerank", "maxIterations", settings.maxIterations);
  checkTolerance("pagerank", settings.tolerance);
  const view = getView(eco, viewOptionsOf(options));
  const values = pagerankValues(
    view,
    settings.weighted,
    settings.alpha,
    settings.maxIterations,
    settings.tolerance,
  );
  return recordOfSelected(
    view.ids,
    selectedIndices("pagerank", view.index, view.order, options.nodes),
    (i) => (values === null ? null : finiteOrNull(values[i]!)),
  );
}

/**
 * The five classic centralities of every actor in one call, on one view: degree, betweenness,
 * closeness, eigenvector and PageRank.
 *
 * @remarks
 * Each value is defined as in {@link degreeCentrality}, {@link betweenness}, {@link closeness},
 * {@link eigenvector} and {@link pagerank}, with the same options. A power iteration that does not
 * converge does not throw: its values are `null`, its flag (`eigenvectorConverged`,
 * `pagerankConverged`) is `false` and `warnings` says so.
 * Agrees with NetworkX (`degree_centrality`, `betweenness_centrality`, `closeness_centrality`,
 * `eigenvector_centrality`, `pagerank`) and graphology-metrics on the simple view.
 * Time complexity: O(n · (n + m)) for betweenness and closeness, O(t · (n + m)) for the iterations.
 *
 * References: Freeman, L. C. (1978). Centrality in social networks: conceptual clarification.
 * Social Networks 1(3), 215–239. doi:10.1016/0378-8733(78)90021-7
 *
 * @param options - view options and the options of the five measures (`workers` for betweenness and closeness).
 * @returns per-actor centralities, the convergence flags and warnings.
 * @throws {@link InvalidOptionError} for an invalid `sample`, `alpha`, `maxIterations` or `tolerance`.
 * @example
 * // star: hub tied to x, y, z
 * centrality(createEcosystem(star)).actors.hub.betweenness; // 1
 * @see {@link betweenness}
 * @category Measures
 */
export function centrality(eco: Ecosystem, options: CentralityOptions = {}): CentralityResult {
  checkArguments("centrality", eco, options, CENTRALITY_OPTION_KEYS);
  const settings = { ...CENTRALITY_DEFAULTS, ...options };
  checkAlpha("centrality", settings.alpha);
  checkPositiveInteger("centrality", "maxIterations", settings.maxIterations);
  checkTolerance("centrality", settings.tolerance);
  const view = getView(eco, viewOptionsOf(options));
  checkSample("centrality", settings.sample, view.order);

  const degrees = degreeValues(view);
  const workers = workersOf("centrality", settings.workers);
  const between = betweennessValues(view, settings.normalized, settings.sample, settings.seed, workers);
  const close = closenessValues(view, settings.wassermanFaust, workers);
  const { weighted, alpha, maxIterations, tolerance } = settings;
  const eigen = eigenvectorValues(view, weighted, maxIterations, tolerance);
  const rank = pagerankValues(view, weighted, alpha, maxIterations, tolerance);

  const warnings: string[] = [];
  if (eigen === null) {
    warnings.push(
      `centrality: eigenvector did not converge in ${maxIterations} iterations at tolerance ${tolerance}; its values are null`,
    );
  }
  if (rank === null) {
    warnings.push(
      `centrality: pagerank did not converge in ${maxIterations} iterations at tolerance ${tolerance}; its values are null`,
    );
  }
  const selected = selectedIndices("centrality", view.index, view.order, options.nodes);
  const actors = recordOfSelected<ActorCentrality>(view.ids, selected, (i) => ({
    degree: degrees[i]!,
    betweenness: between[i]!,
    closeness: close[i]!,
    eigenvector: eigen === null ? null : finiteOrNull(eigen[i]!),
    pagerank: rank === null ? null : finiteOrNull(rank[i]!),
  }));
  return { actors, eigenvectorConverged: eigen !== null, pagerankConverged: rank !== null, warnings };
}
