/**
 * Edge betweenness: how much of the shortest-path traffic between actors runs along each tie.
 *
 * @packageDocumentation
 */

import { checkArguments, optionKeys } from "../model/check-arguments.js";
import type { Ecosystem } from "../model/ecosystem.js";
import { type EcosystemView, VIEW_OPTION_KEYS, type ViewOptions, viewOptionsOf } from "../model/view.js";
import { getView } from "../model/view-cache.js";
import { accumulatePathDependencies, checkPathWeights, type PathWeights } from "./path-dependencies.js";

/** The keys of {@link EdgeBetweennessOptions}, checked at run time (see `checkOptionKeys`). */
const EDGE_BETWEENNESS_OPTION_KEYS = optionKeys<EdgeBetweennessOptions>({
  ...VIEW_OPTION_KEYS,
  normalized: true,
  weights: true,
});

/** Options of {@link edgeBetweenness}. */
export interface EdgeBetweennessOptions extends ViewOptions {
  /**
   * Divide by n(n − 1), the number of ordered pairs of actors (NetworkX `normalized=True`). `false`:
   * raw sums, each unordered pair counted once on the undirected view.
   * @defaultValue true
   */
  normalized?: boolean;
  /**
   * Hops, or tie weights read as lengths (see {@link PathWeights}).
   * @defaultValue "ignore"
   */
  weights?: PathWeights;
}

/** The defaults of {@link EdgeBetweennessOptions}. */
export const EDGE_BETWEENNESS_DEFAULTS = Object.freeze({
  directed: false,
  normalized: true,
  weights: "ignore",
} satisfies EdgeBetweennessOptions);

/** The betweenness of one tie of the view. */
export interface TieBetweenness {
  /** The tail of the arc; on the undirected view the smaller id of the pair. */
  source: string;
  /** The head of the arc; on the undirected view the larger id of the pair. */
  target: string;
  /** See {@link edgeBetweenness}. */
  betweenness: number;
}

/**
 * Edge betweenness by out-list position of the view: on the undirected view the value of edge {u, v}
 * sits on both of its halves. With `pivots`, estimated from those sources only, each source's
 * dependencies counted n / k times (Brandes & Pich 2007).
 * @internal
 */
export function edgeBetweennessValues(
  view: EcosystemView,
  normalized: boolean,
  byLength: boolean,
  pivots: Int32Array | null = null,
): Float64Array {
  const { order: n, offsets, targets } = view;
  const arcs = new Float64Array(targets.length);
  accumulatePathDependencies(view, byLength, { actors: null, arcs }, pivots);
  let scale = 1;
  if (n >= 2) scale = normalized ? 1 / (n * (n - 1)) : view.directed ? 1 : 0.5;
  if (pivots !== null && pivots.length > 0) scale *= n / pivots.length;
  if (view.directed) {
    for (let k = 0; k < arcs.length; k++) arcs[k]! *= scale;
    return arcs;
  }
  // Paths from s to t run along v → w, from t to s along w → v: the edge carries both halves.
  const values = new Float64Array(targets.length);
  const cursor = offsets.slice(0, n);
  for (let u = 0; u < n; u++) {
    for (let k = offsets[u]!, end = offsets[u + 1]!; k < end; k++) {
      const v = targets[k]!;
      const twin = cursor[v]!++;
      if (v > u) continue;
      const value = (arcs[k]! + arcs[twin]!) * scale;
      values[k] = value;
      values[twin] = value;
    }
  }
  return values;
}

/**
 * Shortest-path betweenness of each tie: the share of shortest paths between pairs of actors that run
 * along it.
 *
 * @remarks
 * C_B(e) = Σ_{s ≠ t} σ_st(e) / σ_st, where σ_st is the number of shortest paths from s to t and
 * σ_st(e) the number of those along e (endpoints included: the tie between two actors carries their
 * own path). Each unordered pair counts once on the undirected view with `normalized: false`;
 * `normalized` divides by n(n − 1) (NetworkX's convention for both views). With `weights: "length"`
 * path lengths are sums of tie weights (Dijkstra), where ties that are equally short count alike.
 * Agrees with NetworkX `edge_betweenness_centrality(G, normalized, weight=None | "weight")`.
 * Differs on purpose: parallel ties are one tie of the view, with their weights summed (NetworkX on a
 * MultiGraph scores each parallel edge apart); rows are ordered by source then target id, and on the
 * undirected view `source` is the smaller id.
 * A pair that no path joins contributes nothing; an ecosystem without ties gives no rows.
 * Time complexity: O(n · (n + m)) by hops, O(n · (n + m) log n) by length; memory O(n + m).
 *
 * References: Girvan, M. & Newman, M. E. J. (2002). Community structure in social and biological
 * networks. PNAS 99(12), 7821–7826. doi:10.1073/pnas.122653799
 * Brandes, U. (2008). On variants of shortest-path betweenness centrality and their generic
 * computation. Social Networks 30(2), 136–145. doi:10.1016/j.socnet.2007.11.001
 *
 * @param options - view options, `normalized` and `weights`.
 * @returns one row per tie of the view, ordered by source then target id.
 * @throws {@link InvalidOptionError} when `weights` is neither `"ignore"` nor `"length"`.
 * @example
 * // path a – b – c: each tie carries its own pair and the pair a, c
 * edgeBetweenness(createEcosystem(path), { normalized: false });
 * // [{ source: "a", target: "b", betweenness: 2 }, { source: "b", target: "c", betweenness: 2 }]
 * @category Measures
 */
export function edgeBetweenness(eco: Ecosystem, options: EdgeBetweennessOptions = {}): TieBetweenness[] {
  checkArguments("edgeBetweenness", eco, options, EDGE_BETWEENNESS_OPTION_KEYS);
  const settings = { ...EDGE_BETWEENNESS_DEFAULTS, ...options };
  const weights = checkPathWeights("edgeBetweenness", settings.weights);
  const view = getView(eco, viewOptionsOf(options));
  const values = edgeBetweennessValues(view, settings.normalized, weights === "length");
  const { order, offsets, targets, ids, directed } = view;
  const rows: TieBetweenness[] = [];
  for (let u = 0; u < order; u++) {
    for (let k = offsets[u]!, end = offsets[u + 1]!; k < end; k++) {
      const v = targets[k]!;
      if (!directed && v < u) continue;
      rows.push({ source: ids[u]!, target: ids[v]!, betweenness: values[k]! });
    }
  }
  return rows;
}
