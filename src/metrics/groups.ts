/**
 * Group measures: how ties fall within and between groups of actors (roles by default) — the mixing
 * matrix, Krackhardt and Stern's E-I index, and Newman's attribute assortativity.
 *
 * @packageDocumentation
 */

import { compareIds } from "../internal/compare.js";
import { createRecord, type IdRecord, recordFromIndex } from "../internal/records.js";
import { checkArguments, optionKeys } from "../model/check-arguments.js";
import type { Ecosystem } from "../model/ecosystem.js";
import {
  type EcosystemView,
  tieFiltersOf,
  VIEW_OPTION_KEYS,
  type ViewOptions,
  viewOptionsOf,
} from "../model/view.js";
import { getView } from "../model/view-cache.js";
import { type GroupBy, resolveGroups } from "./group-by.js";
import { forEachFilteredTie, type MultiplicityOptions, multiplicityOf } from "./tie-multiplicity.js";

/** The keys of {@link MixingOptions}, checked at run time (see `checkOptionKeys`). */
const MIXING_OPTION_KEYS = optionKeys<MixingOptions>({
  ...VIEW_OPTION_KEYS,
  groupBy: true,
  multiplicity: true,
});

/** The keys of {@link GroupMeasureOptions}, checked at run time (see `checkOptionKeys`). */
const GROUP_MEASURE_OPTION_KEYS = optionKeys<GroupMeasureOptions>({
  ...VIEW_OPTION_KEYS,
  groupBy: true,
});

/** Options of {@link mixingMatrix}, {@link eiIndex} and {@link assortativity}. */
export interface GroupMeasureOptions extends ViewOptions {
  /**
   * How actors are grouped: `"role"`, the name of a single-valued actor attribute, or a function of
   * the actor's id and attributes.
   * @defaultValue "role"
   */
  groupBy?: GroupBy;
}

/** Options of {@link mixingMatrix} and {@link assortativity}: grouping, view and `multiplicity`. */
export interface MixingOptions extends GroupMeasureOptions, MultiplicityOptions {}

/** The defaults of {@link MixingOptions}. */
export const MIXING_DEFAULTS = Object.freeze({
  groupBy: "role",
  multiplicity: "collapse",
} satisfies MixingOptions);

/** The defaults of {@link GroupMeasureOptions}. */
export const GROUP_MEASURE_DEFAULTS = Object.freeze({ groupBy: "role" } satisfies GroupMeasureOptions);

/** Result of {@link mixingMatrix}. */
export interface MixingMatrixResult {
  /** Group ids, sorted by code units; row and column order of the matrices. */
  groups: string[];
  /** counts[g][h]: ties from a member of g to a member of h (see {@link mixingMatrix}). */
  counts: number[][];
  /** counts divided by their total; `null` when there are no ties. */
  normalized: number[][] | null;
}

/** Result of {@link eiIndex}. */
export interface EiIndexResult {
  /** (E − I)/(E + I) over all ties; `null` when there are none. */
  network: number | null;
  /** E: ties between different groups. */
  external: number;
  /** I: ties within a group. */
  internal: number;
  /** Group id → E-I index of the ties with one or both ends in the group; `null` when it has none. */
  perGroup: IdRecord<number | null>;
  /** Actor id → E-I index of the actor's own ties; `null` for an actor without ties. */
  perActor: IdRecord<number | null>;
}

/** Group counts in alphabetical row order: counts[g][h] over every listed arc u → v. */
function countMixing(
  eco: Ecosystem,
  view: EcosystemView,
  groupBy: GroupBy,
  fn: string,
  countEachTie: ViewOptions | null = null,
): { groups: string[]; counts: number[][]; total: number } {
  const resolved = resolveGroups(eco, view, groupBy, fn);
  const groups = [...resolved.groups].sort(compareIds);
  const position = new Int32Array(resolved.groups.length);
  for (let code = 0; code < resolved.groups.length; code++) {
    position[code] = groups.indexOf(resolved.groups[code]!);
  }
  const size = groups.length;
  const cells = new Float64Array(size * size);
  const { order, offsets, targets } = view;
  const codes = resolved.codes;
  // The undirected view lists each edge at both ends, so it lands in [g][h] and [h][g] (twice on the
  // diagonal); the directed view lists each arc once, at its tail.
  if (countEachTie === null) {
    for (let u = 0; u < order; u++) {
      const row = position[codes[u]!]! * size;
      for (let k = offsets[u]!, end = offsets[u + 1]!; k < end; k++)
        cells[row + position[codes[targets[k]!]!]!]!++;
    }
  } else {
    // Each tie on its own, as the view would list it: both ways unless it is an arc of the directed view.
    forEachFilteredTie(eco, view, countEachTie, (u, v, both) => {
      const g = position[codes[u]!]!;
      const h = position[codes[v]!]!;
      cells[g * size + h]!++;
      if (both) cells[h * size + g]!++;
    });
  }
  const counts: number[][] = [];
  let total = 0;
  for (let g = 0; g < size; g++) {
    const row: number[] = [];
    for (let h = 0; h < size; h++) {
      const value = cells[g * size + h]!;
      row.push(value);
      total += value;
    }
    counts.push(row);
  }
  return { groups, counts, total };
}

