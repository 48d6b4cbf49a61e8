// Reference values: NetworkX clustering and core_number on a DiGraph, degree_assortativity_coefficient
// (undirected, and directed with x, y) and numeric_assortativity_coefficient, from
// test/fixtures/measures/values.json (see measures-fixtures.ts). Planted truth for the in/out cores
// (which NetworkX lacks): peeling by definition.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { degreeAssortativity, numericAssortativity } from "../../src/metrics/assortativity.js";
import { averageClustering, localClustering } from "../../src/metrics/clustering.js";
import { coreNumbers } from "../../src/metrics/core-numbers.js";
import { createEcosystem } from "../../src/model/ecosystem.js";
import { InvalidOptionError } from "../../src/model/errors.js";
import type { EcosystemData } from "../../src/model/schema.js";
import { edgeListData, expectCloseRecord } from "../helpers.js";
import { MEASURES_DATASETS, measuresData, measuresValues } from "./measures-fixtures.js";
import { randomNetworks } from "./random-networks.js";

const directedEco = () => createEcosystem(measuresData("gen-directed"));

/** Directed cores by definition: for k = 1, 2, … drop actors whose chosen degree among those left is below k. */
function bruteDirectedCores(data: EcosystemData, mode: "in" | "out"): Record<string, number> {
  const arcs = new Set(data.ties.map((t) => `${t.source}\u0000${t.target}`));
  const ids = data.actors.map((a) => a.id);
  const core: Record<string, number> = Object.fromEntries(ids.map((id) => [id, 0]));
  for (let k = 1; ; k++) {
    const alive = new Set(ids);
    for (let changed = true; changed; ) {
      changed = false;
      for (const v of alive) {
        let d = 0;
        for (const w of alive) if (arcs.has(mode === "in" ? `${w}\u0000${v}` : `${v}\u0000${w}`)) d++;
        if (d < k) {
          alive.delete(v);
          changed = true;
        }
      }
    }
    if (alive.size === 0) return core;
    for (const v of alive) core[v] = k;
  }
}

describe("directed clustering", () => {
  it("matches NetworkX clustering on a DiGraph", () => {
    const expected = measuresValues<Record<string, number>>("gen-directed", "clustering.directed");
    expectCloseRecord({ ...localClustering(directedEco(), { directed: true }) }, expected, 1e-12);
    const mean = Object.values(expected).reduce((a, b) => a + b, 0) / Object.keys(expected).length;
    expect(averageClustering(directedEco(), { directed: true })).toBeCloseTo(mean, 12);
  });

  it("is 1 for a fully reciprocated triangle and counts one cyclic triangle once of four", () => {
    const both = edgeListData(
      ["a", "b", "c"],
      [
        ["a", "b"],
        ["b", "c"],
        ["a", "c"],
      ],
    );
    expect({ ...localClustering(createEcosystem(both), { directed: true }) }).toEqual({ a: 1, b: 1, c: 1 });
    // a → b → c → a: T = 1 of the 2 (d(d − 1) − 2 d↔) = 4 possible (Fagiolo's cycle pattern).
    const cycle = edgeListData(
      ["a", "b", "c"],
      [
        ["a", "b"],
        ["b", "c"],
        ["c", "a"],
      ],
      { kind: "funding" },
    );
    expect(localClustering(createEcosystem(cycle), { directed: true }).a).toBe(0.5);
  });

  it("scores only the actors in nodes, with unchanged values", () => {
    const all = localClustering(directedEco(), { directed: true });
    const some = localClustering(directedEco(), { directed: true, nodes: ["v07", "v03"] });
    expect({ ...some }).toEqual({ v03: all.v03, v07: all.v07 });
    expect(averageClustering(directedEco(), { directed: true, nodes: ["v07", "v03"] })).toBe(
      (all.v03! + all.v07!) / 2,
    );
    expect(averageClustering(directedEco(), { nodes: [] })).toBeNull();
  });
});

