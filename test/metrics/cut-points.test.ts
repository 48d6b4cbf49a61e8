// Reference values: NetworkX 3.6.1 nx.articulation_points(G) and nx.bridges(G)
// (test/fixtures/oracle/values/<dataset>.networkx.json, keys "articulation_points" and "bridges").
// Compared as sets: NetworkX orders by dataset node order, we by id. The impact (cutOff) has no
// reference implementation: it is checked against a brute force that removes each actor or pair and
// recounts the components.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareIds } from "../../src/internal/compare.js";
import {
  articulationPoints,
  bridgeImpact,
  bridges,
  CUT_POINTS_DEFAULTS,
  cutPoints,
  cutVertexImpact,
} from "../../src/metrics/cut-points.js";
import { buildEcosystem, createEcosystem } from "../../src/model/ecosystem.js";
import type { EcosystemData } from "../../src/model/schema.js";
import { actorsOf, edgeListData, ORACLE_DATASETS, oracleData, oracleValues } from "../helpers.js";
import {
  dated,
  empty,
  path,
  path5,
  single,
  star,
  triangle,
  twoComponentsAndIsolate,
} from "./cohesion-fixtures.js";

function sortedPairs(pairs: [string, string][]): [string, string][] {
  return pairs
    .map(([u, v]): [string, string] => (compareIds(u, v) <= 0 ? [u, v] : [v, u]))
    .sort((x, y) => compareIds(x[0], y[0]) || compareIds(x[1], y[1]));
}

/** Components of the graph on `ids` with adjacency `adjacent`, ignoring actor `skip` and the pair `cut`. */
function bruteComponents(
  ids: string[],
  adjacent: Map<string, Set<string>>,
  skip: string | null,
  cut: [string, string] | null,
): string[][] {
  const seen = new Set<string>(skip === null ? [] : [skip]);
  const found: string[][] = [];
  for (const root of ids) {
    if (seen.has(root)) continue;
    seen.add(root);
    const members = [root];
    for (let k = 0; k < members.length; k++) {
      const u = members[k]!;
      for (const v of adjacent.get(u)!) {
        if (seen.has(v)) continue;
        if (cut !== null && ((u === cut[0] && v === cut[1]) || (u === cut[1] && v === cut[0]))) continue;
        seen.add(v);
        members.push(v);
      }
    }
    found.push(members);
  }
  return found;
}

/** Articulation points, bridges and their impact by definition: remove, recount. */
function bruteForce(data: EcosystemData) {
  const ids = data.actors.map((a) => a.id);
  const adjacent = new Map(ids.map((id) => [id, new Set<string>()]));
  for (const tie of data.ties) {
    adjacent.get(tie.source)!.add(tie.target);
    adjacent.get(tie.target)!.add(tie.source);
  }
  const whole = bruteComponents(ids, adjacent, null, null);
  const componentOf = new Map<string, string[]>();
  for (const c of whole) for (const id of c) componentOf.set(id, c);
  const points: string[] = [];
  const impact: Record<string, number> = {};
  for (const v of ids) {
    const own = new Set(componentOf.get(v)!);
    const pieces = bruteComponents(ids, adjacent, v, null).filter((c) => own.has(c[0]!));
    const largest = Math.max(0, ...pieces.map((c) => c.length));
    impact[v] = own.size - 1 - largest;
    if (pieces.length >= 2) points.push(v);
  }
  const cutPairs: { source: string; target: string; cutOff: number }[] = [];
  for (const [u, vs] of adjacent) {
    for (const v of vs) {
      if (compareIds(u, v) >= 0) continue;
      const parts = bruteComponents(ids, adjacent, null, [u, v]);
      const side = parts.find((c) => c.includes(u))!;
      if (side.includes(v)) continue;
      const size = componentOf.get(u)!.length;
      cutPairs.push({ source: u, target: v, cutOff: Math.min(side.length, size - side.length) });
    }
  }
  cutPairs.sort((x, y) => compareIds(x.source, y.source) || compareIds(x.target, y.target));
  return { points: points.sort(compareIds), impact, bridges: cutPairs };
}

