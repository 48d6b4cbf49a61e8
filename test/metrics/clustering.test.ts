// Reference values: NetworkX 3.6.1 (test/fixtures/oracle/values/<dataset>.networkx.json):
// "clustering.unweighted" = nx.clustering(G) (weight=None), "clustering.weighted" =
// nx.clustering(G, weight="weight") (Onnela, on karate, lesmis and borgatti-weighted),
// "average_clustering.unweighted" = nx.average_clustering(G) (count_zeros=True), "transitivity" =
// nx.transitivity(G).
import { describe, expect, it } from "vitest";
import {
  averageClustering,
  CLUSTERING_DEFAULTS,
  localClustering,
  TRANSITIVITY_DEFAULTS,
  transitivity,
} from "../../src/metrics/clustering.js";
import { createEcosystem } from "../../src/model/ecosystem.js";
import type { EcosystemData } from "../../src/model/schema.js";
import {
  actorsOf,
  deepFreeze,
  expectCloseRecord,
  ORACLE_DATASETS,
  oracleData,
  oracleValues,
  WEIGHTED_ORACLE_DATASETS,
} from "../helpers.js";
import { dated, empty, path, single, star, triangle, triangleWithPendant } from "./cohesion-fixtures.js";

const TOLERANCE = 1e-9;

/** Triangle a, b, c with strengths 1, 2, 4 (max 4) and a pendant d on c with strength 1. */
const weightedTriangle = deepFreeze<EcosystemData>({
  actors: actorsOf(["a", "b", "c", "d"]),
  ties: [
    { source: "a", target: "b", kind: "collaboration", weight: 1 },
    { source: "b", target: "c", kind: "collaboration", weight: 2 },
    { source: "a", target: "c", kind: "collaboration", weight: 4 },
    { source: "c", target: "d", kind: "collaboration", weight: 1 },
  ],
});

describe("localClustering", () => {
  it.each(ORACLE_DATASETS)("matches NetworkX clustering (unweighted) on %s", (name) => {
    const expected = oracleValues<Record<string, number>>(name, "networkx", "clustering.unweighted");
    expectCloseRecord(localClustering(createEcosystem(oracleData(name))), expected, TOLERANCE);
  });

  it.each(WEIGHTED_ORACLE_DATASETS)("matches NetworkX clustering (weight='weight', Onnela) on %s", (name) => {
    const expected = oracleValues<Record<string, number>>(name, "networkx", "clustering.weighted");
    expectCloseRecord(
      localClustering(createEcosystem(oracleData(name)), { weighted: true }),
      expected,
      TOLERANCE,
    );
  });

  it("is 1/3 for the actor tying a pendant to a triangle (doc example)", () => {
    const values = localClustering(createEcosystem(triangleWithPendant));
    expect(values.c).toBe(1 / 3);
    expect({ ...values }).toEqual({ a: 1, b: 1, c: 1 / 3, d: 0 });
  });

  it("is the cube root of the normalised strengths' product, weighted (by hand)", () => {
    // ŵ_ab = 1/4, ŵ_bc = 2/4, ŵ_ac = 4/4: the triangle's intensity is (1/4 · 1/2 · 1)^(1/3) = 1/2
    const values = localClustering(createEcosystem(weightedTriangle), { weighted: true });
    expect(values.a).toBeCloseTo(0.5, 12);
    expect(values.b).toBeCloseTo(0.5, 12);
    expect(values.c).toBeCloseTo(0.5 / 3, 12);
    expect(values.d).toBe(0);
  });

  it("is 0 for actors with fewer than two contacts, and on a star and a path", () => {
    expect({ ...localClustering(createEcosystem(star)) }).toEqual({ hub: 0, x: 0, y: 0, z: 0 });
    expect({ ...localClustering(createEcosystem(path)) }).toEqual({ a: 0, b: 0, c: 0 });
    expect({ ...localClustering(createEcosystem(single)) }).toEqual({ solo: 0 });
    expect({ ...localClustering(createEcosystem(empty)) }).toEqual({});
  });

  it("counts parallel ties once and leaves out ties inactive on the `at` date", () => {
    expect({ ...localClustering(createEcosystem(dated)) }).toEqual({ a: 1, b: 1, c: 1 });
    expect({ ...localClustering(createEcosystem(dated), { at: "2021-06-01" }) }).toEqual({
      a: 0,
      b: 0,
      c: 0,
    });
  });

  it("uses the summed strength of parallel ties, weighted", () => {
    // a – b has strengths 1 + 2 = 3, the maximum; the others 1: (1 · 1/3 · 1/3)^(1/3)
    expect(localClustering(createEcosystem(dated), { weighted: true }).a).toBeCloseTo(Math.cbrt(1 / 9), 12);
  });

  it("is a null-prototype record", () => {
    expect(Object.getPrototypeOf(localClustering(createEcosystem(triangle)))).toBeNull();
  });

  it("weights each directed triangle by the cube root of its arcs' normalised strengths", () => {
    // a one-way funding cycle a → b (2), b → c, c → a: (A + Aᵀ)³ has 2 on the diagonal, d = 2, none
    // reciprocated, so 2 / (2 · 2) unweighted and 2 (1 · ½ · ½)^(1/3) / 4 weighted.
    const cycle = createEcosystem({
      actors: ["a", "b", "c"].map((id) => ({ id, role: "funder" })),
      ties: [
        { source: "a", target: "b", kind: "funding", weight: 2 },
        { source: "b", target: "c", kind: "funding" },
        { source: "c", target: "a", kind: "funding" },
      ],
    });
    expect(localClustering(cycle, { directed: true }).b).toBe(0.5);
    const weighted = localClustering(cycle, { directed: true, weighted: true });
    for (const id of ["a", "b", "c"]) expect(weighted[id]).toBeCloseTo(Math.cbrt(0.25) / 2, 12);
  });

  it("has frozen defaults and leaves its input unchanged", () => {
    expect(Object.isFrozen(CLUSTERING_DEFAULTS)).toBe(true);
    expect(CLUSTERING_DEFAULTS.weighted).toBe(false);
    const eco = createEcosystem(weightedTriangle);
    const before = eco.export();
    localClustering(eco, { weighted: true });
    expect(eco.export()).toEqual(before);
  });
});

