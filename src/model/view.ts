/**
 * The analysis view: a compact, simple graph (CSR adjacency in typed arrays) derived from the
 * multigraph by the shared view options. Every measure runs on it.
 *
 * @packageDocumentation
 */

import type { Ecosystem } from "./ecosystem.js";
import { InvalidOptionError } from "./errors.js";
import { parseIsoDate } from "./schema.js";

/** Options shared by every analysis: which ties count and how direction is read. */
export interface ViewOptions {
  /**
   * Tie kinds that count.
   * @defaultValue all kinds
   */
  kinds?: readonly string[];
  /**
   * Only ties active on this `YYYY-MM-DD` date count (`since ≤ at ≤ until`; a missing bound is open).
   * @defaultValue every tie, whatever its dates
   */
  at?: string;
  /**
   * `false`: each pair joined by any tie is one undirected edge. `true`: arcs are kept (an
   * undirected tie becomes two arcs).
   * @defaultValue false
   */
  directed?: boolean;
}

/** The defaults of {@link ViewOptions}. */
export const VIEW_DEFAULTS = Object.freeze({ directed: false } satisfies ViewOptions);

/**
 * The tie filters among a function's options: `kinds` and `at`, each only where it is set (for a
 * function that reads the undirected view, or sets `directed` itself).
 * @internal
 */
export function tieFiltersOf(options: ViewOptions): ViewOptions {
  const filters: ViewOptions = {};
  if (options.kinds !== undefined) filters.kinds = options.kinds;
  if (options.at !== undefined) filters.at = options.at;
  return filters;
}

/**
 * The view options among a function's options: `kinds`, `at` and `directed`, each only where it is set.
 * @internal
 */
export function viewOptionsOf(options: ViewOptions): ViewOptions {
  const view = tieFiltersOf(options);
  if (options.directed !== undefined) view.directed = options.directed;
  return view;
}

/**
 * A compact simple graph. Actors are dense indices `0 … n−1` in the ecosystem's node order.
 * Out-neighbours of `i` are `targets[offsets[i] … offsets[i+1]−1]`, sorted ascending, with the summed
 * strength of the parallel ties in `weights`. In an undirected view each edge appears in both
 * endpoints' lists and the in-arrays are the out-arrays.
 */
export interface EcosystemView {
  /** Whether arcs are kept (see {@link ViewOptions.directed}). */
  readonly directed: boolean;
  /** Dense index → actor id. */
  readonly ids: readonly string[];
  /** Actor id → dense index. */
  readonly index: ReadonlyMap<string, number>;
  /** Number of actors. */
  readonly order: number;
  /** Number of edges (undirected view) or arcs (directed view). */
  readonly size: number;
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  readonly weights: Float64Array;
  readonly inOffsets: Int32Array;
  readonly sources: Int32Array;
  readonly inWeights: Float64Array;
  /** Number of multigraph ties that passed the filters. */
  readonly tieCount: number;
}

/** Filters of a view, resolved once. */
function tieFilter(options: ViewOptions): (kind: string, since?: string, until?: string) => boolean {
  const kinds = options.kinds === undefined ? null : new Set(options.kinds);
  let atDay: number | null = null;
  if (options.at !== undefined) {
    atDay = parseIsoDate(options.at);
    if (atDay === null) {
      throw new InvalidOptionError(`view: at "${options.at}" is not a calendar date written YYYY-MM-DD`);
    }
  }
  const day = atDay;
  return (kind, since, until) => {
    if (kinds !== null && !kinds.has(kind)) return false;
    if (day === null) return true;
    if (since !== undefined && (parseIsoDate(since) ?? Number.NEGATIVE_INFINITY) > day) return false;
    if (until !== undefined && (parseIsoDate(until) ?? Number.POSITIVE_INFINITY) < day) return false;
    return true;
  };
}

/**
 * Sorts arcs by (tail, head) with two stable counting sorts, merges parallel arcs by summing their
 * weights, and returns the CSR arrays. O(n + m), no comparison sort, no per-arc object.
 */
