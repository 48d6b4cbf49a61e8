/**
 * All-pairs hop distances of an undirected view, held in one typed array, for the weaving engine:
 * built once by n breadth-first searches, then kept up to date tie by tie ({@link addTie}) so a
 * greedy planner never searches again.
 *
 * @packageDocumentation
 */

import { type DistanceRowsInput, distanceRowsBlock } from "../internal/distance-rows-kernel.js";
import { outputArray, runBlocks, threadsFor } from "../internal/worker-threads.js";
import { type WorkersOptions, workersOf } from "../metrics/workers-option.js";
import { EcoweaveError, InvalidOptionError, NotApplicableError } from "../model/errors.js";
import { optionError } from "../model/option-errors.js";
import type { EcosystemView } from "../model/view.js";
import { OPTION_SAME_ACTOR } from "../text/catalogues/en/options.js";

/** The distance stored for a pair of actors that no path joins. */
export const UNREACHABLE = 0xffff;

/**
 * The largest ecosystem {@link createDistanceMatrix} accepts: 16,384 actors, whose matrix takes
 * 512 MiB. Above it, estimate with `sampledEfficiencyGain`.
 */
export const DISTANCE_MATRIX_MAX_ORDER = 16_384;

/**
 * All-pairs hop distances of an undirected view, with per-actor summaries kept in step.
 * Actors are the view's dense indices `0 … n−1`.
 */
export interface DistanceMatrix {
  /** Dense index → actor id (the view's order). */
  readonly ids: readonly string[];
  /** Actor id → dense index. */
  readonly index: ReadonlyMap<string, number>;
  /** Number of actors n. */
  readonly order: number;
  /**
   * d(x, y) at `x · n + y`, row-major and symmetric; 0 on the diagonal, {@link UNREACHABLE} where no
   * path joins x and y.
   */
  readonly distances: Uint16Array;
  /** r(x) = Σ_{y ≠ x, d(x, y) < ∞} 1 / d(x, y): the row sums of inverse distances. */
  readonly inverseSums: Float64Array;
  /** ecc(x) = the largest finite d(x, y): the eccentricity of x within its component (0 for an isolate). */
  readonly eccentricities: Uint16Array;
  /** Number of actors in x's component, x included. */
  readonly componentSizes: Int32Array;
}

/**
 * Breadth-first search from `source` writing hop distances into `row` (length n). Returns how many were reached.
 * @internal
 */
export function searchInto(view: EcosystemView, source: number, row: Uint16Array, queue: Int32Array): number {
  const { offsets, targets } = view;
  row.fill(UNREACHABLE);
  row[source] = 0;
  queue[0] = source;
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    const x = queue[head]!;
    const next = row[x]! + 1;
    for (let k = offsets[x]!, end = offsets[x + 1]!; k < end; k++) {
      const y = targets[k]!;
      if (row[y] === UNREACHABLE) {
        row[y] = next;
        queue[tail++] = y;
      }
    }
  }
  return tail;
}

/**
 * Recomputes r(x) and ecc(x) from row x. The sum is taken level by level from exact integer counts
 * (Σ_ℓ count_ℓ / ℓ), so it depends only on the row's distances, never on how they were reached: a
 * matrix updated by {@link addTie} is identical to one built from scratch.
 */
function summarizeRow(matrix: DistanceMatrix, x: number, counts: Int32Array): void {
  const n = matrix.order;
  const { distances } = matrix;
  let eccentricity = 0;
  for (let y = x * n, end = y + n; y < end; y++) {
    const d = distances[y]!;
    if (d !== UNREACHABLE) {
      counts[d]!++;
      if (d > eccentricity) eccentricity = d;
    }
  }
  let sum = 0;
  for (let level = 1; level <= eccentricity; level++) {
    sum += counts[level]! / level;
    counts[level] = 0;
  }
  counts[0] = 0;
  (matrix.eccentricities as Uint16Array)[x] = eccentricity;
  (matrix.inverseSums as Float64Array)[x] = sum;
}

