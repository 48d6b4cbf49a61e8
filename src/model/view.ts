/**
 * The analysis view: a compact, simple graph (CSR adjacency in typed arrays) derived from the
 * multigraph by the shared view options. Every measure runs on it.
 *
 * @packageDocumentation
 */

import { compareIds } from "../internal/compare.js";
import { OPTION_NO_TIE_KIND } from "../text/catalogues/en/options.js";
import { issueMessage } from "../text/issue-message.js";
import { contentsOfGraph, type EcosystemContents, unfilledContents } from "./deferred-graph.js";
import type { Ecosystem, TieAttributes } from "./ecosystem.js";
import { InvalidOptionError } from "./errors.js";
import { didYouMeanMessage } from "./issue-messages.js";
import {
  isNot,
  mustBeGot,
  optionError,
  ruleDate,
  ruleDateString,
  ruleKindList,
  ruleOneOf,
} from "./option-errors.js";
import { parseIsoDate } from "./schema.js";

/** Options shared by every analysis: which ties count and how direction is read. */
export interface ViewOptions {
  /**
   * Tie kinds that count.
   * @defaultValue all kinds
   */
  kinds?: readonly string[];
  /**
   * Only ties active on this `YYYY-MM-DD` date count (`since ≤ at ≤ until`; a missing bound is open).
   * @defaultValue every tie, whatever its dates
   */
  at?: string;
  /**
   * `false`: each pair joined by any tie is one undirected edge. `true`: arcs are kept (an
   * undirected tie becomes two arcs).
   * @defaultValue false
   */
  directed?: boolean;
}

/** The defaults of {@link ViewOptions}. */
export const VIEW_DEFAULTS = Object.freeze({ directed: false } satisfies ViewOptions);

/**
 * The keys of {@link ViewOptions}, each mapped to `true`: the fragment every function spreads into
 * its own option-key list (see `optionKeys` in check-arguments.ts), so the view's keys are written once.
 * @internal
 */
export const VIEW_OPTION_KEYS = Object.freeze({
  kinds: true,
  at: true,
  directed: true,
} as const satisfies { readonly [K in keyof Required<ViewOptions>]: true });

/**
 * Throws unless the view options have their documented types: `kinds` a list of strings, `at` a
 * string, `directed` a boolean (a caller without TypeScript could pass `kinds: "funding"`, which would
 * otherwise fail inside with a TypeError, or `directed: "yes"`, which would be read as false).
 * @throws {@link InvalidOptionError}
 * @internal
 */
export function checkViewOptionTypes(fn: string, options: ViewOptions): void {
  const { kinds, at, directed } = options as Record<keyof ViewOptions, unknown>;
  if (kinds !== undefined && !(Array.isArray(kinds) && kinds.every((kind) => typeof kind === "string"))) {
    throw mustBeGot(fn, "kinds", JSON.stringify(kinds), ruleKindList());
  }
  if (at !== undefined && typeof at !== "string") {
    throw mustBeGot(fn, "at", JSON.stringify(at), ruleDateString());
  }
  if (directed !== undefined && typeof directed !== "boolean") {
    throw mustBeGot(fn, "directed", JSON.stringify(directed), ruleOneOf(["true", "false"]));
  }
}

/**
 * The tie filters among a function's options: `kinds` and `at`, each only where it is set (for a
 * function that reads the undirected view, or sets `directed` itself).
 * @internal
 */
export function tieFiltersOf(options: ViewOptions): ViewOptions {
  const filters: ViewOptions = {};
  if (options.kinds !== undefined) filters.kinds = options.kinds;
  if (options.at !== undefined) filters.at = options.at;
  return filters;
}

/**
 * The view options among a function's options: `kinds`, `at` and `directed`, each only where it is set.
 * @internal
 */
export function viewOptionsOf(options: ViewOptions): ViewOptions {
  const view = tieFiltersOf(options);
  if (options.directed !== undefined) view.directed = options.directed;
  return view;
}

/**
 * A compact simple graph. Actors are dense indices `0 … n−1` in the code-unit order of their ids (not
 * the order of the input file, so that answers do not depend on it).
 * Out-neighbours of `i` are `targets[offsets[i] … offsets[i+1]−1]`, sorted ascending, with the summed
 * strength of the parallel ties in `weights`. In an undirected view each edge appears in both
 * endpoints' lists and the in-arrays are the out-arrays.
 */
