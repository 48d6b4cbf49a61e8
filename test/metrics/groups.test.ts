// Reference values: NetworkX 3.6.1 attribute_mixing_matrix(G, 'group', mapping=group_order,
// normalized=False|True) and attribute_assortativity_coefficient(G, 'group')
// (test/fixtures/oracle/values/<dataset>.networkx.json); E-I index from the oracle's scripts/oracle_ei.py
// (values/<dataset>.ei.json: overall, per_group, per_node). R igraph 1.3.5 assortativity_nominal agrees
// (values/<dataset>.igraph.json).
import { describe, expect, it } from "vitest";
import { assortativity, eiIndex, GROUP_MEASURE_DEFAULTS, mixingMatrix } from "../../src/metrics/groups.js";
import { createEcosystem } from "../../src/model/ecosystem.js";
import type { EcosystemData } from "../../src/model/schema.js";
import {
  deepFreeze,
  expectCloseRecord,
  type OracleDatasetName,
  oracleData,
  oracleValues,
  readJson,
} from "../helpers.js";

const TOLERANCE = 1e-12;
const GROUPED: OracleDatasetName[] = ["karate", "southern-women"];

interface EiFile {
  overall: { E: number; I: number; EI: number | null };
  per_group: Record<string, { E: number; I: number; EI: number | null }>;
  per_node: Record<string, { E: number; I: number; EI: number | null }>;
}

// Funder f tied to developers d1 and d2, who are tied to each other (all undirected collaboration).
const fund = deepFreeze<EcosystemData>({
  actors: [
    { id: "f", role: "funder" },
    { id: "d1", role: "developer" },
    { id: "d2", role: "developer" },
  ],
  ties: [
    { source: "f", target: "d1", kind: "collaboration" },
    { source: "f", target: "d2", kind: "collaboration" },
    { source: "d1", target: "d2", kind: "collaboration" },
  ],
});

describe("mixingMatrix", () => {
  it.each(GROUPED)("matches NetworkX attribute_mixing_matrix (counts and normalized) on %s", (name) => {
    const eco = createEcosystem(oracleData(name));
    const result = mixingMatrix(eco, { groupBy: "group" });
    const counts = oracleValues<{ group_order: string[]; matrix: number[][] }>(
      name,
      "networkx",
      "attribute_mixing_matrix.group.counts",
    );
    const normalized = oracleValues<{ group_order: string[]; matrix: number[][] }>(
      name,
      "networkx",
      "attribute_mixing_matrix.group.normalized",
    );
    expect(result.groups).toEqual(counts.group_order);
    expect(result.counts).toEqual(counts.matrix);
    expect(result.normalized).not.toBeNull();
    result.normalized!.forEach((row, g) => {
      row.forEach((value, h) => {
        expect(Math.abs(value - normalized.matrix[g]![h]!)).toBeLessThanOrEqual(TOLERANCE);
      });
    });
  });

  it("groups by role by default, sorts groups by code units and counts a within-group tie twice (doc example)", () => {
    const result = mixingMatrix(createEcosystem(fund));
    expect(result.groups).toEqual(["developer", "funder"]);
    expect(result.counts).toEqual([
      [2, 2],
      [2, 0],
    ]);
    expect(result.normalized).toEqual([
      [1 / 3, 1 / 3],
      [1 / 3, 0],
    ]);
  });

  it("counts each arc once, at its tail's row, on the directed view", () => {
    const eco = createEcosystem({
      actors: [
        { id: "f", role: "funder" },
        { id: "d", role: "developer" },
      ],
      ties: [{ source: "f", target: "d", kind: "funding" }],
    });
    expect(mixingMatrix(eco, { directed: true }).counts).toEqual([
      [0, 0],
      [1, 0],
    ]);
  });

  it("has a null normalized matrix when there are no ties", () => {
    const eco = createEcosystem({ actors: [{ id: "a", role: "developer" }], ties: [] });
    expect(mixingMatrix(eco)).toEqual({ groups: ["developer"], counts: [[0]], normalized: null });
  });

  it("groups by a function of the actor", () => {
    const result = mixingMatrix(createEcosystem(fund), { groupBy: (id) => (id === "d2" ? "x" : "y") });
    expect(result.groups).toEqual(["x", "y"]);
    expect(result.counts).toEqual([
      [0, 2],
      [2, 2],
    ]);
  });

  it("refuses a groupBy attribute that some actors lack", () => {
    expect(() => mixingMatrix(createEcosystem(fund), { groupBy: "region" })).toThrow(
      expect.objectContaining({ code: "invalid_option" }),
    );
  });

  it("has frozen defaults", () => {
    expect(Object.isFrozen(GROUP_MEASURE_DEFAULTS)).toBe(true);
    expect(GROUP_MEASURE_DEFAULTS).toEqual({ groupBy: "role" });
  });
});

