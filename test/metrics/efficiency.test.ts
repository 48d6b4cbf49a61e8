// Reference values: NetworkX 3.6.1 (test/fixtures/oracle/values/<dataset>.networkx.json):
// "global_efficiency" = nx.global_efficiency(G); "local_efficiency" = nx.local_efficiency(G);
// "local_efficiency.per_node" = nx.global_efficiency(G.subgraph(G[v])) for each v (the terms
// nx.local_efficiency averages); "average_shortest_path_length.largest_component" =
// nx.average_shortest_path_length(G.subgraph(largest component)) with the component's size.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createRandom, randomInt } from "../../src/internal/rng.js";
import { localClustering } from "../../src/metrics/clustering.js";
import { components } from "../../src/metrics/components.js";
import { coreNumbers } from "../../src/metrics/core-numbers.js";
import { articulationPoints, bridgeImpact, cutVertexImpact } from "../../src/metrics/cut-points.js";
import {
  AVERAGE_DISTANCE_DEFAULTS,
  averageDistance,
  GLOBAL_EFFICIENCY_DEFAULTS,
  globalEfficiency,
  globalEfficiencyEstimate,
  LOCAL_EFFICIENCY_DEFAULTS,
  localEfficiency,
} from "../../src/metrics/efficiency.js";
import { buildEcosystem, createEcosystem } from "../../src/model/ecosystem.js";
import type { EcosystemData } from "../../src/model/schema.js";
import { edgeListData, expectCloseRecord, ORACLE_DATASETS, oracleData, oracleValues } from "../helpers.js";
import {
  dated,
  empty,
  path,
  single,
  star,
  triangle,
  triangleWithPendant,
  twoComponentsAndIsolate,
} from "./cohesion-fixtures.js";

const TOLERANCE = 1e-9;

/** A seeded random sparse ecosystem: n actors, m distinct random pairs (no self-ties). */
function randomData(n: number, m: number, seed: number): EcosystemData {
  const random = createRandom(seed);
  const seen = new Set<string>();
  const ties: EcosystemData["ties"] = [];
  while (ties.length < m) {
    const a = randomInt(random, n);
    const b = randomInt(random, n);
    if (a === b) continue;
    const key = a < b ? `${a} ${b}` : `${b} ${a}`;
    if (seen.has(key)) continue;
    seen.add(key);
    ties.push({ source: `r${a}`, target: `r${b}`, kind: "collaboration" });
  }
  return { actors: Array.from({ length: n }, (_, i) => ({ id: `r${i}`, role: "developer" })), ties };
}

/** Square a – b – c – d – a: no tie among any actor's two neighbours. */
const square = edgeListData(
  ["a", "b", "c", "d"],
  [
    ["a", "b"],
    ["b", "c"],
    ["c", "d"],
    ["d", "a"],
  ],
);

