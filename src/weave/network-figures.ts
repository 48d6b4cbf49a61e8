/**
 * The before/after figures of a weaving plan: global efficiency, components, the largest component's
 * share, unmet role needs and single points of failure, and the ecosystem "as if" planned ties were
 * made.
 *
 * @packageDocumentation
 */
import { findStructuralGaps } from "../gaps/find-structural-gaps.js";
import { components } from "../metrics/components.js";
import { cutPoints } from "../metrics/cut-points.js";
import { globalEfficiency } from "../metrics/efficiency.js";
import {
  contentsOfGraph,
  contentsWithTies,
  createDeferredGraph,
  type EcosystemContents,
  unfilledContents,
} from "../model/deferred-graph.js";
import type { Ecosystem } from "../model/ecosystem.js";
import type { ViewOptions } from "../model/view.js";
import { type DistanceMatrix, globalEfficiencyOf } from "./distance-matrix.js";

/** The state of the network a weaving plan reports before, after each step, and after. */
export interface NetworkFigures {
  /**
   * Global efficiency E (Latora & Marchiori 2001; NetworkX `global_efficiency`): exact up to 3,000
   * actors, above that estimated from 500 seeded sources (the same sources before and after).
   */
  globalEfficiency: number;
  /** Number of connected components (an isolate counts as one). */
  components: number;
  /** Size of the largest component divided by the number of actors (0 for an empty ecosystem). */
  largestComponentShare: number;
  /**
   * (actor, needed role) pairs unmet: actors that cannot reach a role they need within `maxDistance`
   * steps, summed over the `coverage` gaps of `findStructuralGaps` (whole ecosystem, not broken down).
   */
  coverageGaps: number;
  /** Articulation points plus bridges (`cutPoints`). */
  singlePointsOfFailure: number;
}

/** Sources of the sampled efficiency figure above the exact limit. */
export const FIGURE_EFFICIENCY_SOURCES = 500;

/** The figures of an ecosystem; `matrix`, when given, is its distance matrix (exact efficiency). @internal */
export function networkFigures(
  eco: Ecosystem,
  viewOptions: ViewOptions,
  maxDistance: number,
  matrix: DistanceMatrix | null,
  seed: number,
): NetworkFigures {
  const n = eco.order;
  let efficiency: number;
  if (matrix !== null) efficiency = globalEfficiencyOf(matrix);
  else if (n < 2) efficiency = 0;
  else {
    const sources = Math.min(n, FIGURE_EFFICIENCY_SOURCES);
    efficiency = globalEfficiency(eco, { ...viewOptions, sources, seed });
  }
  const split = components(eco, viewOptions);
  let unmet = 0;
  for (const gap of findStructuralGaps(eco, { ...viewOptions, include: ["coverage"], maxDistance, seed })) {
    if (gap.kind === "coverage" && gap.evidence.attribute === null) unmet += gap.evidence.without;
  }
  const cuts = cutPoints(eco, viewOptions);
  return {
    globalEfficiency: efficiency,
    components: split.count,
    largestComponentShare: n === 0 ? 0 : (split.sizes[0] ?? 0) / n,
    coverageGaps: unmet,
    singlePointsOfFailure: cuts.articulationPoints.length + cuts.bridges.length,
  };
}

/**
 * Above this many ties in the view a plan does not look ahead among tied candidates: each lookahead
 * is a search for the gaps of the whole woven network (seeded Louvain included), up to four per step,
 * which at 10⁶ ties would cost minutes.
 */
export const LOOKAHEAD_TIE_LIMIT = 250_000;

/**
 * How a plan builds the woven networks: `incremental` (the default) reuses what a step's lookahead
 * already built and builds each woven ecosystem from the actors and ties read once; `false` builds
 * everything again from a graphology copy, as a reference the tests compare the plan with.
 * `lookaheadTieLimit` is {@link LOOKAHEAD_TIE_LIMIT}, lowered by tests.
 * @internal
 */
export const PLAN_ENGINE = { incremental: true, lookaheadTieLimit: LOOKAHEAD_TIE_LIMIT };

/** An ecosystem's actors and ties read once, in graph order, for the woven copies of a plan. @internal */
export interface WovenBase {
  readonly eco: Ecosystem;
  readonly contents: EcosystemContents;
}

/** Reads `eco` once for {@link withTies}: its contents as they are, or read from the filled graph. @internal */
export function wovenBase(eco: Ecosystem): WovenBase {
  return { eco, contents: unfilledContents(eco) ?? contentsOfGraph(eco) };
}

/**
 * A copy of the ecosystem with undirected ties of kind `kind` between the given pairs (no dates,
 * weight 1), and the view options that count them. The input is never changed; actors keep their
 * order and the ties theirs, the new ones last, so dense indices are the same in both views and the
 * woven view is the one a graphology copy with the ties added would give. The copy is a graph filled
 * on first use (`createDeferredGraph`): the analysis reads its view without any graphology call.
 * O(n + m) array copies.
 * @internal
 */
export function withTies(
  base: WovenBase,
  pairs: readonly (readonly [string, string])[],
  kind: string,
  viewOptions: ViewOptions,
): { eco: Ecosystem; viewOptions: ViewOptions } {
  const options: ViewOptions = { ...viewOptions };
  if (viewOptions.kinds !== undefined) options.kinds = [...viewOptions.kinds, kind];
  if (!PLAN_ENGINE.incremental) {
    const copy = base.eco.copy() as Ecosystem;
    for (const [source, target] of pairs) copy.addUndirectedEdge(source, target, { kind });
    return { eco: copy, viewOptions: options };
  }
  const woven = createDeferredGraph(
    { ...base.eco.getAttributes() },
    contentsWithTies(base.contents, pairs, kind),
  );
  return { eco: woven, viewOptions: options };
}

/** A tie kind no tie of `eco` has: `woven`, else `woven-2`, `woven-3`, …. @internal */
export function unusedKind(eco: Ecosystem): string {
  const used = new Set<string>();
  eco.forEachEdge((_edge, tie) => {
    used.add(tie.kind);
  });
  let kind = "woven";
  for (let k = 2; used.has(kind); k++) kind = `woven-${k}`;
  return kind;
}
