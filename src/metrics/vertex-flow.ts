/**
 * Vertex-disjoint paths by maximum flow on the split graph (Even 1975): the engine of node
 * connectivity, minimum node cuts and k-components.
 *
 * @packageDocumentation
 */

import type { EcosystemView } from "../model/view.js";

/** A capacity no path can exhaust: a tie's arc in the split graph never limits the flow. */
const UNBOUNDED = 0x3fffffff;

/** The least number of actors that separate a set, and one such set of actors. @internal */
export interface NodeCut {
  /** κ: the node connectivity (n − 1 for a complete set of n actors, 0 when it is disconnected). */
  readonly connectivity: number;
  /** Dense indices of a minimum separating set; `null` when none exists (a complete set). */
  readonly cut: Int32Array | null;
}

/**
 * The split graph of a view (undirected, or directed: then only the arcs' own direction), built once and reused for every pair: actor v becomes v_in
 * (2v) and v_out (2v + 1) joined by an arc of capacity 1, and each arc u → w of the view becomes
 * u_out → w_in of unbounded capacity. A flow from s_out to t_in is then a set of paths that share no
 * actor, and its maximum is the number of actors that must go to separate s from t (Menger). Each arc
 * e has its residual reverse e ^ 1. Flows are found by breadth-first augmenting paths (Edmonds–Karp;
 * every augmentation carries 1 through an actor's arc), each O(n + m).
 * @internal
 */
export class VertexFlowNetwork {
  private readonly order: number;
  private readonly view: EcosystemView;
  private readonly head: Int32Array;
  private readonly capacity: Int32Array;
  private readonly flow: Int32Array;
  private readonly arcOffsets: Int32Array;
  private readonly arcIds: Int32Array;
  private readonly parentArc: Int32Array;
  private readonly seen: Int32Array;
  private readonly queue: Int32Array;
  private readonly touched: Int32Array;
  private touchedCount = 0;
  private visit = 0;

  constructor(view: EcosystemView) {
    const { order: n, offsets, targets } = view;
    this.order = n;
    this.view = view;
    const nodes = 2 * n;
    const arcCount = 2 * (n + targets.length);
    this.head = new Int32Array(arcCount);
    this.capacity = new Int32Array(arcCount);
    this.flow = new Int32Array(arcCount);
    const degree = new Int32Array(nodes + 1);
    let e = 0;
    const add = (from: number, to: number, capacity: number) => {
      this.head[e] = to;
      this.capacity[e] = capacity;
      this.head[e + 1] = from;
      degree[from + 1]!++;
      degree[to + 1]!++;
      e += 2;
    };
    for (let v = 0; v < n; v++) add(2 * v, 2 * v + 1, 1);
    for (let u = 0; u < n; u++) {
      for (let k = offsets[u]!, end = offsets[u + 1]!; k < end; k++)
        add(2 * u + 1, 2 * targets[k]!, UNBOUNDED);
    }
    for (let x = 0; x < nodes; x++) degree[x + 1]! += degree[x]!;
    this.arcOffsets = degree;
    this.arcIds = new Int32Array(arcCount);
    const cursor = degree.slice(0, nodes);
    for (let arc = 0; arc < arcCount; arc++) {
      const tail = this.head[arc ^ 1]!;
      this.arcIds[cursor[tail]!++] = arc;
    }
    this.parentArc = new Int32Array(nodes);
    this.seen = new Int32Array(nodes);
    this.queue = new Int32Array(nodes);
    this.touched = new Int32Array(arcCount);
  }

  /**
   * The maximum number of vertex-disjoint paths from s to t (non-adjacent, both present) among the
   * actors marked in `present` (all when `null`), stopping once it reaches `cutoff`.
   */
  localConnectivity(s: number, t: number, present: Uint8Array | null, cutoff = UNBOUNDED): number {
    this.resetFlow();
    let value = 0;
    while (value < cutoff && this.augment(2 * s + 1, 2 * t, present)) value++;
    return value;
  }

  /** A minimum set of actors separating s from t (non-adjacent), as dense indices. */
  localCut(s: number, t: number, present: Uint8Array | null): Int32Array {
    this.localConnectivity(s, t, present);
    // Actors whose in-copy the last (failed) search reached and whose out-copy it did not: the
    // saturated actor arcs on the source side of the minimum cut.
    const cut: number[] = [];
    for (let v = 0; v < this.order; v++) {
      if (this.seen[2 * v] === this.visit && this.seen[2 * v + 1] !== this.visit) cut.push(v);
    }
    return Int32Array.from(cut);
  }

