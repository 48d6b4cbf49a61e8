/**
 * Cross-group brokerage of every actor under each grouping a bridge ranking names (role, an
 * attribute, Louvain communities, a function), as counts and as a share of the pairs it could broker.
 *
 * @packageDocumentation
 */
import { brokerage } from "../metrics/brokerage.js";
import type { CommunitiesResult } from "../metrics/communities.js";
import { type GroupBy, resolveGroups } from "../metrics/group-by.js";
import type { Ecosystem } from "../model/ecosystem.js";
import { mustBe, optionError, ruleGroupings } from "../model/option-errors.js";
import type { EcosystemView, ViewOptions } from "../model/view.js";
import { OPTION_EMPTY_GROUP_BY } from "../text/catalogues/en/options.js";

/**
 * A grouping for bridge brokerage: `"role"`, `"community"` (the seeded Louvain communities of the
 * ranking), the name of an actor attribute, or a function of the actor (see `GroupBy`).
 */
export type BridgeGrouping = GroupBy;

/**
 * What the messages `brokers.grouping.count` and `brokers.grouping.across` need to name a grouping:
 * its kind, the attribute's name (`kind` `"attribute"`), and for a function its number among several
 * (0 when it is the only one).
 */
export interface GroupingNaming {
  readonly kind: "role" | "community" | "attribute" | "function";
  readonly name: string;
  readonly index: number;
}

/** One grouping's brokerage of every actor (dense indices). */
export interface GroupingBrokerage {
  /**
   * How the grouping is named: `role`, `community`, the attribute's name, or `group` for a function
   * (`grouping 1`, `grouping 2`, … when several are functions).
   */
  readonly name: string;
  /** How sentences name the grouping and its groups (see {@link GroupingNaming}). */
  readonly naming: GroupingNaming;
  readonly representative: Float64Array;
  readonly gatekeeper: Float64Array;
  readonly liaison: Float64Array;
  /** representative + gatekeeper + liaison (sna's ordered count). */
  readonly crossGroup: Float64Array;
  /** crossGroup / the ordered pairs of other actors in different groups; 0 when there are none. */
  readonly share: Float64Array;
  /** Distinct groups among each actor's contacts (undirected view). */
  readonly groupsSpanned: Int32Array;
}

/** `groupBy` as a non-empty list, refusing anything else. */
export function groupingsOf(groupBy: GroupBy | readonly GroupBy[], fn: string): readonly GroupBy[] {
  const list: readonly unknown[] = Array.isArray(groupBy) ? groupBy : [groupBy];
  if (list.length === 0) {
    throw optionError("options.emptyGroupBy", OPTION_EMPTY_GROUP_BY, { fn });
  }
  for (const grouping of list) {
    if (!((typeof grouping === "string" && grouping.length > 0) || typeof grouping === "function")) {
      throw mustBe(fn, "groupBy", String(grouping), ruleGroupings());
    }
  }
  return list as readonly GroupBy[];
}

/** Number of distinct codes among each actor's contacts, with a stamp array (no allocation per actor). */
function distinctAmongContacts(view: EcosystemView, codes: ArrayLike<number>, codeCount: number): Int32Array {
  const seen = new Int32Array(codeCount).fill(-1);
  const counts = new Int32Array(view.order);
  for (let i = 0; i < view.order; i++) {
    let count = 0;
    for (let k = view.offsets[i]!, end = view.offsets[i + 1]!; k < end; k++) {
      const c = codes[view.targets[k]!]!;
      if (seen[c] !== i) {
        seen[c] = i;
        count++;
      }
    }
    counts[i] = count;
  }
  return counts;
}

/**
 * Brokerage across each grouping. For actor v with g(v) its group, n_g the size of group g and
 * S = Σ_g n_g², the ordered pairs (a, c) of other actors in different groups number
 * (n − 1)² − (S − 2 n_g(v) + 1), and share = crossGroup / that (sna counts ordered pairs: on the
 * undirected view each unordered pair twice, so the share is that of unordered pairs too).
 * O(groupings · (Σ_i d_i² + n)).
 */
export function brokerageByGrouping(
  eco: Ecosystem,
  undirected: EcosystemView,
  viewOptions: ViewOptions,
  groupings: readonly GroupBy[],
  partition: CommunitiesResult,
  fn: string,
): GroupingBrokerage[] {
  const n = undirected.order;
  const functionCount = groupings.filter((grouping) => typeof grouping === "function").length;
  let functionIndex = 0;
  return groupings.map((grouping) => {
    let name: string;
    let naming: GroupingNaming;
    let groupBy: GroupBy = grouping;
    if (typeof grouping === "function") {
      functionIndex++;
      name = functionCount === 1 ? "group" : `grouping ${functionIndex}`;
      naming = { kind: "function", name, index: functionCount === 1 ? 0 : functionIndex };
    } else if (grouping === "community") {
      name = "community";
      naming = { kind: "community", name, index: 0 };
      groupBy = (id: string) => String(partition.assignment[id]);
    } else {
      name = grouping;
      naming = { kind: grouping === "role" ? "role" : "attribute", name, index: 0 };
    }
    const { codes, groups } = resolveGroups(eco, undirected, groupBy, fn);
    const counts = brokerage(eco, { ...viewOptions, groupBy });
    const sizes = new Float64Array(groups.length);
    for (let i = 0; i < n; i++) sizes[codes[i]!]!++;
    let squares = 0;
    for (const size of sizes) squares += size * size;
    const row = {
      name,
      naming,
      representative: new Float64Array(n),
      gatekeeper: new Float64Array(n),
      liaison: new Float64Array(n),
      crossGroup: new Float64Array(n),
      share: new Float64Array(n),
      groupsSpanned: distinctAmongContacts(undirected, codes, groups.length),
    };
    for (let i = 0; i < n; i++) {
      const roles = counts.actors[undirected.ids[i]!]!;
      const cross = roles.representative + roles.gatekeeper + roles.liaison;
      row.representative[i] = roles.representative;
      row.gatekeeper[i] = roles.gatekeeper;
      row.liaison[i] = roles.liaison;
      row.crossGroup[i] = cross;
      const pairs = (n - 1) * (n - 1) - (squares - 2 * sizes[codes[i]!]! + 1);
      row.share[i] = pairs > 0 ? cross / pairs : 0;
    }
    return row;
  });
}
