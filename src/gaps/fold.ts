/**
 * One item per place: gaps about the very same actors as a place gap (a cut-off part, the isolates, a
 * siloed community) are folded into it, so a weaver reads each place once with all its facts.
 *
 * @packageDocumentation
 */
import { compareIds } from "../internal/compare.js";
import { message } from "../text/message.js";
import { severityOfLoss } from "./severity.js";
import type { StructuralGap, StructuralGapOf } from "./types.js";

type PlaceGap = StructuralGapOf<"fragmentation"> | StructuralGapOf<"siloed-community">;

function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, k) => id === b[k]);
}

/**
 * Folds gaps into the place gaps holding their actors, and returns the gaps left.
 *
 * @remarks
 * - A `siloed-community` gap whose members are exactly a cut-off component's (a `fragmentation` gap)
 *   is folded into that fragmentation gap: the part is cut off, and its unmet needs are already in the
 *   fragmentation gap's `unmetNeeds`.
 * - A `coverage` gap whose actors all belong to one place gap (fragmentation first, then a siloed
 *   community) is folded into it: the place's `unmetNeeds` lists the same actors and role (both use
 *   `maxDistance`), so the two items would be about the same actors and the same loss.
 * The folded gaps' ids go to the place's `evidence.foldedGaps` (sorted). A coverage gap about some
 * actors of a place and others elsewhere (the whole ecosystem's) stays, but its loss counts only the
 * actors no more specific gap carries (see `countEachLossOnce`). O(total actors listed).
 * @internal
 */
export function foldIntoPlaces(gaps: readonly StructuralGap[]): StructuralGap[] {
  const fragments: StructuralGapOf<"fragmentation">[] = [];
  const silos: StructuralGapOf<"siloed-community">[] = [];
  for (const gap of gaps) {
    if (gap.kind === "fragmentation") fragments.push(gap);
    else if (gap.kind === "siloed-community") silos.push(gap);
  }
  const folded = new Set<StructuralGap>();

  const fragmentOf = new Map<string, StructuralGapOf<"fragmentation">>();
  for (const gap of fragments) for (const id of gap.actors) fragmentOf.set(id, gap);
  const keptSilos: StructuralGapOf<"siloed-community">[] = [];
  for (const silo of silos) {
    const fragment = fragmentOf.get(silo.actors[0]!);
    if (
      fragment !== undefined &&
      fragment.evidence.component !== null &&
      sameMembers(fragment.actors, silo.actors)
    ) {
      fragment.evidence.foldedGaps.push(silo.id);
      folded.add(silo);
    } else keptSilos.push(silo);
  }
  const siloOf = new Map<string, StructuralGapOf<"siloed-community">>();
  for (const gap of keptSilos) for (const id of gap.actors) siloOf.set(id, gap);

  const within = (place: PlaceGap | undefined, actors: readonly string[]): PlaceGap | null => {
    if (place === undefined) return null;
    const members = new Set(place.actors);
    return actors.every((id) => members.has(id)) ? place : null;
  };
  for (const gap of gaps) {
    if (gap.kind !== "coverage" || gap.actors.length === 0) continue;
    const first = gap.actors[0]!;
    const place = within(fragmentOf.get(first), gap.actors) ?? within(siloOf.get(first), gap.actors);
    if (place === null) continue;
    place.evidence.foldedGaps.push(gap.id);
    folded.add(gap);
  }
  for (const place of [...fragments, ...keptSilos]) place.evidence.foldedGaps.sort(compareIds);
  foldBridgesIntoPoints(gaps, folded);
  const left = gaps.filter((gap) => !folded.has(gap));
  countEachLossOnce(left);
  return left;
}

/**
 * A bridge that would cut off exactly the actors one of its ends holds as an articulation point is
 * the same single point of failure seen twice (losing the tie or the actor strands the same people):
 * it is folded into the point's gap (`foldedGaps`). A pendant's tie to a hub is not: the hub holds
 * more than that one actor.
 */
function foldBridgesIntoPoints(gaps: readonly StructuralGap[], folded: Set<StructuralGap>): void {
  const points = new Map<string, StructuralGapOf<"single-point-of-failure">>();
  for (const gap of gaps) {
    if (gap.kind === "single-point-of-failure" && gap.evidence.actor !== null)
      points.set(gap.evidence.actor, gap);
  }
  for (const gap of gaps) {
    if (gap.kind !== "single-point-of-failure" || gap.evidence.ends === null) continue;
    for (const end of gap.evidence.ends) {
      const point = points.get(end);
      if (
        point === undefined ||
        !point.evidence.cutOffListed ||
        !gap.evidence.cutOffListed ||
        !sameMembers(point.evidence.cutOffActors, gap.evidence.cutOffActors)
      )
        continue;
      point.evidence.foldedGaps.push(gap.id);
      folded.add(gap);
      break;
    }
  }
  for (const point of points.values()) point.evidence.foldedGaps.sort(compareIds);
}

/**
 * Lowers the loss of each whole-ecosystem `coverage` gap to the actors no more specific listed gap
 * carries for the same need (a `coverageBy` breakdown of the same role and need, or a place gap whose
 * `unmetNeeds` lists them), so an actor's unmet need is counted once, in the item that places it; the
 * detail says how many are counted elsewhere. Severity follows the new loss.
 */
function countEachLossOnce(gaps: readonly StructuralGap[]): void {
  const carried = new Set<string>();
  const key = (need: string, id: string) => `${need}\u0000${id}`;
  for (const gap of gaps) {
    if (gap.kind === "coverage" && gap.evidence.attribute !== null) {
      for (const id of gap.actors) carried.add(key(`${gap.evidence.role}>${gap.evidence.needs}`, id));
    } else if (gap.kind === "siloed-community" || gap.kind === "fragmentation") {
      for (const { needs, actors } of gap.evidence.unmetNeeds)
        for (const id of actors) carried.add(key(`*>${needs}`, id));
    }
  }
  for (const gap of gaps) {
    if (gap.kind !== "coverage" || gap.evidence.attribute !== null) continue;
    const { role, needs, without } = gap.evidence;
    let elsewhere = 0;
    for (const id of gap.actors) {
      if (carried.has(key(`${role}>${needs}`, id)) || carried.has(key(`*>${needs}`, id))) elsewhere++;
    }
    if (elsewhere === 0) continue;
    gap.loss = (gap.loss * (without - elsewhere)) / without;
    gap.severity = severityOfLoss(gap.loss);
    const counted =
      elsewhere === without
        ? message("gaps.coverage.countedAll")
        : message("gaps.coverage.countedSome", { elsewhere, rest: without - elsewhere });
    gap.detailMessage = message(gap.detailMessage.id, { ...gap.detailMessage.params, counted });
    gap.detail = gap.detailMessage.text;
  }
}
