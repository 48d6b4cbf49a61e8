/**
 * Link prediction: scores for absent ties from the neighbourhoods of their two ends — common
 * neighbours, Jaccard, Adamic–Adar, resource allocation and preferential attachment — on the undirected
 * simple view, with NetworkX `link_prediction.py` conventions.
 *
 * @packageDocumentation
 */

import { compareIds } from "../internal/compare.js";
import { checkArguments, optionKeys } from "../model/check-arguments.js";
import type { Ecosystem } from "../model/ecosystem.js";
import { EcoweaveError, InvalidOptionError, NotApplicableError } from "../model/errors.js";
import { isNot, mustBe, optionError, ruleOneOfList, rulePositiveInteger } from "../model/option-errors.js";
import { type EcosystemView, VIEW_OPTION_KEYS, type ViewOptions } from "../model/view.js";
import { getUndirectedView } from "../model/view-cache.js";
import { OPTION_JOINS_ITSELF, OPTION_SAME_ACTOR } from "../text/catalogues/en/options.js";

/** The keys of {@link LinkPredictionOptions}, checked at run time (see `checkOptionKeys`). */
const LINK_PREDICTION_OPTION_KEYS = optionKeys<LinkPredictionOptions>({
  ...VIEW_OPTION_KEYS,
  method: true,
  pairs: true,
  top: true,
});

/** A link prediction score. */
export type LinkPredictionMethod =
  | "common-neighbors"
  | "jaccard"
  | "adamic-adar"
  | "resource-allocation"
  | "preferential-attachment";

const METHODS: readonly LinkPredictionMethod[] = [
  "common-neighbors",
  "jaccard",
  "adamic-adar",
  "resource-allocation",
  "preferential-attachment",
];

/** Options of {@link linkPrediction}. */
export interface LinkPredictionOptions extends ViewOptions {
  /**
   * The score (see {@link linkPrediction} for the formulas).
   * @defaultValue "adamic-adar"
   */
  method?: LinkPredictionMethod;
  /**
   * The pairs to score, as `[source, target]` actor ids, in any order and adjacent or not.
   * @defaultValue every pair of distinct actors not tied in the view
   */
  pairs?: readonly (readonly [string, string])[];
  /**
   * Keep only the best `top` rows.
   * @defaultValue every row
   */
  top?: number;
}

/** The defaults of {@link LinkPredictionOptions}. */
export const LINK_PREDICTION_DEFAULTS = Object.freeze({
  method: "adamic-adar",
} satisfies LinkPredictionOptions);

/** One scored pair. */
export interface LinkPredictionRow {
  /** First actor of the pair (as given in `pairs`; otherwise the smaller id). */
  source: string;
  /** Second actor of the pair. */
  target: string;
  /** The method's score. */
  score: number;
  /** The actors tied to both, sorted by id: the mutual contacts who could introduce them. */
  commonNeighbors: string[];
}

function indexOf(view: EcosystemView, id: string, fn: string, where: string): number {
  const index = view.index.get(id);
  if (index === undefined) throw new EcoweaveError("unknown_actor", `${fn}: unknown actor "${id}"${where}`);
  return index;
}

/**
 * Common neighbours of u and v by dense index, ascending, from the two sorted CSR lists. O(d_u + d_v).
 * @internal
 */
export function commonNeighborIndices(view: EcosystemView, u: number, v: number): number[] {
  const { offsets, targets } = view;
  const common: number[] = [];
  let i = offsets[u]!;
  let j = offsets[v]!;
  const iEnd = offsets[u + 1]!;
  const jEnd = offsets[v + 1]!;
  while (i < iEnd && j < jEnd) {
    const a = targets[i]!;
    const b = targets[j]!;
    if (a === b) {
      if (a !== u && a !== v) common.push(a);
      i++;
      j++;
    } else if (a < b) i++;
    else j++;
  }
  return common;
}

function idsOf(view: EcosystemView, indices: readonly number[]): string[] {
  return indices.map((i) => view.ids[i]!).sort(compareIds);
}

/** Score of a pair from its degrees and its common neighbours' degrees. */
function score(
  method: LinkPredictionMethod,
  degreeU: number,
  degreeV: number,
  common: number,
  commonDegreeSum: number,
): number {
  switch (method) {
    case "common-neighbors":
      return common;
    case "jaccard": {
      const union = degreeU + degreeV - common;
      return union === 0 ? 0 : common / union;
    }
    case "preferential-attachment":
      return degreeU * degreeV;
    default:
      // Adamic–Adar and resource allocation: commonDegreeSum already holds Σ 1/ln d_w or Σ 1/d_w.
      return commonDegreeSum;
  }
}

/** Contribution of a common neighbour of degree d to the summed scores. */
function contribution(method: LinkPredictionMethod, degree: number): number {
  if (method === "adamic-adar") return 1 / Math.log(degree);
  if (method === "resource-allocation") return 1 / degree;
  return 0;
}

/** A candidate row before ids are attached. */
interface Candidate {
  source: number;
  target: number;
  score: number;
}