describe("directed core numbers", () => {
  it("match NetworkX core_number on a DiGraph with mode all", () => {
    expect({ ...coreNumbers(directedEco(), { directed: true }) }).toEqual(
      measuresValues("gen-directed", "core_number.directed"),
    );
  });

  it.each(["in", "out"] as const)("peel by %s-degree as the definition does (random digraphs)", (mode) => {
    const graphs = randomNetworks({ minActors: 1, maxActors: 10, maxTies: 35, kind: "funding" });
    fc.assert(
      fc.property(graphs, (data) => {
        expect({ ...coreNumbers(createEcosystem(data), { directed: true, mode }) }).toEqual(
          bruteDirectedCores(data, mode),
        );
      }),
      { numRuns: 100 },
    );
  });

  it("scores only the actors in nodes", () => {
    const all = coreNumbers(directedEco(), { directed: true, mode: "out" });
    expect({ ...coreNumbers(directedEco(), { directed: true, mode: "out", nodes: ["v10"] }) }).toEqual({
      v10: all.v10,
    });
  });
});

describe("degreeAssortativity and numericAssortativity", () => {
  it.each(MEASURES_DATASETS)("match NetworkX on %s (undirected)", (name) => {
    const eco = createEcosystem(measuresData(name));
    const degree = measuresValues<number>(name, "degree_assortativity");
    expect(Math.abs(degreeAssortativity(eco)! - degree)).toBeLessThanOrEqual(1e-9);
    const numeric = measuresValues<number>(name, "numeric_assortativity.score");
    expect(Math.abs(numericAssortativity(eco, "score")! - numeric)).toBeLessThanOrEqual(1e-9);
  });

  it("match NetworkX on a DiGraph for every x, y and for the numeric attribute", () => {
    for (const x of ["out", "in"] as const)
      for (const y of ["out", "in"] as const) {
        const expected = measuresValues<number>("gen-directed", `degree_assortativity.directed.${x}.${y}`);
        expect(
          Math.abs(degreeAssortativity(directedEco(), { directed: true, x, y })! - expected),
        ).toBeLessThanOrEqual(1e-9);
      }
    const numeric = measuresValues<number>("gen-directed", "numeric_assortativity.directed.score");
    expect(
      Math.abs(numericAssortativity(directedEco(), "score", { directed: true })! - numeric),
    ).toBeLessThanOrEqual(1e-9);
  });

  it("is 1 when old actors tie to old and young to young (doc example)", () => {
    const generations = createEcosystem({
      actors: [
        { id: "a", role: "developer", attributes: { founded: 1990 } },
        { id: "b", role: "developer", attributes: { founded: 1990 } },
        { id: "c", role: "developer", attributes: { founded: 2020 } },
        { id: "d", role: "developer", attributes: { founded: 2020 } },
      ],
      ties: [
        { source: "a", target: "b", kind: "collaboration" },
        { source: "c", target: "d", kind: "collaboration" },
      ],
    });
    expect(numericAssortativity(generations, "founded")).toBe(1);
  });

  it("is −1 on a star (doc example), null where undefined, and refuses bad input", () => {
    const star = createEcosystem(
      edgeListData(
        ["hub", "x", "y", "z"],
        [
          ["hub", "x"],
          ["hub", "y"],
          ["hub", "z"],
        ],
      ),
    );
    expect(degreeAssortativity(star)).toBeCloseTo(-1, 12);
    const ring = createEcosystem(
      edgeListData(
        ["a", "b", "c"],
        [
          ["a", "b"],
          ["b", "c"],
          ["c", "a"],
        ],
      ),
    );
    expect(degreeAssortativity(ring)).toBeNull();
    expect(() => numericAssortativity(ring, "budget")).toThrow(InvalidOptionError);
    // @ts-expect-error: not a DegreeEnd
    expect(() => degreeAssortativity(ring, { directed: true, x: "all" })).toThrow(InvalidOptionError);
  });
});
