/**
 * Brandes' accumulation of shortest-path dependencies on the view's CSR arrays, by hop counts (BFS)
 * or by tie lengths (Dijkstra), into actors and into arcs: the kernel that weighted betweenness and
 * edge betweenness share.
 *
 * @packageDocumentation
 */

import { IndexMinHeap } from "../internal/binary-heap.js";
import { InvalidOptionError } from "../model/errors.js";
import type { EcosystemView } from "../model/view.js";

/**
 * How shortest paths read tie weights: `"ignore"` counts hops; `"length"` reads the view's weight of
 * a pair (the summed weights of its parallel ties) as its length, so heavier ties are longer.
 */
export type PathWeights = "ignore" | "length";

/** Refuses a `weights` value that is not a {@link PathWeights}. @internal */
export function checkPathWeights(fn: string, weights: unknown): PathWeights {
  if (weights === "ignore" || weights === "length") return weights;
  throw new InvalidOptionError(`${fn}: weights ${JSON.stringify(weights)} must be "ignore" or "length"`);
}

/**
 * For each position l of the in-lists (`sources`), the position in the out-lists (`targets`) of the
 * same arc. Transposing in the order the view built its in-lists (tails ascending) finds it in O(m);
 * on an undirected view it maps each half of an edge to its twin.
 */
export function inArcPositions(view: EcosystemView): Int32Array {
  const { order, offsets, targets, inOffsets } = view;
  const positions = new Int32Array(targets.length);
  const cursor = inOffsets.slice(0, order);
  for (let tail = 0; tail < order; tail++) {
    for (let k = offsets[tail]!, end = offsets[tail + 1]!; k < end; k++) {
      positions[cursor[targets[k]!]!++] = k;
    }
  }
  return positions;
}

/** Where a pass of {@link accumulatePathDependencies} adds its dependencies; either may be `null`. */
export interface DependencySinks {
  /** By actor: Σ_s δ_s(v), endpoints excluded. */
  readonly actors: Float64Array | null;
  /** By out-list position of the arc v → w: Σ_s Σ_t σ_st(v → w) / σ_st. */
  readonly arcs: Float64Array | null;
}

/**
 * Adds, for every source actor (or only those of `sources`, pivots of an estimate), Brandes'
 * dependencies into `sinks`. Paths are counted in hops (BFS),
 * or with `byLength` in summed tie lengths, the view's weights (Dijkstra with a binary heap). Predecessors are found
 * again on the in-lists (dist[v] + len(v, w) = dist[w], the same floating-point sum as when w was
 * reached) rather than stored, so nothing is allocated per source. Iterative; O(n · (n + m)) by hops,
 * O(n · (m + n) log n) by lengths.
 */
export function accumulatePathDependencies(
  view: EcosystemView,
  byLength: boolean,
  sinks: DependencySinks,
  sources: Int32Array | null = null,
): void {
  const { order: n, offsets, targets, weights, inOffsets, sources: tails, inWeights } = view;
  const arcOf = sinks.arcs === null ? null : inArcPositions(view);
  const dist = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const settled = new Int32Array(n);
  const done = new Uint8Array(n);
  const heap = byLength ? new IndexMinHeap(n) : null;
  const { actors, arcs } = sinks;

  const passes = sources === null ? n : sources.length;
  for (let pass = 0; pass < passes; pass++) {
    const s = sources === null ? pass : sources[pass]!;
    dist[s] = 0;
    sigma[s] = 1;
    let count = 0;
    if (heap === null) {
      settled[count++] = s;
      for (let head = 0; head < count; head++) {
        const u = settled[head]!;
        const next = dist[u]! + 1;
        const sigmaU = sigma[u]!;
        for (let k = offsets[u]!, end = offsets[u + 1]!; k < end; k++) {
          const v = targets[k]!;
          if (dist[v] === Number.POSITIVE_INFINITY) {
            dist[v] = next;
            settled[count++] = v;
          }
          if (dist[v] === next) sigma[v]! += sigmaU;
        }
      }
    } else {
      heap.push(s, 0);
      while (heap.size > 0) {
        const u = heap.pop();
        done[u] = 1;
        settled[count++] = u;
        const distU = dist[u]!;
        const sigmaU = sigma[u]!;
        for (let k = offsets[u]!, end = offsets[u + 1]!; k < end; k++) {
          const v = targets[k]!;
          if (done[v] === 1) continue;
          const through = distU + weights[k]!;
          if (through < dist[v]!) {
            dist[v] = through;
            sigma[v] = sigmaU;
            heap.push(v, through);
          } else if (through === dist[v]) {
            sigma[v]! += sigmaU;
          }
        }
      }
    }
    // Settled order is non-decreasing in distance: every successor of w is done before w.
    for (let q = count - 1; q > 0; q--) {
      const w = settled[q]!;
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      const distW = dist[w]!;
      for (let l = inOffsets[w]!, end = inOffsets[w + 1]!; l < end; l++) {
        const v = tails[l]!;
        const viaV = heap === null ? dist[v]! + 1 : dist[v]! + inWeights[l]!;
        if (viaV !== distW) continue;
        const c = sigma[v]! * coefficient;
        delta[v]! += c;
        if (arcs !== null) arcs[arcOf![l]!]! += c;
      }
      if (actors !== null) actors[w]! += delta[w]!;
    }
    for (let q = 0; q < count; q++) {
      const v = settled[q]!;
      dist[v] = Number.POSITIVE_INFINITY;
      sigma[v] = 0;
      delta[v] = 0;
      done[v] = 0;
    }
  }
}
