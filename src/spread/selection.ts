/**
 * Seed selection on RR sets: plain greedy maximum coverage for expected reach (its marginal gains
 * are kept exact by decrementing coverage counts), and CELF lazy greedy (Leskovec et al. 2007) for
 * the group objective, whose marginal gains are costlier to recompute.
 *
 * @packageDocumentation
 */
import type { RrSets } from "./rr-sets.js";

/** A greedy selection: seeds in order picked, each with its marginal gain in objective units. @internal */
export interface Selection {
  readonly seeds: number[];
  readonly gains: number[];
  /** Number of RR sets the seeds cover. */
  readonly covered: number;
  /** Covered RR sets by the root's group (group selection only). */
  readonly coveredByGroup: Float64Array | null;
}

/**
 * Greedy maximum coverage: k times, the actor in the most uncovered sets (ties by lower index, that
 * is by id). O(k·n + total size of the sets). Gains are in covered sets.
 * @internal
 */
export function greedyCoverage(
  sets: RrSets,
  inverted: { offsets: Int32Array; setsOf: Int32Array },
  order: number,
  k: number,
): Selection {
  const coverage = new Int32Array(order);
  for (let v = 0; v < order; v++) coverage[v] = inverted.offsets[v + 1]! - inverted.offsets[v]!;
  const covered = new Uint8Array(sets.count);
  const chosen = new Uint8Array(order);
  const seeds: number[] = [];
  const gains: number[] = [];
  let total = 0;
  for (let pick = 0; pick < k; pick++) {
    let best = -1;
    for (let v = 0; v < order; v++) {
      if (chosen[v] === 0 && (best === -1 || coverage[v]! > coverage[best]!)) best = v;
    }
    if (best === -1) break;
    chosen[best] = 1;
    seeds.push(best);
    gains.push(coverage[best]!);
    total += coverage[best]!;
    for (let j = inverted.offsets[best]!, end = inverted.offsets[best + 1]!; j < end; j++) {
      const s = inverted.setsOf[j]!;
      if (covered[s] === 1) continue;
      covered[s] = 1;
      for (let q = sets.starts[s]!, stop = sets.starts[s + 1]!; q < stop; q++) coverage[sets.members[q]!]!--;
    }
  }
  return { seeds, gains, covered: total, coveredByGroup: null };
}

/** A max-heap of actor indices by key, ties by lower index. */
class KeyHeap {
  private readonly items: Int32Array;
  private length = 0;

  constructor(
    capacity: number,
    private readonly key: Float64Array,
  ) {
    this.items = new Int32Array(capacity);
  }

  private above(a: number, b: number): boolean {
    const ka = this.key[a]!;
    const kb = this.key[b]!;
    return ka > kb || (ka === kb && a < b);
  }

  get size(): number {
    return this.length;
  }

  peek(): number {
    return this.items[0]!;
  }

  push(item: number): void {
    let at = this.length++;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!this.above(item, this.items[parent]!)) break;
      this.items[at] = this.items[parent]!;
      at = parent;
    }
    this.items[at] = item;
  }

  pop(): number {
    const top = this.items[0]!;
    const last = this.items[--this.length]!;
    let at = 0;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= this.length) break;
      if (child + 1 < this.length && this.above(this.items[child + 1]!, this.items[child]!)) child++;
      if (!this.above(this.items[child]!, last)) break;
      this.items[at] = this.items[child]!;
      at = child;
    }
    if (this.length > 0) this.items[at] = last;
    return top;
  }
}

/**
 * CELF lazy greedy for Σ_g min(c_g / cap_g, 1), c_g the covered sets rooted in group g: a monotone
 * submodular function (a sum of truncated coverages), so a stale gain is an upper bound and the top
 * of the heap, once fresh, is the greedy pick. Gains are in objective units (groups at their target).
 * @internal
 */
export function celfGroupCoverage(
  sets: RrSets,
  inverted: { offsets: Int32Array; setsOf: Int32Array },
  order: number,
  k: number,
  groupOfRoot: Int32Array,
  caps: Float64Array,
): Selection {
  const groups = caps.length;
  const coveredByGroup = new Float64Array(groups);
  const delta = new Float64Array(groups);
  const touched: number[] = [];
  const covered = new Uint8Array(sets.count);
  const gain = new Float64Array(order);
  const freshAt = new Int32Array(order).fill(-1);

  const progressOf = (g: number, count: number): number => Math.min(count / caps[g]!, 1);
  const marginal = (v: number): number => {
    touched.length = 0;
    for (let j = inverted.offsets[v]!, end = inverted.offsets[v + 1]!; j < end; j++) {
      const s = inverted.setsOf[j]!;
      if (covered[s] === 1) continue;
      const g = groupOfRoot[s]!;
      if (delta[g] === 0) touched.push(g);
      delta[g]!++;
    }
    let sum = 0;
    for (const g of touched) {
      sum += progressOf(g, coveredByGroup[g]! + delta[g]!) - progressOf(g, coveredByGroup[g]!);
      delta[g] = 0;
    }
    return sum;
  };

  const heap = new KeyHeap(order, gain);
  for (let v = 0; v < order; v++) {
    gain[v] = marginal(v);
    freshAt[v] = 0;
    heap.push(v);
  }
  const seeds: number[] = [];
  const gains: number[] = [];
  let total = 0;
  while (seeds.length < k && heap.size > 0) {
    const top = heap.peek();
    if (freshAt[top] !== seeds.length) {
      heap.pop();
      gain[top] = marginal(top);
      freshAt[top] = seeds.length;
      heap.push(top);
      continue;
    }
    heap.pop();
    seeds.push(top);
    gains.push(gain[top]!);
    for (let j = inverted.offsets[top]!, end = inverted.offsets[top + 1]!; j < end; j++) {
      const s = inverted.setsOf[j]!;
      if (covered[s] === 1) continue;
      covered[s] = 1;
      coveredByGroup[groupOfRoot[s]!]!++;
      total++;
    }
  }
  return { seeds, gains, covered: total, coveredByGroup };
}
