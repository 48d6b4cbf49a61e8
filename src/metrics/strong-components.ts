/**
 * Strongly connected components of the directed analysis view: the groups in which every actor can
 * reach every other following the direction of the ties (funding flows, training).
 *
 * @packageDocumentation
 */

import { compareGroups } from "../internal/compare.js";
import { createRecord } from "../internal/records.js";
import type { Ecosystem } from "../model/ecosystem.js";
import { type EcosystemView, tieFiltersOf, type ViewOptions } from "../model/view.js";
import { getView } from "../model/view-cache.js";
import type { ComponentsResult } from "./components.js";

/** Options of {@link stronglyConnectedComponents}: the tie filters (always the directed view). */
export interface StrongComponentsOptions extends Omit<ViewOptions, "directed"> {}

/**
 * The strong component of each actor by dense index, numbered in the order Tarjan's search completes
 * them, and their count. Iterative: an explicit stack of frames with a cursor into each actor's arcs.
 * O(n + m).
 * @internal
 */
export function strongComponentLabels(view: EcosystemView): { label: Int32Array; count: number } {
  const { order: n, offsets, targets } = view;
  const discovery = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const cursor = new Int32Array(n);
  const frames = new Int32Array(n);
  const stack = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const label = new Int32Array(n).fill(-1);
  let time = 0;
  let top = 0;
  let count = 0;
  for (let root = 0; root < n; root++) {
    if (discovery[root] !== -1) continue;
    let depth = 0;
    frames[depth++] = root;
    discovery[root] = low[root] = time++;
    cursor[root] = offsets[root]!;
    stack[top++] = root;
    onStack[root] = 1;
    while (depth > 0) {
      const u = frames[depth - 1]!;
      const k = cursor[u]!;
      if (k < offsets[u + 1]!) {
        cursor[u] = k + 1;
        const w = targets[k]!;
        if (discovery[w] === -1) {
          discovery[w] = low[w] = time++;
          cursor[w] = offsets[w]!;
          stack[top++] = w;
          onStack[w] = 1;
          frames[depth++] = w;
        } else if (onStack[w] === 1 && discovery[w]! < low[u]!) {
          low[u] = discovery[w]!;
        }
        continue;
      }
      depth--;
      if (depth > 0) {
        const p = frames[depth - 1]!;
        if (low[u]! < low[p]!) low[p] = low[u]!;
      }
      if (low[u] !== discovery[u]) continue;
      for (;;) {
        const v = stack[--top]!;
        onStack[v] = 0;
        label[v] = count;
        if (v === u) break;
      }
      count++;
    }
  }
  return { label, count };
}

/**
 * Strongly connected components: the maximal groups of actors in which each reaches each other along
 * the direction of the ties.
 *
 * @remarks
 * u and v are in one component when the directed view has a path u ⇝ v and a path v ⇝ u. Undirected
 * ties run both ways, so on an ecosystem without directed ties the strong components are the
 * connected components. An actor on no directed cycle is a component of its own.
 * Agrees with NetworkX `strongly_connected_components` (as sets). Differs on purpose: components
 * are ordered largest first, then by their member ids in turn, members sorted by id.
 * Time complexity: O(n log n + m) (Tarjan's search is O(n + m); the log is the sorting); no
 * recursion.
 *
 * References: Tarjan, R. (1972). Depth-first search and linear graph algorithms. SIAM Journal on
 * Computing 1(2), 146–160. doi:10.1137/0201010
 *
 * @param options - tie filters; the view is always directed.
 * @returns the count, the component of each actor, the sizes and the members.
 * @example
 * // funder f funds a and b; a and b fund each other
 * stronglyConnectedComponents(createEcosystem(fundingLoop)).components; // [["a", "b"], ["f"]]
 * @see {@link components}
 * @category Measures
 */
export function stronglyConnectedComponents(
  eco: Ecosystem,
  options: StrongComponentsOptions = {},
): ComponentsResult {
  const view = getView(eco, { ...tieFiltersOf(options), directed: true });
  const { label, count } = strongComponentLabels(view);
  const groups: string[][] = Array.from({ length: count }, () => []);
  // Visiting indices in order lists each component's members in id order.
  for (let i = 0; i < view.order; i++) groups[label[i]!]!.push(view.ids[i]!);
  groups.sort(compareGroups);
  const assignment = createRecord<number>();
  const sizes = new Array<number>(count);
  for (let c = 0; c < count; c++) {
    const members = groups[c]!;
    sizes[c] = members.length;
    for (const id of members) assignment[id] = c;
  }
  return { count, assignment, sizes, components: groups };
}
