/**
 * The percentile score the bridge ranking averages: the share of the other actors an actor beats on
 * one measure.
 *
 * @packageDocumentation
 */

/** Values closer than this (relative) are equal, so rounding noise never separates equivalent actors. */
const RELATIVE_TIE = 1e-12;

function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= RELATIVE_TIE * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * For each actor i, the share of the other n − 1 actors whose value is strictly worse:
 * s_i = |{ j ≠ i : x_j worse than x_i }| / (n − 1).
 *
 * Higher is better when `lowerIsBetter` is false; a `null` value is worse than any number and scores 0
 * itself, and with `zeroScoresZero` an actor whose value is 0 (nothing to credit: no betweenness, no
 * cross-group pair) scores 0 too. Values within a relative 1e-12 count as equal. n < 2 → all 0.
 * O(n log n).
 */
export function shareBeaten(
  values: readonly (number | null)[],
  lowerIsBetter: boolean,
  zeroScoresZero: boolean,
): Float64Array {
  const n = values.length;
  const shares = new Float64Array(n);
  if (n < 2) return shares;
  const defined: number[] = [];
  for (let i = 0; i < n; i++) if (values[i] !== null) defined.push(i);
  const nullCount = n - defined.length;
  // Sort from worst to best; an actor beats the nulls and every defined actor of a worse run.
  const key = (i: number) => (lowerIsBetter ? -values[i]! : values[i]!);
  defined.sort((a, b) => key(a) - key(b));
  let worse = nullCount;
  let start = 0;
  while (start < defined.length) {
    let end = start + 1;
    while (end < defined.length && same(key(defined[end - 1]!), key(defined[end]!))) end++;
    for (let k = start; k < end; k++) {
      const i = defined[k]!;
      shares[i] = zeroScoresZero && values[i] === 0 ? 0 : worse / (n - 1);
    }
    worse += end - start;
    start = end;
  }
  return shares;
}
