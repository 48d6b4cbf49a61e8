/**
 * Sums of inverse hop distances from given sources, as a self-contained block kernel for
 * {@link runBlocks}: block b searches from `sources[b·blockSize …]` and writes each source's sum; the
 * caller adds them in source order, so the values are the same whatever the number of threads.
 *
 * @packageDocumentation
 */
import { type BlockKernel, type KernelInput, runBlocks, threadsFor } from "./worker-threads.js";

/** The arguments of {@link inverseDistanceBlock}. */
export interface InverseDistanceInput extends KernelInput {
  /** Number of actors n. */
  readonly order: number;
  /** CSR adjacency. */
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  /** The sources of the whole job. */
  readonly sources: Int32Array;
  /** Sources per block (the last block may have fewer). */
  readonly blockSize: number;
  /** Σ_{v ≠ s} 1/d(s, v) for the p-th source at `sums[p]`, written by the blocks. */
  readonly sums: Float64Array;
}

/**
 * A BFS from each source of the block; the actors of each distance level are counted and the sum
 * built as Σ_levels count/level, in BFS order.
 */
export const inverseDistanceBlock: BlockKernel<InverseDistanceInput> = function inverseDistanceBlock(
  input,
  block,
) {
  const { order, offsets, targets, sources, blockSize, sums } = input;
  const dist = new Int32Array(order).fill(-1);
  const queue = new Int32Array(order);
  const last = Math.min(sources.length, (block + 1) * blockSize);
  for (let p = block * blockSize; p < last; p++) {
    const s = sources[p]!;
    dist[s] = 0;
    queue[0] = s;
    let tail = 1;
    for (let head = 0; head < tail; head++) {
      const u = queue[head]!;
      const next = dist[u]! + 1;
      for (let k = offsets[u]!, end = offsets[u + 1]!; k < end; k++) {
        const v = targets[k]!;
        if (dist[v] === -1) {
          dist[v] = next;
          queue[tail++] = v;
        }
      }
    }
    let sum = 0;
    let level = 1;
    let count = 0;
    for (let q = 1; q < tail; q++) {
      const d = dist[queue[q]!]!;
      if (d !== level) {
        sum += count / level;
        level = d;
        count = 0;
      }
      count++;
    }
    sums[p] = sum + count / level;
    for (let q = 0; q < tail; q++) dist[queue[q]!] = -1;
  }
};

/**
 * Σ_{v ≠ s} 1/d(s, v) for each of `sources` (unreached actors add 0), on up to `workers` threads, in
 * the order of `sources`. O(k·(n + m)).
 */
export function inverseDistanceSums(
  order: number,
  offsets: Int32Array,
  targets: Int32Array,
  sources: Int32Array,
  workers: number,
): Float64Array {
  const k = sources.length;
  const blockSize = Math.max(32, Math.ceil(k / 64));
  const blockCount = Math.ceil(k / blockSize);
  const input: InverseDistanceInput = {
    order,
    offsets,
    targets,
    sources,
    blockSize,
    sums: new Float64Array(k),
  };
  runBlocks(
    inverseDistanceBlock,
    input,
    ["sums"],
    blockCount,
    threadsFor(workers, blockCount, k * (order + targets.length)),
  );
  return input.sums;
}