/**
 * Keeps the best rows: all of them, or the best `top` in a bounded heap whose root is the worst kept,
 * so scoring every pair of a large view needs O(top) memory.
 */
class BestRows {
  private readonly rows: Candidate[] = [];

  constructor(
    private readonly limit: number,
    private readonly better: (a: Candidate, b: Candidate) => boolean,
  ) {}

  offer(row: Candidate): void {
    const rows = this.rows;
    if (this.limit === Number.POSITIVE_INFINITY) {
      rows.push(row);
      return;
    }
    if (rows.length < this.limit) {
      rows.push(row);
      let child = rows.length - 1;
      while (child > 0) {
        const parent = (child - 1) >> 1;
        if (!this.better(rows[parent]!, rows[child]!)) break;
        [rows[parent], rows[child]] = [rows[child]!, rows[parent]!];
        child = parent;
      }
      return;
    }
    if (rows.length === 0 || !this.better(row, rows[0]!)) return;
    rows[0] = row;
    let parent = 0;
    for (;;) {
      const left = 2 * parent + 1;
      const right = left + 1;
      let worst = parent;
      if (left < rows.length && this.better(rows[worst]!, rows[left]!)) worst = left;
      if (right < rows.length && this.better(rows[worst]!, rows[right]!)) worst = right;
      if (worst === parent) break;
      [rows[parent], rows[worst]] = [rows[worst]!, rows[parent]!];
      parent = worst;
    }
  }

  sorted(): Candidate[] {
    return this.rows.sort((a, b) => (this.better(a, b) ? -1 : this.better(b, a) ? 1 : 0));
  }
}

/**
 * Scores absent ties by the neighbourhoods of their ends: who is likely to, or could easily, be tied.
 *
 * @remarks
 * For a pair (u, v) with neighbour sets Γ(u), Γ(v) and degrees d (distinct adjacent actors):
 * - `common-neighbors`: |Γ(u) ∩ Γ(v)|;
 * - `jaccard`: |Γ(u) ∩ Γ(v)| / |Γ(u) ∪ Γ(v)| (0 when both are isolates);
 * - `adamic-adar`: Σ_{w ∈ Γ(u) ∩ Γ(v)} 1 / ln d_w;
 * - `resource-allocation`: Σ_{w ∈ Γ(u) ∩ Γ(v)} 1 / d_w;
 * - `preferential-attachment`: d_u · d_v.
 * Hop structure only: weights are ignored. Without `pairs`, every pair of distinct actors not tied in
 * the view is scored, including pairs with no common neighbour (score 0), with `source` the smaller id.
 * Rows are sorted by score descending, then `source`, then `target` (ids by code units); `top` keeps
 * the first rows. Each row names the common neighbours, the mutual contacts who could introduce them.
 * Agrees with NetworkX `common_neighbors`, `jaccard_coefficient`, `adamic_adar_index`,
 * `resource_allocation_index` and `preferential_attachment` on the undirected simple graph. Differs on
 * purpose: rows come sorted; the directed view is refused (NetworkX: not implemented for directed).
 * Time complexity: without `pairs`, O(n² + Σ_w d_w²) time — every pair of actors is visited, fine up to a
 * few thousand actors, beyond that pass `pairs` (for example the candidates of a weaving strategy);
 * memory O(n + top), or O(n²) rows without `top`. With `pairs`, O(Σ (d_u + d_v)) over the pairs.
 *
 * References: Liben-Nowell, D., & Kleinberg, J. (2007). The link-prediction problem for social networks.
 * JASIST 58(7), 1019–1031. doi:10.1002/asi.20591
 * Adamic, L. A., & Adar, E. (2003). Friends and neighbors on the Web. Social Networks 25(3), 211–230.
 * doi:10.1016/S0378-8733(03)00009-1
 * Zhou, T., Lü, L., & Zhang, Y.-C. (2009). Predicting missing links via local information. European
 * Physical Journal B 71, 623–630. doi:10.1140/epjb/e2009-00335-8
 *
 * @param options - view options (undirected only), `method`, `pairs`, `top`.
 * @returns the scored pairs, best first.
 * @throws {@link EcoweaveError} `unknown_actor` when a pair names an unknown actor.
 * @throws {@link InvalidOptionError} for an unknown method, a pair of one actor with itself, or a `top`
 * that is not a positive integer.
 * @throws {@link NotApplicableError} with `directed: true`.
 * @example
 * // path a – b – c: the only absent tie is a–c, through b (degree 2)
 * linkPrediction(createEcosystem(path), { method: "resource-allocation" });
 * // [{ source: "a", target: "c", score: 0.5, commonNeighbors: ["b"] }]
 * @see {@link commonNeighbors}
 * @category Measures
 */