export interface EcosystemView {
  /** Whether arcs are kept (see {@link ViewOptions.directed}). */
  readonly directed: boolean;
  /** Dense index → actor id. */
  readonly ids: readonly string[];
  /** Actor id → dense index. */
  readonly index: ReadonlyMap<string, number>;
  /** Number of actors. */
  readonly order: number;
  /** Number of edges (undirected view) or arcs (directed view). */
  readonly size: number;
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  readonly weights: Float64Array;
  readonly inOffsets: Int32Array;
  readonly sources: Int32Array;
  readonly inWeights: Float64Array;
  /** Number of multigraph ties that passed the filters. */
  readonly tieCount: number;
}

/** The filters of a view, resolved once: the kinds that count and the day ties must be active on. */
interface ResolvedFilter {
  readonly kinds: ReadonlySet<string> | null;
  readonly day: number | null;
}

function resolveFilter(options: ViewOptions): ResolvedFilter {
  const kinds = options.kinds === undefined ? null : new Set(options.kinds);
  let day: number | null = null;
  if (options.at !== undefined) {
    day = parseIsoDate(options.at);
    if (day === null) {
      throw isNot("view", "at", `"${options.at}"`, ruleDate());
    }
  }
  return { kinds, day };
}

/** Whether a tie with these dates is active on `day` (`since ≤ day ≤ until`, a missing bound open). */
function activeOn(day: number, since: string | undefined, until: string | undefined): boolean {
  if (since !== undefined && (parseIsoDate(since) ?? Number.NEGATIVE_INFINITY) > day) return false;
  if (until !== undefined && (parseIsoDate(until) ?? Number.POSITIVE_INFINITY) < day) return false;
  return true;
}

/**
 * The tie filter of a view, resolved once; `null` when every tie counts.
 * @internal
 */
export function tieFilter(options: ViewOptions): ((tie: TieAttributes) => boolean) | null {
  const { kinds, day } = resolveFilter(options);
  if (kinds === null && day === null) return null;
  return (tie) => {
    if (kinds !== null && !kinds.has(tie.kind)) return false;
    return day === null || activeOn(day, tie.since, tie.until);
  };
}

/**
 * The ties that passed the filters, one entry per tie (not per arc), in the graph's edge order. Tie
 * `t` yields the arc `tails[t]` → `heads[t]` of weight `weights[t]`, and also the reverse arc unless
 * `arcOnly[t]` is 1 (a directed tie in the directed view; `arcOnly` is `null` in the undirected view,
 * where every tie joins its pair both ways).
 */
interface AcceptedTies {
  readonly count: number;
  readonly tails: Int32Array;
  readonly heads: Int32Array;
  readonly weights: Float64Array;
  readonly arcOnly: Uint8Array | null;
}

/** A CSR adjacency: the neighbours of `i` are `targets[offsets[i] … offsets[i+1]−1]`. */
interface Adjacency {
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  readonly weights: Float64Array;
}

/**
 * Reads the ties that pass the filter from an ecosystem's typed contents, in document order (the
 * order the graph is filled in, so the summed weights are the same to the last bit either way). With
 * no filter and actors already in canonical order the contents' own arrays are the accepted ties: no
 * copy at all. `rank` maps a document position to its dense index, `null` when they are equal.
 */
function tiesFromContents(
  contents: EcosystemContents,
  rank: Int32Array | null,
  directed: boolean,
  filter: ResolvedFilter,
): AcceptedTies {
  const { tieTails, tieHeads, tieDirected, tieKinds, tieAttributes } = contents;
  const tieCount = tieTails.length;
  const { day } = filter;
  const tails = new Int32Array(tieCount);
  const heads = new Int32Array(tieCount);
  const weights = new Float64Array(tieCount);
  const arcOnly = directed ? new Uint8Array(tieCount) : null;
  let count = 0;
  for (let t = 0; t < tieCount; t++) {
    if (filter.kinds !== null && !filter.kinds.has(tieKinds[t]!)) continue;
    const tie = tieAttributes?.[t];
    if (day !== null && tie !== undefined && !activeOn(day, tie.since, tie.until)) continue;
    tails[count] = rank === null ? tieTails[t]! : rank[tieTails[t]!]!;
    heads[count] = rank === null ? tieHeads[t]! : rank[tieHeads[t]!]!;
    weights[count] = tie?.weight ?? 1;
    if (arcOnly !== null) arcOnly[count] = tieDirected[t]!;
    count++;
  }
  return { count, tails, heads, weights, arcOnly };
}

