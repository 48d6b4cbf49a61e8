/**
 * Single-point-of-failure gaps: actors (articulation points) and ties (bridges) whose loss would cut
 * actors off.
 *
 * @packageDocumentation
 */
import { compareIds } from "../internal/compare.js";
import { countOf } from "../internal/wording.js";
import { components } from "../metrics/components.js";
import { cutPoints } from "../metrics/cut-points.js";
import type { GapContext, SinglePointOfFailureEvidence, StructuralGapOf } from "./types.js";
import { gapId } from "./types.js";

/**
 * Single-point-of-failure gaps: one per articulation point and one per bridge that would cut at least
 * one actor off.
 *
 * @remarks
 * From `cutPoints(eco, { kinds, at })` (one iterative Hopcroft–Tarjan search). For an actor v in
 * component C, cutOff(v) = |C| − 1 − max_j |P_j| where P_j are the pieces of C − v (the actors that
 * would lose every path to the largest remaining piece); for a bridge splitting C into sides of s and
 * |C| − s actors, cutOff = min(s, |C| − s). Both are measured within the element's own component
 * (the metric's `cutVertexImpact` and `bridgeImpact`). A gap when cutOff ≥ 1: every articulation point
 * and every bridge. cutOffShare = cutOff / n.
 * Severity = √(cutOff / n), the same scale as `fragmentation` gaps, since losing the element would
 * fragment the network that much (1 of 100 actors → 0.1, 9 of 100 → 0.3).
 * Agrees with NetworkX `articulation_points` and `bridges` as sets (parallel ties count as one
 * relationship). Time complexity: O(n + m + a log a + b log b).
 * @internal
 */
export function singlePointOfFailureGaps(context: GapContext): StructuralGapOf<"single-point-of-failure">[] {
  const { eco, view, viewOptions, labelOf } = context;
  const n = view.order;
  if (n === 0) return [];
  const cuts = cutPoints(eco, viewOptions);
  const parts = components(eco, viewOptions);
  const componentSizeOf = (id: string): number => parts.sizes[parts.assignment[id]!]!;

  const gaps: StructuralGapOf<"single-point-of-failure">[] = [];
  // The evidence and severity of an element that would cut `cutOff` actors off its component.
  const gapOf = (
    element:
      | { element: "actor"; actor: string; ends: null }
      | { element: "tie"; actor: null; ends: [string, string] },
    cutOff: number,
    componentSize: number,
    title: string,
    detail: string,
  ): StructuralGapOf<"single-point-of-failure"> => {
    const evidence: SinglePointOfFailureEvidence = {
      ...element,
      cutOff,
      cutOffShare: cutOff / n,
      componentSize,
    };
    const actors = element.ends === null ? [element.actor] : [...element.ends];
    return {
      id:
        element.ends === null
          ? gapId("single-point-of-failure", "actor", element.actor)
          : gapId("single-point-of-failure", "tie", element.ends[0], element.ends[1]),
      kind: "single-point-of-failure",
      severity: Math.sqrt(cutOff / n),
      title,
      detail,
      actors,
      evidence,
    };
  };
  for (const actor of cuts.articulationPoints) {
    const cutOff = cuts.cutVertexImpact[actor]!;
    if (cutOff < 1) continue;
    const componentSize = componentSizeOf(actor);
    const label = labelOf(actor);
    gaps.push(
      gapOf(
        { element: "actor", actor, ends: null },
        cutOff,
        componentSize,
        `${label} alone connects ${countOf(cutOff, "actor")} to the rest of the network`,
        `If ${label} left, ${countOf(cutOff, "actor")} would lose every path to the rest of its part of ` +
          `the network (${countOf(componentSize, "actor")}); no one else links them.`,
      ),
    );
  }
  for (const bridge of cuts.bridgeImpact) {
    const { source, target, cutOff } = bridge;
    if (cutOff < 1) continue;
    const componentSize = componentSizeOf(source);
    const ends = [source, target].sort(compareIds) as [string, string];
    const pair = `${labelOf(ends[0])} and ${labelOf(ends[1])}`;
    gaps.push(
      gapOf(
        { element: "tie", actor: null, ends },
        cutOff,
        componentSize,
        `The tie between ${pair} is the only link for ${countOf(cutOff, "actor")}`,
        `If the tie between ${pair} ended, ${countOf(cutOff, "actor")} on one side would lose every path ` +
          `to the other ${countOf(componentSize - cutOff, "actor")}.`,
      ),
    );
  }
  return gaps;
}
