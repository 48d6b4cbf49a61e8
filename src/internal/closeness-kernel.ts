/**
 * Closeness from hop distances as a self-contained block kernel for {@link runBlocks}: block b searches
 * from the actors `b·blockSize …` and writes each one's closeness; no sum crosses blocks, so the values
 * are the same whatever the number of threads.
 *
 * @packageDocumentation
 */
import { type BlockKernel, type KernelInput, runBlocks, threadsFor } from "./worker-threads.js";

/** The arguments of {@link closenessBlock}. */
export interface ClosenessInput extends KernelInput {
  /** Number of actors n. */
  readonly order: number;
  /** CSR lists of the actors each actor is reached from (the in-lists on a directed view). */
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  /** Actors per block (the last block may have fewer). */
  readonly blockSize: number;
  /** 1 to scale by the reached share (Wasserman & Faust), 0 not to. */
  readonly wassermanFaust: number;
  /** Closeness by actor, written by the blocks. */
  readonly values: Float64Array;
}

/**
 * For each actor v of the block, a BFS along the lists from v: r − 1 actors reach v at total distance
 * D (an integer, so exact), closeness (r − 1)/D, times (r − 1)/(n − 1) when scaled; 0 when D = 0. The
 * same floating-point steps as graphology-metrics 2.4.2, so the same bits.
 */
export const closenessBlock: BlockKernel<ClosenessInput> = function closenessBlock(input, block) {
  const { order, offsets, targets, blockSize, wassermanFaust, values } = input;
  const dist = new Int32Array(order).fill(-1);
  const queue = new Int32Array(order);
  const last = Math.min(order, (block + 1) * blockSize);
  for (let s = block * blockSize; s < last; s++) {
    dist[s] = 0;
    queue[0] = s;
    let tail = 1;
    let total = 0;
    for (let head = 0; head < tail; head++) {
      const u = queue[head]!;
      const next = dist[u]! + 1;
      for (let k = offsets[u]!, end = offsets[u + 1]!; k < end; k++) {
        const v = targets[k]!;
        if (dist[v] === -1) {
          dist[v] = next;
          total += next;
          queue[tail++] = v;
        }
      }
    }
    for (let q = 0; q < tail; q++) dist[queue[q]!] = -1;
    const count = tail - 1;
    let value = 0;
    if (total > 0 && order > 1) {
      value = count / total;
      if (wassermanFaust === 1) value *= count / (order - 1);
    }
    values[s] = value;
  }
};

/** Blocks of a per-actor job: about 64, of at least 32 actors. */
export function blockSizeFor(count: number): number {
  return Math.max(32, Math.ceil(count / 64));
}

/**
 * Closeness of every actor from the lists of the actors reaching each one, on up to `workers` threads.
 * O(n·(n + m)).
 */
export function closenessValuesOf(
  order: number,
  offsets: Int32Array,
  targets: Int32Array,
  wassermanFaust: boolean,
  workers: number,
): Float64Array {
  const blockSize = blockSizeFor(order);
  const blockCount = Math.ceil(order / blockSize);
  const input: ClosenessInput = {
    order,
    offsets,
    targets,
    blockSize,
    wassermanFaust: wassermanFaust ? 1 : 0,
    values: new Float64Array(order),
  };
  const threads = threadsFor(workers, blockCount, order * (order + targets.length));
  runBlocks(closenessBlock, input, ["values"], blockCount, threads);
  return input.values;
}
