/**
 * Efficiency gain of a candidate tie: how much the network's global efficiency would rise if the
 * weaver made one introduction. Exact, from a {@link DistanceMatrix} without searching again, or
 * estimated from a seeded sample of breadth-first searches for ecosystems too large for a matrix.
 *
 * @packageDocumentation
 */

import { createRandom, randomInt } from "../internal/rng.js";
import { EcoweaveError, InvalidOptionError, NotApplicableError } from "../model/errors.js";
import { mustBe, optionError, ruleFinite, ruleIntegerAtLeast } from "../model/option-errors.js";
import type { EcosystemView } from "../model/view.js";
import { OPTION_JOINS_ITSELF, OPTION_SAME_ACTOR } from "../text/catalogues/en/options.js";
import {
  actorIndex,
  createTieSides,
  type DistanceMatrix,
  searchInto,
  splitSides,
  type TieSides,
  UNREACHABLE,
} from "./distance-matrix.js";

/** What one new tie would do to the network's distances (exact). */
export interface EfficiencyGain {
  /** One end of the candidate tie (as given). */
  source: string;
  /** The other end (as given). */
  target: string;
  /** Current hop distance between them, `null` when no path joins them (1 when already tied). */
  distance: number | null;
  /** Change in global efficiency if the tie were made: E(G + source–target) − E(G), ≥ 0. */
  gain: number;
  /** Whether the tie would join two components (source and target are not connected now). */
  joinsComponents: boolean;
  /** Size of the source's component now, the source included. */
  sourceComponentSize: number;
  /** Size of the target's component now, the target included. */
  targetComponentSize: number;
  /** Number of unordered pairs of actors whose distance the tie would shorten (the pair itself included). */
  closerPairs: number;
}

/** The estimated gain of one candidate tie; distance and components are exact. */
export interface SampledEfficiencyGain {
  /** One end of the candidate tie (as given). */
  source: string;
  /** The other end (as given). */
  target: string;
  /** Current hop distance between them, `null` when no path joins them (1 when already tied). */
  distance: number | null;
  /** Estimate of E(G + source–target) − E(G), ≥ 0; exact when every actor was a source. */
  gain: number;
  /** Estimated standard error of `gain`: 0 when exact, `null` when only one sampled source remained. */
  standardError: number | null;
  /** Whether the tie would join two components. */
  joinsComponents: boolean;
  /** Size of the source's component now, the source included. */
  sourceComponentSize: number;
  /** Size of the target's component now, the target included. */
  targetComponentSize: number;
}

/** Options of {@link sampledEfficiencyGain}. */
export interface SampledEfficiencyGainOptions {
  /**
   * Number of source actors k to search from, drawn uniformly without replacement; an integer ≥ 3, so
   * that at least one source other than the candidate's two ends remains. At most n are drawn: with
   * k ≥ n every actor is a source and every gain is exact.
   * @defaultValue 64
   */
  sources?: number;
  /**
   * Seed of the source draw.
   * @defaultValue 1
   */
  seed?: number;
}

/** The defaults of {@link SampledEfficiencyGainOptions}. */
export const SAMPLED_EFFICIENCY_GAIN_DEFAULTS = Object.freeze({
  sources: 64,
  seed: 1,
} satisfies SampledEfficiencyGainOptions);

let reciprocalTable: Float64Array | null = null;

/** 1/d for every stored distance d, with 1/UNREACHABLE = 0 (so 1/∞ = 0 needs no branch). */
function reciprocals(): Float64Array {
  if (reciprocalTable === null) {
    const table = new Float64Array(UNREACHABLE + 1);
    for (let d = 1; d < UNREACHABLE; d++) table[d] = 1 / d;
    reciprocalTable = table;
  }
  return reciprocalTable;
}

const scratchOf = new WeakMap<DistanceMatrix, TieSides>();

