/**
 * Cut points of the analysis view: articulation points (actors whose removal disconnects their
 * component), bridges (pairs whose tie removal does), and how many actors each would cut off. These
 * are the network's single points of failure.
 *
 * @packageDocumentation
 */

import { createLowpointSearch, lowpointSearch } from "../internal/lowpoint.js";
import { type IdRecord, recordFromIndex } from "../internal/records.js";
import { checkArguments, optionKeys } from "../model/check-arguments.js";
import type { Ecosystem } from "../model/ecosystem.js";
import { NotApplicableError } from "../model/errors.js";
import { type EcosystemView, tieFiltersOf, VIEW_OPTION_KEYS, type ViewOptions } from "../model/view.js";
import { getView } from "../model/view-cache.js";
import { forEachFilteredTie, type MultiplicityOptions, multiplicityOf } from "./tie-multiplicity.js";

/** The keys of {@link CutPointsOptions}, checked at run time (see `checkOptionKeys`). */
const CUT_POINTS_OPTION_KEYS = optionKeys<CutPointsOptions>({
  ...VIEW_OPTION_KEYS,
  multiplicity: true,
});

/** Options of {@link cutPoints}, {@link articulationPoints}, {@link bridges}, {@link cutVertexImpact} and {@link bridgeImpact}. */
export interface CutPointsOptions extends ViewOptions, MultiplicityOptions {}

/** The defaults of {@link CutPointsOptions}. */
export const CUT_POINTS_DEFAULTS = Object.freeze({
  directed: false,
  multiplicity: "collapse",
} satisfies CutPointsOptions);

/** A bridge and the number of actors its removal would cut off. */
export interface BridgeImpact {
  /** The end with the smaller id. */
  source: string;
  /** The end with the larger id. */
  target: string;
  /** Actors on the smaller side of the bridge: min(s, |C| − s), see {@link bridgeImpact}. */
  cutOff: number;
}

/** Articulation points, bridges and their impact, from one depth-first search. */
export interface CutPointsResult {
  /** Actors whose removal disconnects their component, sorted by id. */
  articulationPoints: string[];
  /** Adjacent pairs `[source, target]` (source < target by id) whose removal disconnects their component, sorted. */
  bridges: [string, string][];
  /** Actor id → actors cut off by removing it (0 for an actor that is not an articulation point). */
  cutVertexImpact: IdRecord<number>;
  /** Each bridge with the actors its removal would cut off, in the order of `bridges`. */
  bridgeImpact: BridgeImpact[];
}

/**
 * The cut points of the view, by index; with `multiplicity: "count"`, without the bridges whose pair
 * is joined by two or more ties that pass the filters (NetworkX never calls a parallel edge a bridge).
 */
function cutPointsFor(fn: string, eco: Ecosystem, options: CutPointsOptions): CutPointsOfView {
  const multiplicity = multiplicityOf(fn, options);
  const view = undirectedView(fn, eco, options);
  const found = cutPointsOfView(view);
  const bridgeCount = found.bridgeLowerEnds.length;
  if (multiplicity === "collapse" || bridgeCount === 0) return found;
  const bridgeOf = new Map<number, number>();
  const key = (u: number, v: number) => (u < v ? u * view.order + v : v * view.order + u);
  for (let b = 0; b < bridgeCount; b++)
    bridgeOf.set(key(found.bridgeLowerEnds[b]!, found.bridgeUpperEnds[b]!), b);
  const ties = new Int32Array(bridgeCount);
  forEachFilteredTie(eco, view, tieFiltersOf(options), (u, v) => {
    const b = bridgeOf.get(key(u, v));
    if (b !== undefined) ties[b]!++;
  });
  const kept: number[] = [];
  for (let b = 0; b < bridgeCount; b++) if (ties[b] === 1) kept.push(b);
  const pick = (values: Int32Array) => Int32Array.from(kept, (b) => values[b]!);
  return {
    ...found,
    bridgeLowerEnds: pick(found.bridgeLowerEnds),
    bridgeUpperEnds: pick(found.bridgeUpperEnds),
    bridgeCutOff: pick(found.bridgeCutOff),
  };
}

function undirectedView(fn: string, eco: Ecosystem, options: ViewOptions): EcosystemView {
  if (options.directed === true) {
    throw new NotApplicableError(
      `${fn}: directed view is not supported; cut points are defined on the undirected view`,
    );
  }
  return getView(eco, { ...tieFiltersOf(options), directed: false });
}