describe("eiIndex", () => {
  it.each(GROUPED)("matches the oracle's overall, per-group and per-node E-I index on %s", (name) => {
    const expected = readJson<EiFile>(`values/${name}.ei.json`);
    const result = eiIndex(createEcosystem(oracleData(name)), { groupBy: "group" });
    expect(result.external).toBe(expected.overall.E);
    expect(result.internal).toBe(expected.overall.I);
    expect(result.network).toBeCloseTo(expected.overall.EI!, 12);
    expectCloseRecord(
      result.perGroup,
      Object.fromEntries(Object.entries(expected.per_group).map(([group, row]) => [group, row.EI])),
      TOLERANCE,
    );
    expectCloseRecord(
      result.perActor,
      Object.fromEntries(Object.entries(expected.per_node).map(([id, row]) => [id, row.EI])),
      TOLERANCE,
    );
  });

  it("is (2 − 1)/(2 + 1) for a funder tied to two tied developers (doc example)", () => {
    const result = eiIndex(createEcosystem(fund));
    expect(result.network).toBeCloseTo(1 / 3, 15);
    // developer: E = 2, I = 1 → 1/3; funder: E = 2, I = 0 → 1
    expect({ ...result.perGroup }).toEqual({ developer: 1 / 3, funder: 1 });
    expect({ ...result.perActor }).toEqual({ f: 1, d1: 0, d2: 0 });
  });

  it("counts a tie once whatever the number of parallel ties", () => {
    const data: EcosystemData = {
      actors: fund.actors,
      ties: [...fund.ties, { source: "f", target: "d1", kind: "funding" }],
    };
    expect(eiIndex(createEcosystem(data)).external).toBe(2);
  });

  it("is null for a network, group and actor without ties", () => {
    const eco = createEcosystem({
      actors: [
        { id: "a", role: "developer" },
        { id: "b", role: "funder" },
      ],
      ties: [],
    });
    const result = eiIndex(eco);
    expect(result.network).toBeNull();
    expect({ ...result.perGroup }).toEqual({ developer: null, funder: null });
    expect({ ...result.perActor }).toEqual({ a: null, b: null });
    expect(Object.getPrototypeOf(result.perGroup)).toBeNull();
  });
});

describe("assortativity", () => {
  it.each(GROUPED)("matches NetworkX attribute_assortativity_coefficient on %s", (name) => {
    const expected = oracleValues<number>(name, "networkx", "attribute_assortativity_coefficient.group");
    const got = assortativity(createEcosystem(oracleData(name)), { groupBy: "group" });
    expect(Math.abs(got! - expected)).toBeLessThanOrEqual(TOLERANCE);
  });

  it("is −0.5 for a funder tied to two tied developers (doc example: (1/3 − 5/9)/(1 − 5/9))", () => {
    expect(assortativity(createEcosystem(fund))).toBeCloseTo(-0.5, 15);
  });

  it("is null when every actor is in one group or there are no ties", () => {
    const oneGroup = createEcosystem({
      actors: [
        { id: "a", role: "developer" },
        { id: "b", role: "developer" },
      ],
      ties: [{ source: "a", target: "b", kind: "collaboration" }],
    });
    expect(assortativity(oneGroup)).toBeNull();
    expect(assortativity(createEcosystem({ actors: [{ id: "a", role: "developer" }], ties: [] }))).toBeNull();
  });

  it("leaves its input unchanged", () => {
    const eco = createEcosystem(deepFreeze(oracleData("karate")));
    const before = JSON.stringify(eco.export());
    assortativity(eco, { groupBy: "group" });
    eiIndex(eco, { groupBy: "group" });
    mixingMatrix(eco, { groupBy: "group" });
    expect(JSON.stringify(eco.export())).toBe(before);
  });
});