/**
 * Σ over x ∈ A, y ∈ B of (1/d′(x, y) − 1/d(x, y)) with d′ = min(d, d(x, u) + 1 + d(v, y)), and how many
 * pairs shorten. With `prune`, y is only visited where d(v, y) < ecc(x) − d(x, u) − 1: since d(x, y) ≤
 * ecc(x) inside one component, no other y can shorten (the bound is void when the tie joins components).
 */
function sideSum(
  matrix: DistanceMatrix,
  sides: TieSides,
  joins: boolean,
  result: { closer: number },
): number {
  const n = matrix.order;
  const { distances, eccentricities } = matrix;
  const { a, aDistance, aCount, b, bDistance, bCount, levelStart, bMaxLevel } = sides;
  const reciprocal = reciprocals();
  let sum = 0;
  let closer = 0;
  for (let i = 0; i < aCount; i++) {
    const x = a[i]!;
    const via = aDistance[i]! + 1;
    let end = bCount;
    if (!joins) {
      const limit = eccentricities[x]! - via;
      if (limit <= 0) continue;
      if (limit <= bMaxLevel) end = levelStart[limit]!;
    }
    const row = x * n;
    for (let j = 0; j < end; j++) {
      const old = distances[row + b[j]!]!;
      const shorter = via + bDistance[j]!;
      if (shorter < old) {
        sum += reciprocal[shorter]! - reciprocal[old]!;
        closer++;
      }
    }
  }
  result.closer = closer;
  return sum;
}

/**
 * The exact gain in global efficiency if the absent tie source–target were made, read from a
 * distance matrix without searching again.
 *
 * @remarks
 * ΔE(u, v) = (1 / (n (n − 1))) Σ_{x ≠ y} (1/d′(x, y) − 1/d(x, y)), with
 * d′(x, y) = min(d(x, y), d(x, u) + 1 + d(v, y), d(x, v) + 1 + d(u, y)) the distance once u–v exists,
 * d the hop distance now, 1/∞ = 0 and n the number of actors. A pair can shorten only if one end is in
 * A = {x : d(x, u) + 1 < d(x, v)} and the other in B = {y : d(y, v) + 1 < d(y, u)} (triangle
 * inequality), so ΔE = (2 / (n (n − 1))) Σ_{x ∈ A, y ∈ B} (1/min(d(x, y), d(x, u) + 1 + d(v, y)) − 1/d(x, y)),
 * and within one component only y with d(v, y) < ecc(x) − d(x, u) − 1 are visited.
 * Equals NetworkX `global_efficiency(G + uv) − global_efficiency(G)` (to rounding). A tie that already
 * exists gains 0. ΔE ≥ 0 always: adding a tie never lengthens a path.
 * Time complexity: O(n + |A| · |B|) per candidate, O(n²) in the worst case (a tie joining two halves),
 * typically far less: pairs at distance 2 have small sides.
 *
 * References: Latora, V. & Marchiori, M. (2001). Efficient behavior of small-world networks.
 * Physical Review Letters 87, 198701. doi:10.1103/PhysRevLett.87.198701
 *
 * @returns the gain with the current distance, component sizes and the number of pairs brought closer.
 * @throws {@link EcoweaveError} `unknown_actor` when either id is not in the matrix.
 * @throws {@link InvalidOptionError} when source and target are the same actor.
 * @example
 * // path a – b – c – d: the tie a–d brings only a and d closer (3 → 1): 2 · (1 − 1/3) / 12
 * efficiencyGain(createDistanceMatrix(getView(createEcosystem(path))), "a", "d").gain; // 0.1111111111111111
 * @see {@link addTie}
 * @see {@link sampledEfficiencyGain}
 * @category Weaving
 */