  /**
   * The node connectivity of the actors `members` (marked in `present`) and a minimum cut, by
   * Esfahanian and Hakimi's reduction: with v of least degree, κ is the least of v's degree, of
   * κ(v, w) over the w not adjacent to v, and of κ(x, y) over the non-adjacent pairs of v's
   * neighbours. With `pairLimit`, only that many of those pairs (a seeded sample via `pick`) are tried.
   */
  globalCut(
    members: Int32Array,
    present: Uint8Array,
    pick: ((bound: number) => number) | null = null,
    pairLimit = Number.POSITIVE_INFINITY,
  ): NodeCut {
    const { offsets, targets } = this.view;
    const size = members.length;
    if (size <= 1) return { connectivity: 0, cut: null };
    let v = -1;
    let least = UNBOUNDED;
    const degreeIn = (x: number) => {
      let d = 0;
      for (let k = offsets[x]!, end = offsets[x + 1]!; k < end; k++) if (present[targets[k]!] === 1) d++;
      return d;
    };
    for (let m = 0; m < size; m++) {
      const d = degreeIn(members[m]!);
      if (d < least) {
        least = d;
        v = members[m]!;
      }
    }
    if (least === 0) return { connectivity: 0, cut: new Int32Array(0) };
    const mark = new Uint8Array(this.order);
    for (let k = offsets[v]!, end = offsets[v + 1]!; k < end; k++)
      if (present[targets[k]!] === 1) mark[targets[k]!] = 1;
    const pairs: number[] = [];
    for (let m = 0; m < size; m++) {
      const w = members[m]!;
      if (w !== v && mark[w] === 0) pairs.push(v, w);
    }
    for (let k = offsets[v]!, end = offsets[v + 1]!; k < end; k++) {
      const x = targets[k]!;
      if (present[x] !== 1) continue;
      for (let l = k + 1; l < end; l++) {
        const y = targets[l]!;
        if (present[y] === 1 && !this.adjacent(x, y)) pairs.push(x, y);
      }
    }
    let pairCount = pairs.length / 2;
    if (pick !== null && pairCount > pairLimit) {
      // A partial Fisher–Yates shuffle of the pairs: the first pairLimit are a uniform sample.
      for (let p = 0; p < pairLimit; p++) {
        const q = p + pick(pairCount - p);
        const a = pairs[2 * p]!;
        const b = pairs[2 * p + 1]!;
        pairs[2 * p] = pairs[2 * q]!;
        pairs[2 * p + 1] = pairs[2 * q + 1]!;
        pairs[2 * q] = a;
        pairs[2 * q + 1] = b;
      }
      pairCount = pairLimit;
    }
    let best = least;
    let bestPair = -1;
    for (let p = 0; p < pairCount; p++) {
      const value = this.localConnectivity(pairs[2 * p]!, pairs[2 * p + 1]!, present, best);
      if (value < best) {
        best = value;
        bestPair = p;
      }
    }
    if (bestPair !== -1) {
      return {
        connectivity: best,
        cut: this.localCut(pairs[2 * bestPair]!, pairs[2 * bestPair + 1]!, present),
      };
    }
    if (least === size - 1) return { connectivity: least, cut: null };
    // No pair does better than v's degree: v's neighbours cut it off.
    const cut: number[] = [];
    for (let k = offsets[v]!, end = offsets[v + 1]!; k < end; k++)
      if (present[targets[k]!] === 1) cut.push(targets[k]!);
    return { connectivity: least, cut: Int32Array.from(cut) };
  }