/**
 * The out-adjacency of the accepted ties: targets sorted ascending per actor, parallel arcs merged
 * by summing their weights in tie order. O(n + m) with two counting passes, no comparison sort and
 * no per-arc object.
 *
 * @remarks
 * Arcs are bucketed by head (in tie order), then the heads are visited in ascending order and each
 * arc appends its head to its tail's list: a tail thus receives its heads in ascending order, and the
 * parallel arcs of a pair one after another, where they merge. The visit runs twice, to count the
 * merged out-degrees and then to fill exactly sized arrays: the ArrayBuffers allocated here count
 * towards V8's external-memory limit, so there is no over-sized buffer and no trimming copy.
 */
function outAdjacency(order: number, ties: AcceptedTies): Adjacency {
  const { count, tails, heads, arcOnly } = ties;
  const tieWeights = ties.weights;

  // Arc code 2t: tie t's arc tails[t] → heads[t]; 2t + 1: its reverse heads[t] → tails[t].
  const bucketStart = new Int32Array(order + 1);
  let arcCount = 0;
  for (let t = 0; t < count; t++) {
    bucketStart[heads[t]! + 1]!++;
    arcCount++;
    if (arcOnly === null || arcOnly[t] === 0) {
      bucketStart[tails[t]! + 1]!++;
      arcCount++;
    }
  }
  for (let h = 0; h < order; h++) bucketStart[h + 1]! += bucketStart[h]!;
  const arcs = new Int32Array(arcCount);
  for (let t = 0; t < count; t++) {
    arcs[bucketStart[heads[t]!]!++] = 2 * t;
    if (arcOnly === null || arcOnly[t] === 0) arcs[bucketStart[tails[t]!]!++] = 2 * t + 1;
  }
  // The scatter advanced each bucket's start to its end: bucket h is now
  // arcs[bucketEnd[h−1] … bucketEnd[h]−1], with bucketEnd[−1] = 0.
  const bucketEnd = bucketStart;

  const offsets = new Int32Array(order + 1);
  const lastHead = new Int32Array(order).fill(-1);
  let begin = 0;
  for (let h = 0; h < order; h++) {
    const end = bucketEnd[h]!;
    for (let k = begin; k < end; k++) {
      const code = arcs[k]!;
      const tail = code & 1 ? heads[code >> 1]! : tails[code >> 1]!;
      if (lastHead[tail] !== h) {
        lastHead[tail] = h;
        offsets[tail + 1]!++;
      }
    }
    begin = end;
  }
  for (let i = 0; i < order; i++) offsets[i + 1]! += offsets[i]!;

  const size = offsets[order]!;
  const targets = new Int32Array(size);
  const weights = new Float64Array(size);
  const cursor = offsets.slice(0, order);
  lastHead.fill(-1);
  begin = 0;
  for (let h = 0; h < order; h++) {
    const end = bucketEnd[h]!;
    for (let k = begin; k < end; k++) {
      const code = arcs[k]!;
      const t = code >> 1;
      const tail = code & 1 ? heads[t]! : tails[t]!;
      if (lastHead[tail] === h) weights[cursor[tail]! - 1]! += tieWeights[t]!;
      else {
        lastHead[tail] = h;
        const write = cursor[tail]!++;
        targets[write] = h;
        weights[write] = tieWeights[t]!;
      }
    }
    begin = end;
  }
  return { offsets, targets, weights };
}

/**
 * The in-adjacency of a directed view, transposed from its finished out-adjacency: visiting the
 * tails in ascending order gives each actor its sources sorted ascending, already merged, with the
 * same summed weights, in exactly sized arrays. O(n + m).
 */
