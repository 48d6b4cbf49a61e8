// Matching answers to planted features by actors, never by wording: a gap is about a feature when
// at least half of the actors it lists are the feature's actors or context; a feature is found in the
// top k when the top-k gaps about it together list every one of its actors.
import type { PlantedFeature } from "./builder.js";

/** What an answer's ranked item lists: its actors (a gap) or its id (a bridge actor). */
export interface RankedActors {
  actors: readonly string[];
}

/** Whether a gap listing `actors` is about `feature` (at least half of them in its actors or context). */
export function isAbout(actors: readonly string[], feature: PlantedFeature): boolean {
  if (actors.length === 0) return false;
  const related = new Set([...feature.actors, ...(feature.context ?? [])]);
  let inside = 0;
  for (const id of actors) if (related.has(id)) inside++;
  return 2 * inside >= actors.length;
}

/** Where a feature is found among ranked gaps. */
export interface GapMatch {
  /** The smallest k such that the top-k gaps about the feature list all its actors; null if none does. */
  rank: number | null;
  /** 1-based ranks of the gaps about the feature within the top `within`. */
  aboutRanks: number[];
  /** Feature actors not listed by any gap about it within the top `within`. */
  missing: string[];
}

/** Finds `feature` among `gaps` (best first), looking at the top `within` for `aboutRanks`/`missing`. */
export function matchGaps(gaps: readonly RankedActors[], feature: PlantedFeature, within = 3): GapMatch {
  const wanted = new Set(feature.actors);
  let rank: number | null = null;
  const aboutRanks: number[] = [];
  const missingWithin = new Set(wanted);
  for (let r = 0; r < gaps.length && (rank === null || r < within); r++) {
    const gap = gaps[r]!;
    if (!isAbout(gap.actors, feature)) continue;
    for (const id of gap.actors) wanted.delete(id);
    if (r < within) {
      aboutRanks.push(r + 1);
      for (const id of gap.actors) missingWithin.delete(id);
    }
    if (wanted.size === 0 && rank === null) rank = r + 1;
  }
  return { rank, aboutRanks, missing: [...missingWithin].sort() };
}

/** 1-based ranks of the gaps of which at least half the actors are `decoy` actors. */
export function decoyRanks(gaps: readonly RankedActors[], decoy: readonly string[]): number[] {
  const set = new Set(decoy);
  const ranks: number[] = [];
  gaps.forEach((gap, r) => {
    let inside = 0;
    for (const id of gap.actors) if (set.has(id)) inside++;
    if (gap.actors.length > 0 && 2 * inside >= gap.actors.length) ranks.push(r + 1);
  });
  return ranks;
}
