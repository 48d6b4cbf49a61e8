/**
 * Actors' roles and groups (a `groupBy` such as region) as codes on the spread graph, with the group
 * names sorted so that tables do not depend on file order.
 *
 * @packageDocumentation
 */
import { compareIds } from "../internal/compare.js";
import { type GroupBy, resolveGroups } from "../metrics/group-by.js";
import type { Ecosystem } from "../model/ecosystem.js";
import type { SpreadGraph } from "./spread-graph.js";

/** A grouping of the spread graph's actors. @internal */
export interface SpreadGroups {
  /** Group code of each actor (spread-graph index); codes follow the sorted names. */
  readonly codes: Int32Array;
  /** Group names, sorted by code units. */
  readonly names: readonly string[];
  /** Number of actors in each group. */
  readonly sizes: Int32Array;
}

/**
 * Groups the actors of `graph` by `groupBy` (`"role"`, an attribute name or a function).
 * @throws {@link InvalidOptionError} when the attribute is missing on some actors or holds a list.
 * @internal
 */
export function spreadGroups(eco: Ecosystem, graph: SpreadGraph, groupBy: GroupBy, fn: string): SpreadGroups {
  const resolved = resolveGroups(eco, graph.view, groupBy, fn);
  const names = [...resolved.groups].sort(compareIds);
  const codeOfName = new Map<string, number>();
  for (let code = 0; code < names.length; code++) codeOfName.set(names[code]!, code);
  const remap = resolved.groups.map((name) => codeOfName.get(name)!);
  const codes = new Int32Array(graph.order);
  const sizes = new Int32Array(names.length);
  for (let i = 0; i < graph.order; i++) {
    const code = remap[resolved.codes[i]!]!;
    codes[graph.rankOfView[i]!] = code;
    sizes[code]!++;
  }
  return { codes, names, sizes };
}