function inAdjacency(order: number, out: Adjacency): Adjacency {
  const size = out.targets.length;
  const offsets = new Int32Array(order + 1);
  for (let k = 0; k < size; k++) offsets[out.targets[k]! + 1]!++;
  for (let i = 0; i < order; i++) offsets[i + 1]! += offsets[i]!;
  const sources = new Int32Array(size);
  const weights = new Float64Array(size);
  const cursor = offsets.slice(0, order);
  for (let tail = 0; tail < order; tail++) {
    const end = out.offsets[tail + 1]!;
    for (let k = out.offsets[tail]!; k < end; k++) {
      const write = cursor[out.targets[k]!]!++;
      sources[write] = tail;
      weights[write] = out.weights[k]!;
    }
  }
  return { offsets, targets: sources, weights };
}

/**
 * Refuses a `kinds` filter that matches no tie at all (`["fundng"]` for `funding`), which would
 * otherwise give a silently empty analysis. A list of which some kinds are present is accepted (a
 * built-in kind this ecosystem happens not to use is not a mistake); an ecosystem without ties has no
 * kinds to check against.
 */
function checkKindsExist(kinds: readonly string[], present: ReadonlySet<string>, tieCount: number): void {
  if (tieCount === 0 || kinds.some((kind) => present.has(kind))) return;
  const shown = kinds.map((kind) => JSON.stringify(kind)).join(", ");
  const first = kinds[0];
  const hint = first === undefined ? issueMessage("issues.noHint") : didYouMeanMessage(first, present);
  throw optionError("options.noTieKind", OPTION_NO_TIE_KIND, {
    fn: "view",
    count: kinds.length,
    kinds: shown,
    hint,
  });
}

/**
 * The actor ids in code-unit order (see `compareIds`): the view's dense order. A canonical order makes
 * every answer that reads the view (seeded samples, Louvain's visiting order, tie-breaks by index)
 * independent of the order of actors and ties in the input file. O(n) when the ids are already in
 * order, as generated and exported documents are; O(n log n) otherwise.
 */
function canonicalIds(listed: readonly string[]): string[] {
  const ids = listed.slice();
  for (let i = 1; i < ids.length; i++) {
    if (ids[i - 1]! > ids[i]!) return ids.sort(compareIds);
  }
  return ids;
}

/**
 * Builds the analysis view of an ecosystem.
 *
 * @remarks
 * Parallel ties collapse into one edge whose weight is the sum of their weights (default weight 1).
 * In the undirected view (default) every tie, whatever its direction, joins its pair; in the directed
 * view a directed tie is one arc and an undirected tie two. Actors are indexed in the code-unit order
 * of their ids and neighbours listed in index order, whatever the order of the input, so every answer
 * computed on the view is the same for any order of actors and ties. Time O(n + m) (plus
 * O(n log n) to sort ids that are not already in order), memory O(n + m).
 *
 * @throws {@link InvalidOptionError} when `at` is not a `YYYY-MM-DD` date, or `kinds` matches no tie
 * of the ecosystem (the message names the closest existing kind).
 * @category Model
 */
export function createView(eco: Ecosystem, options: ViewOptions = {}): EcosystemView {
  const directed = options.directed ?? VIEW_DEFAULTS.directed;
  const filter = resolveFilter(options);
  const contents = unfilledContents(eco) ?? contentsOfGraph(eco);
  const ids = canonicalIds(contents.actorIds);
  const order = ids.length;
  const index = new Map<string, number>();
  for (let i = 0; i < order; i++) index.set(ids[i]!, i);
  // Where the document's order is not the canonical one, its positions map to dense indices.
  const rank = ids.every((id, i) => id === contents.actorIds[i])
    ? null
    : Int32Array.from(contents.actorIds, (id) => index.get(id)!);
  if (options.kinds !== undefined) checkKindsExist(options.kinds, new Set(contents.tieKinds), eco.size);
  const ties = tiesFromContents(contents, rank, directed, filter);
  const out = outAdjacency(order, ties);
  const inward = directed ? inAdjacency(order, out) : out;
  return {
    directed,
    ids,
    index,
    order,
    size: directed ? out.targets.length : out.targets.length / 2,
    offsets: out.offsets,
    targets: out.targets,
    weights: out.weights,
    inOffsets: inward.offsets,
    sources: inward.targets,
    inWeights: inward.weights,
    tieCount: ties.count,
  };
}
