// The decremental efficiency tracker against a fresh breadth-first search after every removal, on
// random graphs (fast-check), with all actors as sources and with a few.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Adjacency, bfs } from "../../src/internal/bfs.js";
import { createEfficiencyTracker } from "../../src/internal/removal-efficiency.js";

/** An undirected CSR adjacency from an edge list (duplicates and loops dropped). */
function adjacencyOf(n: number, edges: readonly [number, number][]): Adjacency {
  const lists: Set<number>[] = Array.from({ length: n }, () => new Set());
  for (const [a, b] of edges) {
    if (a === b) continue;
    lists[a]!.add(b);
    lists[b]!.add(a);
  }
  const offsets = new Int32Array(n + 1);
  const flat: number[] = [];
  for (let i = 0; i < n; i++) {
    flat.push(...[...lists[i]!].sort((x, y) => x - y));
    offsets[i + 1] = flat.length;
  }
  return { offsets, targets: Int32Array.from(flat) };
}

/** Σ 1/d from the first k present actors of `order`, searching the graph without the absent actors. */
function freshTotal(adjacency: Adjacency, present: Uint8Array, order: Int32Array, k: number) {
  const n = present.length;
  // Rebuild the adjacency of the present actors only, then search it with the shared BFS.
  const edges: [number, number][] = [];
  for (let u = 0; u < n; u++) {
    if (!present[u]) continue;
    for (let e = adjacency.offsets[u]!; e < adjacency.offsets[u + 1]!; e++) {
      const v = adjacency.targets[e]!;
      if (present[v] && u < v) edges.push([u, v]);
    }
  }
  const reduced = adjacencyOf(n, edges);
  const distance = new Int32Array(n);
  const queue = new Int32Array(n);
  let total = 0;
  let used = 0;
  for (const s of order) {
    if (used === k) break;
    if (!present[s]) continue;
    used++;
    const reached = bfs(reduced, [s], distance, queue);
    for (let q = 1; q < reached; q++) total += 1 / distance[queue[q]!]!;
  }
  return { total, used };
}

const graphs = fc.integer({ min: 2, max: 40 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    edges: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 3 * n }),
    removals: fc.shuffledSubarray([...Array(n).keys()]),
    order: fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }),
    k: fc.integer({ min: 1, max: n }),
  }),
);

describe("createEfficiencyTracker", () => {
  it.each([
    ["kept up to date", undefined],
    ["searching afresh above maxCells", 0],
  ] as const)("keeps the same sums as a fresh search after every removal (%s)", (_name, maxCells) => {
    fc.assert(
      fc.property(graphs, ({ n, edges, removals, order, k }) => {
        const adjacency = adjacencyOf(n, edges);
        const present = new Uint8Array(n).fill(1);
        const sourceOrder = Int32Array.from(order);
        const tracker = createEfficiencyTracker(adjacency, present, sourceOrder, k, maxCells);
        const check = () => {
          const fresh = freshTotal(adjacency, present, sourceOrder, k);
          expect(Math.abs(tracker.total() - fresh.total)).toBeLessThan(1e-9);
          expect(tracker.sources()).toBe(fresh.used);
        };
        check();
        for (const v of removals) {
          present[v] = 0;
          tracker.remove(v);
          check();
        }
      }),
      { numRuns: 300, seed: 20261129 },
    );
  });

  it("repairs a cycle cut in two places (distances grow on one side only)", () => {
    // Ring 0 … 7; from source 0, removing 1 makes 2 reachable only the long way (distance 6).
    const ring = adjacencyOf(
      8,
      Array.from({ length: 8 }, (_, i) => [i, (i + 1) % 8] as [number, number]),
    );
    const present = new Uint8Array(8).fill(1);
    const tracker = createEfficiencyTracker(ring, present, Int32Array.from([0, 1, 2, 3, 4, 5, 6, 7]), 1);
    // Intact: distances 1, 2, 3, 4, 3, 2, 1.
    expect(tracker.total()).toBeCloseTo(2 + 2 / 2 + 2 / 3 + 1 / 4, 12);
    present[1] = 0;
    tracker.remove(1);
    // Path 0 – 7 – 6 – 5 – 4 – 3 – 2: distances 1 … 6.
    expect(tracker.total()).toBeCloseTo(1 + 1 / 2 + 1 / 3 + 1 / 4 + 1 / 5 + 1 / 6, 12);
  });
});
