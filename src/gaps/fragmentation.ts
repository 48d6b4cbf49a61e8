/**
 * Fragmentation gaps: parts of the network with no path to the largest part, and isolates.
 *
 * @packageDocumentation
 */
import { compareIds } from "../internal/compare.js";
import { components } from "../metrics/components.js";
import { message } from "../text/message.js";
import { needLossTotal, unmetClause, unmetNeeds } from "./needs.js";
import { severityOfLoss } from "./severity.js";
import type { FragmentationEvidence, GapContext, StructuralGapOf } from "./types.js";
import { gapId } from "./types.js";

/**
 * Fragmentation gaps: one per component other than the largest with at least two actors, and one for
 * all isolates together.
 *
 * @remarks
 * Components come from `components(eco, { kinds, at })` (largest first, ties by smallest member id).
 * With n actors, k components of sizes s₀ ≥ s₁ ≥ …, and z isolates (actors without ties):
 * largestShare = s₀ / n. A gap for each component j ≥ 1 with s_j ≥ 2 (size = s_j), and one gap for the
 * isolates when z ≥ 1 (size = z; when the ecosystem has no ties at all this gap holds everyone).
 * Every actor of the gap is cut off from the main network, and on top of that loses every need its
 * part cannot meet: loss = size (1 per actor) + Σ over `unmetNeeds` of 1 / (roles the actor's role
 * needs), severity = loss / (loss + 4) (the sample's two isolates, a developer and an upskiller who
 * each reach neither role they need: 2 + 2 = 4 → 0.5; the Kainuu trio, whose two developers lack an
 * upskiller: 3 + 1 = 4 → 0.5). `unmetNeeds` lists, per needed role, the gap's actors with no actor of
 * it within `maxDistance` steps (their coverage gaps, folded into this one by `findStructuralGaps`). One actor alone, or a connected ecosystem, has no
 * fragmentation gap.
 * Ours: no reference implementation; components agree with NetworkX `connected_components`.
 * Time complexity: O(n log n + m).
 * @internal
 */
export function fragmentationGaps(context: GapContext): StructuralGapOf<"fragmentation">[] {
  const { eco, view, viewOptions, labelOf, reach } = context;
  const n = view.order;
  const found = components(eco, viewOptions);
  if (found.count <= 1) return [];
  const { offsets, index } = view;
  const degreeOf = (id: string): number => {
    const i = index.get(id)!;
    return offsets[i + 1]! - offsets[i]!;
  };
  const isolates: string[] = [];
  for (const members of found.components)
    if (members.length === 1 && degreeOf(members[0]!) === 0) isolates.push(members[0]!);
  isolates.sort(compareIds);
  const largest = found.sizes[0]!;
  const shared = { components: found.count, isolates: isolates.length, largestShare: largest / n };

  const gaps: StructuralGapOf<"fragmentation">[] = [];
  for (let c = 1; c < found.count; c++) {
    const members = found.components[c]!;
    if (members.length < 2) continue;
    let hub = members[0]!;
    for (const id of members) if (degreeOf(id) > degreeOf(hub)) hub = id;
    const evidence: FragmentationEvidence = {
      ...shared,
      size: members.length,
      component: c,
      unmetNeeds: unmetNeeds(
        reach,
        view,
        members.map((id) => index.get(id)!),
      ),
      foldedGaps: [],
    };
    const loss = members.length + needLossTotal(reach, view, evidence.unmetNeeds);
    const titleMessage = message("gaps.fragmentation.component.title", {
      size: members.length,
      hub: labelOf(hub),
    });
    const detailMessage = message("gaps.fragmentation.component.detail", {
      members: members.map(labelOf),
      largest,
      unmet: unmetClause(evidence.unmetNeeds, reach.maxDistance),
    });
    gaps.push({
      id: gapId(
        "fragmentation",
        "component",
        members.reduce((a, b) => (compareIds(a, b) <= 0 ? a : b)),
      ),
      kind: "fragmentation",
      severity: severityOfLoss(loss),
      loss,
      title: titleMessage.text,
      titleMessage,
      detail: detailMessage.text,
      detailMessage,
      actors: members.slice(),
      evidence,
    });
  }
  if (isolates.length > 0) {
    const evidence: FragmentationEvidence = {
      ...shared,
      size: isolates.length,
      component: null,
      unmetNeeds: unmetNeeds(
        reach,
        view,
        isolates.map((id) => index.get(id)!),
      ),
      foldedGaps: [],
    };
    const loss = isolates.length + needLossTotal(reach, view, evidence.unmetNeeds);
    const titleMessage = message("gaps.fragmentation.isolates.title", { count: isolates.length });
    const detailMessage = message("gaps.fragmentation.isolates.detail", {
      count: isolates.length,
      actors: isolates.map(labelOf),
    });
    gaps.push({
      id: gapId("fragmentation", "isolates"),
      kind: "fragmentation",
      severity: severityOfLoss(loss),
      loss,
      title: titleMessage.text,
      titleMessage,
      detail: detailMessage.text,
      detailMessage,
      actors: isolates,
      evidence,
    });
  }
  return gaps;
}