function compress(
  order: number,
  tails: Int32Array,
  heads: Int32Array,
  arcWeights: Float64Array,
  arcCount: number,
): { offsets: Int32Array; targets: Int32Array; weights: Float64Array } {
  const count = new Int32Array(order + 1);
  for (let a = 0; a < arcCount; a++) count[heads[a]! + 1]!++;
  for (let i = 0; i < order; i++) count[i + 1]! += count[i]!;
  const byHead = new Int32Array(arcCount);
  for (let a = 0; a < arcCount; a++) byHead[count[heads[a]!]!++] = a;

  const start = new Int32Array(order + 1);
  for (let a = 0; a < arcCount; a++) start[tails[a]! + 1]!++;
  for (let i = 0; i < order; i++) start[i + 1]! += start[i]!;
  const cursor = start.slice(0, order);
  const sorted = new Int32Array(arcCount);
  for (let k = 0; k < arcCount; k++) {
    const a = byHead[k]!;
    sorted[cursor[tails[a]!]!++] = a;
  }

  const offsets = new Int32Array(order + 1);
  const targets = new Int32Array(arcCount);
  const weights = new Float64Array(arcCount);
  let write = 0;
  for (let i = 0; i < order; i++) {
    offsets[i] = write;
    const end = start[i + 1]!;
    let previous = -1;
    for (let k = start[i]!; k < end; k++) {
      const a = sorted[k]!;
      const head = heads[a]!;
      if (head === previous) weights[write - 1]! += arcWeights[a]!;
      else {
        targets[write] = head;
        weights[write] = arcWeights[a]!;
        write++;
        previous = head;
      }
    }
  }
  offsets[order] = write;
  return { offsets, targets: targets.slice(0, write), weights: weights.slice(0, write) };
}

/**
 * Builds the analysis view of an ecosystem.
 *
 * @remarks
 * Parallel ties collapse into one edge whose weight is the sum of their weights (default weight 1).
 * In the undirected view (default) every tie, whatever its direction, joins its pair; in the directed
 * view a directed tie is one arc and an undirected tie two. Time O(n + m), memory O(n + m).
 *
 * @throws {@link InvalidOptionError} when `at` is not a `YYYY-MM-DD` date.
 * @category Model
 */
export function createView(eco: Ecosystem, options: ViewOptions = {}): EcosystemView {
  const directed = options.directed ?? VIEW_DEFAULTS.directed;
  const accepts = tieFilter(options);
  const ids = eco.nodes();
  const order = ids.length;
  const index = new Map<string, number>();
  for (let i = 0; i < order; i++) index.set(ids[i]!, i);

  const capacity = 2 * eco.size;
  const tails = new Int32Array(capacity);
  const heads = new Int32Array(capacity);
  const arcWeights = new Float64Array(capacity);
  let arcCount = 0;
  let tieCount = 0;
  eco.forEachEdge((_edge, tie, source, target, _sa, _ta, undirected) => {
    if (!accepts(tie.kind, tie.since, tie.until)) return;
    tieCount++;
    const u = index.get(source)!;
    const v = index.get(target)!;
    const w = tie.weight ?? 1;
    tails[arcCount] = u;
    heads[arcCount] = v;
    arcWeights[arcCount++] = w;
    if (undirected || !directed) {
      tails[arcCount] = v;
      heads[arcCount] = u;
      arcWeights[arcCount++] = w;
    }
  });

  const out = compress(order, tails, heads, arcWeights, arcCount);
  if (!directed) {
    return {
      directed,
      ids,
      index,
      order,
      size: out.targets.length / 2,
      offsets: out.offsets,
      targets: out.targets,
      weights: out.weights,
      inOffsets: out.offsets,
      sources: out.targets,
      inWeights: out.weights,
      tieCount,
    };
  }
  const inward = compress(order, heads, tails, arcWeights, arcCount);
  return {
    directed,
    ids,
    index,
    order,
    size: out.targets.length,
    offsets: out.offsets,
    targets: out.targets,
    weights: out.weights,
    inOffsets: inward.offsets,
    sources: inward.targets,
    inWeights: inward.weights,
    tieCount,
  };
}
