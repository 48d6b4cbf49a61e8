/**
 * Reverse-reachable (RR) sets (Borgs, Brautbar, Chayes & Lucier 2014; Tang, Shi & Xiao 2015): the
 * actors from whom a random actor would be reached in one random live-edge graph. An actor set S
 * reaches n · P(S meets a random RR set) actors in expectation, so seed selection becomes coverage.
 *
 * @packageDocumentation
 */
import { mix32, nodeKeyOf, runKeyOf, UNIT } from "./coins.js";
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
   * Draws sets until there are `target` of them; set number s draws with the counter-based coins of
   * key (seed, s), like a cascade's run (coins.ts). O(total size of the new sets + their in-arcs).
   */
  fill(target: number, seed: number): void {
    const n = this.graph.order;
    while (this.count < target) {
      const setKey = runKeyOf(seed, this.count);
      const root = Math.floor(mix32(setKey ^ 0x3c6ef372) * UNIT * n);
      if (this.graph.model === "linear-threshold") this.drawLinearThreshold(root, setKey);
      else this.drawIndependentCascade(root, setKey);
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
   * Independent cascade: breadth-first over in-arcs, each live when its coin falls below its limit.
   * The hash is written out in the loop, as in cascade.ts, for speed.
   */
  private drawIndependentCascade(root: number, setKey: number): void {
    const { inOffsets, sources, inLimit, inArcKey } = this.graph;
    const stamp = ++this.stamp;
    const seen = this.seen;
    this.grow(1);
    let members = this.members;
    let size = this.size;
    members[size++] = root;
    seen[root] = stamp;
    for (let h = this.size; h < size; h++) {
      const v = members[h]!;
      const begin = inOffsets[v]!;
      const end = inOffsets[v + 1]!;
      if (size + end - begin > members.length) {
        this.size = size;
        this.grow(end - begin);
        members = this.members;
      }
      for (let e = begin; e < end; e++) {
        const u = sources[e]!;
        if (seen[u] === stamp) continue;
        let x = inArcKey[e]! ^ setKey;
        x ^= x >>> 16;
        x = Math.imul(x, 0x7feb352d);
        x ^= x >>> 15;
        x = Math.imul(x, 0x846ca68b);
        x ^= x >>> 16;
        if (x >>> 0 < inLimit[e]!) {
          seen[u] = stamp;
          members[size++] = u;
        }
      }
    }
    this.size = size;
    this.close(root);
  }

  /** Linear threshold: a reverse walk, each actor keeping one in-arc with probability its weight. */
  private drawLinearThreshold(root: number, setKey: number): void {
    const { inOffsets, sources, inChance } = this.graph;
    const stamp = ++this.stamp;
    const seen = this.seen;
    let v = root;
    seen[v] = stamp;
    this.grow(1);
    this.members[this.size++] = v;
    for (;;) {
      const draw = mix32(nodeKeyOf(v) ^ setKey) * UNIT;
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