/**
 * Articulation points, bridges and the number of actors each would cut off, from one iterative
 * Hopcroft–Tarjan depth-first search.
 *
 * @remarks
 * In a DFS tree, with d(v) the discovery time of v and low(v) the smallest discovery time reachable
 * from v's subtree by tree edges down and one back edge up:
 * a non-root v is an articulation point iff some child c has low(c) ≥ d(v); the root iff it has at least
 * two children; a tree edge (p, c) is a bridge iff low(c) > d(p).
 *
 * Impact. Let C be the component of v (|C| its number of actors). Removing v splits C − v into pieces
 * P₁ … P_k (k ≥ 2 exactly when v is an articulation point). The actors cut off by v are those of C − v
 * outside the largest piece: cutOff(v) = |C| − 1 − max_j |P_j| (0 when k ≤ 1). The pieces are the
 * subtrees of the children c with low(c) ≥ d(v), plus the rest of C − v when that is not empty.
 * Removing a bridge splits C into two sides of s and |C| − s actors; cutOff = min(s, |C| − s), where s
 * is the size of the child's subtree. Impact is measured within the actor's own component, so a
 * bridge of a small component cuts off at most half of it.
 *
 * Agrees with NetworkX `articulation_points` and `bridges` as sets. Parallel ties: by default
 * (`multiplicity: "collapse"`) they are one edge of the view, so a pair joined by several ties
 * (funding *and* training) is a bridge when losing the relationship, all its ties together,
 * disconnects the component; with `multiplicity: "count"` such a pair is never a bridge, as NetworkX
 * on a MultiGraph (losing one of its ties disconnects nothing). The search uses an explicit stack, never
 * recursion, so a path of 10⁶ actors is fine.
 * Time complexity: O(n + m) for the search, plus O(a log a + b log b) to sort a articulation points and
 * b bridges by id.
 *
 * References: Hopcroft, J. & Tarjan, R. (1973). Algorithm 447: efficient algorithms for graph
 * manipulation. Communications of the ACM 16(6), 372–378. doi:10.1145/362248.362272.
 * Tarjan, R. (1974). A note on finding the bridges of a graph. Information Processing Letters 2(6),
 * 160–161. doi:10.1016/0020-0190(74)90003-9
 *
 * @param options - view options and `multiplicity`; `directed: true` is refused.
 * @returns articulation points, bridges, and their impact.
 * @throws {@link NotApplicableError} when `directed` is true; {@link InvalidOptionError} for an unknown `multiplicity`.
 * @example
 * // path a – b – c – d – e: removing c leaves two pieces of 2, so 2 actors are cut off
 * cutPoints(createEcosystem(path5)).cutVertexImpact.c; // 2
 * @see {@link articulationPoints}
 * @see {@link bridges}
 * @category Measures
 */
export function cutPoints(eco: Ecosystem, options: CutPointsOptions = {}): CutPointsResult {
  checkArguments("cutPoints", eco, options, CUT_POINTS_OPTION_KEYS);
  const found = cutPointsFor("cutPoints", eco, options);
  const impact = bridgeRows(found);
  return {
    articulationPoints: pointIds(found),
    bridges: impact.map((row): [string, string] => [row.source, row.target]),
    cutVertexImpact: recordFromIndex(found.ids, (i) => found.cutOff[i]!),
    bridgeImpact: impact,
  };
}

/**
 * The cut points of one view by dense index, as {@link cutPointsOfView} finds them: articulation
 * points ascending by id, bridges as pairs of ends (the lower index first) ascending, and the actors
 * each would cut off. The public results are assembled from it, each only as far as it is asked for.
 */
interface CutPointsOfView {
  readonly ids: readonly string[];
  readonly points: Int32Array;
  readonly cutOff: Int32Array;
  readonly bridgeLowerEnds: Int32Array;
  readonly bridgeUpperEnds: Int32Array;
  readonly bridgeCutOff: Int32Array;
}

/** One search per view: a view never changes (a changed graph gets new views), so neither does this. */
const foundForView = new WeakMap<EcosystemView, CutPointsOfView>();