  /**
   * The node connectivity of a strongly connected directed view and a minimum cut: the least number
   * of actors whose removal leaves the rest not strongly connected. With any actor v, a minimum set S
   * either spares v — then some w cannot be reached from v, or cannot reach v, in the view without S:
   * pairs (v, w) and (w, v) — or holds v, and then (as S minus v separates nothing) v has an
   * in-neighbour x that S cuts off from an out-neighbour y: pairs (x, y). v is chosen to minimise
   * in-degree · out-degree, the number of (x, y) pairs. The least in- or out-degree bounds κ from above.
   */
  directedGlobalCut(): NodeCut {
    const { order: n, offsets, inOffsets, sources, targets } = this.view;
    if (n <= 1) return { connectivity: 0, cut: null };
    let v = 0;
    let bounding = 0;
    let bound = UNBOUNDED;
    let leastProduct = Number.POSITIVE_INFINITY;
    for (let x = 0; x < n; x++) {
      const outDegree = offsets[x + 1]! - offsets[x]!;
      const inDegree = inOffsets[x + 1]! - inOffsets[x]!;
      if (outDegree * inDegree < leastProduct) {
        leastProduct = outDegree * inDegree;
        v = x;
      }
      if (Math.min(outDegree, inDegree) < bound) {
        bound = Math.min(outDegree, inDegree);
        bounding = x;
      }
    }
    const pairs: number[] = [];
    for (let w = 0; w < n; w++) {
      if (w === v) continue;
      if (!this.adjacent(v, w)) pairs.push(v, w);
      if (!this.adjacent(w, v)) pairs.push(w, v);
    }
    for (let k = inOffsets[v]!, end = inOffsets[v + 1]!; k < end; k++) {
      const x = sources[k]!;
      for (let l = offsets[v]!, stop = offsets[v + 1]!; l < stop; l++) {
        const y = targets[l]!;
        if (x !== y && !this.adjacent(x, y)) pairs.push(x, y);
      }
    }
    let best = bound;
    let bestPair = -1;
    for (let p = 0; p < pairs.length; p += 2) {
      const value = this.localConnectivity(pairs[p]!, pairs[p + 1]!, null, best);
      if (value < best) {
        best = value;
        bestPair = p;
      }
    }
    if (bestPair !== -1) {
      return { connectivity: best, cut: this.localCut(pairs[bestPair]!, pairs[bestPair + 1]!, null) };
    }
    if (bound === n - 1) return { connectivity: bound, cut: null };
    // No pair does better than the least degree: that actor's out- (or in-) neighbours isolate it.
    const outward = offsets[bounding + 1]! - offsets[bounding]! === bound;
    const cut = outward
      ? targets.slice(offsets[bounding]!, offsets[bounding + 1]!)
      : sources.slice(inOffsets[bounding]!, inOffsets[bounding + 1]!);
    return { connectivity: bound, cut };
  }

  /** Whether x and y are tied — in the directed view, whether the arc x → y exists (binary search in x's sorted out-neighbours). */
  adjacent(x: number, y: number): boolean {
    const { offsets, targets } = this.view;
    let lo = offsets[x]!;
    let hi = offsets[x + 1]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const value = targets[mid]!;
      if (value === y) return true;
      if (value < y) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }

  private resetFlow(): void {
    for (let i = 0; i < this.touchedCount; i++) {
      const arc = this.touched[i]!;
      this.flow[arc] = 0;
      this.flow[arc ^ 1] = 0;
    }
    this.touchedCount = 0;
  }

  /** One breadth-first augmenting path from `source` to `sink` in the residual graph; false if none. */
  private augment(source: number, sink: number, present: Uint8Array | null): boolean {
    const { head, capacity, flow, arcOffsets, arcIds, parentArc, seen, queue } = this;
    const visit = ++this.visit;
    seen[source] = visit;
    let tail = 0;
    queue[tail++] = source;
    for (let q = 0; q < tail; q++) {
      const x = queue[q]!;
      for (let k = arcOffsets[x]!, end = arcOffsets[x + 1]!; k < end; k++) {
        const arc = arcIds[k]!;
        const y = head[arc]!;
        if (seen[y] === visit || capacity[arc]! - flow[arc]! <= 0) continue;
        if (present !== null && present[y >> 1] !== 1) continue;
        seen[y] = visit;
        parentArc[y] = arc;
        if (y === sink) {
          for (let at = sink; at !== source; ) {
            const back = parentArc[at]!;
            if (flow[back] === 0 && flow[back ^ 1] === 0) this.touched[this.touchedCount++] = back;
            flow[back]!++;
            flow[back ^ 1]!--;
            at = head[back ^ 1]!;
          }
          return true;
        }
        queue[tail++] = y;
      }
    }
    return false;
  }
}
