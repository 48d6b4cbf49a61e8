/**
 * Connected components of the analysis view: which actors can reach each other at all.
 *
 * @packageDocumentation
 */

import { compareIds } from "../internal/compare.js";
import { createRecord, type IdRecord } from "../internal/records.js";
import { checkArguments, optionKeys } from "../model/check-arguments.js";
import type { Ecosystem } from "../model/ecosystem.js";
import { VIEW_OPTION_KEYS, type ViewOptions } from "../model/view.js";
import { getView } from "../model/view-cache.js";

/** The keys of {@link ComponentsOptions}, checked at run time (see `checkOptionKeys`). */
const COMPONENTS_OPTION_KEYS = optionKeys<ComponentsOptions>({
  ...VIEW_OPTION_KEYS,
});

/** Options of {@link components}: the view options. */
export interface ComponentsOptions extends ViewOptions {}

/** The defaults of {@link ComponentsOptions}. */
export const COMPONENTS_DEFAULTS = Object.freeze({ directed: false } satisfies ComponentsOptions);

/** The connected components of an ecosystem view. */
export interface ComponentsResult {
  /** Number of components (an isolate is a component of one). */
  count: number;
  /** Actor id → index of its component in `components`. */
  assignment: IdRecord<number>;
  /** Size of each component, in the order of `components` (non-increasing). */
  sizes: number[];
  /** The members of each component, sorted by id; largest component first, ties by smallest member id. */
  components: string[][];
}

/**
 * Connected components: the maximal groups of actors joined by a path of ties.
 *
 * @remarks
 * Two actors are in the same component when a path of ties of the view joins them, whatever the
 * ties' directions: with `directed: true` the components are the *weakly* connected components
 * (NetworkX `weakly_connected_components`), which are the components of the undirected view, so the
 * result is the same as with `directed: false`.
 * Agrees with NetworkX `connected_components` as sets. Differs on purpose: NetworkX yields components
 * in discovery order; here they are ordered largest first, ties broken by the smallest member id, and
 * members are sorted by id, so the output is deterministic.
 * An empty ecosystem has no components (`count` 0).
 * Time complexity: O(n log n + m) for n actors and m adjacent pairs (the log is the sort by id).
 *
 * References: Hopcroft, J. & Tarjan, R. (1973). Algorithm 447: efficient algorithms for graph
 * manipulation. Communications of the ACM 16(6), 372–378. doi:10.1145/362248.362272
 *
 * @param options - view options; `directed: true` gives weakly connected components.
 * @returns the count, the component of each actor, the sizes and the members.
 * @example
 * // a – b – c and d – e, f alone
 * components(createEcosystem(twoComponentsAndIsolate)).components; // [["a", "b", "c"], ["d", "e"], ["f"]]
 * @category Measures
 */
export function components(eco: Ecosystem, options: ComponentsOptions = {}): ComponentsResult {
  checkArguments("components", eco, options, COMPONENTS_OPTION_KEYS);
  const view = getView(eco, { ...options, directed: false });
  const { order, offsets, targets, ids } = view;
  const label = new Int32Array(order).fill(-1);
  const queue = new Int32Array(order);
  const found: string[][] = [];
  for (let root = 0; root < order; root++) {
    if (label[root] !== -1) continue;
    const c = found.length;
    label[root] = c;
    let tail = 0;
    queue[tail++] = root;
    for (let head = 0; head < tail; head++) {
      const u = queue[head]!;
      for (let k = offsets[u]!, end = offsets[u + 1]!; k < end; k++) {
        const v = targets[k]!;
        if (label[v] === -1) {
          label[v] = c;
          queue[tail++] = v;
        }
      }
    }
    const members = new Array<string>(tail);
    for (let k = 0; k < tail; k++) members[k] = ids[queue[k]!]!;
    members.sort(compareIds);
    found.push(members);
  }
  found.sort((a, b) => b.length - a.length || compareIds(a[0]!, b[0]!));
  const assignment = createRecord<number>();
  const sizes = new Array<number>(found.length);
  for (let c = 0; c < found.length; c++) {
    const members = found[c]!;
    sizes[c] = members.length;
    for (const id of members) assignment[id] = c;
  }
  return { count: found.length, assignment, sizes, components: found };
}