/**
 * All-pairs hop distances of an undirected view, by one breadth-first search from every actor.
 *
 * @remarks
 * d(x, y) = the fewest ties on a path from x to y in the undirected view (tie strengths ignored),
 * ∞ (stored as {@link UNREACHABLE}) when no path exists. The matrix also keeps, per actor x,
 * r(x) = Σ_{y ≠ x} 1/d(x, y) (1/∞ = 0), the eccentricity within its component and its component's
 * size, so that global efficiency is an O(n) sum and efficiency gains can prune.
 * Agrees with NetworkX `all_pairs_shortest_path_length` on the same simple graph.
 * An empty view gives an empty matrix.
 * The searches run on up to `workers` threads (each writes only its own rows, so the matrix is the
 * same whatever their number); with more than one thread the arrays live in shared memory.
 * Time complexity: O(n (n + m)) for n actors and m edges, divided among the threads; memory 2n² bytes
 * (a Uint16Array).
 *
 * @param view - an undirected view (from `getView(eco)`).
 * @param options - `workers`.
 * @returns a new matrix; nothing is shared with the view but its `ids` and `index`.
 * @throws {@link NotApplicableError} when the view is directed.
 * @throws {@link EcoweaveError} `too_large` when the view has more than {@link DISTANCE_MATRIX_MAX_ORDER} actors.
 * @throws {@link InvalidOptionError} when `workers` is not a positive integer.
 * @example
 * // path a – b – c – d
 * const matrix = createDistanceMatrix(getView(createEcosystem(path)));
 * hopDistance(matrix, "a", "d"); // 3
 * @see {@link globalEfficiencyOf}
 * @category Weaving
 */
export function createDistanceMatrix(view: EcosystemView, options: WorkersOptions = {}): DistanceMatrix {
  if (view.directed) {
    throw new NotApplicableError(
      "createDistanceMatrix: the view is directed; pass an undirected view (directed: false)",
    );
  }
  const n = view.order;
  if (n > DISTANCE_MATRIX_MAX_ORDER) {
    throw new EcoweaveError(
      "too_large",
      `createDistanceMatrix: ${n} actors exceed ${DISTANCE_MATRIX_MAX_ORDER}; use sampledEfficiencyGain`,
    );
  }
  const blockSize = Math.max(32, Math.ceil(n / 64));
  const blockCount = Math.ceil(n / blockSize);
  const threads = threadsFor(
    workersOf("createDistanceMatrix", options.workers),
    blockCount,
    n * (n + view.targets.length),
  );
  const input: DistanceRowsInput = {
    order: n,
    offsets: view.offsets,
    targets: view.targets,
    blockSize,
    distances: outputArray(Uint16Array, n * n, threads),
    inverseSums: outputArray(Float64Array, n, threads),
    eccentricities: outputArray(Uint16Array, n, threads),
    componentSizes: outputArray(Int32Array, n, threads),
  };
  runBlocks(
    distanceRowsBlock,
    input,
    ["distances", "inverseSums", "eccentricities", "componentSizes"],
    blockCount,
    threads,
  );
  const { distances, inverseSums, eccentricities, componentSizes } = input;
  const matrix: DistanceMatrix = {
    ids: view.ids,
    index: view.index,
    order: n,
    distances,
    inverseSums,
    eccentricities,
    componentSizes,
  };
  return matrix;
}

/**
 * Global efficiency of the network a distance matrix describes: the mean inverse hop distance over
 * ordered pairs of distinct actors.
 *
 * @remarks
 * E = (1 / (n (n − 1))) Σ_{x ≠ y} 1/d(x, y) = (1 / (n (n − 1))) Σ_x r(x), with 1/∞ = 0 and r(x) the
 * matrix's row sums. Agrees with NetworkX `global_efficiency` (to rounding: sums are taken in a
 * different order). n < 2 → 0, as NetworkX.
 * Time complexity: O(n).
 *
 * References: Latora, V. & Marchiori, M. (2001). Efficient behavior of small-world networks.
 * Physical Review Letters 87, 198701. doi:10.1103/PhysRevLett.87.198701
 *
 * @returns the global efficiency in [0, 1].
 * @example
 * // path a – b – c – d: (1 + 1/2 + 1/3 + 1 + 1/2 + 1) · 2 / 12
 * globalEfficiencyOf(createDistanceMatrix(getView(createEcosystem(path)))); // 0.7222222222222222
 * @see {@link createDistanceMatrix}
 * @category Weaving
 */
export function globalEfficiencyOf(matrix: DistanceMatrix): number {
  const n = matrix.order;
  if (n < 2) return 0;
  let total = 0;
  for (let x = 0; x < n; x++) total += matrix.inverseSums[x]!;
  return total / (n * (n - 1));
}