describe("averageClustering", () => {
  it.each(ORACLE_DATASETS)("matches NetworkX average_clustering on %s", (name) => {
    const expected = oracleValues<number>(name, "networkx", "average_clustering.unweighted");
    expect(Math.abs(averageClustering(createEcosystem(oracleData(name)))! - expected)).toBeLessThanOrEqual(
      TOLERANCE,
    );
  });

  it("counts actors of degree < 2 as 0 (doc example)", () => {
    expect(averageClustering(createEcosystem(triangleWithPendant))).toBeCloseTo((1 + 1 + 1 / 3 + 0) / 4, 15);
    expect(averageClustering(createEcosystem(triangleWithPendant))).toBe(0.5833333333333334);
  });

  it("is the mean of the weighted values when weighted", () => {
    expect(averageClustering(createEcosystem(weightedTriangle), { weighted: true })).toBeCloseTo(
      (0.5 + 0.5 + 0.5 / 3) / 4,
      12,
    );
  });

  it("is null for an empty ecosystem and 0 for a single actor", () => {
    expect(averageClustering(createEcosystem(empty))).toBeNull();
    expect(averageClustering(createEcosystem(single))).toBe(0);
  });

  it("averages weighted directed clustering; all strengths equal, it is the unweighted value", () => {
    const eco = createEcosystem(triangle);
    expect(averageClustering(eco, { directed: true, weighted: true })).toBeCloseTo(
      averageClustering(eco, { directed: true })!,
      12,
    );
  });
});

describe("transitivity", () => {
  it.each(ORACLE_DATASETS)("matches NetworkX transitivity on %s", (name) => {
    const expected = oracleValues<number>(name, "networkx", "transitivity");
    expect(Math.abs(transitivity(createEcosystem(oracleData(name))) - expected)).toBeLessThanOrEqual(
      TOLERANCE,
    );
  });

  it("is 3 × 1 triangle / 5 connected triples = 0.6 on a triangle with a pendant (doc example)", () => {
    expect(transitivity(createEcosystem(triangleWithPendant))).toBe(0.6);
  });

  it("is 1 on a triangle and 0 without triangles or actors", () => {
    expect(transitivity(createEcosystem(triangle))).toBe(1);
    expect(transitivity(createEcosystem(star))).toBe(0);
    expect(transitivity(createEcosystem(empty))).toBe(0);
  });

  it("refuses the directed view", () => {
    expect(() => transitivity(createEcosystem(triangle), { directed: true })).toThrow(
      expect.objectContaining({ code: "not_applicable" }),
    );
  });

  it("has frozen defaults", () => {
    expect(Object.isFrozen(TRANSITIVITY_DEFAULTS)).toBe(true);
  });
});