/** Random small documents: up to 12 actors, random pairs, some repeated as parallel ties. */
const smallGraphs = fc.integer({ min: 0, max: 12 }).chain((n) =>
  fc
    .array(fc.tuple(fc.nat({ max: Math.max(0, n - 1) }), fc.nat({ max: Math.max(0, n - 1) })), {
      maxLength: n === 0 ? 0 : 24,
    })
    .map((pairs): EcosystemData => {
      const ids = Array.from({ length: n }, (_, i) => `n${String(n - i).padStart(2, "0")}`);
      return {
        actors: actorsOf(ids),
        ties: pairs
          .filter(([a, b]) => a !== b)
          .map(([a, b]) => ({ source: ids[a]!, target: ids[b]!, kind: "collaboration" })),
      };
    }),
);

describe("cutPoints", () => {
  it("agrees with removing each actor and each pair and recounting components (random graphs)", () => {
    fc.assert(
      fc.property(smallGraphs, (data) => {
        const expected = bruteForce(data);
        const result = cutPoints(createEcosystem(data));
        expect(result.articulationPoints).toEqual(expected.points);
        expect({ ...result.cutVertexImpact }).toEqual(expected.impact);
        expect(result.bridgeImpact).toEqual(expected.bridges);
        expect(result.bridges).toEqual(expected.bridges.map((b) => [b.source, b.target]));
      }),
      { numRuns: 300, seed: 20260101 },
    );
  });

  it("cuts off 2 actors at the middle of a path of 5 (doc example)", () => {
    const result = cutPoints(createEcosystem(path5));
    expect(result.cutVertexImpact.c).toBe(2);
    expect({ ...result.cutVertexImpact }).toEqual({ a: 0, b: 1, c: 2, d: 1, e: 0 });
    expect(result.articulationPoints).toEqual(["b", "c", "d"]);
  });

  it("handles a path of one million actors without overflowing the stack", () => {
    const n = 1_000_000;
    const actors: EcosystemData["actors"] = new Array(n);
    for (let i = 0; i < n; i++) actors[i] = { id: `p${i}`, role: "developer" };
    const ties: EcosystemData["ties"] = new Array(n - 1);
    for (let i = 0; i < n - 1; i++) ties[i] = { source: `p${i}`, target: `p${i + 1}`, kind: "collaboration" };
    const result = cutPoints(buildEcosystem({ actors, ties }));
    expect(result.articulationPoints.length).toBe(n - 2);
    expect(result.bridges.length).toBe(n - 1);
    // removing p500000 leaves p0 … p499999 (500000) and p500001 … p999999 (499999)
    expect(result.cutVertexImpact.p500000).toBe(499_999);
    expect(result.cutVertexImpact.p0).toBe(0);
  }, 120_000);

  it("refuses the directed view", () => {
    expect(() => cutPoints(createEcosystem(path), { directed: true })).toThrow(
      expect.objectContaining({ code: "not_applicable" }),
    );
  });

  it("has frozen defaults and leaves its input unchanged", () => {
    expect(Object.isFrozen(CUT_POINTS_DEFAULTS)).toBe(true);
    const eco = createEcosystem(path5);
    const before = eco.export();
    cutPoints(eco);
    expect(eco.export()).toEqual(before);
  });
});

describe("articulationPoints", () => {
  it.each(ORACLE_DATASETS)("matches NetworkX articulation_points on %s", (name) => {
    const expected = [...oracleValues<string[]>(name, "networkx", "articulation_points")].sort(compareIds);
    expect(articulationPoints(createEcosystem(oracleData(name)))).toEqual(expected);
  });

  it("is the hub of a star (doc example)", () => {
    expect(articulationPoints(createEcosystem(star))).toEqual(["hub"]);
  });

  it("is empty for a triangle, an empty ecosystem and a single actor", () => {
    expect(articulationPoints(createEcosystem(triangle))).toEqual([]);
    expect(articulationPoints(createEcosystem(empty))).toEqual([]);
    expect(articulationPoints(createEcosystem(single))).toEqual([]);
  });

  it("finds the middle of each path in an ecosystem of several components", () => {
    expect(articulationPoints(createEcosystem(twoComponentsAndIsolate))).toEqual(["b"]);
  });

  it("leaves out ties inactive on the `at` date", () => {
    // with b – c gone on 2021-06-01 the triangle is the path b – a – c
    expect(articulationPoints(createEcosystem(dated))).toEqual([]);
    expect(articulationPoints(createEcosystem(dated), { at: "2021-06-01" })).toEqual(["a"]);
  });

  it("refuses the directed view", () => {
    expect(() => articulationPoints(createEcosystem(path), { directed: true })).toThrow(
      expect.objectContaining({ code: "not_applicable" }),
    );
  });
});