export function efficiencyGain(matrix: DistanceMatrix, source: string, target: string): EfficiencyGain {
  const u = actorIndex(matrix, source, "efficiencyGain");
  const v = actorIndex(matrix, target, "efficiencyGain");
  if (u === v)
    throw optionError("options.sameActor", OPTION_SAME_ACTOR, {
      fn: "efficiencyGain",
      first: "source",
      second: "target",
      id: `"${source}"`,
    });
  const n = matrix.order;
  let sides = scratchOf.get(matrix);
  if (sides === undefined) {
    sides = createTieSides(n);
    scratchOf.set(matrix, sides);
  }
  const { distances } = matrix;
  const d = distances[u * n + v]!;
  const joins = d === UNREACHABLE;
  splitSides(distances, u * n, distances, v * n, n, sides);
  const counted = { closer: 0 };
  const sum = sideSum(matrix, sides, joins, counted);
  return {
    source,
    target,
    distance: joins ? null : d,
    gain: (2 * sum) / (n * (n - 1)),
    joinsComponents: joins,
    sourceComponentSize: matrix.componentSizes[u]!,
    targetComponentSize: matrix.componentSizes[v]!,
    closerPairs: counted.closer,
  };
}

/**
 * Σ_y (1/d′(s, y) − 1/d(s, y)) for a source s on side A of the tie (via = d(s, u) + 1): its targets are
 * on side B. `levelStart` pruning as in {@link sideSum}, with ecc(s) from the search.
 */
function fromSideA(
  row: Uint16Array,
  via: number,
  eccentricity: number,
  joins: boolean,
  sides: TieSides,
): number {
  const { b, bDistance, bCount, levelStart, bMaxLevel } = sides;
  const reciprocal = reciprocals();
  let end = bCount;
  if (!joins) {
    const limit = eccentricity - via;
    if (limit <= 0) return 0;
    if (limit <= bMaxLevel) end = levelStart[limit]!;
  }
  let sum = 0;
  for (let j = 0; j < end; j++) {
    const old = row[b[j]!]!;
    const shorter = via + bDistance[j]!;
    if (shorter < old) sum += reciprocal[shorter]! - reciprocal[old]!;
  }
  return sum;
}

/** The same for a source on side B (via = d(s, v) + 1): its targets are on side A. */
function fromSideB(row: Uint16Array, via: number, sides: TieSides): number {
  const { a, aDistance, aCount } = sides;
  const reciprocal = reciprocals();
  let sum = 0;
  for (let i = 0; i < aCount; i++) {
    const old = row[a[i]!]!;
    const shorter = via + aDistance[i]!;
    if (shorter < old) sum += reciprocal[shorter]! - reciprocal[old]!;
  }
  return sum;
}

