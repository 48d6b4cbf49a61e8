/**
 * Array helpers that stay safe at any size. Spreading an array into a call (`target.push(...source)`,
 * `Math.max(...values)`) passes every element as an argument on the stack, which overflows at around
 * 10⁵ elements; these loop instead.
 */

/** Appends every element of `source` to `target`, in order, and returns `target`. O(source). */
export function appendAll<T>(target: T[], source: Iterable<T>): T[] {
  for (const item of source) target.push(item);
  return target;
}

/** The largest of `values`, `-Infinity` for none (as `Math.max()` gives). O(values). */
export function maxOf(values: Iterable<number>): number {
  let max = Number.NEGATIVE_INFINITY;
  for (const value of values) if (value > max || Number.isNaN(value)) max = value;
  return max;
}
