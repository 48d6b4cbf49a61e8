/**
 * Local efficiency (Latora & Marchiori 2001) as a self-contained block kernel for {@link runBlocks}:
 * block b computes the actors `b·blockSize …`, each from its own neighbourhood, so the values are the
 * same whatever the number of threads.
 *
 * @packageDocumentation
 */
import { type BlockKernel, type KernelInput, runBlocks, threadsFor } from "./worker-threads.js";

/** The arguments of {@link localEfficiencyBlock}. */
export interface LocalEfficiencyInput extends KernelInput {
  /** Number of actors n. */
  readonly order: number;
  /** CSR adjacency of the undirected view, neighbour lists sorted. */
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  /** Actors per block (the last block may have fewer). */
  readonly blockSize: number;
  /** Largest degree. */
  readonly maxDegree: number;
  /** Local efficiency by actor, written by the blocks. */
  readonly values: Float64Array;
}

/**
 * For each actor v of the block: the subgraph induced by its d neighbours as a local CSR over 0 … d−1,
 * then a BFS from each neighbour inside it, E_loc(v) = Σ 1/distance / (d (d − 1)); 1 for a clique, 0
 * when d < 2 or no two neighbours are tied.
 */
export const localEfficiencyBlock: BlockKernel<LocalEfficiencyInput> = function localEfficiencyBlock(
  input,
  block,
) {
  const { order, offsets, targets, blockSize, maxDegree, values } = input;
  const owner = new Int32Array(order).fill(-1);
  const local = new Int32Array(order);
  const localOffsets = new Int32Array(maxDegree + 1);
  let localTargets = new Int32Array(Math.max(16, maxDegree));
  const distance = new Int32Array(maxDegree);
  const queue = new Int32Array(maxDegree);
  const last = Math.min(order, (block + 1) * blockSize);
  for (let v = block * blockSize; v < last; v++) {
    const start = offsets[v]!;
    const d = offsets[v + 1]! - start;
    if (d < 2) continue;
    for (let i = 0; i < d; i++) {
      const a = targets[start + i]!;
      owner[a] = v;
      local[a] = i;
    }
    let write = 0;
    for (let i = 0; i < d; i++) {
      localOffsets[i] = write;
      const a = targets[start + i]!;
      for (let k = offsets[a]!, end = offsets[a + 1]!; k < end; k++) {
        const w = targets[k]!;
        if (owner[w] !== v) continue;
        if (write === localTargets.length) {
          const grown = new Int32Array(2 * write);
          grown.set(localTargets);
          localTargets = grown;
        }
        localTargets[write++] = local[w]!;
      }
    }
    localOffsets[d] = write;
    if (write === d * (d - 1)) {
      values[v] = 1;
      continue;
    }
    if (write === 0) continue;
    let total = 0;
    for (let i = 0; i < d; i++) {
      if (localOffsets[i + 1] === localOffsets[i]) continue;
      distance.fill(-1, 0, d);
      distance[i] = 0;
      queue[0] = i;
      let tail = 1;
      for (let head = 0; head < tail; head++) {
        const u = queue[head]!;
        const next = distance[u]! + 1;
        for (let k = localOffsets[u]!, end = localOffsets[u + 1]!; k < end; k++) {
          const x = localTargets[k]!;
          if (distance[x] === -1) {
            distance[x] = next;
            queue[tail++] = x;
          }
        }
      }
      for (let q = 1; q < tail; q++) total += 1 / distance[queue[q]!]!;
    }
    values[v] = total / (d * (d - 1));
  }
};

/**
 * About how many list entries {@link localEfficiencyBlock} reads: Σ_v d(v) · Σ_{a ∈ N(v)} d(a), which
 * bounds both building each neighbourhood and the searches inside it. O(n + m).
 */
export function localEfficiencyWork(order: number, offsets: Int32Array, targets: Int32Array): number {
  let work = 0;
  for (let v = 0; v < order; v++) {
    let reach = 0;
    for (let k = offsets[v]!, end = offsets[v + 1]!; k < end; k++) {
      const a = targets[k]!;
      reach += offsets[a + 1]! - offsets[a]!;
    }
    work += (offsets[v + 1]! - offsets[v]!) * reach;
  }
  return work;
}

/** Local efficiency of every actor of an undirected CSR view, on up to `workers` threads. */
export function localEfficiencyValues(
  order: number,
  offsets: Int32Array,
  targets: Int32Array,
  workers: number,
): Float64Array {
  let maxDegree = 0;
  for (let v = 0; v < order; v++) maxDegree = Math.max(maxDegree, offsets[v + 1]! - offsets[v]!);
  const blockSize = Math.max(32, Math.ceil(order / 64));
  const blockCount = Math.ceil(order / blockSize);
  const input: LocalEfficiencyInput = {
    order,
    offsets,
    targets,
    blockSize,
    maxDegree,
    values: new Float64Array(order),
  };
  const threads = threadsFor(workers, blockCount, localEfficiencyWork(order, offsets, targets));
  runBlocks(localEfficiencyBlock, input, ["values"], blockCount, threads);
  return input.values;
}
