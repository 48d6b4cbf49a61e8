/**
 * Efficiency and distance: how easily information can travel through the ecosystem (global
 * efficiency, its sampled estimate, local efficiency, and the average distance).
 *
 * @packageDocumentation
 */

import { bfs } from "../internal/bfs.js";
import { inverseDistanceSums } from "../internal/inverse-distance-kernel.js";
import { localEfficiencyValues } from "../internal/local-efficiency-kernel.js";
import { type IdRecord, recordFromIndex } from "../internal/records.js";
import { createRandom, randomInt } from "../internal/rng.js";
import { checkArguments, optionKeys } from "../model/check-arguments.js";
import type { Ecosystem } from "../model/ecosystem.js";
import { InvalidOptionError, NotApplicableError } from "../model/errors.js";
import { mustBe, ruleIntegerToActors } from "../model/option-errors.js";
import { type EcosystemView, VIEW_OPTION_KEYS, type ViewOptions } from "../model/view.js";
import { getView } from "../model/view-cache.js";
import { components } from "./components.js";
import { type WorkersOptions, workersOf } from "./workers-option.js";

/** The keys of {@link GlobalEfficiencyOptions}, checked at run time (see `checkOptionKeys`). */
const GLOBAL_EFFICIENCY_OPTION_KEYS = optionKeys<GlobalEfficiencyOptions>({
  ...VIEW_OPTION_KEYS,
  sources: true,
  seed: true,
  workers: true,
});

/** The keys of {@link LocalEfficiencyOptions}, checked at run time (see `checkOptionKeys`). */
const LOCAL_EFFICIENCY_OPTION_KEYS = optionKeys<LocalEfficiencyOptions>({
  ...VIEW_OPTION_KEYS,
  workers: true,
});

/** The keys of {@link AverageDistanceOptions}, checked at run time (see `checkOptionKeys`). */
const AVERAGE_DISTANCE_OPTION_KEYS = optionKeys<AverageDistanceOptions>({
  ...VIEW_OPTION_KEYS,
});

/** Options of {@link globalEfficiency} and {@link globalEfficiencyEstimate}. */
export interface GlobalEfficiencyOptions extends ViewOptions, WorkersOptions {
  /**
   * Estimate from breadth-first searches out of this many source actors, drawn uniformly without
   * replacement (an integer from 2 to the number of actors), instead of all actors. For large
   * ecosystems; equal to the number of actors it gives the exact value.
   * @defaultValue undefined (exact)
   */
  sources?: number;
  /**
   * Seed of the source draw when `sources` is set.
   * @defaultValue 1
   */
  seed?: number;
}

/** The defaults of {@link GlobalEfficiencyOptions}. */
export const GLOBAL_EFFICIENCY_DEFAULTS = Object.freeze({
  directed: false,
  seed: 1,
} satisfies GlobalEfficiencyOptions);

/** Global efficiency with the standard error of its estimate. */
export interface GlobalEfficiencyEstimate {
  /** The global efficiency (exact, or the sampled estimate). */
  value: number;
  /** Estimated standard error of `value`; 0 when every actor was a source. */
  standardError: number;
  /** Number of source actors searched. */
  sources: number;
}

/** Options of {@link localEfficiency}: the view options and `workers`. */
export interface LocalEfficiencyOptions extends ViewOptions, WorkersOptions {}

/** The defaults of {@link LocalEfficiencyOptions}. */
export const LOCAL_EFFICIENCY_DEFAULTS = Object.freeze({ directed: false } satisfies LocalEfficiencyOptions);

/** Local efficiency of the ecosystem and of each actor. */
export interface LocalEfficiencyResult {
  /** Mean of `perActor` over all actors; `null` for an empty ecosystem. */
  value: number | null;
  /** Actor id → efficiency of the subgraph induced by its neighbours (0 for fewer than 2 neighbours). */
  perActor: IdRecord<number>;
}

/** Options of {@link averageDistance}: the view options. */
export interface AverageDistanceOptions extends ViewOptions {}

/** The defaults of {@link AverageDistanceOptions}. */
export const AVERAGE_DISTANCE_DEFAULTS = Object.freeze({ directed: false } satisfies AverageDistanceOptions);

