/**
 * An upper bound on what one actor adds to a set's m-step reach, cheap enough to skip the search of
 * every candidate that cannot be the best one (the swap search of `findKeyPlayers` and
 * `findWeaverCandidates` on large ecosystems).
 *
 * @packageDocumentation
 */
import type { Adjacency } from "../internal/bfs.js";

/**
 * Walk counts toward the actors a base set leaves unreached. With X(w) = 1 when w is not within m
 * steps of the base, C₀(u) = X(u) and C_j(u) = X(u) + Σ_{w ∈ N(u)} C_{j−1}(w): C_j(u) counts the
 * walks of at most j steps from u that end on an unreached actor, so it is at least the number of
 * unreached actors within j steps of u. Adding v to the base can newly reach only those, hence
 * gain(v) ≤ C_m(v) − X(v). `prepare` computes C_{m−1} in m − 1 passes over the adjacency
 * (O(m · (n + m_edges))); `of(v)` sums it over v's contacts in O(deg v). Values are capped at the
 * number of actors, which keeps them exact integers and still bounds the gain.
 * @internal
 */
export class ReachBound {
  private readonly inner: Float64Array;
  private readonly scratch: Float64Array;

  constructor(
    private readonly adjacency: Adjacency,
    private readonly order: number,
    private readonly steps: number,
  ) {
    this.inner = new Float64Array(order);
    this.scratch = new Float64Array(order);
  }

  /** Reads the base's distances (−1 = not within `steps`) and computes C_{steps−1}. */
  prepare(baseDistance: Int32Array): void {
    const { offsets, targets } = this.adjacency;
    const n = this.order;
    let current = this.inner;
    let next = this.scratch;
    for (let u = 0; u < n; u++) current[u] = baseDistance[u] === -1 ? 1 : 0;
    for (let j = 1; j < this.steps; j++) {
      for (let u = 0; u < n; u++) {
        let sum = baseDistance[u] === -1 ? 1 : 0;
        for (let e = offsets[u]!, end = offsets[u + 1]!; e < end; e++) sum += current[targets[e]!]!;
        next[u] = Math.min(sum, n);
      }
      const held = current;
      current = next;
      next = held;
    }
    if (current !== this.inner) this.inner.set(current);
  }

  /** An upper bound on the actors v newly brings within `steps` of the base (v itself not counted). */
  of(v: number): number {
    const { offsets, targets } = this.adjacency;
    let sum = 0;
    for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e++) sum += this.inner[targets[e]!]!;
    return sum;
  }
}
