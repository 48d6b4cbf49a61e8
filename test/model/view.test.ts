import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  createEcosystem,
  createView,
  type EcosystemData,
  getView,
  InvalidOptionError,
} from "../../src/index.js";
import { actorsOf } from "../helpers.js";

// a–b: funding a→b (2) + collaboration (1) + information b→a as directed (0.5); b–c: training b→c dated 2022;
// c–d: peer-learning dated 2021-06-01 … 2021-06-30; e isolated.
const data: EcosystemData = {
  actors: actorsOf(["a", "b", "c", "d", "e"]),
  ties: [
    { source: "a", target: "b", kind: "funding", weight: 2 },
    { source: "a", target: "b", kind: "collaboration" },
    { source: "b", target: "a", kind: "information", directed: true, weight: 0.5 },
    { source: "b", target: "c", kind: "training", since: "2022-01-01", until: "2022-12-31" },
    { source: "d", target: "c", kind: "peer-learning", since: "2021-06-01", until: "2021-06-30" },
  ],
};

function neighborsOf(view: ReturnType<typeof createView>, id: string): [string, number][] {
  const i = view.index.get(id)!;
  const out: [string, number][] = [];
  for (let k = view.offsets[i]!; k < view.offsets[i + 1]!; k++)
    out.push([view.ids[view.targets[k]!]!, view.weights[k]!]);
  return out;
}

function inNeighborsOf(view: ReturnType<typeof createView>, id: string): [string, number][] {
  const i = view.index.get(id)!;
  const out: [string, number][] = [];
  for (let k = view.inOffsets[i]!; k < view.inOffsets[i + 1]!; k++)
    out.push([view.ids[view.sources[k]!]!, view.inWeights[k]!]);
  return out;
}

