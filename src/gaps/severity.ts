/**
 * The one scale every structural gap is ranked on: what its actors lose, in actor-equivalents, mapped
 * to [0, 1].
 *
 * @packageDocumentation
 */

/**
 * The loss at which severity reaches 0.5: severity = loss / (loss + 4). A small constant rather than
 * the number of actors, so that two isolates among 115 actors (loss 2 → 0.33) are not negligible,
 * while a whole region without a funder (8 developers needing 2 roles: loss 4 → 0.5) ranks higher.
 */
export const SEVERITY_HALF_LOSS = 4;

/**
 * The weight of hanging on one actor or one tie (a single point of failure): each actor it would cut
 * off counts half of being cut off, since today it is still connected.
 */
export const HANGING_WEIGHT = 0.5;

/**
 * The share of a structural element's loss that a tie removing it outright earns on top of the loss it
 * takes away: a single point of failure that stops being one (its actor or tie, and the pendant ties
 * folded into its gap), a cut-off part joined, an isolate brought in. Each is all or nothing for the
 * network: a cut vertex with three pendants stays a single point of failure for the last one until
 * every piece has a second route, so relieving its pieces one by one takes away their loss, and only
 * the tie that relieves the last piece removes the element, which is then credited a quarter of the
 * loss it had when the plan began. Needs are met actor by actor and earn no such credit.
 */
export const OUTRIGHT_SHARE = 0.25;

/**
 * The largest loss of a structural note, a pattern that takes nothing concrete from anyone (a cluster
 * that keeps its ties inside but reaches every role it needs, two groups tied less than chance): it is
 * worth a quarter of one actor's loss at most, so it ranks below any actor who lacks a need.
 */
export const NOTE_LOSS = 0.25;

/**
 * Severity in [0, 1] of a gap whose actors lose `loss` actor-equivalents: loss / (loss + 4)
 * ({@link SEVERITY_HALF_LOSS}). Increasing in loss, so gaps rank by what they take from actors:
 * loss 1 (one isolate) → 0.2, 2 → 0.33, 4 → 0.5, 8 → 0.67, 36 → 0.9. 0 for no loss.
 */
export function severityOfLoss(loss: number): number {
  return loss > 0 ? loss / (loss + SEVERITY_HALF_LOSS) : 0;
}