describe("globalEfficiency", () => {
  it.each(ORACLE_DATASETS)("matches NetworkX global_efficiency on %s", (name) => {
    const expected = oracleValues<number>(name, "networkx", "global_efficiency");
    expect(Math.abs(globalEfficiency(createEcosystem(oracleData(name))) - expected)).toBeLessThanOrEqual(
      TOLERANCE,
    );
  });

  it("is 5/6 on a path of three (by hand: (1 + 1/2 + 1) · 2 / 6; doc example)", () => {
    expect(globalEfficiency(createEcosystem(path))).toBe(0.8333333333333334);
  });

  it("is 1 on a triangle and 3/4 on a star of three leaves (3 pairs at 1, 3 at 2, each way)", () => {
    expect(globalEfficiency(createEcosystem(triangle))).toBe(1);
    expect(globalEfficiency(createEcosystem(star))).toBeCloseTo((3 + 3 / 2) / 6, 15);
  });

  it("counts unreachable pairs as 0", () => {
    // a – b – c: 2 · (1 + 1/2 + 1); d – e: 2 · 1; f alone; over 6 · 5 ordered pairs
    expect(globalEfficiency(createEcosystem(twoComponentsAndIsolate))).toBeCloseTo((5 + 2) / 30, 15);
  });

  it("is 0 for an empty ecosystem and a single actor", () => {
    expect(globalEfficiency(createEcosystem(empty))).toBe(0);
    expect(globalEfficiency(createEcosystem(single))).toBe(0);
  });

  it("counts parallel ties once and leaves out ties inactive on the `at` date", () => {
    expect(globalEfficiency(createEcosystem(dated))).toBe(1);
    expect(globalEfficiency(createEcosystem(dated), { at: "2021-06-01" })).toBeCloseTo(5 / 6, 15);
  });

  it("never decreases when a tie is added (random graphs)", () => {
    const cases = fc.integer({ min: 2, max: 10 }).chain((n) =>
      fc.record({
        n: fc.constant(n),
        pairs: fc.array(fc.tuple(fc.nat({ max: n - 1 }), fc.nat({ max: n - 1 })), { maxLength: 20 }),
        extra: fc.tuple(fc.nat({ max: n - 1 }), fc.nat({ max: n - 1 })).filter(([a, b]) => a !== b),
      }),
    );
    fc.assert(
      fc.property(cases, ({ n, pairs, extra }) => {
        const ids = Array.from({ length: n }, (_, i) => `v${i}`);
        const kept = pairs.filter(([a, b]) => a !== b).map(([a, b]): [string, string] => [ids[a]!, ids[b]!]);
        const before = globalEfficiency(createEcosystem(edgeListData(ids, kept)));
        const after = globalEfficiency(
          createEcosystem(edgeListData(ids, [...kept, [ids[extra[0]]!, ids[extra[1]]!]])),
        );
        expect(after).toBeGreaterThanOrEqual(before - 1e-12);
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it("estimates from seeded sources within four standard errors of the exact value (2000 actors)", () => {
    const eco = buildEcosystem(randomData(2000, 3000, 42));
    const exact = globalEfficiency(eco);
    const estimate = globalEfficiencyEstimate(eco, { sources: 200, seed: 5 });
    expect(estimate.sources).toBe(200);
    expect(estimate.standardError).toBeGreaterThan(0);
    expect(Math.abs(estimate.value - exact)).toBeLessThanOrEqual(4 * estimate.standardError);
    expect(globalEfficiency(eco, { sources: 200, seed: 5 })).toBe(estimate.value);
  });

  it("gives the same estimate for the same seed", () => {
    const eco = buildEcosystem(randomData(300, 600, 3));
    const first = globalEfficiency(eco, { sources: 30, seed: 9 });
    expect(globalEfficiency(eco, { sources: 30, seed: 9 })).toBe(first);
    expect(globalEfficiency(eco, { sources: 30, seed: 10 })).not.toBe(first);
  });

  it("is exact when every actor is a source", () => {
    const eco = buildEcosystem(randomData(50, 80, 1));
    expect(globalEfficiency(eco, { sources: 50 })).toBeCloseTo(globalEfficiency(eco), 14);
  });

  it.each([1, 4, 2.5, Number.NaN])("refuses sources = %s on three actors", (sources) => {
    expect(() => globalEfficiency(createEcosystem(path), { sources })).toThrow(
      expect.objectContaining({ code: "invalid_option" }),
    );
  });

  it("refuses the directed view", () => {
    expect(() => globalEfficiency(createEcosystem(path), { directed: true })).toThrow(
      expect.objectContaining({ code: "not_applicable" }),
    );
  });

  it("has frozen defaults and leaves its input unchanged", () => {
    expect(Object.isFrozen(GLOBAL_EFFICIENCY_DEFAULTS)).toBe(true);
    expect(GLOBAL_EFFICIENCY_DEFAULTS.seed).toBe(1);
    const eco = createEcosystem(triangleWithPendant);
    const before = eco.export();
    globalEfficiency(eco);
    globalEfficiency(eco, { sources: 2 });
    expect(eco.export()).toEqual(before);
  });
});

describe("globalEfficiencyEstimate", () => {
  it("reports the exact value with standard error 0 when sources is unset (doc example)", () => {
    expect(globalEfficiencyEstimate(createEcosystem(path))).toEqual({
      value: 0.8333333333333334,
      standardError: 0,
      sources: 3,
    });
  });

  it("computes the standard error from the per-source values (by hand on a path of three)", () => {
    // path a – b – c: e(a) = e(c) = (1 + 1/2)/2 = 3/4, e(b) = 1. Whichever 2 sources are drawn, the
    // finite-population correction is 1 − 2/3 and SE = √((1/3) · S² / 2).
    const estimate = globalEfficiencyEstimate(createEcosystem(path), { sources: 2, seed: 1 });
    const pairs: [number, number][] = [
      [0.75, 0.75],
      [0.75, 1],
    ];
    const matches = pairs.some(([x, y]) => {
      const mean = (x + y) / 2;
      const variance = (x - mean) ** 2 + (y - mean) ** 2;
      return (
        Math.abs(estimate.value - mean) < 1e-15 &&
        Math.abs(estimate.standardError - Math.sqrt(variance / 3 / 2)) < 1e-15
      );
    });
    expect(matches).toBe(true);
  });

  it("refuses the directed view", () => {
    expect(() => globalEfficiencyEstimate(createEcosystem(path), { directed: true })).toThrow(
      expect.objectContaining({ code: "not_applicable" }),
    );
  });
});

describe("localEfficiency", () => {
  it.each(ORACLE_DATASETS)("matches NetworkX local_efficiency and its per-actor terms on %s", (name) => {
    const result = localEfficiency(createEcosystem(oracleData(name)));
    const value = oracleValues<number>(name, "networkx", "local_efficiency");
    expect(Math.abs(result.value! - value)).toBeLessThanOrEqual(TOLERANCE);
    expectCloseRecord(
      result.perActor,
      oracleValues<Record<string, number>>(name, "networkx", "local_efficiency.per_node"),
      TOLERANCE,
    );
  });

  it("is 0 for the hub of a star (doc example) and 1 inside a triangle", () => {
    expect(localEfficiency(createEcosystem(star)).perActor.hub).toBe(0);
    expect(localEfficiency(createEcosystem(triangle))).toEqual({ value: 1, perActor: { a: 1, b: 1, c: 1 } });
  });

  it("uses only paths among the neighbours (Latora–Marchiori), not paths through G − v (Vragović)", () => {
    // square a – b – c – d – a: a's neighbours b and d are joined only through c, outside N(a).
    // Latora–Marchiori (NetworkX): 0. Vragović (igraph): d_{G−a}(b, d) = 2, so 1/2.
    expect({ ...localEfficiency(createEcosystem(square)).perActor }).toEqual({ a: 0, b: 0, c: 0, d: 0 });
  });

  it("averages over all actors, those with fewer than two neighbours as 0", () => {
    // triangle with pendant: a and b see one tie among two neighbours (1); c sees a – b among {a, b, d}:
    // 2 ordered pairs at 1, the 4 pairs with d unreachable, so 2/6; d has one neighbour
    const result = localEfficiency(createEcosystem(triangleWithPendant));
    expect(result.perActor.c).toBeCloseTo(1 / 3, 15);
    expect(result.value).toBeCloseTo((1 + 1 + 1 / 3) / 4, 15);
  });

  it("uses distances inside the neighbourhood", () => {
    // hub h tied to a path a – b – c: in N(h) the pair (a, c) is at distance 2
    const fan = edgeListData(
      ["h", "a", "b", "c"],
      [
        ["h", "a"],
        ["h", "b"],
        ["h", "c"],
        ["a", "b"],
        ["b", "c"],
      ],
    );
    expect(localEfficiency(createEcosystem(fan)).perActor.h).toBeCloseTo((4 + 2 * 0.5) / 6, 15);
  });

  it("is null for an empty ecosystem and 0 for a single actor", () => {
    expect(localEfficiency(createEcosystem(empty))).toEqual({ value: null, perActor: {} });
    expect(localEfficiency(createEcosystem(single))).toEqual({ value: 0, perActor: { solo: 0 } });
  });

  it("leaves out ties inactive on the `at` date", () => {
    expect(localEfficiency(createEcosystem(dated)).value).toBe(1);
    expect(localEfficiency(createEcosystem(dated), { at: "2021-06-01" }).value).toBe(0);
  });

  it("gives a null-prototype per-actor record", () => {
    expect(Object.getPrototypeOf(localEfficiency(createEcosystem(path)).perActor)).toBeNull();
  });

  it("refuses the directed view", () => {
    expect(() => localEfficiency(createEcosystem(path), { directed: true })).toThrow(
      expect.objectContaining({ code: "not_applicable" }),
    );
  });

  it("has frozen defaults", () => {
    expect(Object.isFrozen(LOCAL_EFFICIENCY_DEFAULTS)).toBe(true);
  });
});

describe("averageDistance", () => {
  it.each(ORACLE_DATASETS)(
    "matches NetworkX average_shortest_path_length of the largest component on %s",
    (name) => {
      const expected = oracleValues<{ value: number; component_size: number }>(
        name,
        "networkx",
        "average_shortest_path_length.largest_component",
      );
      const result = averageDistance(createEcosystem(oracleData(name)));
      expect(Math.abs(result.value! - expected.value)).toBeLessThanOrEqual(TOLERANCE);
      expect(result.componentSize).toBe(expected.component_size);
      expect(result.connected).toBe(true);
      expect(result.reachablePairs).toBe(result.pairs);
    },
  );

  it("is 4/3 on a path of three (doc example)", () => {
    expect(averageDistance(createEcosystem(path))).toEqual({
      value: 1.3333333333333333,
      componentSize: 3,
      connected: true,
      reachablePairs: 6,
      pairs: 6,
    });
  });

  it("uses the largest component of a disconnected ecosystem and counts the reachable pairs", () => {
    expect(averageDistance(createEcosystem(twoComponentsAndIsolate))).toEqual({
      value: 4 / 3,
      componentSize: 3,
      connected: false,
      reachablePairs: 3 * 2 + 2 * 1,
      pairs: 30,
    });
  });

  it("is 0 for a single actor and null for an empty ecosystem", () => {
    expect(averageDistance(createEcosystem(single))).toEqual({
      value: 0,
      componentSize: 1,
      connected: true,
      reachablePairs: 0,
      pairs: 0,
    });
    expect(averageDistance(createEcosystem(empty))).toEqual({
      value: null,
      componentSize: 0,
      connected: false,
      reachablePairs: 0,
      pairs: 0,
    });
  });

  it("leaves out ties inactive on the `at` date", () => {
    expect(averageDistance(createEcosystem(dated)).value).toBe(1);
    expect(averageDistance(createEcosystem(dated), { at: "2021-06-01" }).value).toBeCloseTo(4 / 3, 15);
  });

  it("refuses the directed view", () => {
    expect(() => averageDistance(createEcosystem(path), { directed: true })).toThrow(
      expect.objectContaining({ code: "not_applicable" }),
    );
  });

  it("has frozen defaults and leaves its input unchanged", () => {
    expect(Object.isFrozen(AVERAGE_DISTANCE_DEFAULTS)).toBe(true);
    const eco = createEcosystem(twoComponentsAndIsolate);
    const before = eco.export();
    averageDistance(eco);
    expect(eco.export()).toEqual(before);
  });
});

describe("the example of docs/measures.md", () => {
  it("gives the values printed in the document", () => {
    // a triangle a, b, c; c is the only link to d, and d to e
    const eco = createEcosystem(
      edgeListData(
        ["a", "b", "c", "d", "e"],
        [
          ["a", "b"],
          ["b", "c"],
          ["a", "c"],
          ["c", "d"],
          ["d", "e"],
        ],
      ),
    );
    expect(components(eco).count).toBe(1);
    expect(articulationPoints(eco)).toEqual(["c", "d"]);
    expect(cutVertexImpact(eco).c).toBe(2);
    expect(bridgeImpact(eco)).toEqual([
      { source: "c", target: "d", cutOff: 2 },
      { source: "d", target: "e", cutOff: 1 },
    ]);
    expect({ ...coreNumbers(eco) }).toEqual({ a: 2, b: 2, c: 2, d: 1, e: 1 });
    expect(localClustering(eco).c).toBe(0.3333333333333333);
    // by hand: unordered pairs at distance 1 (5), 2 (3), 3 (2): (5 + 3/2 + 2/3) / 10
    expect(globalEfficiency(eco)).toBe(0.7166666666666667);
    // a, b: 1; c: 1/3; d, e: 0
    expect(localEfficiency(eco).value).toBe(0.4666666666666667);
    // (5 · 1 + 3 · 2 + 2 · 3) / 10
    expect(averageDistance(eco).value).toBe(1.7);
  });
});