export function linkPrediction(eco: Ecosystem, options: LinkPredictionOptions = {}): LinkPredictionRow[] {
  checkArguments("linkPrediction", eco, options, LINK_PREDICTION_OPTION_KEYS);
  const settings = { ...LINK_PREDICTION_DEFAULTS, ...options };
  const fn = "linkPrediction";
  const method = settings.method;
  if (!METHODS.includes(method)) {
    throw isNot(fn, "method", `"${String(method)}"`, ruleOneOfList(METHODS));
  }
  const top = settings.top;
  if (top !== undefined && !(Number.isInteger(top) && top >= 1)) {
    throw mustBe(fn, "top", String(top), rulePositiveInteger());
  }
  const view = getUndirectedView(eco, options, fn);
  const { order, offsets, targets, ids } = view;

  const rank = new Int32Array(order);
  const byId = Array.from({ length: order }, (_, i) => i).sort((a, b) => compareIds(ids[a]!, ids[b]!));
  for (let r = 0; r < order; r++) rank[byId[r]!] = r;
  const better = (a: Candidate, b: Candidate): boolean =>
    a.score !== b.score
      ? a.score > b.score
      : rank[a.source] !== rank[b.source]
        ? rank[a.source]! < rank[b.source]!
        : rank[a.target]! < rank[b.target]!;
  const best = new BestRows(top ?? Number.POSITIVE_INFINITY, better);
  const degree = (i: number): number => offsets[i + 1]! - offsets[i]!;

  if (settings.pairs !== undefined) {
    settings.pairs.forEach(([sourceId, targetId], p) => {
      const u = indexOf(view, sourceId, fn, ` in pairs[${p}]`);
      const v = indexOf(view, targetId, fn, ` in pairs[${p}]`);
      if (u === v)
        throw optionError("options.joinsItself", OPTION_JOINS_ITSELF, {
          fn,
          option: `pairs[${p}]`,
          actor: "yes",
          id: sourceId,
        });
      const common = commonNeighborIndices(view, u, v);
      let sum = 0;
      for (const w of common) sum += contribution(method, degree(w));
      best.offer({ source: u, target: v, score: score(method, degree(u), degree(v), common.length, sum) });
    });
  } else {
    // For each u, walk two hops to accumulate, for every v, the count and summed contributions of the
    // common neighbours; then visit every non-adjacent v once (from the end with the smaller id).
    const count = new Int32Array(order);
    const sum = new Float64Array(order);
    const adjacent = new Uint8Array(order);
    for (let u = 0; u < order; u++) {
      for (let k = offsets[u]!, end = offsets[u + 1]!; k < end; k++) {
        const w = targets[k]!;
        adjacent[w] = 1;
        const add = contribution(method, degree(w));
        for (let l = offsets[w]!, wEnd = offsets[w + 1]!; l < wEnd; l++) {
          const v = targets[l]!;
          if (rank[v]! > rank[u]!) {
            count[v]!++;
            sum[v]! += add;
          }
        }
      }
      for (let v = 0; v < order; v++) {
        if (rank[v]! > rank[u]! && adjacent[v] === 0) {
          best.offer({
            source: u,
            target: v,
            score: score(method, degree(u), degree(v), count[v]!, sum[v]!),
          });
        }
        count[v] = 0;
        sum[v] = 0;
      }
      for (let k = offsets[u]!, end = offsets[u + 1]!; k < end; k++) adjacent[targets[k]!] = 0;
    }
  }

  return best.sorted().map((row) => ({
    source: ids[row.source]!,
    target: ids[row.target]!,
    score: row.score,
    commonNeighbors: idsOf(view, commonNeighborIndices(view, row.source, row.target)),
  }));
}

/**
 * The common neighbours of two actors: those tied to both, in the undirected view.
 *
 * @remarks
 * Γ(a) ∩ Γ(b), where Γ(x) is the set of actors tied to x by any tie counted in the view; a and b
 * themselves are excluded. Agrees with NetworkX `common_neighbors`. Differs on purpose: sorted by id;
 * the directed view is refused; a pair of one actor with itself is refused, as in
 * {@link linkPrediction} (NetworkX answers it with the actor's own neighbours). Time complexity: O(d_a + d_b + c log c) for c common neighbours.
 *
 * References: Liben-Nowell, D., & Kleinberg, J. (2007). The link-prediction problem for social networks.
 * JASIST 58(7), 1019–1031. doi:10.1002/asi.20591
 *
 * @param a - an actor id.
 * @param b - another actor id.
 * @param options - view options (undirected only).
 * @returns the ids of the common neighbours, sorted by code units.
 * @throws {@link EcoweaveError} `unknown_actor` when `a` or `b` is not an actor.
 * @throws {@link NotApplicableError} with `directed: true`; {@link InvalidOptionError} when `a` and `b`
 * are the same actor.
 * @example
 * commonNeighbors(createEcosystem(path), "a", "c"); // ["b"]
 * @see {@link linkPrediction}
 * @category Measures
 */
export function commonNeighbors(eco: Ecosystem, a: string, b: string, options: ViewOptions = {}): string[] {
  const view = getUndirectedView(eco, options, "commonNeighbors");
  const u = indexOf(view, a, "commonNeighbors", "");
  const v = indexOf(view, b, "commonNeighbors", "");
  if (u === v)
    throw optionError("options.sameActor", OPTION_SAME_ACTOR, {
      fn: "commonNeighbors",
      first: "a",
      second: "b",
      id: `"${a}"`,
    });
  return idsOf(view, commonNeighborIndices(view, u, v));
}
