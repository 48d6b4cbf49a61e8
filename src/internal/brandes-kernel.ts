/**
 * Brandes' accumulation of shortest-path (hop) dependencies as a self-contained block kernel for
 * {@link runBlocks}: block b takes the sources `sources[b·blockSize …]` and adds their dependencies into
 * its own slot of `partials`. The caller sums the slots in block order, so the values do not depend on
 * how many threads ran the blocks.
 *
 * @packageDocumentation
 */
import { type BlockKernel, type KernelInput, runBlocks, threadsFor } from "./worker-threads.js";

/** The arguments of {@link brandesBlock}. */
export interface BrandesInput extends KernelInput {
  /** Number of actors n. */
  readonly order: number;
  /** CSR out-adjacency: the out-neighbours of u are `targets[offsets[u] … offsets[u+1]]`. */
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  /** The sources (pivots) of the whole job. */
  readonly sources: Int32Array;
  /** Sources per block (the last block may have fewer). */
  readonly blockSize: number;
  /** Block b's dependency sums, `partials[b·n + v]` for actor v; zero at first. */
  readonly partials: Float64Array;
}

/**
 * Brandes' algorithm from each source of the block, written so the backward pass needs neither the
 * in-lists nor a distance test: the forward BFS records each actor's successors on shortest paths
 * (they come out of its own neighbour scan, so they are contiguous), and the backward pass uses
 * c(w) = 1/σ(w) + t(w), t(w) = Σ_{x ∈ succ(w)} c(x), so that δ(w) = σ(w)·t(w) (Brandes 2001, eq. 6,
 * with σ(w) factored out). Iterative, O(k·(n + m)) for k sources; O(n + m) buffers per block.
 */
export const brandesBlock: BlockKernel<BrandesInput> = function brandesBlock(input, block) {
  const { order, offsets, targets, sources, blockSize, partials } = input;
  const dist = new Int32Array(order).fill(-1);
  const sigma = new Float64Array(order);
  const coefficient = new Float64Array(order);
  const queue = new Int32Array(order);
  const successors = new Int32Array(targets.length);
  const bounds = new Int32Array(order + 1);
  const base = block * order;
  const last = Math.min(sources.length, (block + 1) * blockSize);
  for (let p = block * blockSize; p < last; p++) {
    const s = sources[p]!;
    dist[s] = 0;
    sigma[s] = 1;
    queue[0] = s;
    let tail = 1;
    let count = 0;
    for (let head = 0; head < tail; head++) {
      const u = queue[head]!;
      const next = dist[u]! + 1;
      const sigmaU = sigma[u]!;
      bounds[head] = count;
      for (let k = offsets[u]!, end = offsets[u + 1]!; k < end; k++) {
        const v = targets[k]!;
        const dv = dist[v]!;
        if (dv === -1) {
          // σ(v) is set on discovery, so nothing needs clearing between sources but the distances.
          dist[v] = next;
          sigma[v] = sigmaU;
          queue[tail++] = v;
          successors[count++] = v;
        } else if (dv === next) {
          sigma[v]! += sigmaU;
          successors[count++] = v;
        }
      }
    }
    bounds[tail] = count;
    // Reverse BFS order: every successor of w is done before w.
    for (let q = tail - 1; q > 0; q--) {
      const w = queue[q]!;
      let sum = 0;
      for (let j = bounds[q]!, end = bounds[q + 1]!; j < end; j++) sum += coefficient[successors[j]!]!;
      const sigmaW = sigma[w]!;
      partials[base + w]! += sigmaW * sum;
      coefficient[w] = 1 / sigmaW + sum;
      dist[w] = -1;
    }
    dist[s] = -1;
  }
};

/** Most blocks a job is cut into: enough to balance a few threads, few enough to sum quickly. */
const MAX_BLOCKS = 64;
/** Fewest sources per block, so a block's fixed costs stay small against its searches. */
const MIN_BLOCK_SIZE = 32;
/** Most doubles held in the blocks' partial sums together (64 MB). */
const MAX_PARTIAL_DOUBLES = 2 ** 23;

/**
 * Σ over `sources` of Brandes' dependencies δ_s(v), by actor, on `threads` threads. The sources are cut
 * into blocks by their number alone and the blocks' sums added in block order, so the result is the
 * same, bit for bit, whatever the number of threads. O(k·(n + m)) time, O(B·n) memory for B ≤ 64 blocks.
 */
export function dependencySums(
  order: number,
  offsets: Int32Array,
  targets: Int32Array,
  sources: Int32Array,
  workers: number,
): Float64Array {
  const k = sources.length;
  const values = new Float64Array(order);
  if (k === 0 || order === 0) return values;
  const mostBlocks = Math.max(1, Math.min(MAX_BLOCKS, Math.floor(MAX_PARTIAL_DOUBLES / order)));
  const blockSize = Math.max(MIN_BLOCK_SIZE, Math.ceil(k / mostBlocks));
  const blockCount = Math.ceil(k / blockSize);
  const input: BrandesInput = {
    order,
    offsets,
    targets,
    sources,
    blockSize,
    partials: new Float64Array(blockCount * order),
  };
  const threads = threadsFor(workers, blockCount, k * (order + targets.length));
  runBlocks(brandesBlock, input, ["partials"], blockCount, threads);
  const { partials } = input;
  for (let b = 0; b < blockCount; b++) {
    const base = b * order;
    for (let v = 0; v < order; v++) values[v]! += partials[base + v]!;
  }
  return values;
}
