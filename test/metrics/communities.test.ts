// Reference values: R igraph 1.3.5 igraph::modularity(g, membership=group) (values/<dataset>.igraph.json,
// key modularity.group_partition.unweighted); python-igraph 0.10.2 Graph.community_optimal_modularity
// (values/karate.python-igraph.json: the exact optimum and its membership, unweighted and weighted);
// R igraph cluster_louvain over seeds 1–100 for the range of single Louvain runs (0.3886–0.4198).
// Participation and within-module degree are derived by hand in each test.
import { describe, expect, it } from "vitest";
import {
  COMMUNITIES_DEFAULTS,
  communities,
  MODULARITY_DEFAULTS,
  modularity,
  PARTITION_MEASURE_DEFAULTS,
  participationCoefficient,
  withinModuleDegree,
} from "../../src/metrics/communities.js";
import { createEcosystem } from "../../src/model/ecosystem.js";
import type { EcosystemData } from "../../src/model/schema.js";
import { actorsOf, deepFreeze, expectCloseRecord, oracleData, oracleValues, readJson } from "../helpers.js";

const TOLERANCE = 1e-12;
const KARATE_OPTIMUM_UNWEIGHTED = 0.4197896120973046;
const KARATE_OPTIMUM_WEIGHTED = 0.4449035812672174;

// Two triangles a-b-c and x-y-z joined by the tie c–x.
const twoTriangles = deepFreeze<EcosystemData>({
  actors: actorsOf(["a", "b", "c", "x", "y", "z"]),
  ties: [
    ["a", "b"],
    ["b", "c"],
    ["a", "c"],
    ["x", "y"],
    ["y", "z"],
    ["x", "z"],
    ["c", "x"],
  ].map(([source, target]) => ({ source: source!, target: target!, kind: "collaboration" })),
});
const halves = { a: 0, b: 0, c: 0, x: 1, y: 1, z: 1 };

function karateMembership(key: string): Record<string, number> {
  const file = readJson<{ measures: Record<string, { values: { membership: Record<string, number> } }> }>(
    "values/karate.python-igraph.json",
  );
  return file.measures[key]!.values.membership;
}