function cutPointsOfView(view: EcosystemView): CutPointsOfView {
  const cached = foundForView.get(view);
  if (cached !== undefined) return cached;
  const { order: n, ids } = view;
  const subtree = new Int32Array(n);
  const separatedSum = new Int32Array(n);
  const separatedMax = new Int32Array(n);
  const separatedChildren = new Int32Array(n);
  const cutOff = new Int32Array(n);
  // A bridge is stored as its child end c (the parent is parent[c]); its impact needs |C|, known later.
  const bridgeChildren: number[] = [];
  const bridgeCutOff: number[] = [];
  let firstBridge = 0;
  const search = createLowpointSearch(n);
  const { low, discovered, parent, order } = search;
  lowpointSearch(view, search, {
    enterRoot: () => {
      firstBridge = bridgeChildren.length;
    },
    discover: (w) => {
      subtree[w] = 1;
    },
    finish: (v, p) => {
      if (p === -1) return;
      subtree[p]! += subtree[v]!;
      if (low[v]! >= discovered[p]!) {
        separatedSum[p]! += subtree[v]!;
        if (subtree[v]! > separatedMax[p]!) separatedMax[p] = subtree[v]!;
        separatedChildren[p]!++;
      }
      if (low[v]! > discovered[p]!) bridgeChildren.push(v);
    },
    leaveRoot: (root, start, end) => {
      const size = end - start;
      for (let k = start; k < end; k++) {
        const v = order[k]!;
        const rest = v === root ? 0 : size - 1 - separatedSum[v]!;
        const largest = Math.max(rest, separatedMax[v]!);
        cutOff[v] = size - 1 - largest;
      }
      for (let b = firstBridge; b < bridgeChildren.length; b++) {
        const s = subtree[bridgeChildren[b]!]!;
        bridgeCutOff.push(Math.min(s, size - s));
      }
    },
  });

  // Dense indices are in id order, so index order is id order: no sort by id is needed.
  let pointCount = 0;
  for (let v = 0; v < n; v++) if (separatedChildren[v]! >= (parent[v] === -1 ? 2 : 1)) pointCount++;
  const points = new Int32Array(pointCount);
  pointCount = 0;
  for (let v = 0; v < n; v++)
    if (separatedChildren[v]! >= (parent[v] === -1 ? 2 : 1)) points[pointCount++] = v;

  const bridgeCount = bridgeChildren.length;
  const lower = new Int32Array(bridgeCount);
  const upper = new Int32Array(bridgeCount);
  for (let b = 0; b < bridgeCount; b++) {
    const c = bridgeChildren[b]!;
    const p = parent[c]!;
    lower[b] = Math.min(p, c);
    upper[b] = Math.max(p, c);
  }
  const rank = Array.from({ length: bridgeCount }, (_unused, b) => b);
  rank.sort((x, y) => lower[x]! - lower[y]! || upper[x]! - upper[y]!);
  const found: CutPointsOfView = {
    ids,
    points,
    cutOff,
    bridgeLowerEnds: Int32Array.from(rank, (b) => lower[b]!),
    bridgeUpperEnds: Int32Array.from(rank, (b) => upper[b]!),
    bridgeCutOff: Int32Array.from(rank, (b) => bridgeCutOff[b]!),
  };
  foundForView.set(view, found);
  return found;
}

/** The articulation points' ids, ascending. */
function pointIds(found: CutPointsOfView): string[] {
  const points = new Array<string>(found.points.length);
  for (let k = 0; k < points.length; k++) points[k] = found.ids[found.points[k]!]!;
  return points;
}

/** The bridges' pairs, smaller id first, in order. */
function bridgePairs(found: CutPointsOfView): [string, string][] {
  const pairs = new Array<[string, string]>(found.bridgeLowerEnds.length);
  for (let b = 0; b < pairs.length; b++) {
    pairs[b] = [found.ids[found.bridgeLowerEnds[b]!]!, found.ids[found.bridgeUpperEnds[b]!]!];
  }
  return pairs;
}

/** The bridges with their impact, in the order of {@link bridgePairs}. */
function bridgeRows(found: CutPointsOfView): BridgeImpact[] {
  const rows = new Array<BridgeImpact>(found.bridgeLowerEnds.length);
  for (let b = 0; b < rows.length; b++) {
    rows[b] = {
      source: found.ids[found.bridgeLowerEnds[b]!]!,
      target: found.ids[found.bridgeUpperEnds[b]!]!,
      cutOff: found.bridgeCutOff[b]!,
    };
  }
  return rows;
}

/**
 * Articulation points (cut vertices): actors whose removal disconnects their component.
 *
 * @remarks
 * v is an articulation point when its component, without v, falls into two or more pieces. Found by an
 * iterative Hopcroft–Tarjan lowpoint search (see {@link cutPoints} for the criterion).
 * Agrees with NetworkX `articulation_points` (as a set; sorted by id here). Differs on purpose: none.
 * An isolate or a pair is never an articulation point; an empty ecosystem has none.
 * Time complexity: O(n + m + a log a).
 *
 * References: Hopcroft, J. & Tarjan, R. (1973). Communications of the ACM 16(6), 372–378.
 * doi:10.1145/362248.362272
 *
 * @param options - view options and `multiplicity`; `directed: true` is refused.
 * @returns actor ids, sorted.
 * @throws {@link NotApplicableError} when `directed` is true; {@link InvalidOptionError} for an unknown `multiplicity`.
 * @example
 * // star hub – x, y, z
 * articulationPoints(createEcosystem(star)); // ["hub"]
 * @see {@link cutVertexImpact}
 * @category Measures
 */
