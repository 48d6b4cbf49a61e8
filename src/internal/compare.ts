/** Deterministic orderings. Ids compare by UTF-16 code units, never by locale, so order is the same everywhere. */

/** Compares two ids by code units. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Orders by `score` descending, then by `id` ascending. */
export function byScoreThenId(a: { score: number; id: string }, b: { score: number; id: string }): number {
  return b.score - a.score || compareIds(a.id, b.id);
}