/**
 * Estimated gains in global efficiency of many candidate ties, from breadth-first searches out of a
 * seeded sample of source actors and out of the candidates' ends, for ecosystems too large for a
 * distance matrix.
 *
 * @remarks
 * Write the exact gain of u–v as ΔE = T / (n (n − 1)) with T = Σ_x Δ(x) and
 * Δ(x) = Σ_{y ≠ x} (1/d′(x, y) − 1/d(x, y)) the improvement seen from source x (d′ as in
 * {@link efficiencyGain}, hop distances, 1/∞ = 0). Δ(u) and Δ(v) are computed exactly from the searches
 * out of u and v. The other n − 2 terms are estimated from the sample S of k sources drawn uniformly
 * without replacement (seeded): with S′ = S ∖ {u, v} of size k′,
 * T̂ = Δ(u) + Δ(v) + ((n − 2) / k′) Σ_{s ∈ S′} Δ(s).
 * Given k′, S′ is a uniform sample of the other n − 2 actors, so T̂ is unbiased for T and
 * ΔÊ = T̂ / (n (n − 1)) is unbiased for the exact gain (the ordered-pair mean of NetworkX
 * `global_efficiency`); with k ≥ n it is exact. Each Δ(s) needs only d(s, ·), d(u, ·) and d(v, ·):
 * Δ(s) = 0 unless s is on one side of the tie (see {@link efficiencyGain}).
 * standardError = ((n − 2) / (n (n − 1))) · √((1 − k′/(n − 2)) · S² / k′), S² the sample variance of
 * Δ(s) over S′ (finite-population correction, Cochran 1977 §2.4–2.5); `null` when k′ = 1 < n − 2.
 * The same view, candidates, sources and seed give identical output. Distances and component sizes
 * are exact. This estimator is ours (no reference implementation); it agrees with
 * {@link efficiencyGain} when k ≥ n.
 * Time complexity: O((k + e) (n + m) + Σ_candidates (n + Σ_{s ∈ S′} |side of s|)) for e distinct ends;
 * memory 2 (k + e) n bytes for the searches kept.
 *
 * References: Latora, V. & Marchiori, M. (2001). Efficient behavior of small-world networks.
 * Physical Review Letters 87, 198701. doi:10.1103/PhysRevLett.87.198701.
 * Cochran, W. G. (1977). Sampling Techniques, 3rd ed. Wiley.
 *
 * @param view - an undirected view (from `getView(eco)`).
 * @param candidates - `[source, target]` actor id pairs, adjacent or not.
 * @param options - `sources` (k) and `seed`.
 * @returns one estimate per candidate, in the order of `candidates`.
 * @throws {@link NotApplicableError} when the view is directed.
 * @throws {@link EcoweaveError} `unknown_actor` when a candidate names an unknown actor.
 * @throws {@link InvalidOptionError} when a candidate joins an actor to itself, `sources` is not an
 * integer ≥ 3, or `seed` is not finite.
 * @example
 * // path a – b – c – d; with k ≥ n the estimate is exact
 * sampledEfficiencyGain(getView(createEcosystem(path)), [["a", "d"]])[0].gain; // 0.1111111111111111
 * @see {@link efficiencyGain}
 * @category Weaving
 */
