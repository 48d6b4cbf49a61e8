// Reference values: NetworkX node_connectivity(U), len(minimum_node_cut(U)) and node_connectivity(U, s, t)
// for seeded non-adjacent pairs, from test/fixtures/measures/values.json (see measures-fixtures.ts).
// Planted truth: the least separating set found by enumerating subsets, and cuts checked by BFS.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { minimumNodeCut, nodeConnectivity } from "../../src/metrics/node-connectivity.js";
import { createEcosystem } from "../../src/model/ecosystem.js";
import { InvalidOptionError, NotApplicableError } from "../../src/model/errors.js";
import type { EcosystemData } from "../../src/model/schema.js";
import { edgeListData } from "../helpers.js";
import { MEASURES_DATASETS, measuresData, measuresValues } from "./measures-fixtures.js";
import { randomNetworks } from "./random-networks.js";

function adjacencyOf(data: EcosystemData): Map<string, Set<string>> {
  const adjacent = new Map(data.actors.map((a) => [a.id, new Set<string>()]));
  for (const t of data.ties) {
    adjacent.get(t.source)!.add(t.target);
    adjacent.get(t.target)!.add(t.source);
  }
  return adjacent;
}

/** Whether the actors left after removing `removed` are connected (true for fewer than two). */
function connectedWithout(adjacent: Map<string, Set<string>>, removed: ReadonlySet<string>): boolean {
  const left = [...adjacent.keys()].filter((id) => !removed.has(id));
  if (left.length < 2) return true;
  const seen = new Set([left[0]!]);
  const queue = [left[0]!];
  for (let h = 0; h < queue.length; h++)
    for (const w of adjacent.get(queue[h]!)!)
      if (!removed.has(w) && !seen.has(w)) {
        seen.add(w);
        queue.push(w);
      }
  return seen.size === left.length;
}

/** κ(G) by enumerating subsets by size: the least k whose removal disconnects, n − 1 if none does. */
function bruteConnectivity(data: EcosystemData): number {
  const adjacent = adjacencyOf(data);
  const ids = [...adjacent.keys()];
  const n = ids.length;
  if (n < 2) return 0;
  for (let k = 0; k < n - 1; k++) {
    for (let mask = 0; mask < 1 << n; mask++) {
      let bits = 0;
      for (let b = 0; b < n; b++) if (mask & (1 << b)) bits++;
      if (bits !== k) continue;
      const removed = new Set(ids.filter((_, b) => mask & (1 << b)));
      if (!connectedWithout(adjacent, removed)) return k;
    }
  }
  return n - 1;
}

describe("nodeConnectivity and minimumNodeCut", () => {
  it.each(MEASURES_DATASETS)("match NetworkX on %s", (name) => {
    const data = measuresData(name);
    const eco = createEcosystem(data);
    const kappa = measuresValues<number>(name, "node_connectivity");
    expect(nodeConnectivity(eco)).toBe(kappa);
    const cut = minimumNodeCut(eco)!;
    expect(cut.length).toBe(kappa);
    const adjacent = adjacencyOf(data);
    if (kappa > 0) expect(connectedWithout(adjacent, new Set(cut))).toBe(false);
    for (const [s, t, value] of measuresValues<[string, string, number][]>(name, "local_node_connectivity")) {
      expect(nodeConnectivity(eco, { source: s, target: t }), `${s}, ${t}`).toBe(value);
      const pairCut = minimumNodeCut(eco, { source: s, target: t })!;
      expect(pairCut.length).toBe(value);
      expect(pairCut).not.toContain(s);
      expect(pairCut).not.toContain(t);
    }
  });

  it("is 2 on a ring, n − 1 on a complete network, 0 when disconnected (doc examples)", () => {
    const ring = edgeListData(
      ["a", "b", "c", "d", "e"],
      [
        ["a", "b"],
        ["b", "c"],
        ["c", "d"],
        ["d", "e"],
        ["e", "a"],
      ],
    );
    expect(nodeConnectivity(createEcosystem(ring))).toBe(2);
    const square = edgeListData(
      ["a", "b", "c", "d"],
      [
        ["a", "b"],
        ["b", "c"],
        ["c", "d"],
        ["d", "a"],
      ],
    );
    expect(minimumNodeCut(createEcosystem(square), { source: "a", target: "c" })).toEqual(["b", "d"]);
    const k4 = edgeListData(
      ["a", "b", "c", "d"],
      [
        ["a", "b"],
        ["a", "c"],
        ["a", "d"],
        ["b", "c"],
        ["b", "d"],
        ["c", "d"],
      ],
    );
    expect(nodeConnectivity(createEcosystem(k4))).toBe(3);
    expect(minimumNodeCut(createEcosystem(k4))).toBeNull();
    const apart = edgeListData(["a", "b", "c"], [["a", "b"]]);
    expect(nodeConnectivity(createEcosystem(apart))).toBe(0);
    expect(minimumNodeCut(createEcosystem(apart))).toEqual([]);
  });

  it("agrees with enumeration of separating sets, and its cut separates (random graphs)", () => {
    const graphs = randomNetworks({ minActors: 2, maxActors: 9, maxTies: 30, kind: "collaboration" });
    fc.assert(
      fc.property(graphs, (data) => {
        const eco = createEcosystem(data);
        const kappa = bruteConnectivity(data);
        expect(nodeConnectivity(eco)).toBe(kappa);
        const cut = minimumNodeCut(eco);
        if (cut !== null) {
          expect(cut.length).toBe(kappa);
          expect(connectedWithout(adjacencyOf(data), new Set(cut))).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("refuses a tied pair, half a pair and an unknown actor", () => {
    const eco = createEcosystem(
      edgeListData(
        ["a", "b", "c"],
        [
          ["a", "b"],
          ["b", "c"],
        ],
      ),
    );
    expect(() => nodeConnectivity(eco, { source: "a", target: "b" })).toThrow(NotApplicableError);
    expect(() => nodeConnectivity(eco, { source: "a" })).toThrow(InvalidOptionError);
    expect(() => minimumNodeCut(eco, { source: "a", target: "zz" })).toThrow(InvalidOptionError);
  });
});
