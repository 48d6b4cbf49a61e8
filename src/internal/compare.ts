/** Deterministic orderings. Ids compare by UTF-16 code units, never by locale, so order is the same everywhere. */

/** Compares two ids by code units. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Orders by `score` descending, then by `id` ascending. */
export function byScoreThenId(a: { score: number; id: string }, b: { score: number; id: string }): number {
  return b.score - a.score || compareIds(a.id, b.id);
}

/** Orders groups of sorted ids: larger first, then by their ids compared in turn (the first differing id). */
export function compareGroups(a: readonly string[], b: readonly string[]): number {
  if (a.length !== b.length) return b.length - a.length;
  for (let i = 0; i < a.length; i++) {
    const order = compareIds(a[i]!, b[i]!);
    if (order !== 0) return order;
  }
  return 0;
}