/** The dense index of `id`, or an `unknown_actor` error naming the function. @internal */
export function actorIndex(
  matrix: { readonly index: ReadonlyMap<string, number> },
  id: string,
  fn: string,
): number {
  const index = matrix.index.get(id);
  if (index === undefined) throw new EcoweaveError("unknown_actor", `${fn}: unknown actor "${id}"`);
  return index;
}

/**
 * The hop distance between two actors, `null` when no path joins them.
 *
 * @remarks Time complexity: O(1).
 * @throws {@link EcoweaveError} `unknown_actor` when either id is not in the matrix.
 * @example
 * hopDistance(createDistanceMatrix(getView(createEcosystem(path))), "a", "d"); // 3
 * @category Weaving
 */
export function hopDistance(matrix: DistanceMatrix, a: string, b: string): number | null {
  const x = actorIndex(matrix, a, "hopDistance");
  const y = actorIndex(matrix, b, "hopDistance");
  const d = matrix.distances[x * matrix.order + y]!;
  return d === UNREACHABLE ? null : d;
}

/**
 * The two sides of a candidate tie u–v: A = {x : d(x, u) + 1 < d(x, v)}, the actors the tie would bring
 * closer to v (u among them), and B = {y : d(y, v) + 1 < d(y, u)}, symmetrically (v among them).
 * B is ordered by d(v, y), with `levelStart[ℓ]` the first position of level ℓ.
 * A pair's distance can shorten only if one end is in A and the other in B: if
 * d(x, u) + 1 + d(v, y) < d(x, y) then, by the triangle inequality through v and through u,
 * d(x, u) + 1 < d(x, v) and d(v, y) + 1 < d(u, y).
 * @internal
 */
export interface TieSides {
  /** Members of A, ascending. */
  readonly a: Int32Array;
  /** d(x, u) of `a[i]`, at i. */
  readonly aDistance: Int32Array;
  aCount: number;
  /** Members of B, by d(v, y) then index. */
  readonly b: Int32Array;
  /** d(v, y) of `b[j]`, at j. */
  readonly bDistance: Int32Array;
  bCount: number;
  /** `levelStart[ℓ]` = first position in `b` with d(v, y) ≥ ℓ, for ℓ = 0 … n + 1. */
  readonly levelStart: Int32Array;
  /** Largest d(v, y) over B. */
  bMaxLevel: number;
}

/** Buffers for {@link splitSides}, sized for n actors. @internal */
export function createTieSides(n: number): TieSides {
  return {
    a: new Int32Array(n),
    aDistance: new Int32Array(n),
    aCount: 0,
    b: new Int32Array(n),
    bDistance: new Int32Array(n),
    bCount: 0,
    levelStart: new Int32Array(n + 2),
    bMaxLevel: 0,
  };
}

/**
 * Fills `sides` for the candidate tie u–v from the rows d(u, ·) = `rowsU[atU … atU + n − 1]` and
 * d(v, ·) = `rowsV[atV … atV + n − 1]`. O(n), no allocation. B is placed by a counting sort on d(v, y).
 * @internal
 */
export function splitSides(
  rowsU: Uint16Array,
  atU: number,
  rowsV: Uint16Array,
  atV: number,
  n: number,
  sides: TieSides,
): void {
  const { a, aDistance, b, bDistance, levelStart } = sides;
  let aCount = 0;
  let bCount = 0;
  let maxLevel = 0;
  // One pass: A in index order with d(x, u); B in index order, unsorted. With UNREACHABLE the largest
  // Uint16 value, "closer by two" also covers "reachable from one side only", and never holds when
  // neither side reaches x.
  for (let x = 0; x < n; x++) {
    const du = rowsU[atU + x]!;
    const dv = rowsV[atV + x]!;
    const diff = dv - du;
    if (diff > 1) {
      a[aCount] = x;
      aDistance[aCount++] = du;
    } else if (diff < -1) {
      b[bCount++] = x;
      if (dv > maxLevel) maxLevel = dv;
    }
  }
  // Counting sort of B by d(v, y), stable. bDistance holds the unsorted members meanwhile.
  levelStart.fill(0, 0, maxLevel + 2);
  for (let j = 0; j < bCount; j++) {
    const y = b[j]!;
    bDistance[j] = y;
    levelStart[rowsV[atV + y]! + 1]!++;
  }
  for (let level = 0; level <= maxLevel; level++) levelStart[level + 1]! += levelStart[level]!;
  for (let j = 0; j < bCount; j++) {
    const y = bDistance[j]!;
    // levelStart[ℓ] serves as level ℓ's write cursor, ending at level ℓ + 1's start; shifted back below.
    b[levelStart[rowsV[atV + y]!]!++] = y;
  }
  for (let level = maxLevel; level > 0; level--) levelStart[level] = levelStart[level - 1]!;
  levelStart[0] = 0;
  levelStart[maxLevel + 1] = bCount;
  for (let j = 0; j < bCount; j++) bDistance[j] = rowsV[atV + b[j]!]!;
  sides.aCount = aCount;
  sides.bCount = bCount;
  sides.bMaxLevel = maxLevel;
}