/** The average distance of the largest component and how much of the ecosystem it covers. */
export interface AverageDistanceResult {
  /** Mean hop distance over ordered pairs of distinct actors of the largest component; `null` with no actors. */
  value: number | null;
  /** Actors in the largest component (the first of {@link components}). */
  componentSize: number;
  /** Whether the ecosystem is one component (then `value` is NetworkX's value for the whole graph); `false` when empty. */
  connected: boolean;
  /** Ordered pairs (u, v), u ≠ v, joined by a path, over the whole ecosystem: Σ_C |C| (|C| − 1). */
  reachablePairs: number;
  /** Ordered pairs of distinct actors, n (n − 1). */
  pairs: number;
}

function undirectedView(fn: string, eco: Ecosystem, options: ViewOptions): EcosystemView {
  if (options.directed === true) {
    throw new NotApplicableError(
      `${fn}: directed view is not supported; efficiency is defined on the undirected view`,
    );
  }
  return getView(eco, { ...options, directed: false });
}

/**
 * Global efficiency with the standard error of its estimate; the exact value when `sources` is unset.
 *
 * @remarks
 * E = (1 / (n (n − 1))) Σ_{u ≠ v} 1 / d(u, v), hop distances, 1/∞ = 0 for unreachable pairs.
 * Sampled: with k sources S drawn uniformly without replacement, e(s) = (1/(n − 1)) Σ_{v ≠ s} 1/d(s, v)
 * and Ê = (1/k) Σ_{s ∈ S} e(s), an unbiased estimator of E = (1/n) Σ_s e(s). Its standard error is
 * estimated by SE = √((1 − k/n) · S² / k), with S² = (1/(k − 1)) Σ_{s ∈ S} (e(s) − Ê)² the sample
 * variance and (1 − k/n) the finite-population correction (SE = 0 for k = n).
 * Agrees with NetworkX `global_efficiency` (exact). The sampled estimate is ours.
 * n < 2 → value 0 (as NetworkX).
 * The searches run on up to `workers` threads, with the same values whatever their number.
 * Time complexity: O(k (n + m)), k = n when exact, divided among the threads.
 *
 * References: Latora, V. & Marchiori, M. (2001). Efficient behavior of small-world networks.
 * Physical Review Letters 87, 198701. doi:10.1103/PhysRevLett.87.198701.
 * Cochran, W. G. (1977). Sampling Techniques, 3rd ed., §2.4–2.5 (standard error of a mean under
 * sampling without replacement). Wiley.
 *
 * @param options - view options, `sources`, `seed` and `workers`; `directed: true` is refused.
 * @returns the value, its standard error and the number of sources searched.
 * @throws {@link NotApplicableError} when `directed` is true.
 * @throws {@link InvalidOptionError} when `sources` is not an integer from 2 to the number of actors.
 * @example
 * // path a – b – c: (1 + 1/2 + 1 + 1 + 1/2 + 1) / 6
 * globalEfficiencyEstimate(createEcosystem(path)); // { value: 0.8333333333333334, standardError: 0, sources: 3 }
 * @see {@link globalEfficiency}
 * @category Measures
 */
export function globalEfficiencyEstimate(
  eco: Ecosystem,
  options: GlobalEfficiencyOptions = {},
): GlobalEfficiencyEstimate {
  const view = undirectedView("globalEfficiencyEstimate", eco, options);
  return estimate("globalEfficiencyEstimate", view, options);
}

