/**
 * The `nodes` option of per-actor measures: which actors a result scores, resolved against a view.
 * @packageDocumentation
 */

import { createRecord, type IdRecord } from "../internal/records.js";
import { InvalidOptionError } from "../model/errors.js";

/** The `nodes` option of a per-actor measure. */
export interface ActorSubsetOptions {
  /**
   * Score only these actors (ids, duplicates once); their values are those computed on the whole
   * network, as NetworkX's `nodes=` (an unknown id is refused).
   * @defaultValue every actor
   */
  nodes?: readonly string[];
}

/**
 * The dense indices of the actors a per-actor measure reports, ascending: every actor when `nodes` is
 * `undefined`, else those listed (duplicates once).
 * @throws {@link InvalidOptionError} naming `fn` when `nodes` names an actor the ecosystem lacks.
 */
export function selectedIndices(
  fn: string,
  index: ReadonlyMap<string, number>,
  order: number,
  nodes: readonly string[] | undefined,
): Int32Array {
  if (nodes === undefined) {
    const all = new Int32Array(order);
    for (let i = 0; i < order; i++) all[i] = i;
    return all;
  }
  const chosen = new Uint8Array(order);
  let count = 0;
  for (const id of nodes) {
    const i = index.get(id);
    if (i === undefined)
      throw new InvalidOptionError(`${fn}: nodes names an unknown actor ${JSON.stringify(id)}`);
    if (chosen[i] === 0) {
      chosen[i] = 1;
      count++;
    }
  }
  const out = new Int32Array(count);
  let write = 0;
  for (let i = 0; i < order; i++) if (chosen[i] === 1) out[write++] = i;
  return out;
}

/** A null-prototype record mapping `ids[i]` to `value(i)` for each selected index `i`, in index order. */
export function recordOfSelected<T>(
  ids: readonly string[],
  selected: Int32Array,
  value: (index: number) => T,
): IdRecord<T> {
  const record = createRecord<T>();
  for (let s = 0; s < selected.length; s++) {
    const i = selected[s]!;
    record[ids[i]!] = value(i);
  }
  return record;
}
