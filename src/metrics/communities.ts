/**
 * Communities: seeded Louvain partitions, modularity of a partition, and Guimerà and Amaral's two
 * measures of an actor's place in a partition (participation coefficient, within-module degree).
 * All are defined on the undirected view.
 *
 * @packageDocumentation
 */

import { createRecord, type IdRecord, recordFromIndex } from "../internal/records.js";
import { createRandom } from "../internal/rng.js";
import { checkArguments, optionKeys } from "../model/check-arguments.js";
import type { Ecosystem } from "../model/ecosystem.js";
import { InvalidOptionError, NotApplicableError } from "../model/errors.js";
import { mustBe, optionError, ruleFiniteAtLeast } from "../model/option-errors.js";
import { type EcosystemView, VIEW_OPTION_KEYS, type ViewOptions } from "../model/view.js";
import { getUndirectedView } from "../model/view-cache.js";
import { OPTION_PARTITION_MISSING, OPTION_PARTITION_UNKNOWN } from "../text/catalogues/en/options.js";
import { louvainCommunities, modularityOfCodes as modularityOfAdjacency } from "./louvain.js";

/** The keys of {@link CommunitiesOptions}, checked at run time (see `checkOptionKeys`). */
const COMMUNITIES_OPTION_KEYS = optionKeys<CommunitiesOptions>({
  ...VIEW_OPTION_KEYS,
  seed: true,
  resolution: true,
  weighted: true,
});

/** A partition of the actors: actor id → community label (a number or a string). */
export type Partition = Readonly<Record<string, number | string>>;

/** Options of {@link communities}. */
export interface CommunitiesOptions extends ViewOptions {
  /**
   * Seed of Louvain's random node order and moves, drawn from the actors in id order: the same seed gives
   * the same communities whatever the order of the input.
   * @defaultValue 1
   */
  seed?: number;
  /**
   * Resolution γ of the modularity being maximised: above 1 favours more, smaller communities.
   * @defaultValue 1
   */
  resolution?: number;
  /**
   * Use tie strengths (summed weights of parallel ties); `false` counts each adjacent pair as 1.
   * @defaultValue true
   */
  weighted?: boolean;
}

/** The defaults of {@link CommunitiesOptions}. */
export const COMMUNITIES_DEFAULTS = Object.freeze({
  seed: 1,
  resolution: 1,
  weighted: true,
} satisfies CommunitiesOptions);

/** Options of {@link modularity}. */
export interface ModularityOptions extends ViewOptions {
  /**
   * Resolution γ.
   * @defaultValue 1
   */
  resolution?: number;
  /**
   * Use tie strengths; `false` counts each adjacent pair as 1.
   * @defaultValue true
   */
  weighted?: boolean;
}

/** The defaults of {@link ModularityOptions}. */
export const MODULARITY_DEFAULTS = Object.freeze({
  resolution: 1,
  weighted: true,
} satisfies ModularityOptions);

/** Options of {@link participationCoefficient} and {@link withinModuleDegree}. */
export interface PartitionMeasureOptions extends ViewOptions {
  /**
   * Count tie strengths (summed weights of parallel ties); `false` counts ties, as Guimerà and Amaral.
   * @defaultValue true
   */
  weighted?: boolean;
}

/** The defaults of {@link PartitionMeasureOptions}. */
export const PARTITION_MEASURE_DEFAULTS = Object.freeze({ weighted: true } satisfies PartitionMeasureOptions);

/** Result of {@link communities}. */
export interface CommunitiesResult {
  /** Actor id → community index (0 = the largest community). */
  assignment: IdRecord<number>;
  /** Number of communities. */
  count: number;
  /** Modularity of the partition (see {@link modularity}); `null` when there are no ties. */
  modularity: number | null;
  /** Members of each community, by index; each sorted by id. */
  communities: string[][];
}

function checkResolution(fn: string, resolution: number): void {
  if (!(Number.isFinite(resolution) && resolution >= 0)) {
    throw mustBe(fn, "resolution", String(resolution), ruleFiniteAtLeast(0));
  }
}