describe("createView", () => {
  const eco = createEcosystem(data);

  it("collapses parallel ties of any direction into one undirected edge with summed weight", () => {
    const view = createView(eco);
    expect(view.directed).toBe(false);
    expect(view.order).toBe(5);
    expect(view.size).toBe(3);
    expect(view.tieCount).toBe(5);
    expect(neighborsOf(view, "a")).toEqual([["b", 3.5]]);
    expect(neighborsOf(view, "b")).toEqual([
      ["a", 3.5],
      ["c", 1],
    ]);
    expect(neighborsOf(view, "e")).toEqual([]);
  });

  it("keeps arcs in the directed view, an undirected tie becoming two arcs", () => {
    const view = createView(eco, { directed: true });
    expect(neighborsOf(view, "a")).toEqual([["b", 3]]);
    expect(neighborsOf(view, "b")).toEqual([
      ["a", 1.5],
      ["c", 1],
    ]);
    expect(inNeighborsOf(view, "c")).toEqual([
      ["b", 1],
      ["d", 1],
    ]);
    expect(neighborsOf(view, "c")).toEqual([["d", 1]]);
    expect(view.size).toBe(5);
  });

  it("keeps only the kinds asked for", () => {
    const view = createView(eco, { kinds: ["funding", "training"] });
    expect(neighborsOf(view, "a")).toEqual([["b", 2]]);
    expect(view.tieCount).toBe(2);
  });

  it.each([
    ["2021-05-31", [["b", 3.5]], []],
    ["2021-06-01", [["b", 3.5]], [["d", 1]]],
    ["2021-06-30", [["b", 3.5]], [["d", 1]]],
    ["2021-07-01", [["b", 3.5]], []],
    ["2022-01-01", [["b", 3.5]], [["b", 1]]],
    ["2022-12-31", [["b", 3.5]], [["b", 1]]],
    ["2023-01-01", [["b", 3.5]], []],
  ])("at %s counts ties whose since ≤ at ≤ until, bounds included", (at, aNeighbors, cNeighbors) => {
    const view = createView(eco, { at });
    expect(neighborsOf(view, "a")).toEqual(aNeighbors);
    expect(neighborsOf(view, "c")).toEqual(cNeighbors);
  });

  it("refuses an at that is not a calendar date", () => {
    expect(() => createView(eco, { at: "2022-02-30" })).toThrow(InvalidOptionError);
  });

  it("handles an empty ecosystem", () => {
    const view = createView(createEcosystem({ actors: [], ties: [] }));
    expect(view.order).toBe(0);
    expect(view.size).toBe(0);
    expect([...view.offsets]).toEqual([0]);
  });

  it("agrees with the graph on every pair (property)", () => {
    const ids = ["a", "b", "c", "d", "e", "f"];
    const tie = fc
      .record({
        pair: fc.uniqueArray(fc.constantFrom(...ids), { minLength: 2, maxLength: 2 }),
        kind: fc.constantFrom("funding", "collaboration"),
        weight: fc.integer({ min: 1, max: 5 }),
      })
      .map(({ pair, kind, weight }) => ({ source: pair[0]!, target: pair[1]!, kind, weight }));
    fc.assert(
      fc.property(fc.array(tie, { maxLength: 25 }), (ties) => {
        const graph = createEcosystem({ actors: actorsOf(ids), ties });
        for (const directed of [false, true]) {
          const view = createView(graph, { directed });
          for (const u of ids) {
            const expected = new Map<string, number>();
            graph.forEachEdge(u, (_e, attributes, source, target, _sa, _ta, undirected) => {
              if (directed && !undirected && source !== u) return;
              const other = source === u ? target : source;
              expected.set(other, (expected.get(other) ?? 0) + (attributes.weight ?? 1));
            });
            expect(neighborsOf(view, u)).toEqual([...expected].sort((x, y) => (x[0] < y[0] ? -1 : 1)));
          }
        }
      }),
      { numRuns: 100, seed: 7 },
    );
  });

  it("sums fractional parallel ties in tie order, with exact-size out- and in-lists (property)", () => {
    const ids = ["a", "b", "c", "d"];
    const tie = fc
      .record({
        pair: fc.uniqueArray(fc.constantFrom(...ids), { minLength: 2, maxLength: 2 }),
        directed: fc.boolean(),
        weight: fc.constantFrom(0.1, 0.2, 0.7),
      })
      .map(({ pair, directed, weight }) => ({
        source: pair[0]!,
        target: pair[1]!,
        kind: "collaboration",
        directed,
        weight,
      }));
    fc.assert(
      fc.property(fc.array(tie, { maxLength: 30 }), (ties) => {
        const graph = createEcosystem({ actors: actorsOf(ids), ties });
        for (const directed of [false, true]) {
          // Reference: each arc's weight added in the graph's edge order, the order the view must keep.
          const arcs = ids.map(() => new Map<string, number>());
          const arcsIn = ids.map(() => new Map<string, number>());
          const add = (from: string, to: string, weight: number) => {
            const out = arcs[ids.indexOf(from)]!;
            out.set(to, (out.get(to) ?? 0) + weight);
            const inward = arcsIn[ids.indexOf(to)]!;
            inward.set(from, (inward.get(from) ?? 0) + weight);
          };
          graph.forEachEdge((_e, attributes, source, target, _sa, _ta, undirected) => {
            add(source, target, attributes.weight ?? 1);
            if (undirected || !directed) add(target, source, attributes.weight ?? 1);
          });
          const sorted = (m: Map<string, number>) => [...m].sort((x, y) => (x[0] < y[0] ? -1 : 1));
          const view = createView(graph, { directed });
          for (const [i, u] of ids.entries()) {
            expect(neighborsOf(view, u)).toEqual(sorted(arcs[i]!));
            expect(inNeighborsOf(view, u)).toEqual(sorted(arcsIn[i]!));
          }
          const arcCount = arcs.reduce((sum, m) => sum + m.size, 0);
          expect(view.targets.length).toBe(arcCount);
          expect(view.weights.length).toBe(arcCount);
          expect(view.sources.length).toBe(arcCount);
          expect(view.inWeights.length).toBe(arcCount);
          expect(view.size).toBe(directed ? arcCount : arcCount / 2);
          expect(view.tieCount).toBe(ties.length);
        }
      }),
      { numRuns: 200, seed: 11 },
    );
  });
});

describe("getView", () => {
  it("reuses the view until the graph changes", () => {
    const eco = createEcosystem(data);
    const first = getView(eco, { kinds: ["funding", "collaboration"] });
    expect(getView(eco, { kinds: ["collaboration", "funding"] })).toBe(first);
    expect(getView(eco, { directed: true })).not.toBe(first);
    eco.addUndirectedEdge("a", "e", { kind: "collaboration" });
    const after = getView(eco, { kinds: ["funding", "collaboration"] });
    expect(after).not.toBe(first);
    expect(after.size).toBe(2);
  });
});