describe("communities", () => {
  it("finds the two triangles (doc example)", () => {
    const result = communities(createEcosystem(twoTriangles));
    expect(result.communities).toEqual([
      ["a", "b", "c"],
      ["x", "y", "z"],
    ]);
    expect({ ...result.assignment }).toEqual(halves);
    expect(result.count).toBe(2);
    expect(result.modularity).toBeCloseTo(5 / 14, 14);
  });

  it("reaches a karate modularity within the range of single Louvain runs, never above the optimum", () => {
    const eco = createEcosystem(oracleData("karate"));
    for (const seed of [1, 2, 3, 4, 5]) {
      const unweighted = communities(eco, { seed, weighted: false });
      // measured over seeds 1–100: 0.4156–0.4198 unweighted, 0.4439–0.4449 weighted
      expect(unweighted.modularity!).toBeGreaterThanOrEqual(0.39);
      expect(unweighted.modularity!).toBeLessThanOrEqual(KARATE_OPTIMUM_UNWEIGHTED + TOLERANCE);
      const weighted = communities(eco, { seed });
      // python-igraph community_multilevel's weighted minimum over seeds 0–99 is 0.4176
      expect(weighted.modularity!).toBeGreaterThanOrEqual(0.4175);
      expect(weighted.modularity!).toBeLessThanOrEqual(KARATE_OPTIMUM_WEIGHTED + TOLERANCE);
    }
  });

  it("reports the modularity of the partition it returns", () => {
    const eco = createEcosystem(oracleData("lesmis"));
    const result = communities(eco, { seed: 7 });
    expect(result.modularity).toBeCloseTo(modularity(eco, result.assignment)!, 12);
  });

  it("gives deep-equal output twice for the same seed", () => {
    const eco = createEcosystem(oracleData("lesmis"));
    expect(communities(eco, { seed: 3 })).toEqual(communities(eco, { seed: 3 }));
    expect(communities(createEcosystem(oracleData("lesmis")), { seed: 3 })).toEqual(
      communities(eco, { seed: 3 }),
    );
  });

  it("numbers communities largest first, equal sizes by smallest member id, members sorted", () => {
    const result = communities(createEcosystem(oracleData("lesmis")), { seed: 2 });
    for (let c = 1; c < result.count; c++) {
      const previous = result.communities[c - 1]!;
      const current = result.communities[c]!;
      expect(
        previous.length > current.length ||
          (previous.length === current.length && previous[0]! < current[0]!),
      ).toBe(true);
    }
    for (const members of result.communities) expect([...members].sort()).toEqual(members);
    result.communities.forEach((members, index) => {
      for (const id of members) expect(result.assignment[id]).toBe(index);
    });
  });

  it("gives each actor its own community and a null modularity when there are no ties", () => {
    const result = communities(createEcosystem({ actors: actorsOf(["b", "a"]), ties: [] }));
    expect(result.communities).toEqual([["a"], ["b"]]);
    expect(result.modularity).toBeNull();
  });

  it("finds more communities at a higher resolution", () => {
    const eco = createEcosystem(oracleData("lesmis"));
    expect(communities(eco, { resolution: 3 }).count).toBeGreaterThan(
      communities(eco, { resolution: 0.3 }).count,
    );
  });

  it("refuses the directed view", () => {
    expect(() => communities(createEcosystem(twoTriangles), { directed: true })).toThrow(
      expect.objectContaining({ code: "not_applicable" }),
    );
  });

  it("leaves its input unchanged", () => {
    const eco = createEcosystem(deepFreeze(oracleData("karate")));
    const before = JSON.stringify(eco.export());
    communities(eco);
    expect(JSON.stringify(eco.export())).toBe(before);
  });

  it("has frozen defaults", () => {
    expect(Object.isFrozen(COMMUNITIES_DEFAULTS)).toBe(true);
    expect(COMMUNITIES_DEFAULTS).toEqual({ seed: 1, resolution: 1, weighted: true });
  });
});

