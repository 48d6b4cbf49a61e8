/**
 * Two structural figures behind the stage diagnosis: the periphery that hangs on one actor or one tie,
 * and the clusters that only one actor holds together.
 *
 * @packageDocumentation
 */
import type { EcosystemView } from "../model/view.js";

/**
 * Marks (1) the actors of the core's component that a single actor or a single tie separates from every
 * core actor: the periphery that hangs on one element. Iterative Hopcroft–Tarjan depth-first search
 * from the first core actor.
 *
 * @remarks
 * In the DFS tree rooted at core actor r, a tree edge (p, c) with low(c) ≥ d(p) means every path from
 * c's subtree to the rest of the component passes through p (or, when low(c) > d(p), through the tie
 * p – c). When that subtree holds no core actor, all of it reaches the core only through p: it hangs.
 * Subtrees are contiguous in preorder, so the marks are a difference array over preorder positions.
 * Actors outside r's component are not marked (they are not connected at all). `core` marks the core
 * (1); with no core actor nothing is marked. O(n + m).
 */
export function hangingActors(view: EcosystemView, core: Uint8Array): Uint8Array {
  const { order: n, offsets, targets } = view;
  const hanging = new Uint8Array(n);
  let root = -1;
  for (let i = 0; i < n && root === -1; i++) if (core[i] === 1) root = i;
  if (root === -1) return hanging;

  const pre = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const size = new Int32Array(n);
  const coreCount = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const cursor = new Int32Array(n);
  const stack = new Int32Array(n);
  const byPre = new Int32Array(n);
  let time = 0;
  let top = 0;
  pre[root] = time;
  byPre[time++] = root;
  low[root] = pre[root]!;
  cursor[root] = offsets[root]!;
  stack[top++] = root;
  while (top > 0) {
    const u = stack[top - 1]!;
    if (cursor[u]! < offsets[u + 1]!) {
      const w = targets[cursor[u]!++]!;
      if (pre[w] === -1) {
        parent[w] = u;
        pre[w] = time;
        byPre[time++] = w;
        low[w] = pre[w]!;
        cursor[w] = offsets[w]!;
        stack[top++] = w;
      } else if (w !== parent[u] && pre[w]! < low[u]!) low[u] = pre[w]!;
      continue;
    }
    top--;
    size[u]! += 1;
    coreCount[u]! += core[u]!;
    const p = parent[u]!;
    if (p === -1) continue;
    size[p]! += size[u]!;
    coreCount[p]! += coreCount[u]!;
    if (low[u]! < low[p]!) low[p] = low[u]!;
  }

  const difference = new Int32Array(time + 1);
  for (let position = 1; position < time; position++) {
    const c = byPre[position]!;
    const p = parent[c]!;
    if (low[c]! >= pre[p]! && coreCount[c] === 0) {
      difference[position]!++;
      difference[position + size[c]!]!--;
    }
  }
  let depth = 0;
  for (let position = 0; position < time; position++) {
    depth += difference[position]!;
    if (depth > 0) hanging[byPre[position]!] = 1;
  }
  return hanging;
}

/** How many pieces the actors marked in `members` form among themselves (ties between members only). */
export function piecesAmong(view: EcosystemView, members: Uint8Array): number {
  const { order: n, offsets, targets } = view;
  const seen = new Uint8Array(n);
  const queue = new Int32Array(n);
  let pieces = 0;
  for (let root = 0; root < n; root++) {
    if (members[root] !== 1 || seen[root] === 1) continue;
    pieces++;
    seen[root] = 1;
    queue[0] = root;
    for (let head = 0, tail = 1; head < tail; head++) {
      const u = queue[head]!;
      for (let k = offsets[u]!, end = offsets[u + 1]!; k < end; k++) {
        const w = targets[k]!;
        if (members[w] === 1 && seen[w] === 0) {
          seen[w] = 1;
          queue[tail++] = w;
        }
      }
    }
  }
  return pieces;
}

/** Adjacent pairs with both ends among `actors` (dense indices). O(Σ degrees of the actors). */
export function tiesAmong(view: EcosystemView, actors: readonly number[]): number {
  const { order: n, offsets, targets } = view;
  const member = new Uint8Array(n);
  for (const i of actors) member[i] = 1;
  let ends = 0;
  for (const i of actors) {
    for (let k = offsets[i]!, end = offsets[i + 1]!; k < end; k++) if (member[targets[k]!] === 1) ends++;
  }
  return ends / 2;
}