/** Dense community codes of a partition, checked against the view's actors. */
function partitionCodes(view: EcosystemView, partition: Partition, fn: string): Int32Array {
  const codes = new Int32Array(view.order);
  const codeOf = new Map<number | string, number>();
  const missing: string[] = [];
  for (let i = 0; i < view.order; i++) {
    const id = view.ids[i]!;
    const label = Object.hasOwn(partition, id) ? partition[id] : undefined;
    if (typeof label !== "number" && typeof label !== "string") {
      missing.push(id);
      continue;
    }
    let code = codeOf.get(label);
    if (code === undefined) {
      code = codeOf.size;
      codeOf.set(label, code);
    }
    codes[i] = code;
  }
  if (missing.length > 0) {
    const shown = missing.slice(0, 3).join(", ");
    throw optionError("options.partitionMissing", OPTION_PARTITION_MISSING, {
      fn,
      count: missing.length,
      shown,
      more: missing.length > 3 ? "yes" : "no",
    });
  }
  const unknown = Object.keys(partition).filter((id) => !view.index.has(id));
  if (unknown.length > 0) {
    throw optionError("options.partitionUnknown", OPTION_PARTITION_UNKNOWN, {
      fn,
      count: unknown.length,
      shown: unknown.slice(0, 3).join(", "),
      more: unknown.length > 3 ? "yes" : "no",
    });
  }
  return codes;
}

/** Modularity of dense codes on the view; `null` without ties. */
function modularityOfCodes(
  view: EcosystemView,
  codes: Int32Array,
  weighted: boolean,
  resolution: number,
): number | null {
  return modularityOfAdjacency({ ...view, weights: weighted ? view.weights : null }, codes, resolution);
}

/**
 * Communities of actors found by the Louvain method: groups much more tied inside than a random
 * graph with the same strengths would be, with a seed so the same input always gives the same groups.
 *
 * @remarks
 * Louvain (Blondel et al. 2008) greedily maximises the modularity Q (see {@link modularity}) by moving
 * actors between communities, then merging communities into single nodes, until no move raises Q.
 * Run on the typed arrays of the undirected view (`louvain.ts`): nodes are visited in a seeded random
 * order (Mulberry32 from `seed`) and revisited only when a neighbour moves (Traag's fast local
 * moves, 2015); after the last level the partition is carried back down and single actors may move
 * again at each level (multi-level refinement, Rotta & Noack 2011), so no single actor can raise
 * modularity by changing community. Output is deterministic per seed and independent of input order.
 * Communities are renumbered: largest first, equal sizes by their smallest member id (code units);
 * members sorted by id. Modularity on the oracle datasets is within 0.01 of NetworkX 2.8.8
 * `louvain_communities` and python-igraph 0.10.2 `community_multilevel` (medians over ten seeds,
 * equal or higher on every dataset). Louvain is a heuristic: different seeds
 * may give different partitions (on karate, R igraph's seeds reach 0.389–0.420 unweighted, the exact
 * optimum being 0.4198), so compare modularity rather than partitions. Differs on purpose: weighted by
 * default; an ecosystem without ties gives each actor its own community with modularity `null`.
 * Time complexity: about O(m log n) in practice.
 *
 * References: Blondel, V. D., Guillaume, J.-L., Lambiotte, R., & Lefebvre, E. (2008). Fast unfolding of
 * communities in large networks. Journal of Statistical Mechanics, P10008.
 * doi:10.1088/1742-5468/2008/10/P10008
 * Traag, V. A. (2015). Faster unfolding of communities: speeding up the Louvain algorithm. Physical
 * Review E 92, 032801. doi:10.1103/PhysRevE.92.032801
 * Rotta, R., & Noack, A. (2011). Multilevel local search algorithms for modularity clustering. ACM
 * Journal of Experimental Algorithmics 16, 2.3. doi:10.1145/1963190.1970376
 *
 * @param options - view options (undirected only), `seed`, `resolution`, `weighted`.
 * @returns the assignment, the number of communities, the partition's modularity and the member lists.
 * @throws {@link NotApplicableError} with `directed: true`.
 * @throws {@link InvalidOptionError} when `resolution` is negative or not finite.
 * @example
 * // two triangles a-b-c and x-y-z joined by the tie c–x
 * communities(createEcosystem(twoTriangles)).communities; // [["a", "b", "c"], ["x", "y", "z"]]
 * @see {@link modularity}
 * @category Measures
 */