export function sampledEfficiencyGain(
  view: EcosystemView,
  candidates: readonly (readonly [string, string])[],
  options: SampledEfficiencyGainOptions = {},
): SampledEfficiencyGain[] {
  const fn = "sampledEfficiencyGain";
  if (view.directed) {
    throw new NotApplicableError(`${fn}: the view is directed; pass an undirected view (directed: false)`);
  }
  const sources = options.sources ?? SAMPLED_EFFICIENCY_GAIN_DEFAULTS.sources;
  const seed = options.seed ?? SAMPLED_EFFICIENCY_GAIN_DEFAULTS.seed;
  if (!Number.isInteger(sources) || sources < 3) {
    throw mustBe(fn, "sources", String(sources), ruleIntegerAtLeast(3));
  }
  if (!Number.isFinite(seed)) throw mustBe(fn, "seed", String(seed), ruleFinite());
  const n = view.order;

  // Resolve every candidate first, so a bad one throws before any search.
  const ends = new Int32Array(2 * candidates.length);
  candidates.forEach(([sourceId, targetId], p) => {
    const u = view.index.get(sourceId);
    const v = view.index.get(targetId);
    if (u === undefined)
      throw new EcoweaveError("unknown_actor", `${fn}: unknown actor "${sourceId}" in candidates[${p}]`);
    if (v === undefined)
      throw new EcoweaveError("unknown_actor", `${fn}: unknown actor "${targetId}" in candidates[${p}]`);
    if (u === v)
      throw optionError("options.joinsItself", OPTION_JOINS_ITSELF, {
        fn,
        option: `candidates[${p}]`,
        actor: "yes",
        id: sourceId,
      });
    ends[2 * p] = u;
    ends[2 * p + 1] = v;
  });
  if (candidates.length === 0) return [];

  // k sources uniformly without replacement: a partial Fisher–Yates shuffle of 0 … n−1.
  const k = Math.min(sources, n);
  const random = createRandom(seed);
  const pool = new Int32Array(n);
  for (let i = 0; i < n; i++) pool[i] = i;
  for (let i = 0; i < k; i++) {
    const j = i + randomInt(random, n - i);
    const held = pool[i]!;
    pool[i] = pool[j]!;
    pool[j] = held;
  }
  const sample = pool.subarray(0, k);

  // One search per sampled source and per distinct candidate end; rows kept in one block.
  const slot = new Int32Array(n).fill(-1);
  const searched: number[] = [];
  for (let i = 0; i < k; i++) {
    slot[sample[i]!] = searched.length;
    searched.push(sample[i]!);
  }
  for (let e = 0; e < ends.length; e++) {
    const x = ends[e]!;
    if (slot[x] === -1) {
      slot[x] = searched.length;
      searched.push(x);
    }
  }
  const rows = new Uint16Array(searched.length * n);
  const eccentricity = new Int32Array(searched.length);
  const reached = new Int32Array(searched.length);
  const queue = new Int32Array(n);
  for (let r = 0; r < searched.length; r++) {
    const count = searchInto(view, searched[r]!, rows.subarray(r * n, (r + 1) * n), queue);
    reached[r] = count;
    // BFS order ends on the farthest actor reached.
    const row = rows.subarray(r * n, (r + 1) * n);
    eccentricity[r] = row[queue[count - 1]!]!;
  }
  const rowOf = (x: number): Uint16Array => rows.subarray(slot[x]! * n, (slot[x]! + 1) * n);

  const sides = createTieSides(n);
  const reciprocal = reciprocals();
  const results: SampledEfficiencyGain[] = [];
  for (let p = 0; p < candidates.length; p++) {
    const u = ends[2 * p]!;
    const v = ends[2 * p + 1]!;
    const rowU = rowOf(u);
    const rowV = rowOf(v);
    const d = rowU[v]!;
    const joins = d === UNREACHABLE;
    splitSides(rows, slot[u]! * n, rows, slot[v]! * n, n, sides);
    // Δ(u): u is on side A with via = 1, so d′(u, y) = 1 + d(v, y) for every y on side B; Δ(v) likewise.
    let exact = 0;
    for (let j = 0; j < sides.bCount; j++) {
      exact += reciprocal[1 + sides.bDistance[j]!]! - reciprocal[rowU[sides.b[j]!]!]!;
    }
    for (let i = 0; i < sides.aCount; i++) {
      exact += reciprocal[1 + sides.aDistance[i]!]! - reciprocal[rowV[sides.a[i]!]!]!;
    }
    // The other sampled sources: Δ(s) = 0 unless s is on a side of the tie, known without reading its search.
    let kept = 0;
    let sum = 0;
    let squares = 0;
    for (let i = 0; i < k; i++) {
      const s = sample[i]!;
      if (s === u || s === v) continue;
      kept++;
      const du = rowU[s]!;
      const dv = rowV[s]!;
      let delta: number;
      if (dv - du > 1) delta = fromSideA(rowOf(s), du + 1, eccentricity[slot[s]!]!, joins, sides);
      else if (du - dv > 1) delta = fromSideB(rowOf(s), dv + 1, sides);
      else continue;
      sum += delta;
      squares += delta * delta;
    }
    const others = n - 2;
    const pairs = n * (n - 1);
    let total = exact;
    let standardError: number | null = 0;
    if (kept > 0) {
      total += (others / kept) * sum;
      if (kept < others) {
        if (kept < 2) standardError = null;
        else {
          const mean = sum / kept;
          const variance = Math.max(0, (squares - kept * mean * mean) / (kept - 1));
          standardError = (others * Math.sqrt(((1 - kept / others) * variance) / kept)) / pairs;
        }
      }
    }
    results.push({
      source: candidates[p]![0],
      target: candidates[p]![1],
      distance: joins ? null : d,
      gain: total / pairs,
      standardError,
      joinsComponents: joins,
      sourceComponentSize: reached[slot[u]!]!,
      targetComponentSize: reached[slot[v]!]!,
    });
  }
  return results;
}
