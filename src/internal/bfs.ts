/** Breadth-first search on the CSR view, with caller-owned buffers so repeated searches allocate nothing. */

/** The adjacency a BFS needs: CSR offsets and neighbour lists. */
export interface Adjacency {
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
}

/**
 * Hop distances from `sources` (multi-source BFS). `distance` is filled with −1 for unreached actors;
 * `queue` must hold at least n entries. Stops expanding beyond `maxDistance`. With `present`, only
 * actors marked 1 there are searched (sources included), as if the others had left. Returns how many
 * actors were reached (sources included); `queue[0 … reached−1]` lists them in BFS order.
 */
export function bfs(
  adjacency: Adjacency,
  sources: ArrayLike<number>,
  distance: Int32Array,
  queue: Int32Array,
  maxDistance = Number.POSITIVE_INFINITY,
  present: Uint8Array | null = null,
): number {
  distance.fill(-1);
  let tail = 0;
  for (let s = 0; s < sources.length; s++) {
    const source = sources[s]!;
    if ((present === null || present[source] === 1) && distance[source] === -1) {
      distance[source] = 0;
      queue[tail++] = source;
    }
  }
  const { offsets, targets } = adjacency;
  for (let head = 0; head < tail; head++) {
    const u = queue[head]!;
    const next = distance[u]! + 1;
    if (next > maxDistance) continue;
    for (let k = offsets[u]!, end = offsets[u + 1]!; k < end; k++) {
      const v = targets[k]!;
      if (distance[v] === -1 && (present === null || present[v] === 1)) {
        distance[v] = next;
        queue[tail++] = v;
      }
    }
  }
  return tail;
}