export function communities(eco: Ecosystem, options: CommunitiesOptions = {}): CommunitiesResult {
  checkArguments("communities", eco, options, COMMUNITIES_OPTION_KEYS);
  const settings = { ...COMMUNITIES_DEFAULTS, ...options };
  const view = getUndirectedView(eco, options, "communities");
  checkResolution("communities", settings.resolution);
  const found = louvainCommunities(
    { ...view, weights: settings.weighted ? view.weights : null },
    settings.resolution,
    createRandom(settings.seed),
  );

  // Renumbered largest first, equal sizes by smallest member: dense indices are in id order, so a
  // community's first member by index is its smallest id and members listed by index are sorted.
  let foundCount = 0;
  for (let i = 0; i < view.order; i++) if (found[i]! + 1 > foundCount) foundCount = found[i]! + 1;
  const sizes = new Int32Array(foundCount);
  for (let i = 0; i < view.order; i++) sizes[found[i]!]!++;
  // Codes number communities by their smallest member, so the code breaks ties between equal sizes.
  const ranked = Array.from({ length: foundCount }, (_unused, c) => c);
  ranked.sort((a, b) => sizes[b]! - sizes[a]! || a - b);
  const indexOfFound = new Int32Array(foundCount);
  for (let r = 0; r < foundCount; r++) indexOfFound[ranked[r]!] = r;
  const groups: string[][] = Array.from({ length: foundCount }, () => []);
  const assignment = createRecord<number>();
  const codes = new Int32Array(view.order);
  for (let i = 0; i < view.order; i++) {
    const index = indexOfFound[found[i]!]!;
    codes[i] = index;
    groups[index]!.push(view.ids[i]!);
    assignment[view.ids[i]!] = index;
  }
  return {
    assignment,
    count: groups.length,
    modularity: modularityOfCodes(view, codes, settings.weighted, settings.resolution),
    communities: groups,
  };
}

/**
 * Newman and Girvan's modularity of a partition: the share of tie strength inside communities, minus
 * the share expected if ties were placed at random with the same actor strengths.
 *
 * @remarks
 * Q = Σ_c [ L_c / m − γ · (d_c / 2m)² ], where m is the total tie strength (the number of adjacent pairs
 * when `weighted` is false), L_c the strength of ties inside community c, d_c the total strength of c's
 * members and γ the resolution. Q ≤ 1; 0 for one community holding everyone (γ = 1).
 * Agrees with graphology-metrics `graph.modularity` (which computes it), NetworkX
 * `community.modularity` and R igraph `modularity`. Differs on purpose: weighted by default.
 * Undefined (→ `null`) when there are no ties (m = 0).
 * Time complexity: O(n + m).
 *
 * References: Newman, M. E. J., & Girvan, M. (2004). Finding and evaluating community structure in
 * networks. Physical Review E 69, 026113. doi:10.1103/PhysRevE.69.026113
 *
 * @param partition - actor id → community label; every actor of the ecosystem needs one.
 * @param options - view options (undirected only), `resolution`, `weighted`.
 * @returns the modularity, `null` where undefined.
 * @throws {@link InvalidOptionError} when the partition misses an actor or names an unknown one.
 * @throws {@link NotApplicableError} with `directed: true`.
 * @example
 * // two triangles a-b-c and x-y-z joined by c–x, split into the two triangles: 6/7 − 2 · (1/2)²
 * modularity(createEcosystem(twoTriangles), { a: 0, b: 0, c: 0, x: 1, y: 1, z: 1 }); // 0.35714285714285715
 * @see {@link communities}
 * @category Measures
 */
export function modularity(
  eco: Ecosystem,
  partition: Partition,
  options: ModularityOptions = {},
): number | null {
  const settings = { ...MODULARITY_DEFAULTS, ...options };
  const view = getUndirectedView(eco, options, "modularity");
  checkResolution("modularity", settings.resolution);
  const codes = partitionCodes(view, partition, "modularity");
  return modularityOfCodes(view, codes, settings.weighted, settings.resolution);
}

/**
 * Guimerà and Amaral's participation coefficient of each actor: how evenly its ties spread over the
 * communities of a partition (0 = all in one community; toward 1 = spread over many).
 *
 * @remarks
 * P_i = 1 − Σ_s (k_is / k_i)², where k_is is the strength of i's ties to members of community s (its own
 * included) and k_i = Σ_s k_is its total strength (tie counts when `weighted` is false).
 * Agrees with the Brain Connectivity Toolbox `participation_coef` (Rubinov & Sporns) on undirected
 * graphs. Differs on purpose: an actor without ties gets `null`, not 0 — with no ties there is no share
 * to spread, and 0 would rank an isolate with actors whose every tie stays in their own community.
 * Time complexity: O(n + m).
 *
 * References: Guimerà, R., & Amaral, L. A. N. (2005). Functional cartography of complex metabolic
 * networks. Nature 433, 895–900. doi:10.1038/nature03288
 *
 * @param partition - actor id → community label, e.g. `communities(eco).assignment`.
 * @param options - view options (undirected only) and `weighted`.
 * @returns actor id → participation coefficient, `null` for actors without ties.
 * @throws {@link InvalidOptionError} when the partition misses an actor or names an unknown one.
 * @throws {@link NotApplicableError} with `directed: true`.
 * @example
 * // two triangles joined by c–x: c has 2 ties home and 1 out, 1 − (2/3)² − (1/3)²
 * participationCoefficient(createEcosystem(twoTriangles), halves).c; // 0.4444444444444444
 * @see {@link withinModuleDegree}
 * @category Measures
 */
