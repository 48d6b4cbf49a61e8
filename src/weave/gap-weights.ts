/**
 * What one unit closed of each structural gap is worth to a weaving tie, and what removing a gap
 * outright earns on top, so that each actor's loss counts once and a plan answers the gaps found
 * before it.
 *
 * @packageDocumentation
 */

import { OUTRIGHT_SHARE } from "../gaps/severity.js";
import type { StructuralGap } from "../gaps/types.js";

/**
 * A gap found before a plan, with its loss and weight then: the plan pays for these gaps only, never
 * more per unit than they paid at the start, and credits their removal from their loss then.
 * @internal
 */
export interface CountedGap {
  readonly loss: number;
  readonly weight: number;
}

/**
 * What a unit closed of each gap is worth, so that an actor's loss counts once however many gaps name
 * it: 1, times the share of the gap's units no other gap carries. Not the severity: that ranks the
 * gaps, but an actor brought in or given a funder is worth the same in a large gap as in a small one
 * (weighting by severity made one isolate, alone in its gap, worth a third of a pendant among nine whose
 * funding ends). A single point of failure counts only the actors it would cut off who are not cut off anyway (an isolate, a cut-off part, an
 * actor whose last tie ends within the horizon: their gap counts them whole), and a bridge counts
 * nothing when an end is a cut vertex that would cut off every actor the bridge would (the pendant's
 * tie to its hub: the actor is secured only once the hub no longer holds it). Gaps not in `counted`
 * (those a plan's own ties opened) are worth nothing, and a counted gap is worth at most its weight
 * when the plan began: the plan's own ties can make a gap hold more actors than it did (an isolate
 * joined to a hub now hangs on it), and that part earns nothing either.
 * @internal
 */
export function gapWeights(
  gaps: readonly StructuralGap[],
  counted: ReadonlyMap<string, CountedGap> | null,
): Float64Array {
  const cutOffAnyway = new Set<string>();
  const heldBy = new Map<string, ReadonlySet<string>>();
  for (const gap of gaps) {
    if (gap.kind === "fragmentation") for (const id of gap.actors) cutOffAnyway.add(id);
    else if (gap.kind === "ties-ending") for (const id of gap.evidence.cutOffActors) cutOffAnyway.add(id);
    else if (
      gap.kind === "single-point-of-failure" &&
      gap.evidence.actor !== null &&
      gap.evidence.cutOffListed
    )
      heldBy.set(gap.evidence.actor, new Set(gap.evidence.cutOffActors));
  }
  return Float64Array.from(gaps, (gap) => {
    const start = counted === null ? 1 : (counted.get(gap.id)?.weight ?? 0);
    return Math.min(start, ownShare(gap));
  });
  function ownShare(gap: StructuralGap): number {
    if (gap.kind !== "single-point-of-failure" || !gap.evidence.cutOffListed) return 1;
    const { ends, cutOffActors } = gap.evidence;
    if (ends !== null) {
      for (const end of ends) {
        const held = heldBy.get(end);
        if (held !== undefined && cutOffActors.every((id) => held.has(id))) return 0;
      }
    }
    let own = 0;
    for (const id of cutOffActors) if (!cutOffAnyway.has(id)) own++;
    return cutOffActors.length > 0 ? own / cutOffActors.length : 1;
  }
}

/**
 * What removing each gap outright earns on top of the loss it takes away ({@link OUTRIGHT_SHARE} of
 * the loss when the plan began, the `counted` loss, else the loss now): a single point of failure, with
 * the start losses of the bridges folded into it (the pendant tie that became the last piece), times
 * the share of its cut-off actors not cut off anyway (as in `gapWeights`); a cut-off part; for the
 * isolates, the share per unit of an isolate's own loss (1 + its unmet needs), since each isolate is
 * brought in on its own. Other kinds and gaps the plan's own ties opened earn 0.
 * @internal
 */
export function outrightCredits(
  gaps: readonly StructuralGap[],
  counted: ReadonlyMap<string, CountedGap> | null,
): Float64Array {
  const cutOffAnyway = new Set<string>();
  for (const gap of gaps) {
    if (gap.kind === "fragmentation") for (const id of gap.actors) cutOffAnyway.add(id);
    else if (gap.kind === "ties-ending") for (const id of gap.evidence.cutOffActors) cutOffAnyway.add(id);
  }
  const startLoss = (id: string, now: number): number =>
    counted === null ? now : (counted.get(id)?.loss ?? 0);
  return Float64Array.from(gaps, (gap) => {
    if (gap.kind === "fragmentation") {
      if (counted !== null && !counted.has(gap.id)) return 0;
      return gap.evidence.component === null ? OUTRIGHT_SHARE : OUTRIGHT_SHARE * startLoss(gap.id, gap.loss);
    }
    if (gap.kind !== "single-point-of-failure") return 0;
    const { cutOffActors, foldedGaps } = gap.evidence;
    let own = 0;
    for (const id of cutOffActors) if (!cutOffAnyway.has(id)) own++;
    const share = cutOffActors.length > 0 ? own / cutOffActors.length : 1;
    let loss = startLoss(gap.id, gap.loss);
    if (counted !== null) for (const id of foldedGaps) loss += counted.get(id)?.loss ?? 0;
    return OUTRIGHT_SHARE * loss * share;
  });
}
