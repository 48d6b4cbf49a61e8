/**
 * k-core decomposition of the analysis view: how deeply each actor is embedded in a dense core.
 *
 * @packageDocumentation
 */

import { type IdRecord, recordFromIndex } from "../internal/records.js";
import type { Ecosystem } from "../model/ecosystem.js";
import { NotApplicableError } from "../model/errors.js";
import type { ViewOptions } from "../model/view.js";
import { getView } from "../model/view-cache.js";

/** Options of {@link coreNumbers}: the view options. */
export interface CoreNumbersOptions extends ViewOptions {}

/** The defaults of {@link CoreNumbersOptions}. */
export const CORE_NUMBERS_DEFAULTS = Object.freeze({ directed: false } satisfies CoreNumbersOptions);

/**
 * Core number of each actor: the largest k such that the actor belongs to the k-core, the maximal
 * group in which every actor has at least k neighbours inside the group.
 *
 * @remarks
 * core(v) = max { k : v ∈ H_k }, where H_k is the largest subgraph of the view with minimum degree ≥ k
 * and degree counts distinct neighbours (parallel ties count once). Computed by the
 * Batagelj–Zaversnik bucket algorithm: repeatedly remove an actor of least remaining degree; its
 * remaining degree when removed is its core number.
 * Agrees with NetworkX `core_number`. Differs on purpose: none.
 * An isolate has core number 0; an empty ecosystem gives an empty record.
 * Time complexity: O(n + m).
 *
 * References: Seidman, S. B. (1983). Network structure and minimum degree. Social Networks 5(3),
 * 269–287. doi:10.1016/0378-8733(83)90028-X.
 * Batagelj, V. & Zaversnik, M. (2003). An O(m) algorithm for cores decomposition of networks.
 * arXiv:cs/0310049. https://arxiv.org/abs/cs/0310049
 *
 * @param options - view options; `directed: true` is refused.
 * @returns actor id → core number.
 * @throws {@link NotApplicableError} when `directed` is true.
 * @example
 * // triangle a, b, c with a pendant d on c
 * coreNumbers(createEcosystem(triangleWithPendant)); // { a: 2, b: 2, c: 2, d: 1 }
 * @category Measures
 */
export function coreNumbers(eco: Ecosystem, options: CoreNumbersOptions = {}): IdRecord<number> {
  if (options.directed === true) {
    throw new NotApplicableError(
      "coreNumbers: directed view is not supported; core numbers are defined on the undirected view",
    );
  }
  const { order: n, offsets, targets, ids } = getView(eco, { ...options, directed: false });
  const degree = new Int32Array(n);
  let maxDegree = 0;
  for (let v = 0; v < n; v++) {
    const d = offsets[v + 1]! - offsets[v]!;
    degree[v] = d;
    if (d > maxDegree) maxDegree = d;
  }
  // bin[d]: first position in `vertices` of the actors of current degree d (vertices sorted by degree).
  const bin = new Int32Array(maxDegree + 2);
  for (let v = 0; v < n; v++) bin[degree[v]! + 1]!++;
  for (let d = 0; d <= maxDegree; d++) bin[d + 1]! += bin[d]!;
  const vertices = new Int32Array(n);
  const position = new Int32Array(n);
  const next = bin.slice(0, maxDegree + 1);
  for (let v = 0; v < n; v++) {
    const p = next[degree[v]!]!++;
    vertices[p] = v;
    position[v] = p;
  }
  for (let i = 0; i < n; i++) {
    const v = vertices[i]!;
    const dv = degree[v]!;
    for (let k = offsets[v]!, end = offsets[v + 1]!; k < end; k++) {
      const w = targets[k]!;
      const dw = degree[w]!;
      if (dw <= dv) continue;
      // Move w to the front of its bucket, then shrink the bucket by one: w drops to degree dw − 1.
      const pw = position[w]!;
      const front = bin[dw]!;
      const u = vertices[front]!;
      if (u !== w) {
        vertices[front] = w;
        position[w] = front;
        vertices[pw] = u;
        position[u] = pw;
      }
      bin[dw]!++;
      degree[w] = dw - 1;
    }
  }
  return recordFromIndex(ids, (i) => degree[i]!);
}