export function participationCoefficient(
  eco: Ecosystem,
  partition: Partition,
  options: PartitionMeasureOptions = {},
): IdRecord<number | null> {
  const settings = { ...PARTITION_MEASURE_DEFAULTS, ...options };
  const view = getUndirectedView(eco, options, "participationCoefficient");
  const codes = partitionCodes(view, partition, "participationCoefficient");
  const { order, offsets, targets, weights } = view;
  // Per-community strengths of one actor, reset after use through the list of touched communities.
  const share = new Float64Array(order);
  const touched = new Int32Array(order);
  const values: (number | null)[] = new Array(order);
  for (let i = 0; i < order; i++) {
    let total = 0;
    let count = 0;
    for (let k = offsets[i]!, end = offsets[i + 1]!; k < end; k++) {
      const c = codes[targets[k]!]!;
      const w = settings.weighted ? weights[k]! : 1;
      if (share[c] === 0) touched[count++] = c;
      share[c]! += w;
      total += w;
    }
    if (total === 0) {
      values[i] = null;
      continue;
    }
    let sum = 0;
    for (let t = 0; t < count; t++) {
      const c = touched[t]!;
      const fraction = share[c]! / total;
      sum += fraction * fraction;
      share[c] = 0;
    }
    values[i] = 1 - sum;
  }
  return recordFromIndex(view.ids, (i) => values[i]!);
}

/**
 * Guimerà and Amaral's within-module degree z-score of each actor: how much more tied it is inside its
 * own community than the community's other members are.
 *
 * @remarks
 * z_i = (κ_i − κ̄_s) / σ_s, where κ_i is the strength of i's ties to other members of its community s
 * (tie count when `weighted` is false), and κ̄_s and σ_s are the mean and the population standard
 * deviation (divide by |s|) of κ over the members of s.
 * Agrees with bctpy `module_degree_zscore` (population sd). Differs on purpose: the MATLAB Brain
 * Connectivity Toolbox uses the sample sd (divide by |s| − 1); `null` where σ_s = 0 (a one-actor
 * community, or one whose members are all alike) instead of NaN or 0.
 * Time complexity: O(n + m).
 *
 * References: Guimerà, R., & Amaral, L. A. N. (2005). Functional cartography of complex metabolic
 * networks. Nature 433, 895–900. doi:10.1038/nature03288
 *
 * @param partition - actor id → community label, e.g. `communities(eco).assignment`.
 * @param options - view options (undirected only) and `weighted`.
 * @returns actor id → z-score, `null` where the community's sd is 0.
 * @throws {@link InvalidOptionError} when the partition misses an actor or names an unknown one.
 * @throws {@link NotApplicableError} with `directed: true`.
 * @example
 * // two triangles joined by c–x: in {a, b, c} every κ is 2, so sd 0
 * withinModuleDegree(createEcosystem(twoTriangles), halves).c; // null
 * @see {@link participationCoefficient}
 * @category Measures
 */
export function withinModuleDegree(
  eco: Ecosystem,
  partition: Partition,
  options: PartitionMeasureOptions = {},
): IdRecord<number | null> {
  const settings = { ...PARTITION_MEASURE_DEFAULTS, ...options };
  const view = getUndirectedView(eco, options, "withinModuleDegree");
  const codes = partitionCodes(view, partition, "withinModuleDegree");
  const { order, offsets, targets, weights } = view;
  const inside = new Float64Array(order);
  let communityCount = 0;
  for (let i = 0; i < order; i++) {
    const c = codes[i]!;
    if (c + 1 > communityCount) communityCount = c + 1;
    for (let k = offsets[i]!, end = offsets[i + 1]!; k < end; k++) {
      if (codes[targets[k]!] === c) inside[i]! += settings.weighted ? weights[k]! : 1;
    }
  }
  const size = new Float64Array(communityCount);
  const sum = new Float64Array(communityCount);
  for (let i = 0; i < order; i++) {
    size[codes[i]!]!++;
    sum[codes[i]!]! += inside[i]!;
  }
  const mean = sum.map((total, c) => total / size[c]!);
  const squares = new Float64Array(communityCount);
  for (let i = 0; i < order; i++) {
    const deviation = inside[i]! - mean[codes[i]!]!;
    squares[codes[i]!]! += deviation * deviation;
  }
  const sd = squares.map((total, c) => Math.sqrt(total / size[c]!));
  return recordFromIndex(view.ids, (i) => {
    const c = codes[i]!;
    // Deviations below rounding noise of the mean count as none: the members are alike.
    return sd[c]! <= 1e-12 * Math.max(1, Math.abs(mean[c]!)) ? null : (inside[i]! - mean[c]!) / sd[c]!;
  });
}
