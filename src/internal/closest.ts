/** Suggestions for a name that matches nothing: the closest existing value by edit distance. */

/** Levenshtein distance (insertions, deletions, substitutions, each 1) in O(|a|·|b|) time, O(|b|) memory. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The candidate closest to `name` (ties broken by code-unit order), or `null` when there is none. */
export function closestName(name: string, candidates: Iterable<string>): string | null {
  let best: string | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const distance = editDistance(name, candidate);
    if (distance < bestDistance || (distance === bestDistance && best !== null && candidate < best)) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** `; did you mean "x"?` for the closest candidate, or `""` when there is none. */
export function didYouMean(name: string, candidates: Iterable<string>): string {
  const closest = closestName(name, candidates);
  return closest === null ? "" : `; did you mean ${JSON.stringify(closest)}?`;
}

/**
 * Edit distance counting a swap of two neighbouring letters as one edit, as well as insertions,
 * deletions and substitutions (optimal string alignment), the most common typing slips. O(|a|·|b|).
 */
export function typingDistance(a: string, b: string): number {
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      let best = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, beforePrevious[j - 2]! + 1);
      current.push(best);
    }
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The edit distance within which a candidate is offered for a misspelt name: a third of the name's
 * length, rounded down, so `"b"` among `"a"` or `"x9"` among `"f1"` gets no suggestion (any short id is
 * one edit from another) but `"esf-fnd"` → `"esf-fund"` does. A difference of letter case alone always
 * counts as near.
 */
export function nearDistance(name: string): number {
  return Math.floor(name.length / 3);
}

/**
 * The candidate within {@link nearDistance} of `name` by {@link typingDistance} (closest first, ties by code-unit order; a
 * candidate equal but for letter case first of all), or `null`. Candidates whose length differs by
 * more than the distance are skipped unread, so a long list costs O(candidates) beyond the few near
 * ones.
 */
export function nearName(name: string, candidates: Iterable<string>): string | null {
  const limit = nearDistance(name);
  const lower = name.toLowerCase();
  let best: string | null = null;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - name.length) > limit) continue;
    const distance = candidate.toLowerCase() === lower ? 0 : typingDistance(name, candidate);
    if (distance < bestDistance || (distance === bestDistance && best !== null && candidate < best)) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** `; did you mean "x"?` for a near candidate (see {@link nearName}), or `""` when none is near. */
export function didYouMeanNear(name: string, candidates: Iterable<string>): string {
  const near = nearName(name, candidates);
  return near === null || near === name ? "" : `; did you mean ${JSON.stringify(near)}?`;
}
