/**
 * Clustering: how often an actor's contacts are tied to each other (local clustering, its average,
 * and transitivity), on the undirected analysis view.
 *
 * @packageDocumentation
 */

import type { IdRecord } from "../internal/records.js";
import { checkArguments, optionKeys } from "../model/check-arguments.js";
import type { Ecosystem } from "../model/ecosystem.js";
import { NotApplicableError } from "../model/errors.js";
import { type EcosystemView, tieFiltersOf, VIEW_OPTION_KEYS, type ViewOptions } from "../model/view.js";
import { getView } from "../model/view-cache.js";
import { type ActorSubsetOptions, recordOfSelected, selectedIndices } from "./actor-subset.js";
import { directedClusteringValues } from "./directed-clustering.js";

/** The keys of {@link ClusteringOptions}, checked at run time (see `checkOptionKeys`). */
const CLUSTERING_OPTION_KEYS = optionKeys<ClusteringOptions>({
  ...VIEW_OPTION_KEYS,
  weighted: true,
  nodes: true,
});

/** The keys of {@link TransitivityOptions}, checked at run time (see `checkOptionKeys`). */
const TRANSITIVITY_OPTION_KEYS = optionKeys<TransitivityOptions>({
  ...VIEW_OPTION_KEYS,
});

/** Options of {@link localClustering} and {@link averageClustering}. */
export interface ClusteringOptions extends ViewOptions, ActorSubsetOptions {
  /**
   * Onnela's weighted clustering on tie strengths (NetworkX `clustering(G, weight="weight")`); `false`
   * counts triangles (NetworkX's default `weight=None`).
   * @defaultValue false
   */
  weighted?: boolean;
  /**
   * `true`: Fagiolo's directed clustering on the directed view (with `weighted`, his weighted form). See
   * {@link ViewOptions.directed}.
   * @defaultValue false
   */
  directed?: boolean;
}

/** The defaults of {@link ClusteringOptions}. */
export const CLUSTERING_DEFAULTS = Object.freeze({
  directed: false,
  weighted: false,
} satisfies ClusteringOptions);

/** Options of {@link transitivity}: the view options. */
export interface TransitivityOptions extends ViewOptions {}

/** The defaults of {@link TransitivityOptions}. */
export const TRANSITIVITY_DEFAULTS = Object.freeze({ directed: false } satisfies TransitivityOptions);

function undirectedView(fn: string, eco: Ecosystem, options: ViewOptions): EcosystemView {
  if (options.directed === true) {
    throw new NotApplicableError(
      `${fn}: directed view is not supported; clustering is defined on the undirected view`,
    );
  }
  return getView(eco, { ...options, directed: false });
}

/**
 * Per actor: t = the number of ties among its neighbours (unweighted), or the sum over those ties of
 * (ŵ_uv ŵ_uw ŵ_vw)^(1/3) (weighted). One pass with a neighbour mark, no allocation per actor.
 */
function triangleSums(view: EcosystemView, weighted: boolean): Float64Array {
  const { order: n, offsets, targets, weights } = view;
  let maxWeight = 0;
  for (let k = 0; k < weights.length; k++) if (weights[k]! > maxWeight) maxWeight = weights[k]!;
  if (maxWeight === 0) maxWeight = 1;
  const mark = new Int32Array(n).fill(-1);
  const markWeight = new Float64Array(weighted ? n : 0);
  const sums = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    const start = offsets[u]!;
    const end = offsets[u + 1]!;
    if (end - start < 2) continue;
    for (let k = start; k < end; k++) {
      mark[targets[k]!] = u;
      if (weighted) markWeight[targets[k]!] = weights[k]! / maxWeight;
    }
    let sum = 0;
    for (let k = start; k < end; k++) {
      const v = targets[k]!;
      const wuv = weighted ? weights[k]! / maxWeight : 1;
      // Count each tie v – w among the neighbours once, from its smaller end (lists are sorted).
      for (let l = offsets[v + 1]! - 1, stop = offsets[v]!; l >= stop; l--) {
        const w = targets[l]!;
        if (w <= v) break;
        if (mark[w] !== u) continue;
        sum += weighted ? Math.cbrt(wuv * (weights[l]! / maxWeight) * markWeight[w]!) : 1;
      }
    }
    sums[u] = sum;
  }
  return sums;
}

