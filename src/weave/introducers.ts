/**
 * Who can make an introduction: the mutual contacts of two actors, or the chain of contacts along a
 * shortest path between them.
 *
 * @packageDocumentation
 */
import { compareIds } from "../internal/compare.js";
import { commonNeighborIndices } from "../metrics/link-prediction.js";
import type { EcosystemView } from "../model/view.js";

/** The strength of the tie u–v in the view (0 when absent), by binary search. */
function strength(view: EcosystemView, u: number, v: number): number {
  const { offsets, targets, weights } = view;
  let low = offsets[u]!;
  let high = offsets[u + 1]! - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const w = targets[middle]!;
    if (w === v) return weights[middle]!;
    if (w < v) low = middle + 1;
    else high = middle - 1;
  }
  return 0;
}

/**
 * The introducers of u and v, as actor ids.
 *
 * @remarks
 * When u and v share contacts (distance 2): every common contact w, best first by the weaker of its two
 * tie strengths min(s(u, w), s(w, v)) descending, then by the stronger, then by degree descending, then
 * by id. Otherwise, when a path joins them: the actors strictly between u and v on one shortest path,
 * in order from u, choosing at each step the contact with the smallest id among those one step closer
 * to v (so the chain is deterministic). Empty when no path joins them: the weaver introduces them
 * directly. Time complexity: O(d_u + d_v + c log c) with common contacts, else O(n + m).
 * @internal
 */
export function introducersOf(view: EcosystemView, u: number, v: number): string[] {
  const { offsets, targets, ids, order: n } = view;
  const common = commonNeighborIndices(view, u, v);
  if (common.length > 0) {
    const weak = (w: number) => Math.min(strength(view, u, w), strength(view, w, v));
    const strong = (w: number) => Math.max(strength(view, u, w), strength(view, w, v));
    const degree = (w: number) => offsets[w + 1]! - offsets[w]!;
    return common
      .sort(
        (a, b) =>
          weak(b) - weak(a) || strong(b) - strong(a) || degree(b) - degree(a) || compareIds(ids[a]!, ids[b]!),
      )
      .map((w) => ids[w]!);
  }
  // Distances to v, then walk from u down the levels.
  const distance = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  distance[v] = 0;
  queue[0] = v;
  let tail = 1;
  for (let head = 0; head < tail && distance[u] === -1; head++) {
    const x = queue[head]!;
    for (let k = offsets[x]!, end = offsets[x + 1]!; k < end; k++) {
      const y = targets[k]!;
      if (distance[y] === -1) {
        distance[y] = distance[x]! + 1;
        queue[tail++] = y;
      }
    }
  }
  if (distance[u] === -1) return [];
  const chain: string[] = [];
  let at = u;
  while (distance[at]! > 1) {
    let next = -1;
    for (let k = offsets[at]!, end = offsets[at + 1]!; k < end; k++) {
      const y = targets[k]!;
      if (distance[y] === distance[at]! - 1 && (next === -1 || compareIds(ids[y]!, ids[next]!) < 0)) next = y;
    }
    chain.push(ids[next]!);
    at = next;
  }
  return chain;
}
