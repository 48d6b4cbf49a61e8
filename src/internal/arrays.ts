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

/**
 * The `limit` smallest of `items` by `compare`, sorted; ties keep their order in `items` (as a stable
 * sort would). A bounded max-heap: O(n log limit) time, O(limit) memory, and about one comparison per
 * item when `items` are nearly in order, as validation issues are.
 */
export function smallestSorted<T>(items: Iterable<T>, limit: number, compare: (a: T, b: T) => number): T[] {
  if (limit <= 0) return [];
  // Heap entries carry their arrival rank so that equal items keep their input order.
  const heap: { item: T; rank: number }[] = [];
  const order = (a: { item: T; rank: number }, b: { item: T; rank: number }) =>
    compare(a.item, b.item) || a.rank - b.rank;
  const siftDown = (from: number) => {
    let i = from;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let largest = i;
      if (left < heap.length && order(heap[left]!, heap[largest]!) > 0) largest = left;
      if (right < heap.length && order(heap[right]!, heap[largest]!) > 0) largest = right;
      if (largest === i) return;
      const swap = heap[i]!;
      heap[i] = heap[largest]!;
      heap[largest] = swap;
      i = largest;
    }
  };
  let rank = 0;
  for (const item of items) {
    const itemRank = rank++;
    if (heap.length < limit) {
      heap.push({ item, rank: itemRank });
      let i = heap.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (order(heap[i]!, heap[parent]!) <= 0) break;
        const swap = heap[i]!;
        heap[i] = heap[parent]!;
        heap[parent] = swap;
        i = parent;
      }
    } else if (compare(item, heap[0]!.item) < 0) {
      // A later item ranks after every kept one, so only a strictly smaller one enters.
      heap[0] = { item, rank: itemRank };
      siftDown(0);
    }
  }
  return heap.sort(order).map((entry) => entry.item);
}
