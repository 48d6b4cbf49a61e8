/** Helpers for results keyed by actor id: null-prototype records, so no id can collide with a member. */

/** A record with no prototype. */
export type IdRecord<T> = Record<string, T>;

/** An empty null-prototype record. */
export function createRecord<T>(): IdRecord<T> {
  return Object.create(null) as IdRecord<T>;
}

/** A null-prototype record mapping `ids[i]` to `value(i)`. */
export function recordFromIndex<T>(ids: readonly string[], value: (index: number) => T): IdRecord<T> {
  const record = createRecord<T>();
  for (let i = 0; i < ids.length; i++) record[ids[i]!] = value(i);
  return record;
}

/** A finite number, or `null` for NaN and ±Infinity (ecoweave never returns NaN). */
export function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}