function estimate(
  fn: string,
  view: EcosystemView,
  options: GlobalEfficiencyOptions,
): GlobalEfficiencyEstimate {
  const n = view.order;
  const { sources } = options;
  if (sources !== undefined && (!Number.isInteger(sources) || sources < 2 || sources > n)) {
    throw mustBe(fn, "sources", String(sources), ruleIntegerToActors(2, n));
  }
  if (n < 2) return { value: 0, standardError: 0, sources: n };
  const workers = workersOf(fn, options.workers);
  if (sources === undefined || sources === n) {
    const all = new Int32Array(n);
    for (let s = 0; s < n; s++) all[s] = s;
    const sums = inverseDistanceSums(n, view.offsets, view.targets, all, workers);
    let total = 0;
    for (let s = 0; s < n; s++) total += sums[s]!;
    return { value: total / (n * (n - 1)), standardError: 0, sources: n };
  }
  // k sources uniformly without replacement: a partial Fisher–Yates shuffle of 0 … n−1.
  const random = createRandom(options.seed ?? GLOBAL_EFFICIENCY_DEFAULTS.seed);
  const pool = new Int32Array(n);
  for (let i = 0; i < n; i++) pool[i] = i;
  const k = sources;
  for (let i = 0; i < k; i++) {
    const j = i + randomInt(random, n - i);
    const held = pool[i]!;
    pool[i] = pool[j]!;
    pool[j] = held;
  }
  const values = inverseDistanceSums(n, view.offsets, view.targets, pool.subarray(0, k), workers);
  let total = 0;
  for (let i = 0; i < k; i++) {
    const e = values[i]! / (n - 1);
    values[i] = e;
    total += e;
  }
  const mean = total / k;
  let squares = 0;
  for (let i = 0; i < k; i++) squares += (values[i]! - mean) ** 2;
  const variance = squares / (k - 1);
  return { value: mean, standardError: Math.sqrt(((1 - k / n) * variance) / k), sources: k };
}

/**
 * Global efficiency: the mean inverse distance between actors, how easily anything can travel
 * between any two of them.
 *
 * @remarks
 * E = (1 / (n (n − 1))) Σ_{u ≠ v} 1 / d(u, v), over ordered pairs of distinct actors, d the hop
 * distance, 1/∞ = 0 for actors that cannot reach each other. Tie strengths are ignored.
 * With `sources` set, the unbiased estimate from k seeded random sources (see
 * {@link globalEfficiencyEstimate} for the estimator and its standard error).
 * Agrees with NetworkX `global_efficiency`. Differs on purpose: none (the sampled estimate is ours).
 * n < 2 → 0 (as NetworkX). The searches run on up to `workers` threads; each source's sum is added in
 * source order, so the value is the same, bit for bit, whatever `workers` is.
 * Time complexity: O(n (n + m)) exact, O(k (n + m)) sampled, divided among the threads.
 *
 * References: Latora, V. & Marchiori, M. (2001). Efficient behavior of small-world networks.
 * Physical Review Letters 87, 198701. doi:10.1103/PhysRevLett.87.198701
 *
 * @param options - view options, `sources`, `seed` and `workers`; `directed: true` is refused.
 * @returns the global efficiency in [0, 1].
 * @throws {@link NotApplicableError} when `directed` is true.
 * @throws {@link InvalidOptionError} when `sources` is not an integer from 2 to the number of actors,
 * or `workers` not a positive integer.
 * @example
 * // path a – b – c
 * globalEfficiency(createEcosystem(path)); // 0.8333333333333334
 * @see {@link localEfficiency}
 * @category Measures
 */
export function globalEfficiency(eco: Ecosystem, options: GlobalEfficiencyOptions = {}): number {
  checkArguments("globalEfficiency", eco, options, GLOBAL_EFFICIENCY_OPTION_KEYS);
  return estimate("globalEfficiency", undirectedView("globalEfficiency", eco, options), options).value;
}

/**
 * Local efficiency: for each actor, how well its contacts stay connected among themselves without it.
 *
 * @remarks
 * E_loc(v) = E(G[N(v)]), the global efficiency of the subgraph induced by v's neighbours:
 * (1 / (d (d − 1))) Σ_{a ≠ b ∈ N(v)} 1 / d_{G[N(v)]}(a, b), d = |N(v)|; paths may use only v's
 * neighbours. 0 when d < 2. The ecosystem's value is the mean over all n actors.
 * Agrees with NetworkX `local_efficiency` (Latora & Marchiori's definition). Differs on purpose: none.
 * Note that igraph's `local_efficiency` (Vragović et al. 2005) measures distances between the
 * neighbours in G − v, so its paths may leave the neighbourhood, and it gives larger values.
 * An empty ecosystem has value `null` (NetworkX raises ZeroDivisionError).
 * Each actor's value is computed on its own, on up to `workers` threads: the same values whatever their
 * number.
 * Time complexity: O(Σ_v d(v) · (d(v) + m_v) + Σ_v Σ_{a ∈ N(v)} d(a)), m_v the ties among v's neighbours,
 * divided among the threads.
 *
 * References: Latora, V. & Marchiori, M. (2001). Physical Review Letters 87, 198701.
 * doi:10.1103/PhysRevLett.87.198701.
 * Vragović, I., Louis, E. & Díaz-Guilera, A. (2005). Efficiency of informational transfer in
 * regular and complex networks. Physical Review E 71, 036122. doi:10.1103/PhysRevE.71.036122
 *
 * @param options - view options and `workers`; `directed: true` is refused.
 * @returns the mean local efficiency and each actor's.
 * @throws {@link NotApplicableError} when `directed` is true.
 * @example
 * // star hub – x, y, z: the leaves are not tied to each other
 * localEfficiency(createEcosystem(star)).perActor.hub; // 0
 * @see {@link globalEfficiency}
 * @category Measures
 */