/**
 * The view a clustering function reads, with its values: the undirected view (Watts–Strogatz or
 * Onnela), or with `directed: true` the directed view (Fagiolo, weighted or not).
 */
function clusteringOf(
  eco: Ecosystem,
  options: ClusteringOptions,
): { view: EcosystemView; values: Float64Array } {
  const weighted = options.weighted ?? CLUSTERING_DEFAULTS.weighted;
  if (options.directed === true) {
    const view = getView(eco, { ...tieFiltersOf(options), directed: true });
    return { view, values: directedClusteringValues(view, weighted) };
  }
  const view = getView(eco, { ...tieFiltersOf(options), directed: false });
  return { view, values: clusteringValues(view, weighted) };
}

function clusteringValues(view: EcosystemView, weighted: boolean): Float64Array {
  const { order: n, offsets } = view;
  const sums = triangleSums(view, weighted);
  const values = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    const d = offsets[u + 1]! - offsets[u]!;
    values[u] = d < 2 || sums[u] === 0 ? 0 : (2 * sums[u]!) / (d * (d - 1));
  }
  return values;
}

/**
 * Local clustering coefficient of each actor: the share of pairs of its contacts that are tied to
 * each other.
 *
 * @remarks
 * Unweighted: c(u) = 2 T(u) / (d(u) (d(u) − 1)), where d(u) is the number of distinct neighbours and
 * T(u) the number of ties among them (triangles through u).
 * Weighted (Onnela et al. 2005): c(u) = 2 / (d(u) (d(u) − 1)) · Σ_{v<w ∈ N(u), v~w} (ŵ_uv ŵ_uw ŵ_vw)^(1/3),
 * where ŵ = w / max w, w is the summed strength of the ties between a pair and max w is the largest
 * in the view.
 * Directed (`directed: true`, Fagiolo 2007, "total" clustering): c(u) = T(u) / (2 (d(u)(d(u) − 1) −
 * 2 d↔(u))), where T(u) = (A + Aᵀ)³_uu counts the directed triangles through u (A the arcs of the
 * directed view), d(u) is in-degree plus out-degree and d↔(u) the number of reciprocated pairs;
 * with `weighted: true` each triangle counts (ŵ₁ ŵ₂ ŵ₃)^(1/3) of its three arcs' strengths over the
 * largest arc strength (Fagiolo's weighted total clustering, NetworkX `clustering(G, weight=...)` on a DiGraph).
 * Agrees with NetworkX `clustering(G)` and `clustering(G, weight="weight")`, and with `clustering` on
 * a DiGraph for `directed: true` (and with `weight="weight"` when `weighted`). Differs on purpose: none. (igraph's `transitivity_local` gives NaN for degree < 2, and its weighted variant is Barrat's, a
 * different measure.) Degree < 2 → 0, as NetworkX.
 * Time complexity: O(Σ_v d(v)²) in the worst case.
 *
 * References: Watts, D. J. & Strogatz, S. H. (1998). Collective dynamics of 'small-world' networks.
 * Nature 393, 440–442. doi:10.1038/30918.
 * Onnela, J.-P., Saramäki, J., Kertész, J. & Kaski, K. (2005). Intensity and coherence of motifs in
 * weighted complex networks. Physical Review E 71, 065103. doi:10.1103/PhysRevE.71.065103
 * Fagiolo, G. (2007). Clustering in complex directed networks. Physical Review E 76, 026107.
 * doi:10.1103/PhysRevE.76.026107
 *
 * @param options - view options, `weighted` and `nodes`.
 * @returns actor id → clustering in [0, 1].
 * @throws {@link InvalidOptionError} when `nodes` names an unknown actor.
 * @example
 * // triangle a, b, c with a pendant d on c: c has 1 tie among its 3 pairs of contacts
 * localClustering(createEcosystem(triangleWithPendant)).c; // 0.3333333333333333
 * @see {@link averageClustering}
 * @category Measures
 */