/**
 * The distance matrix of the network with one more tie, source–target: a new matrix, the input is
 * left unchanged.
 *
 * @remarks
 * d′(x, y) = min(d(x, y), d(x, u) + 1 + d(v, y), d(x, v) + 1 + d(u, y)) for the new tie u–v; only pairs
 * with one end in A = {x : d(x, u) + 1 < d(x, v)} and the other in B = {y : d(y, v) + 1 < d(y, u)} can
 * shorten, so only those are visited. Row sums, eccentricities and component sizes of the rows that
 * changed are recomputed, with the same arithmetic as {@link createDistanceMatrix}: the result is
 * identical, value for value, to the matrix of the network with the tie built from scratch, and no
 * breadth-first search runs. A tie that already exists changes nothing (a copy is returned).
 * Time complexity: O(n²) for the copy, plus O(|A| · |B| + (|A| + |B|) · n) for the update.
 *
 * @returns a new matrix with the tie added.
 * @throws {@link EcoweaveError} `unknown_actor` when either id is not in the matrix.
 * @throws {@link InvalidOptionError} when source and target are the same actor.
 * @example
 * // path a – b – c – d, then the tie a–d closes it into a 4-cycle: (4 · 1 + 2 · 1/2) · 2 / 12
 * globalEfficiencyOf(addTie(createDistanceMatrix(getView(createEcosystem(path))), "a", "d")); // 0.8333333333333334
 * @see {@link efficiencyGain}
 * @category Weaving
 */
export function addTie(matrix: DistanceMatrix, source: string, target: string): DistanceMatrix {
  const u = actorIndex(matrix, source, "addTie");
  const v = actorIndex(matrix, target, "addTie");
  if (u === v)
    throw optionError("options.sameActor", OPTION_SAME_ACTOR, {
      fn: "addTie",
      first: "source",
      second: "target",
      id: `"${source}"`,
    });
  const n = matrix.order;
  const next: DistanceMatrix = {
    ids: matrix.ids,
    index: matrix.index,
    order: n,
    distances: matrix.distances.slice(),
    inverseSums: matrix.inverseSums.slice(),
    eccentricities: matrix.eccentricities.slice(),
    componentSizes: matrix.componentSizes.slice(),
  };
  const distances = next.distances as Uint16Array;
  const joins = distances[u * n + v] === UNREACHABLE;
  const sides = createTieSides(n);
  splitSides(distances, u * n, distances, v * n, n, sides);
  const { a, aDistance, aCount, b, bDistance, bCount } = sides;
  // Only A × B entries change, and the side distances d(x, u), d(v, y) were copied into the sides first.
  const touched = new Uint8Array(n);
  for (let i = 0; i < aCount; i++) {
    const x = a[i]!;
    const via = aDistance[i]! + 1;
    const row = x * n;
    for (let j = 0; j < bCount; j++) {
      const y = b[j]!;
      const shorter = via + bDistance[j]!;
      if (shorter < distances[row + y]!) {
        distances[row + y] = shorter;
        distances[y * n + x] = shorter;
        touched[x] = 1;
        touched[y] = 1;
      }
    }
  }
  const counts = new Int32Array(n + 1);
  for (let x = 0; x < n; x++) if (touched[x] === 1) summarizeRow(next, x, counts);
  if (joins) {
    // A is u's whole component and B is v's: everyone in them now shares one component.
    const size = matrix.componentSizes[u]! + matrix.componentSizes[v]!;
    const sizes = next.componentSizes as Int32Array;
    for (let i = 0; i < aCount; i++) sizes[a[i]!] = size;
    for (let j = 0; j < bCount; j++) sizes[b[j]!] = size;
  }
  return next;
}
