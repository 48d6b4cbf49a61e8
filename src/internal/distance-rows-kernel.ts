/**
 * Rows of an all-pairs hop-distance matrix as a self-contained block kernel for {@link runBlocks}:
 * block b searches from the actors `b·blockSize …` and writes their rows and row summaries, which no
 * other block touches, so the matrix is the same whatever the number of threads.
 *
 * @packageDocumentation
 */
import type { BlockKernel, KernelInput } from "./worker-threads.js";

/** The arguments of {@link distanceRowsBlock}. */
export interface DistanceRowsInput extends KernelInput {
  /** Number of actors n. */
  readonly order: number;
  /** CSR adjacency of an undirected view. */
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  /** Rows per block (the last block may have fewer). */
  readonly blockSize: number;
  /** d(x, y) at x·n + y; 0xffff where unreachable. */
  readonly distances: Uint16Array;
  /** Σ_{y ≠ x} 1/d(x, y), taken level by level as Σ_ℓ count_ℓ / ℓ. */
  readonly inverseSums: Float64Array;
  /** The largest finite d(x, y). */
  readonly eccentricities: Uint16Array;
  /** Actors reached from x, x included. */
  readonly componentSizes: Int32Array;
}

/** One BFS per row of the block, then the row's summaries from exact per-level counts. */
export const distanceRowsBlock: BlockKernel<DistanceRowsInput> = function distanceRowsBlock(input, block) {
  const { order, offsets, targets, blockSize, distances, inverseSums, eccentricities, componentSizes } =
    input;
  const queue = new Int32Array(order);
  const counts = new Int32Array(order + 1);
  const last = Math.min(order, (block + 1) * blockSize);
  for (let s = block * blockSize; s < last; s++) {
    const base = s * order;
    distances.fill(0xffff, base, base + order);
    distances[base + s] = 0;
    queue[0] = s;
    let tail = 1;
    for (let head = 0; head < tail; head++) {
      const x = queue[head]!;
      const next = distances[base + x]! + 1;
      for (let k = offsets[x]!, end = offsets[x + 1]!; k < end; k++) {
        const y = targets[k]!;
        if (distances[base + y] === 0xffff) {
          distances[base + y] = next;
          queue[tail++] = y;
        }
      }
    }
    componentSizes[s] = tail;
    let eccentricity = 0;
    for (let y = base, end = base + order; y < end; y++) {
      const d = distances[y]!;
      if (d !== 0xffff) {
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
    eccentricities[s] = eccentricity;
    inverseSums[s] = sum;
  }
};