export function localClustering(eco: Ecosystem, options: ClusteringOptions = {}): IdRecord<number> {
  checkArguments("localClustering", eco, options, CLUSTERING_OPTION_KEYS);
  const { view, values } = clusteringOf(eco, options);
  const selected = selectedIndices("localClustering", view.index, view.order, options.nodes);
  return recordOfSelected(view.ids, selected, (i) => values[i]!);
}

/**
 * Average clustering: the mean of {@link localClustering} over all actors.
 *
 * @remarks
 * C̄ = (1/n) Σ_u c(u), actors of degree < 2 counted with c = 0 (NetworkX's default `count_zeros=True`);
 * over the actors of `nodes` when given; Fagiolo's c(u) with `directed: true`.
 * Agrees with NetworkX `average_clustering(G, nodes)` (and with `weight="weight"` when `weighted`).
 * Differs on purpose: an empty ecosystem or `nodes` list gives `null` (NetworkX raises
 * ZeroDivisionError). igraph's default
 * average skips actors of degree < 2 and so is larger.
 * Time complexity: that of {@link localClustering}.
 *
 * References: Watts, D. J. & Strogatz, S. H. (1998). Nature 393, 440–442. doi:10.1038/30918
 *
 * @param options - view options, `weighted` and `nodes`.
 * @returns the mean clustering, `null` for an empty ecosystem.
 * @throws as {@link localClustering}.
 * @example
 * // triangle with a pendant: (1 + 1 + 1/3 + 0) / 4
 * averageClustering(createEcosystem(triangleWithPendant)); // 0.5833333333333334
 * @see {@link localClustering}
 * @category Measures
 */
export function averageClustering(eco: Ecosystem, options: ClusteringOptions = {}): number | null {
  checkArguments("averageClustering", eco, options, CLUSTERING_OPTION_KEYS);
  const { view, values } = clusteringOf(eco, options);
  const selected = selectedIndices("averageClustering", view.index, view.order, options.nodes);
  if (selected.length === 0) return null;
  let sum = 0;
  for (let s = 0; s < selected.length; s++) sum += values[selected[s]!]!;
  return sum / selected.length;
}

/**
 * Transitivity (global clustering): the share of connected triples that are closed into triangles.
 *
 * @remarks
 * T = 3 × triangles / connected triples = Σ_u 2 T(u) / Σ_u d(u) (d(u) − 1), with T(u) and d(u) as in
 * {@link localClustering}. Unweighted.
 * Agrees with NetworkX `transitivity` and igraph `transitivity(type="global")`. Differs on purpose: none.
 * 0 when there is no triangle (also for an empty ecosystem), as NetworkX.
 * Time complexity: O(Σ_v d(v)²) in the worst case.
 *
 * References: Newman, M. E. J., Strogatz, S. H. & Watts, D. J. (2001). Random graphs with arbitrary
 * degree distributions and their applications. Physical Review E 64, 026118.
 * doi:10.1103/PhysRevE.64.026118
 *
 * @param options - view options; `directed: true` is refused.
 * @returns the transitivity in [0, 1].
 * @throws {@link NotApplicableError} when `directed` is true.
 * @example
 * // triangle with a pendant: 1 triangle, 5 connected triples
 * transitivity(createEcosystem(triangleWithPendant)); // 0.6
 * @see {@link localClustering}
 * @category Measures
 */
export function transitivity(eco: Ecosystem, options: TransitivityOptions = {}): number {
  checkArguments("transitivity", eco, options, TRANSITIVITY_OPTION_KEYS);
  const view = undirectedView("transitivity", eco, options);
  const sums = triangleSums(view, false);
  const { order: n, offsets } = view;
  let closed = 0;
  let triples = 0;
  for (let u = 0; u < n; u++) {
    const d = offsets[u + 1]! - offsets[u]!;
    closed += 2 * sums[u]!;
    triples += d * (d - 1);
  }
  return closed === 0 ? 0 : closed / triples;
}