/**
 * The mixing matrix of a grouping: how many ties join each pair of groups.
 *
 * @remarks
 * counts[g][h] = #{ (u, v) : u → v listed, group(u) = g, group(v) = h }. On the undirected view (default)
 * each adjacent pair is listed both ways, so a tie between groups adds 1 to [g][h] and to [h][g], a tie
 * within g adds 2 to [g][g], and the total is 2m; on the directed view each arc counts once, in
 * [tail's group][head's group]. normalized = counts / Σ counts. Parallel ties count once (the view's
 * convention), or one by one with `multiplicity: "count"` (NetworkX's `attribute_mixing_matrix` on a
 * MultiGraph); weights are ignored. Rows and columns follow `groups`, the groups present sorted by code units.
 * Agrees with NetworkX `attribute_mixing_matrix(G, attribute, mapping=…, normalized=…)` with rows in
 * sorted order. Differs on purpose: none. Undefined: `normalized` is `null` when there are no ties.
 * Time complexity: O(n + m + g²) for g groups.
 *
 * References: Newman, M. E. J. (2003). Mixing patterns in networks. Physical Review E 67, 026126.
 * doi:10.1103/PhysRevE.67.026126
 *
 * @param options - view options, `groupBy` and `multiplicity`.
 * @returns the sorted groups, the count matrix and its normalized form.
 * @throws {@link InvalidOptionError} when the `groupBy` attribute is missing or list-valued.
 * @example
 * // funder f tied to developers d1 and d2, who are tied to each other
 * mixingMatrix(createEcosystem(fund)).counts; // [[2, 2], [2, 0]] (groups ["developer", "funder"])
 * @see {@link eiIndex}
 * @category Measures
 */
export function mixingMatrix(eco: Ecosystem, options: MixingOptions = {}): MixingMatrixResult {
  checkArguments("mixingMatrix", eco, options, MIXING_OPTION_KEYS);
  const settings = { ...MIXING_DEFAULTS, ...options };
  const eachTie = multiplicityOf("mixingMatrix", options) === "count" ? tieFiltersOf(options) : null;
  const view = getView(eco, viewOptionsOf(options));
  const { groups, counts, total } = countMixing(eco, view, settings.groupBy, "mixingMatrix", eachTie);
  const normalized = total === 0 ? null : counts.map((row) => row.map((value) => value / total));
  return { groups, counts, normalized };
}

/**
 * Krackhardt and Stern's E-I index: whether ties run between groups (toward +1) or stay within them
 * (toward −1), for the whole network, each group and each actor.
 *
 * @remarks
 * EI = (E − I) / (E + I), where E counts ties between actors of different groups and I ties within a
 * group. Network: every tie once (each adjacent pair once on the undirected view, each arc once on the
 * directed view). Group g: I = ties with both ends in g, E = ties with exactly one end in g. Actor i:
 * E and I over i's own ties. Parallel ties count once; weights are ignored.
 * Agrees with the oracle's computation (`values/*.ei.json`, per_group, per_node and overall). Differs on
 * purpose: the per-group value counts an internal tie once, not once per member as UCINET's sum over
 * members does. Undefined (→ `null`) when E + I = 0: a group or actor without ties, a network without
 * ties.
 * Time complexity: O(n + m).
 *
 * References: Krackhardt, D., & Stern, R. N. (1988). Informal networks and organizational crises: an
 * experimental simulation. Social Psychology Quarterly 51(2), 123–140. doi:10.2307/2786835
 *
 * @param options - view options and `groupBy`.
 * @returns the network, per-group and per-actor indices with the network's E and I counts.
 * @throws {@link InvalidOptionError} when the `groupBy` attribute is missing or list-valued.
 * @example
 * // funder f tied to developers d1 and d2, who are tied to each other: E = 2, I = 1
 * eiIndex(createEcosystem(fund)).network; // 0.3333333333333333
 * @see {@link mixingMatrix}
 * @category Measures
 */