describe("bridges", () => {
  it.each(ORACLE_DATASETS)("matches NetworkX bridges on %s", (name) => {
    const expected = sortedPairs(oracleValues<[string, string][]>(name, "networkx", "bridges"));
    expect(bridges(createEcosystem(oracleData(name)))).toEqual(expected);
  });

  it("is every tie of a path (doc example)", () => {
    expect(bridges(createEcosystem(path))).toEqual([
      ["a", "b"],
      ["b", "c"],
    ]);
  });

  it("is empty for a triangle, an empty ecosystem and a single actor", () => {
    expect(bridges(createEcosystem(triangle))).toEqual([]);
    expect(bridges(createEcosystem(empty))).toEqual([]);
    expect(bridges(createEcosystem(single))).toEqual([]);
  });

  it("counts a pair joined by several ties as one relationship", () => {
    // a – b by collaboration and funding; at 2021-06-01 the path is b – a – c
    expect(bridges(createEcosystem(dated), { at: "2021-06-01" })).toEqual([
      ["a", "b"],
      ["a", "c"],
    ]);
  });

  it("refuses the directed view", () => {
    expect(() => bridges(createEcosystem(path), { directed: true })).toThrow(
      expect.objectContaining({ code: "not_applicable" }),
    );
  });
});

describe("cutVertexImpact", () => {
  it("is 2 for the hub of a star of three leaves and 0 for the leaves (doc example)", () => {
    expect({ ...cutVertexImpact(createEcosystem(star)) }).toEqual({ hub: 2, x: 0, y: 0, z: 0 });
  });

  it("is measured within the actor's own component", () => {
    expect({ ...cutVertexImpact(createEcosystem(twoComponentsAndIsolate)) }).toEqual({
      a: 0,
      b: 1,
      c: 0,
      d: 0,
      e: 0,
      f: 0,
    });
  });

  it("is a null-prototype record of every actor", () => {
    const impact = cutVertexImpact(createEcosystem(path));
    expect(Object.getPrototypeOf(impact)).toBeNull();
    expect(Object.keys(impact).sort()).toEqual(["a", "b", "c"]);
  });

  it("refuses the directed view", () => {
    expect(() => cutVertexImpact(createEcosystem(path), { directed: true })).toThrow(
      expect.objectContaining({ code: "not_applicable" }),
    );
  });
});

describe("bridgeImpact", () => {
  it("counts the actors on the smaller side of each bridge (doc example)", () => {
    expect(bridgeImpact(createEcosystem(path5))).toEqual([
      { source: "a", target: "b", cutOff: 1 },
      { source: "b", target: "c", cutOff: 2 },
      { source: "c", target: "d", cutOff: 2 },
      { source: "d", target: "e", cutOff: 1 },
    ]);
  });

  it("cuts off one actor for a pendant tie", () => {
    const data = edgeListData(
      ["a", "b", "c", "d"],
      [
        ["a", "b"],
        ["b", "c"],
        ["a", "c"],
        ["c", "d"],
      ],
    );
    expect(bridgeImpact(createEcosystem(data))).toEqual([{ source: "c", target: "d", cutOff: 1 }]);
  });

  it("refuses the directed view", () => {
    expect(() => bridgeImpact(createEcosystem(path), { directed: true })).toThrow(
      expect.objectContaining({ code: "not_applicable" }),
    );
  });
});
