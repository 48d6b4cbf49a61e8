/**
 * Reverse-reachable (RR) sets (Borgs, Brautbar, Chayes & Lucier 2014; Tang, Shi & Xiao 2015): the
 * actors from whom a random actor would be reached in one random live-edge graph. An actor set S
 * reaches n · P(S meets a random RR set) actors in expectation, so seed selection becomes coverage.
 *
 * @packageDocumentation
 */
import type { Random } from "../internal/rng.js";
import type { SpreadGraph } from "./spread-graph.js";

/** A growing collection of RR sets, flat in typed arrays. @internal */
export class RrSets {
  /** Members of set s: `members[starts[s] … starts[s+1]−1]`. */
  members = new Int32Array(1024);
  starts = new Int32Array(1025);
  /** The random actor each set was drawn for. */
  roots = new Int32Array(1024);
  count = 0;
  size = 0;
  private readonly seen: Int32Array;
  private stamp = 0;

  constructor(private readonly graph: SpreadGraph) {
    this.seen = new Int32Array(graph.order);
  }

  /**
   * Draws sets from `random` until there are `target` of them. The actors and their in-arcs are
   * visited in sorted order, so the sets do not depend on file order. O(total size of the new sets
   * + the in-arcs tried).
   */
  fill(target: number, random: Random): void {
    const n = this.graph.order;
    while (this.count < target) {
      const root = Math.floor(random() * n);
      if (this.graph.model === "linear-threshold") this.drawLinearThreshold(root, random);
      else this.drawIndependentCascade(root, random);
    }
  }

  private grow(extra: number): void {
    if (this.size + extra > this.members.length) {
      let capacity = this.members.length * 2;
      while (capacity < this.size + extra) capacity *= 2;
      const members = new Int32Array(capacity);
      members.set(this.members.subarray(0, this.size));
      this.members = members;
    }
  }

  private close(root: number): void {
    const s = this.count++;
    if (this.count >= this.roots.length) {
      const roots = new Int32Array(this.roots.length * 2);
      roots.set(this.roots);
      this.roots = roots;
      const starts = new Int32Array(this.roots.length + 1);
      starts.set(this.starts.subarray(0, s + 1));
      this.starts = starts;
    }
    this.roots[s] = root;
    this.starts[s + 1] = this.size;
  }

  /**
   * Independent cascade: breadth-first over in-arcs, each live with its chance. As in the forward
   * cascade (cascade.ts), the next in-arc to try is found by a geometric skip at the row's largest
   * chance, then kept with probability chance / largest: one draw per arc tried, not per arc.
   */
  private drawIndependentCascade(root: number, random: Random): void {
    const { inOffsets, sources, inChance, inRowMaxChance, inRowLogMiss } = this.graph;
    const stamp = ++this.stamp;
    const seen = this.seen;
    this.grow(1);
    let members = this.members;
    let size = this.size;
    members[size++] = root;
    seen[root] = stamp;
    for (let h = this.size; h < size; h++) {
      const v = members[h]!;
      const most = inRowMaxChance[v]!;
      if (most === 0) continue;
      const begin = inOffsets[v]!;
      const end = inOffsets[v + 1]!;
      if (size + end - begin > members.length) {
        this.size = size;
        this.grow(end - begin);
        members = this.members;
      }
      if (most > 0.5) {
        for (let e = begin; e < end; e++) {
          const u = sources[e]!;
          if (seen[u] !== stamp && random() < inChance[e]!) {
            seen[u] = stamp;
            members[size++] = u;
          }
        }
        continue;
      }
      const logMiss = inRowLogMiss[v]!;
      let e = begin - 1;
      for (;;) {
        e += 1 + Math.floor(Math.log(1 - random()) / logMiss);
        if (e >= end) break;
        const c = inChance[e]!;
        if (c < most && random() * most >= c) continue;
        const u = sources[e]!;
        if (seen[u] !== stamp) {
          seen[u] = stamp;
          members[size++] = u;
        }
      }
    }
    this.size = size;
    this.close(root);
  }

  /** Linear threshold: a reverse walk, each actor keeping one in-arc with probability its weight. */
  private drawLinearThreshold(root: number, random: Random): void {
    const { inOffsets, sources, inChance } = this.graph;
    const stamp = ++this.stamp;
    const seen = this.seen;
    let v = root;
    seen[v] = stamp;
    this.grow(1);
    this.members[this.size++] = v;
    for (;;) {
      const draw = random();
      let cumulative = 0;
      let chosen = -1;
      for (let e = inOffsets[v]!, end = inOffsets[v + 1]!; e < end; e++) {
        cumulative += inChance[e]!;
        if (draw < cumulative) {
          chosen = sources[e]!;
          break;
        }
      }
      if (chosen === -1 || seen[chosen] === stamp) break;
      seen[chosen] = stamp;
      this.grow(1);
      this.members[this.size++] = chosen;
      v = chosen;
    }
    this.close(root);
  }
}

/**
 * The sets that contain each actor: `setsOf[offsets[v] … offsets[v+1]−1]`, ascending. O(n + size).
 * @internal
 */
export function invertRrSets(sets: RrSets, order: number): { offsets: Int32Array; setsOf: Int32Array } {
  const offsets = new Int32Array(order + 1);
  for (let k = 0; k < sets.size; k++) offsets[sets.members[k]! + 1]!++;
  for (let v = 0; v < order; v++) offsets[v + 1]! += offsets[v]!;
  const setsOf = new Int32Array(sets.size);
  const cursor = offsets.slice(0, order);
  for (let s = 0; s < sets.count; s++) {
    for (let k = sets.starts[s]!, end = sets.starts[s + 1]!; k < end; k++)
      setsOf[cursor[sets.members[k]!]!++] = s;
  }
  return { offsets, setsOf };
}