export function eiIndex(eco: Ecosystem, options: GroupMeasureOptions = {}): EiIndexResult {
  checkArguments("eiIndex", eco, options, GROUP_MEASURE_OPTION_KEYS);
  const settings = { ...GROUP_MEASURE_DEFAULTS, ...options };
  const view = getView(eco, viewOptionsOf(options));
  const { codes, groups } = resolveGroups(eco, view, settings.groupBy, "eiIndex");
  const { order, offsets, targets, directed } = view;
  const groupExternal = new Float64Array(groups.length);
  const groupInternal = new Float64Array(groups.length);
  const actorExternal = new Float64Array(order);
  const actorInternal = new Float64Array(order);
  let external = 0;
  let internal = 0;
  for (let u = 0; u < order; u++) {
    for (let k = offsets[u]!, end = offsets[u + 1]!; k < end; k++) {
      const v = targets[k]!;
      if (!directed && v < u) continue;
      const gu = codes[u]!;
      const gv = codes[v]!;
      if (gu === gv) {
        internal++;
        groupInternal[gu]!++;
        actorInternal[u]!++;
        actorInternal[v]!++;
      } else {
        external++;
        groupExternal[gu]!++;
        groupExternal[gv]!++;
        actorExternal[u]!++;
        actorExternal[v]!++;
      }
    }
  }
  const index = (e: number, i: number): number | null => (e + i === 0 ? null : (e - i) / (e + i));
  const perGroup = createRecord<number | null>();
  for (const group of [...groups].sort(compareIds)) {
    const code = groups.indexOf(group);
    perGroup[group] = index(groupExternal[code]!, groupInternal[code]!);
  }
  return {
    network: index(external, internal),
    external,
    internal,
    perGroup,
    perActor: recordFromIndex(view.ids, (i) => index(actorExternal[i]!, actorInternal[i]!)),
  };
}

/**
 * Newman's attribute assortativity coefficient: how much more often ties join actors of the same group
 * than they would if groups mixed at random, given each group's share of tie ends.
 *
 * @remarks
 * r = (Σ_g e_gg − Σ_g a_g b_g) / (1 − Σ_g a_g b_g), where e = the normalized mixing matrix (see
 * {@link mixingMatrix}), a_g = Σ_h e_gh and b_g = Σ_h e_hg (equal on the undirected view). r = 1 when
 * every tie stays within its group; r is 0 for random mixing and negative when ties prefer other groups.
 * Agrees with NetworkX `attribute_assortativity_coefficient(G, attribute)`. Differs on purpose: none.
 * Undefined (→ `null`) when there are no ties or when Σ_g a_g b_g = 1 (every tie end in one group).
 * Time complexity: O(n + m + g²).
 *
 * References: Newman, M. E. J. (2003). Mixing patterns in networks. Physical Review E 67, 026126.
 * doi:10.1103/PhysRevE.67.026126
 *
 * @param options - view options, `groupBy` and `multiplicity` (as {@link mixingMatrix}).
 * @returns the coefficient, `null` where undefined.
 * @throws {@link InvalidOptionError} when the `groupBy` attribute is missing or list-valued.
 * @example
 * // funder f tied to developers d1 and d2, who are tied to each other
 * assortativity(createEcosystem(fund)); // -0.5
 * @see {@link mixingMatrix}
 * @category Measures
 */
export function assortativity(eco: Ecosystem, options: MixingOptions = {}): number | null {
  checkArguments("assortativity", eco, options, MIXING_OPTION_KEYS);
  const settings = { ...MIXING_DEFAULTS, ...options };
  const eachTie = multiplicityOf("assortativity", options) === "count" ? tieFiltersOf(options) : null;
  const view = getView(eco, viewOptionsOf(options));
  const { groups, counts, total } = countMixing(eco, view, settings.groupBy, "assortativity", eachTie);
  if (total === 0) return null;
  let trace = 0;
  let expected = 0;
  for (let g = 0; g < groups.length; g++) {
    let rowSum = 0;
    let columnSum = 0;
    for (let h = 0; h < groups.length; h++) {
      rowSum += counts[g]![h]!;
      columnSum += counts[h]![g]!;
    }
    trace += counts[g]![g]! / total;
    expected += (rowSum / total) * (columnSum / total);
  }
  return expected === 1 ? null : (trace - expected) / (1 - expected);
}
