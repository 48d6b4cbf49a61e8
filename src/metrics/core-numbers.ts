/**
 * k-core decomposition of the analysis view: how deeply each actor is embedded in a dense core.
 *
 * @packageDocumentation
 */

import type { IdRecord } from "../internal/records.js";
import { checkArguments, optionKeys } from "../model/check-arguments.js";
import type { Ecosystem } from "../model/ecosystem.js";
import { InvalidOptionError } from "../model/errors.js";
import { mustBe, ruleOneOf } from "../model/option-errors.js";
import { tieFiltersOf, VIEW_OPTION_KEYS, type ViewOptions } from "../model/view.js";
import { getView } from "../model/view-cache.js";
import { type ActorSubsetOptions, recordOfSelected, selectedIndices } from "./actor-subset.js";

/** The keys of {@link CoreNumbersOptions}, checked at run time (see `checkOptionKeys`). */
const CORE_NUMBERS_OPTION_KEYS = optionKeys<CoreNumbersOptions>({
  ...VIEW_OPTION_KEYS,
  mode: true,
  nodes: true,
});

/** Which ties count towards an actor's degree on the directed view. */
export type CoreMode = "in" | "out" | "all";

/** Options of {@link coreNumbers}. */
export interface CoreNumbersOptions extends ViewOptions, ActorSubsetOptions {
  /**
   * On the directed view: in-degree, out-degree, or their sum (a reciprocated pair counts twice, as
   * NetworkX on a DiGraph). Ignored on the undirected view.
   * @defaultValue "all"
   */
  mode?: CoreMode;
}

/** The defaults of {@link CoreNumbersOptions}. */
export const CORE_NUMBERS_DEFAULTS = Object.freeze({
  directed: false,
  mode: "all",
} satisfies CoreNumbersOptions);

/** A CSR list of the actors whose degree drops when an actor is removed. */
interface Affected {
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
}

/**
 * Batagelj and Zaversnik's bucket peeling: remove an actor of least remaining degree; each actor it
 * affects (listed in `lists`, once per listing) loses one. The degrees left are the core numbers.
 */
function peel(n: number, degree: Int32Array, lists: readonly Affected[]): Int32Array {
  let maxDegree = 0;
  for (let v = 0; v < n; v++) if (degree[v]! > maxDegree) maxDegree = degree[v]!;
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
    for (const { offsets, targets } of lists) {
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
  }
  return degree;
}

/**
 * Core number of each actor: the largest k such that the actor belongs to the k-core, the maximal
 * group in which every actor has at least k neighbours inside the group.
 *
 * @remarks
 * core(v) = max { k : v ∈ H_k }, where H_k is the largest subgraph of the view with minimum degree ≥ k
 * and degree counts distinct neighbours (parallel ties count once). Computed by the
 * Batagelj–Zaversnik bucket algorithm: repeatedly remove an actor of least remaining degree; its
 * remaining degree when removed is its core number.
 * With `directed: true` degree is read on the directed view by `mode`: in-degree (`"in"`: removing
 * an actor lowers its successors' degrees), out-degree (`"out"`), or in + out (`"all"`, where a
 * reciprocated pair counts twice).
 * Agrees with NetworkX `core_number` (on a DiGraph for `mode: "all"`) and igraph `coreness` (modes
 * `"in"` and `"out"`). Differs on purpose: none.
 * An isolate has core number 0; an empty ecosystem gives an empty record.
 * Time complexity: O(n + m).
 *
 * References: Seidman, S. B. (1983). Network structure and minimum degree. Social Networks 5(3),
 * 269–287. doi:10.1016/0378-8733(83)90028-X.
 * Batagelj, V. & Zaversnik, M. (2003). An O(m) algorithm for cores decomposition of networks.
 * arXiv:cs/0310049. https://arxiv.org/abs/cs/0310049
 *
 * @param options - view options, `mode` and `nodes`.
 * @returns actor id → core number.
 * @throws {@link InvalidOptionError} when `mode` is not `"in"`, `"out"` or `"all"`, or `nodes` names
 * an unknown actor.
 * @example
 * // triangle a, b, c with a pendant d on c
 * coreNumbers(createEcosystem(triangleWithPendant)); // { a: 2, b: 2, c: 2, d: 1 }
 * @category Measures
 */
export function coreNumbers(eco: Ecosystem, options: CoreNumbersOptions = {}): IdRecord<number> {
  checkArguments("coreNumbers", eco, options, CORE_NUMBERS_OPTION_KEYS);
  const mode = options.mode ?? CORE_NUMBERS_DEFAULTS.mode;
  if (mode !== "in" && mode !== "out" && mode !== "all") {
    throw mustBe("coreNumbers", "mode", String(JSON.stringify(mode)), ruleOneOf(['"in"', '"out"', '"all"']));
  }
  const directed = options.directed === true;
  const view = getView(eco, { ...tieFiltersOf(options), directed });
  const { order: n, offsets, targets, inOffsets, sources, ids } = view;
  const out: Affected = { offsets, targets };
  const inward: Affected = { offsets: inOffsets, targets: sources };
  const degree = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    const outDegree = offsets[v + 1]! - offsets[v]!;
    const inDegree = inOffsets[v + 1]! - inOffsets[v]!;
    degree[v] = !directed || mode === "out" ? outDegree : mode === "in" ? inDegree : inDegree + outDegree;
  }
  // Removing v lowers the in-degree of its successors and the out-degree of its predecessors.
  const lists = !directed ? [out] : mode === "in" ? [out] : mode === "out" ? [inward] : [out, inward];
  const core = peel(n, degree, lists);
  const selected = selectedIndices("coreNumbers", view.index, n, options.nodes);
  return recordOfSelected(ids, selected, (i) => core[i]!);
}
