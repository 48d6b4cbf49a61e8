/**
 * Global efficiency kept up to date while actors leave one by one (decremental breadth-first search),
 * for robustness curves. One distance row per source; removing an actor repairs only the distances
 * that change, instead of searching again from every source.
 */
import type { Adjacency } from "./bfs.js";

/** Largest number of stored distances (sources × actors) before the tracker searches afresh each time. */
export const REMOVAL_EFFICIENCY_MAX_CELLS = 1 << 24;

const INFINITE = 0x7fffffff;

/** Efficiency sums over a set of sources, kept while actors are removed. */
export interface EfficiencyTracker {
  /** Σ over the current sources s of Σ_{v ≠ s reached} 1 / d(s, v) among the present actors. */
  total(): number;
  /** Number of current sources (for a tracker that searches afresh: those of the last `total()`). */
  sources(): number;
  /** Records that `v` has left; `present[v]` must already be 0. */
  remove(v: number): void;
}

/** Full BFS over present actors from `source` into `row`; returns Σ 1/d over the reached actors ≠ source. */
function searchRow(
  adjacency: Adjacency,
  present: Uint8Array,
  source: number,
  row: Int32Array,
  queue: Int32Array,
): number {
  row.fill(-1);
  row[source] = 0;
  queue[0] = source;
  let tail = 1;
  let sum = 0;
  const { offsets, targets } = adjacency;
  for (let head = 0; head < tail; head++) {
    const u = queue[head]!;
    const next = row[u]! + 1;
    for (let k = offsets[u]!, end = offsets[u + 1]!; k < end; k++) {
      const v = targets[k]!;
      if (present[v] === 1 && row[v] === -1) {
        row[v] = next;
        queue[tail++] = v;
        sum += 1 / next;
      }
    }
  }
  return sum;
}

/**
 * A tracker over `k` sources: the first `k` present actors of `sourceOrder`; a source that leaves is
 * replaced by the next present actor of the order (so the sources are always the first k present).
 *
 * Removing v from the row of source s (unit weights; Ramalingam & Reps' decremental scheme): an actor w
 * with d(w) = d(v) + 1 … is *affected* when none of its present, unaffected neighbours u has
 * d(u) = d(w) − 1; candidates are examined level by level from d(v) + 1, so the parents' status is final.
 * Affected actors get new distances by a level-ordered search seeded with min(d(u) + 1) over their
 * unaffected neighbours; those it does not reach become unreachable. Cost: the degrees of the affected
 * actors and their candidates, not O(n + m). Above `maxCells` stored distances (k · n) the tracker
 * keeps nothing and searches afresh from every source on each `total()`.
 */