export function articulationPoints(eco: Ecosystem, options: CutPointsOptions = {}): string[] {
  checkArguments("articulationPoints", eco, options, CUT_POINTS_OPTION_KEYS);
  return pointIds(cutPointsFor("articulationPoints", eco, options));
}

/**
 * Bridges (cut edges): adjacent pairs whose tie removal disconnects their component.
 *
 * @remarks
 * (u, v) is a bridge when it lies on no cycle: after removing every tie between u and v no path joins
 * them. Parallel ties count as one relationship, or with `multiplicity: "count"` a pair joined by
 * several ties is never a bridge, as NetworkX on a MultiGraph (see {@link cutPoints}). Found by an iterative
 * lowpoint search: the tree edge (p, c) is a bridge iff low(c) > d(p).
 * Agrees with NetworkX `bridges` on simple graphs (as a set; pairs ordered by id here), and on a
 * MultiGraph with `multiplicity: "count"`.
 * Time complexity: O(n + m + b log b).
 *
 * References: Tarjan, R. (1974). A note on finding the bridges of a graph. Information Processing
 * Letters 2(6), 160–161. doi:10.1016/0020-0190(74)90003-9
 *
 * @param options - view options and `multiplicity`; `directed: true` is refused.
 * @returns `[source, target]` pairs with source < target by id, sorted by source then target.
 * @throws {@link NotApplicableError} when `directed` is true; {@link InvalidOptionError} for an unknown `multiplicity`.
 * @example
 * // path a – b – c: both ties are bridges
 * bridges(createEcosystem(path)); // [["a", "b"], ["b", "c"]]
 * @see {@link bridgeImpact}
 * @category Measures
 */
export function bridges(eco: Ecosystem, options: CutPointsOptions = {}): [string, string][] {
  checkArguments("bridges", eco, options, CUT_POINTS_OPTION_KEYS);
  return bridgePairs(cutPointsFor("bridges", eco, options));
}

/**
 * How many actors removing each actor would cut off from the largest remaining piece of its component.
 *
 * @remarks
 * cutOff(v) = |C| − 1 − max_j |P_j|, where C is v's component and P₁ … P_k the components of C − v;
 * 0 when v is not an articulation point (k ≤ 1). Computed from DFS subtree sizes in the same search
 * as the articulation points (see {@link cutPoints}). Ours: no reference implementation; checked by
 * brute force (remove the actor, recount the components).
 * Time complexity: O(n + m).
 *
 * References: Hopcroft, J. & Tarjan, R. (1973). Communications of the ACM 16(6), 372–378.
 * doi:10.1145/362248.362272
 *
 * @param options - view options and `multiplicity`; `directed: true` is refused.
 * @returns actor id → number of actors cut off (0 for non-cut vertices).
 * @throws {@link NotApplicableError} when `directed` is true; {@link InvalidOptionError} for an unknown `multiplicity`.
 * @example
 * // star hub – x, y, z: without the hub, two of the three leaves are cut off from the third
 * cutVertexImpact(createEcosystem(star)).hub; // 2
 * @see {@link articulationPoints}
 * @category Measures
 */
export function cutVertexImpact(eco: Ecosystem, options: CutPointsOptions = {}): IdRecord<number> {
  checkArguments("cutVertexImpact", eco, options, CUT_POINTS_OPTION_KEYS);
  const found = cutPointsFor("cutVertexImpact", eco, options);
  return recordFromIndex(found.ids, (i) => found.cutOff[i]!);
}

/**
 * Each bridge with how many actors its removal would cut off: the actors of the smaller side.
 *
 * @remarks
 * Removing the bridge (u, v) splits its component C into two sides of s and |C| − s actors;
 * cutOff = min(s, |C| − s). s is the DFS subtree size of the bridge's child end. Ours: no reference
 * implementation; checked by brute force.
 * Time complexity: O(n + m + b log b).
 *
 * References: Tarjan, R. (1974). Information Processing Letters 2(6), 160–161.
 * doi:10.1016/0020-0190(74)90003-9
 *
 * @param options - view options and `multiplicity`; `directed: true` is refused.
 * @returns `{ source, target, cutOff }` rows in the order of {@link bridges}.
 * @throws {@link NotApplicableError} when `directed` is true; {@link InvalidOptionError} for an unknown `multiplicity`.
 * @example
 * // path a – b – c – d – e: the tie b – c leaves a and b on the smaller side
 * bridgeImpact(createEcosystem(path5))[1]; // { source: "b", target: "c", cutOff: 2 }
 * @see {@link bridges}
 * @category Measures
 */
export function bridgeImpact(eco: Ecosystem, options: CutPointsOptions = {}): BridgeImpact[] {
  checkArguments("bridgeImpact", eco, options, CUT_POINTS_OPTION_KEYS);
  return bridgeRows(cutPointsFor("bridgeImpact", eco, options));
}
