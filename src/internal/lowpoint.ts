/**
 * The Hopcroft–Tarjan lowpoint search that cut points and what hangs on an actor both read: one
 * iterative depth-first search over an undirected simple adjacency, with hooks for what each caller
 * carries up the tree.
 *
 * @packageDocumentation
 */

/** An undirected simple adjacency in CSR form (a view's `order`, `offsets` and `targets`). @internal */
export interface LowpointAdjacency {
  readonly order: number;
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
}

/** What a caller does as the search goes. @internal */
export interface LowpointVisitor {
  /** A new search tree starts at `root` (already discovered). */
  readonly enterRoot?: (root: number) => void;
  /** `w` is discovered (a root too, right after `enterRoot`). */
  readonly discover?: (w: number) => void;
  /**
   * `v` is finished: every child is done and `low[v]` is final; `p` is its parent, −1 for a root, and
   * `low[p]` already takes `low[v]` into account. v's subtree is a piece of C − p when
   * low[v] ≥ discovered[p], and p–v is a bridge when low[v] > discovered[p].
   */
  readonly finish: (v: number, p: number) => void;
  /** The tree of `root` is done; its actors are `order[start … end − 1]`. */
  readonly leaveRoot?: (root: number, start: number, end: number) => void;
}

/** The arrays of a finished search, indexed by dense actor index. @internal */
export interface LowpointSearch {
  /** Discovery time of each actor (its position in `order`). */
  readonly discovered: Int32Array;
  /** Smallest discovery time reachable from the actor's subtree by tree edges down and one back edge up. */
  readonly low: Int32Array;
  /** Parent in the search forest, −1 for a root. */
  readonly parent: Int32Array;
  /** The actors in discovery order. */
  readonly order: Int32Array;
}

/** The arrays of a search over n actors, before it runs (the visitor reads them as it goes). @internal */
export function createLowpointSearch(n: number): LowpointSearch {
  return {
    discovered: new Int32Array(n).fill(-1),
    low: new Int32Array(n),
    parent: new Int32Array(n),
    order: new Int32Array(n),
  };
}

/**
 * Runs the lowpoint search into `search` (from {@link createLowpointSearch}): roots in index order,
 * neighbours in CSR order, an explicit stack (no recursion, so a path of 10⁶ actors is fine). A back
 * edge to the parent vertex is skipped, which on a simple adjacency skips exactly the tree edge.
 * O(n + m) plus the visitor's work.
 *
 * References: Hopcroft, J. & Tarjan, R. (1973). Algorithm 447: efficient algorithms for graph
 * manipulation. Communications of the ACM 16(6), 372–378. doi:10.1145/362248.362272.
 * @internal
 */
export function lowpointSearch(
  adjacency: LowpointAdjacency,
  search: LowpointSearch,
  visitor: LowpointVisitor,
): void {
  const { order: n, offsets, targets } = adjacency;
  const { discovered, low, parent, order } = search;
  const cursor = new Int32Array(n);
  const stack = new Int32Array(n);
  let time = 0;
  for (let root = 0; root < n; root++) {
    if (discovered[root] !== -1) continue;
    const start = time;
    discovered[root] = low[root] = time;
    order[time++] = root;
    parent[root] = -1;
    cursor[root] = offsets[root]!;
    visitor.enterRoot?.(root);
    visitor.discover?.(root);
    let top = 0;
    stack[top++] = root;
    while (top > 0) {
      const v = stack[top - 1]!;
      if (cursor[v]! < offsets[v + 1]!) {
        const w = targets[cursor[v]!++]!;
        if (discovered[w] === -1) {
          parent[w] = v;
          discovered[w] = low[w] = time;
          order[time++] = w;
          cursor[w] = offsets[w]!;
          visitor.discover?.(w);
          stack[top++] = w;
        } else if (w !== parent[v] && discovered[w]! < low[v]!) {
          low[v] = discovered[w]!;
        }
        continue;
      }
      top--;
      const p = parent[v]!;
      if (p !== -1 && low[v]! < low[p]!) low[p] = low[v]!;
      visitor.finish(v, p);
    }
    visitor.leaveRoot?.(root, start, time);
  }
}