export function createEfficiencyTracker(
  adjacency: Adjacency,
  present: Uint8Array,
  sourceOrder: Int32Array,
  k: number,
  maxCells = REMOVAL_EFFICIENCY_MAX_CELLS,
): EfficiencyTracker {
  const n = present.length;
  const queue = new Int32Array(n);
  const { offsets, targets } = adjacency;
  let pointer = 0;
  const nextSource = (isSource: Uint8Array): number => {
    while (pointer < sourceOrder.length) {
      const s = sourceOrder[pointer++]!;
      if (present[s] === 1 && isSource[s] === 0) return s;
    }
    return -1;
  };

  if (k * n > maxCells) {
    // Too many cells to store: search afresh from the first k present actors of the order.
    const row = new Int32Array(n);
    let used = 0;
    return {
      total() {
        let sum = 0;
        used = 0;
        for (let p = 0; p < sourceOrder.length && used < k; p++) {
          const s = sourceOrder[p]!;
          if (present[s] === 0) continue;
          used++;
          sum += searchRow(adjacency, present, s, row, queue);
        }
        return sum;
      },
      sources: () => used,
      remove() {},
    };
  }

  const isSource = new Uint8Array(n);
  const slotOf = new Int32Array(n).fill(-1);
  const source = new Int32Array(k).fill(-1);
  const sums = new Float64Array(k);
  const distances = new Int32Array(k * n);
  let used = 0;
  const fill = (slot: number) => {
    const s = nextSource(isSource);
    source[slot] = s;
    if (s === -1) {
      sums[slot] = 0;
      return;
    }
    isSource[s] = 1;
    slotOf[s] = slot;
    used++;
    sums[slot] = searchRow(adjacency, present, s, distances.subarray(slot * n, (slot + 1) * n), queue);
  };
  for (let slot = 0; slot < k; slot++) fill(slot);

  // Scratch of the repair, reset after each row.
  const affected = new Uint8Array(n);
  const done = new Uint8Array(n);
  const key = new Int32Array(n).fill(INFINITE);
  const stamp = new Int32Array(n);
  let stampValue = 0;
  let current: number[] = [];
  let next: number[] = [];
  const affectedList: number[] = [];

  const repair = (slot: number, v: number) => {
    const row = distances.subarray(slot * n, (slot + 1) * n);
    const dv = row[v]!;
    if (dv === -1) return;
    let sum = sums[slot]! - 1 / dv;
    row[v] = -1;
    stampValue++;
    current.length = 0;
    for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e++) {
      const w = targets[e]!;
      if (present[w] === 1 && row[w] === dv + 1 && stamp[w] !== stampValue) {
        stamp[w] = stampValue;
        current.push(w);
      }
    }
    affectedList.length = 0;
    while (current.length > 0) {
      next.length = 0;
      for (const w of current) {
        const parent = row[w]! - 1;
        let supported = false;
        for (let e = offsets[w]!, end = offsets[w + 1]!; e < end; e++) {
          const u = targets[e]!;
          if (present[u] === 1 && affected[u] === 0 && row[u] === parent) {
            supported = true;
            break;
          }
        }
        if (supported) continue;
        affected[w] = 1;
        affectedList.push(w);
        const child = row[w]! + 1;
        for (let e = offsets[w]!, end = offsets[w + 1]!; e < end; e++) {
          const x = targets[e]!;
          if (present[x] === 1 && row[x] === child && stamp[x] !== stampValue) {
            stamp[x] = stampValue;
            next.push(x);
          }
        }
      }
      [current, next] = [next, current];
    }
    if (affectedList.length === 0) {
      sums[slot] = sum;
      return;
    }
    // New distances: seed each affected actor from its unaffected neighbours, then search by level.
    for (const w of affectedList) {
      sum -= 1 / row[w]!;
      let best = INFINITE;
      for (let e = offsets[w]!, end = offsets[w + 1]!; e < end; e++) {
        const u = targets[e]!;
        if (present[u] === 1 && affected[u] === 0 && row[u]! >= 0 && row[u]! + 1 < best) best = row[u]! + 1;
      }
      key[w] = best;
    }
    for (const w of affectedList) row[w] = -1;
    const seeded = affectedList.filter((w) => key[w] !== INFINITE).sort((a, b) => key[a]! - key[b]!);
    let at = 0;
    let level = 0;
    current.length = 0;
    for (;;) {
      if (current.length === 0) {
        while (at < seeded.length && done[seeded[at]!] === 1) at++;
        if (at === seeded.length) break;
        level = key[seeded[at]!]!;
      }
      // Seeds are sorted by their first key; a key only decreases, so every seed due at this level is here.
      while (at < seeded.length && key[seeded[at]!]! <= level) {
        const w = seeded[at++]!;
        if (done[w] === 0 && key[w] === level) current.push(w);
      }
      next.length = 0;
      for (const w of current) {
        if (done[w] === 1 || key[w] !== level) continue;
        done[w] = 1;
        row[w] = level;
        sum += 1 / level;
        for (let e = offsets[w]!, end = offsets[w + 1]!; e < end; e++) {
          const x = targets[e]!;
          if (affected[x] === 1 && done[x] === 0 && key[x]! > level + 1) {
            key[x] = level + 1;
            next.push(x);
          }
        }
      }
      [current, next] = [next, current];
      level++;
    }
    for (const w of affectedList) {
      affected[w] = 0;
      done[w] = 0;
      key[w] = INFINITE;
    }
    sums[slot] = sum;
  };

  return {
    total() {
      let sum = 0;
      for (let slot = 0; slot < k; slot++) sum += sums[slot]!;
      return sum;
    },
    sources: () => used,
    remove(v) {
      const own = slotOf[v]!;
      if (own !== -1) {
        isSource[v] = 0;
        slotOf[v] = -1;
        used--;
      }
      for (let slot = 0; slot < k; slot++) {
        if (slot !== own && source[slot] !== -1) repair(slot, v);
      }
      if (own !== -1) fill(own);
    },
  };
}
