/**
 * When the broker analyses compute betweenness exactly and when they estimate it from a seeded sample
 * of pivot sources (Brandes & Pich 2007), so that a large ecosystem is read in seconds.
 *
 * @packageDocumentation
 */
import type { IdRecord } from "../internal/records.js";
import { betweenness } from "../metrics/centrality.js";
import type { Ecosystem } from "../model/ecosystem.js";
import { InvalidOptionError } from "../model/errors.js";
import { mustBe, ruleAutoExactOrInteger } from "../model/option-errors.js";
import type { EcosystemView, ViewOptions } from "../model/view.js";
import { getView } from "../model/view-cache.js";

/**
 * How betweenness is computed: `"auto"` (exact up to {@link EXACT_BETWEENNESS_LIMIT} actors, above that
 * estimated from {@link AUTO_BETWEENNESS_PIVOTS} pivots), `"exact"`, or a number k of pivot sources
 * (an integer ≥ 2; k ≥ the number of actors gives the exact value).
 */
export type BetweennessSample = "auto" | "exact" | number;

/**
 * Largest number of actors for which `"auto"` computes betweenness exactly. Exact betweenness costs
 * O(n · (n + m)): about 1.2 s for 2 000 actors and 10 000 ties on a 2-core machine, 8 s for 5 000.
 */
export const EXACT_BETWEENNESS_LIMIT = 2000;

/**
 * Most pivot sources of the `"auto"` estimate above {@link EXACT_BETWEENNESS_LIMIT}: the standard
 * error of a sampled estimate shrinks like 1/√k, and 500 pivots rank 10 000 actors and 50 000 ties in
 * under 2 s (top-20 overlap with exact 16/20, Spearman ρ 0.95; docs/performance.md).
 */
export const AUTO_BETWEENNESS_PIVOTS = 500;

/**
 * Fewest pivot sources of the `"auto"` estimate: on the largest ecosystems the pivots are cut to fit
 * {@link AUTO_BETWEENNESS_WORK}, never below this many (100 pivots: top-20 overlap 15/20 on 10 000
 * actors).
 */
export const AUTO_BETWEENNESS_MIN_PIVOTS = 100;

/**
 * Work budget of the `"auto"` estimate, in adjacency entries scanned: k pivots cost about k · (n + a)
 * for n actors and a adjacency entries (twice the tied pairs on the undirected view). The budget is
 * what 500 pivots cost on 10 000 actors and 50 000 ties, so every ecosystem up to that size keeps
 * 500 pivots, and 100 000 actors with 10⁶ ties get 100 instead of spending minutes.
 */
export const AUTO_BETWEENNESS_WORK = AUTO_BETWEENNESS_PIVOTS * 110_000;

/**
 * The `sample` to pass to `betweenness` for `order` actors and `adjacencySize` adjacency entries of the
 * view: `undefined` for the exact value, otherwise the number of pivots (from 2 to `order − 1`). With
 * `"auto"`: exact up to {@link EXACT_BETWEENNESS_LIMIT} actors, else ⌊{@link AUTO_BETWEENNESS_WORK} /
 * (order + adjacencySize)⌋ pivots clamped to [{@link AUTO_BETWEENNESS_MIN_PIVOTS},
 * {@link AUTO_BETWEENNESS_PIVOTS}] (500 when `adjacencySize` is not given).
 *
 * @throws {@link InvalidOptionError} when `sample` is neither `"auto"`, `"exact"` nor an integer ≥ 2.
 */
export function betweennessPivots(
  fn: string,
  sample: BetweennessSample,
  order: number,
  adjacencySize = 0,
): number | undefined {
  if (sample === "exact") return undefined;
  if (sample === "auto") {
    if (order <= EXACT_BETWEENNESS_LIMIT) return undefined;
    const affordable = Math.floor(AUTO_BETWEENNESS_WORK / (order + adjacencySize));
    return Math.max(AUTO_BETWEENNESS_MIN_PIVOTS, Math.min(AUTO_BETWEENNESS_PIVOTS, affordable));
  }
  if (typeof sample !== "number" || !Number.isInteger(sample) || sample < 2) {
    throw mustBe(fn, "betweennessSample", String(sample), ruleAutoExactOrInteger(2));
  }
  return sample >= order ? undefined : sample;
}

const shared = new WeakMap<EcosystemView, Map<string, Readonly<IdRecord<number>>>>();

/**
 * Normalised betweenness on the view of `viewOptions`, exact when `pivots` is `undefined`, else from
 * that many pivots drawn with `seed` — computed once per view and shared by the analyses that read the
 * same values (`diagnoseStage`, `findBridgeActors`, the report's actor table and map), so a report
 * pays for one betweenness, not three. The view is rebuilt when the graph changes, which drops its
 * entries. The record is shared: read it, never write it. @internal
 */
export function sharedBetweenness(
  eco: Ecosystem,
  viewOptions: ViewOptions,
  pivots: number | undefined,
  seed: number,
): Readonly<IdRecord<number>> {
  const view = getView(eco, viewOptions);
  let byKey = shared.get(view);
  if (byKey === undefined) {
    byKey = new Map();
    shared.set(view, byKey);
  }
  // The seed draws the pivots only: every exact run is the same.
  const key = pivots === undefined ? "exact" : `${pivots}:${seed}`;
  let values = byKey.get(key);
  if (values === undefined) {
    const options = { ...viewOptions, normalized: true, seed };
    values = betweenness(eco, pivots === undefined ? options : { ...options, sample: pivots });
    byKey.set(key, values);
  }
  return values;
}