describe("modularity", () => {
  it("is 6/7 − 2·(1/2)² for the two triangles split in halves (doc example)", () => {
    expect(modularity(createEcosystem(twoTriangles), halves)).toBeCloseTo(0.35714285714285715, 15);
  });

  it.each(["karate", "southern-women"] as const)(
    "matches R igraph's modularity of the group partition on %s",
    (name) => {
      const data = oracleData(name);
      const partition = Object.fromEntries(
        data.actors.map((actor) => [actor.id, String(actor.attributes!.group)]),
      );
      const expected = oracleValues<number>(name, "igraph", "modularity.group_partition.unweighted");
      expect(
        Math.abs(modularity(createEcosystem(data), partition, { weighted: false })! - expected),
      ).toBeLessThanOrEqual(TOLERANCE);
    },
  );

  it("matches python-igraph's exact optimum of karate for its optimal membership", () => {
    const eco = createEcosystem(oracleData("karate"));
    const unweighted = modularity(eco, karateMembership("community_optimal_modularity.unweighted"), {
      weighted: false,
    });
    const weighted = modularity(eco, karateMembership("community_optimal_modularity.weighted"));
    expect(Math.abs(unweighted! - KARATE_OPTIMUM_UNWEIGHTED)).toBeLessThanOrEqual(TOLERANCE);
    expect(Math.abs(weighted! - KARATE_OPTIMUM_WEIGHTED)).toBeLessThanOrEqual(TOLERANCE);
  });

  it("is 0 for one community holding everyone and lower at resolution 2", () => {
    const eco = createEcosystem(twoTriangles);
    const everyone = { a: 0, b: 0, c: 0, x: 0, y: 0, z: 0 };
    expect(modularity(eco, everyone)).toBeCloseTo(0, 15);
    // Q = 6/7 − 2 · 2 · (1/2)² = −1/7
    expect(modularity(eco, halves, { resolution: 2 })).toBeCloseTo(6 / 7 - 1, 14);
  });

  it("is null without ties", () => {
    expect(modularity(createEcosystem({ actors: actorsOf(["a"]), ties: [] }), { a: 0 })).toBeNull();
  });

  it("refuses a partition that misses an actor or names an unknown one", () => {
    const eco = createEcosystem(twoTriangles);
    expect(() => modularity(eco, { a: 0 })).toThrow(expect.objectContaining({ code: "invalid_option" }));
    expect(() => modularity(eco, { ...halves, q: 1 })).toThrow(
      expect.objectContaining({ code: "invalid_option" }),
    );
    expect(() => modularity(eco, { a: 0 })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidOptionError: modularity: the partition has no community for 5 actors (b, c, x, …); give every actor a number or string]`,
    );
  });

  it("has frozen defaults", () => {
    expect(Object.isFrozen(MODULARITY_DEFAULTS)).toBe(true);
  });
});

describe("participationCoefficient", () => {
  it("is 1 − (2/3)² − (1/3)² for the bridging actor and 0 for the others (doc example)", () => {
    const values = participationCoefficient(createEcosystem(twoTriangles), halves);
    expectCloseRecord(values, { a: 0, b: 0, c: 4 / 9, x: 4 / 9, y: 0, z: 0 }, 1e-15);
  });

  it("uses strengths by default and tie counts with weighted: false", () => {
    // c: ties a (3), b (1) in its community, x (4) outside → weighted 1 − (4/8)² − (4/8)² = 0.5
    const eco = createEcosystem({
      actors: actorsOf(["a", "b", "c", "x"]),
      ties: [
        { source: "c", target: "a", kind: "collaboration", weight: 3 },
        { source: "c", target: "b", kind: "collaboration" },
        { source: "c", target: "x", kind: "collaboration", weight: 4 },
      ],
    });
    const partition = { a: 0, b: 0, c: 0, x: 1 };
    expect(participationCoefficient(eco, partition).c).toBeCloseTo(0.5, 15);
    expect(participationCoefficient(eco, partition, { weighted: false }).c).toBeCloseTo(4 / 9, 15);
  });

  it("is null for an actor without ties", () => {
    const eco = createEcosystem({
      actors: actorsOf(["a", "b", "c"]),
      ties: [{ source: "a", target: "b", kind: "collaboration" }],
    });
    expect(participationCoefficient(eco, { a: 0, b: 1, c: 1 }).c).toBeNull();
  });

  it("refuses the directed view", () => {
    expect(() => participationCoefficient(createEcosystem(twoTriangles), halves, { directed: true })).toThrow(
      expect.objectContaining({ code: "not_applicable" }),
    );
  });

  it("has frozen defaults", () => {
    expect(Object.isFrozen(PARTITION_MEASURE_DEFAULTS)).toBe(true);
  });
});

describe("withinModuleDegree", () => {
  it("is null in a community whose members are all alike (doc example)", () => {
    expect(withinModuleDegree(createEcosystem(twoTriangles), halves).c).toBeNull();
  });

  it("is the z-score of the inside degree with the population sd", () => {
    // Community {h, p, q, r}: star h–p, h–q, h–r plus p–q. κ: h 3, p 2, q 2, r 1; mean 2,
    // population sd √((1 + 0 + 0 + 1)/4) = √0.5. Community {s} alone: sd 0 → null.
    const eco = createEcosystem({
      actors: actorsOf(["h", "p", "q", "r", "s"]),
      ties: [
        ["h", "p"],
        ["h", "q"],
        ["h", "r"],
        ["p", "q"],
        ["r", "s"],
      ].map(([source, target]) => ({ source: source!, target: target!, kind: "collaboration" })),
    });
    const values = withinModuleDegree(eco, { h: "m", p: "m", q: "m", r: "m", s: "n" });
    const sd = Math.sqrt(0.5);
    expectCloseRecord(values, { h: 1 / sd, p: 0, q: 0, r: -1 / sd, s: null }, 1e-15);
  });

  it("refuses the directed view", () => {
    expect(() => withinModuleDegree(createEcosystem(twoTriangles), halves, { directed: true })).toThrow(
      expect.objectContaining({ code: "not_applicable" }),
    );
  });
});