export function localEfficiency(eco: Ecosystem, options: LocalEfficiencyOptions = {}): LocalEfficiencyResult {
  checkArguments("localEfficiency", eco, options, LOCAL_EFFICIENCY_OPTION_KEYS);
  const workers = workersOf("localEfficiency", options.workers);
  const view = undirectedView("localEfficiency", eco, options);
  const { order: n, offsets, targets, ids } = view;
  const values = localEfficiencyValues(n, offsets, targets, workers);
  let sum = 0;
  for (let v = 0; v < n; v++) sum += values[v]!;
  return { value: n === 0 ? null : sum / n, perActor: recordFromIndex(ids, (i) => values[i]!) };
}

/**
 * Average distance: the mean number of steps between two actors of the largest component.
 *
 * @remarks
 * L = (1 / (c (c − 1))) Σ_{u ≠ v ∈ C} d(u, v), hop distances, over ordered pairs of the largest
 * component C (c = |C|; ties between equally large components broken by the smallest member id, as
 * {@link components}). Also reported: whether the ecosystem is connected, and the number of ordered
 * pairs joined by a path, so the coverage of the value is plain.
 * Agrees with NetworkX `average_shortest_path_length` on a connected ecosystem. Differs on purpose:
 * NetworkX raises on a disconnected graph; here the value is that of the largest component (NetworkX
 * `average_shortest_path_length(G.subgraph(largest component))`). One actor → 0, as NetworkX; an empty
 * ecosystem → `null` (NetworkX raises).
 * Time complexity: O(c (n + m)).
 *
 * References: Watts, D. J. & Strogatz, S. H. (1998). Collective dynamics of 'small-world' networks.
 * Nature 393, 440–442. doi:10.1038/30918
 *
 * @param options - view options; `directed: true` is refused.
 * @returns the average distance of the largest component and the coverage counts.
 * @throws {@link NotApplicableError} when `directed` is true.
 * @example
 * // path a – b – c: distances 1, 2, 1 each way
 * averageDistance(createEcosystem(path)).value; // 1.3333333333333333
 * @see {@link globalEfficiency}
 * @category Measures
 */
export function averageDistance(eco: Ecosystem, options: AverageDistanceOptions = {}): AverageDistanceResult {
  checkArguments("averageDistance", eco, options, AVERAGE_DISTANCE_OPTION_KEYS);
  const view = undirectedView("averageDistance", eco, options);
  const n = view.order;
  const parts = components(eco, { ...options, directed: false });
  let reachablePairs = 0;
  for (const size of parts.sizes) reachablePairs += size * (size - 1);
  const largest = parts.components[0] ?? [];
  const c = largest.length;
  let value: number | null = null;
  if (c === 1) value = 0;
  else if (c > 1) {
    const distance = new Int32Array(n);
    const queue = new Int32Array(n);
    const source = new Int32Array(1);
    let total = 0;
    for (const id of largest) {
      source[0] = view.index.get(id)!;
      const reached = bfs(view, source, distance, queue);
      for (let k = 1; k < reached; k++) total += distance[queue[k]!]!;
    }
    value = total / (c * (c - 1));
  }
  return {
    value,
    componentSize: c,
    connected: parts.count === 1,
    reachablePairs,
    pairs: n < 2 ? 0 : n * (n - 1),
  };
}
