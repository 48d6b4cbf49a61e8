/**
 * How much work exact efficiency gains would take for a set of candidates, so that the weaving
 * answers can fall back to sampled gains where exact ones would take minutes.
 *
 * @packageDocumentation
 */

import type { CandidateSet } from "./candidates.js";
import { createTieSides, type DistanceMatrix, splitSides } from "./distance-matrix.js";

/**
 * The most actor pairs the exact efficiency gains of one candidate set may visit (Σ |A| · |B| over
 * the candidates, see `efficiencyGain`). About 2–10 s of pair sums on a laptop: every network of the
 * test suites and the benchmarks up to a path of 600 actors stays far below it; a path of 2,000 actors
 * (15,000 to 20,000 candidates, most with |A| · |B| ≈ n²/4; 398 s of exact sums) is far above it; past
 * it `suggestConnections` and `planWeaving` take the sampled route of ecosystems above 3,000 actors.
 * @category Weaving
 */
export const EXACT_GAIN_PAIR_BUDGET = 1e9;

/**
 * Σ over the candidates of |A| · |B|, the pairs an exact gain visits at most (A, B the two sides of
 * the candidate tie); stops counting once `budget` is passed.
 *
 * @remarks Time complexity: O(n) per candidate counted (one pass over the two ends' rows).
 * @internal
 */
export function exactGainPairs(
  matrix: DistanceMatrix,
  candidates: CandidateSet,
  budget = EXACT_GAIN_PAIR_BUDGET,
): number {
  const n = matrix.order;
  const sides = createTieSides(n);
  let pairs = 0;
  for (let p = 0; p < candidates.count && pairs <= budget; p++) {
    splitSides(matrix.distances, candidates.u[p]! * n, matrix.distances, candidates.v[p]! * n, n, sides);
    pairs += sides.aCount * sides.bCount;
  }
  return pairs;
}

/**
 * Whether the exact gains of these candidates fit {@link EXACT_GAIN_PAIR_BUDGET}.
 * @internal
 */
export function exactGainsAffordable(matrix: DistanceMatrix, candidates: CandidateSet): boolean {
  return exactGainPairs(matrix, candidates) <= EXACT_GAIN_PAIR_BUDGET;
}
