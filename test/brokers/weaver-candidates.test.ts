// Reference values: planted structures whose answer is derived by hand in the comments (no reference
// implementation of weaver candidates exists); the team's reach is checked against findKeyPlayers.
import { describe, expect, it } from "vitest";
import { findKeyPlayers } from "../../src/brokers/key-players.js";
import { findWeaverCandidates, WEAVER_CANDIDATES_DEFAULTS } from "../../src/brokers/weaver-candidates.js";
import { generateEcosystem } from "../../src/datasets/generate.js";
import { createEcosystem } from "../../src/model/ecosystem.js";
import type { EcosystemData } from "../../src/model/schema.js";
import { actorsOf, deepFreeze, edgeListData } from "../helpers.js";

/** hub tied to x, y, z (all developers) */
const star = deepFreeze<EcosystemData>({
  actors: actorsOf(["hub", "x", "y", "z"]),
  ties: ["x", "y", "z"].map((leaf) => ({ source: "hub", target: leaf, kind: "collaboration" })),
});

/**
 * Two stars joined by a path: centre ca with spokes ca – a_i – aa_i (i = 1 … 4), centre cb with
 * spokes cb – b_i – bb_i, and ca – p1 – p2 – cb. Within 2 steps an end aa_i is reached only from
 * a_i and ca, so one member must reach all four aa_i, and only ca does; likewise cb for the bb_i.
 * {ca, cb} is the only pair that reaches all 18 others.
 */
function twoStars(): EcosystemData {
  const ids = ["ca", "cb", "p1", "p2"];
  const pairs: [string, string][] = [
    ["ca", "p1"],
    ["p1", "p2"],
    ["p2", "cb"],
  ];
  for (let i = 1; i <= 4; i++) {
    ids.push(`a${i}`, `aa${i}`, `b${i}`, `bb${i}`);
    pairs.push(["ca", `a${i}`], [`a${i}`, `aa${i}`], ["cb", `b${i}`], [`b${i}`, `bb${i}`]);
  }
  return edgeListData(ids, pairs);
}

/** The worked example of docs/key-players.md. */
const regions = deepFreeze<EcosystemData>({
  actors: [
    { id: "esf", label: "ESF+ programme", role: "funder", attributes: { region: "Uusimaa" } },
    { id: "fdn", label: "Foundation", role: "funder", attributes: { region: "Pirkanmaa" } },
    { id: "uni", label: "University", role: "upskiller", attributes: { region: "Uusimaa" } },
    { id: "inc", label: "Incubator", role: "upskiller", attributes: { region: "Pirkanmaa" } },
    { id: "ngo1", label: "Youth association", role: "developer", attributes: { region: "Uusimaa" } },
    { id: "ngo2", label: "Elderly care NGO", role: "developer", attributes: { region: "Uusimaa" } },
    { id: "se1", label: "Social enterprise", role: "developer", attributes: { region: "Pirkanmaa" } },
    { id: "se2", label: "Work integration co-op", role: "developer", attributes: { region: "Pirkanmaa" } },
    { id: "mun", label: "Municipal development unit", role: "developer", attributes: { region: "Lappi" } },
    { id: "lab", label: "Research group", role: "developer", attributes: { region: "Lappi" } },
  ],
  ties: [
    { source: "esf", target: "ngo1", kind: "funding" },
    { source: "esf", target: "ngo2", kind: "funding" },
    { source: "uni", target: "ngo1", kind: "training" },
    { source: "uni", target: "ngo2", kind: "training" },
    { source: "ngo1", target: "ngo2", kind: "collaboration" },
    { source: "uni", target: "inc", kind: "collaboration" },
    { source: "fdn", target: "se1", kind: "funding" },
    { source: "inc", target: "se1", kind: "training" },
    { source: "inc", target: "se2", kind: "training" },
    { source: "se1", target: "se2", kind: "peer-learning" },
    { source: "se2", target: "mun", kind: "information" },
    { source: "mun", target: "lab", kind: "collaboration" },
  ],
});

describe("findWeaverCandidates", () => {
  it("gives the numbers of the worked example in docs/key-players.md", () => {
    const eco = createEcosystem(regions);
    // Removing uni and se2 leaves {esf, ngo1, ngo2}, {fdn, inc, se1}, {mun, lab}: F = 1 − 14 / 56.
    expect(findKeyPlayers(eco, { k: 2, objective: "fragmentation" })).toEqual({
      objective: "fragmentation",
      k: 2,
      actors: ["se2", "uni"],
      score: 0.75,
      exhaustive: true,
      baseline: { empty: 0, topDegree: { actors: ["inc", "ngo1"], score: 0.5357142857142857 } },
      evaluations: 45,
    });
    expect(findKeyPlayers(eco, { k: 2, objective: "reach" })).toMatchObject({
      actors: ["ngo1", "se1"],
      score: 0.75,
    });
    const weave = findWeaverCandidates(eco, { teamSize: 2, hostCount: 3 });
    expect(weave.team).toEqual(["esf", "se2"]);
    expect(weave.reach).toBe(1);
    expect(weave.candidates[0]!.reasons).toEqual([
      "reaches 6 of 9 other actors (67%) within 2 steps; spans 3 roles and 3 regions",
      "adds 5 actors (63%) that no other team member reaches within 2 steps",
      "tied directly to 3 actors",
    ]);
    expect(weave.hosts.map((h) => `${h.label}: ${h.reached}`)).toEqual([
      "Incubator: 7",
      "Work integration co-op: 6",
      "University: 6",
    ]);
  });

  it("names the centre of a star as the top candidate (doc example)", () => {
    const result = findWeaverCandidates(createEcosystem(star), { teamSize: 1 });
    expect(result.team).toEqual(["hub"]);
    expect(result.reach).toBe(1);
    expect(result.reached).toBe(3);
    expect(result.candidates).toHaveLength(1);
    expect(result.candidates[0]).toEqual({
      id: "hub",
      label: "hub",
      role: "developer",
      reach: 1,
      reached: 3,
      roles: 1,
      regions: null,
      marginal: 1,
      added: 3,
      reasons: [
        "reaches 3 of 3 other actors (100%) within 2 steps; spans 1 role",
        "adds 3 actors (100%) that no other team member reaches within 2 steps",
        "tied directly to 3 actors",
      ],
      reasonMessages: [
        expect.objectContaining({ id: "brokers.weaver.reaches" }),
        expect.objectContaining({ id: "brokers.weaver.adds" }),
        expect.objectContaining({ id: "brokers.weaver.tied", params: { count: 3 } }),
      ],
    });
    // Hosts: every actor of the star is within 2 steps of every other; the hub wins by id.
    expect(result.hosts.map((h) => h.id)).toEqual(["hub", "x", "y", "z"]);
  });

  it("names the two centres of two stars joined by a path as the team of two", () => {
    const result = findWeaverCandidates(createEcosystem(twoStars()), { teamSize: 2 });
    expect(result.team).toEqual(["ca", "cb"]);
    expect(result.reached).toBe(18);
    expect(result.reach).toBe(1);
    // Each centre alone reaches a1 … a4 and p1 in one step, aa1 … aa4 and p2 in two: 10 of 19 others.
    // p1 and p2 are reached by both centres, so each adds its 8 spoke actors, 8 of the 18 outsiders.
    expect(result.candidates.map((c) => [c.id, c.reached, c.added])).toEqual([
      ["ca", 10, 8],
      ["cb", 10, 8],
    ]);
    expect(result.candidates[0]!.marginal).toBe(8 / 18);
    expect(result.candidates[0]!.reasons).toEqual([
      "reaches 10 of 19 other actors (53%) within 2 steps; spans 1 role",
      "adds 8 actors (44%) that no other team member reaches within 2 steps",
      "tied directly to 5 actors",
    ]);
    // Single hosts: the centres (10), p1 and p2 (a centre and the other path actor in one step, four
    // spoke actors and the other centre in two: 7), then the a_i and b_i (6: centre, end, 3 spokes, p).
    expect(result.hosts.map((h) => [h.id, h.reached])).toEqual([
      ["ca", 10],
      ["cb", 10],
      ["p1", 7],
      ["p2", 7],
      ["a1", 6],
      ["a2", 6],
      ["a3", 6],
      ["a4", 6],
      ["b1", 6],
      ["b2", 6],
    ]);
  });

  it("counts the roles and regions reached", () => {
    // f (funder, Uusimaa) – d (developer, Pirkanmaa) – u (upskiller, regions [Uusimaa, Lappi]); e isolated.
    const data = deepFreeze<EcosystemData>({
      actors: [
        { id: "f", role: "funder", label: "Foundation", attributes: { region: "Uusimaa" } },
        { id: "d", role: "developer", attributes: { region: "Pirkanmaa" } },
        { id: "u", role: "upskiller", attributes: { region: ["Uusimaa", "Lappi"] } },
        { id: "e", role: "developer" },
      ],
      ties: [
        { source: "f", target: "d", kind: "funding" },
        { source: "u", target: "d", kind: "training" },
      ],
    });
    const result = findWeaverCandidates(createEcosystem(data), { teamSize: 1, reachDistance: 1 });
    // d reaches f and u in one step: 2 of 3 others, roles funder and upskiller, regions Uusimaa and Lappi.
    expect(result.team).toEqual(["d"]);
    expect(result.candidates[0]).toMatchObject({ label: "d", role: "developer", roles: 2, regions: 2 });
    expect(result.candidates[0]!.reasons[0]).toBe(
      "reaches 2 of 3 other actors (67%) within 1 step; spans 2 roles and 2 regions",
    );
    const foundation = result.hosts.find((h) => h.id === "f")!;
    expect(foundation).toMatchObject({ label: "Foundation", reached: 1, roles: 1, regions: 1 });
    expect(foundation.reasons).toEqual([
      "reaches 1 of 3 other actors (33%) within 1 step; spans 1 role and 1 region",
      "tied directly to 1 actor",
    ]);
    expect(result.hosts.find((h) => h.id === "e")).toMatchObject({
      reached: 0,
      reach: 0,
      roles: 0,
      regions: 0,
    });
  });

  it("reports the team reach that findKeyPlayers gives for the same team size and distance", () => {
    const eco = generateEcosystem({ actors: 150, seed: 5 });
    const result = findWeaverCandidates(eco, { teamSize: 3 });
    const keyPlayers = findKeyPlayers(eco, { k: 3, objective: "reach", reachDistance: 2 });
    expect(result.team).toEqual(keyPlayers.actors);
    expect(result.reach).toBeCloseTo(keyPlayers.score, 12);
    expect(result.reached).toBe(Math.round(keyPlayers.score * 147));
    // Ranked by what each member adds, then by its own reach, then by id.
    const ranks = result.candidates.map((c) => [c.added, c.reached, c.id] as const);
    for (let i = 1; i < ranks.length; i++) {
      const [a, b] = [ranks[i - 1]!, ranks[i]!];
      expect(a[0] > b[0] || (a[0] === b[0] && (a[1] > b[1] || (a[1] === b[1] && a[2] < b[2])))).toBe(true);
    }
    expect(result.hosts).toHaveLength(10);
    for (let i = 1; i < 10; i++)
      expect(result.hosts[i - 1]!.reached).toBeGreaterThanOrEqual(result.hosts[i]!.reached);
  });

  it("returns deep-equal results on two runs", () => {
    const first = findWeaverCandidates(generateEcosystem({ actors: 200, seed: 9 }), { seed: 4 });
    const second = findWeaverCandidates(generateEcosystem({ actors: 200, seed: 9 }), { seed: 4 });
    expect(second).toEqual(first);
  });

  it("honours hostCount", () => {
    const eco = createEcosystem(twoStars());
    expect(findWeaverCandidates(eco, { hostCount: 0 }).hosts).toEqual([]);
    expect(findWeaverCandidates(eco, { hostCount: 100 }).hosts).toHaveLength(20);
  });

  it("leaves its input unchanged", () => {
    const eco = createEcosystem(twoStars());
    const before = JSON.stringify(eco.export());
    findWeaverCandidates(eco);
    expect(JSON.stringify(eco.export())).toBe(before);
  });

  it("exposes frozen defaults", () => {
    expect(Object.isFrozen(WEAVER_CANDIDATES_DEFAULTS)).toBe(true);
    expect(WEAVER_CANDIDATES_DEFAULTS).toEqual({
      directed: false,
      teamSize: 3,
      reachDistance: 2,
      seed: 1,
      restarts: 5,
      hostCount: 10,
    });
  });

  it.each([
    [{ teamSize: 0 }, "teamSize 0"],
    [{ teamSize: 4 }, "teamSize 4"],
    [{ teamSize: 1.5 }, "teamSize 1.5"],
    [{ reachDistance: 0 }, "reachDistance 0"],
    [{ restarts: -1 }, "restarts -1"],
    [{ hostCount: -1 }, "hostCount -1"],
    [{ seed: Number.POSITIVE_INFINITY }, "seed Infinity"],
  ])("refuses %o with an invalid_option error naming the value", (options, named) => {
    const eco = createEcosystem(star);
    expect(() => findWeaverCandidates(eco, options)).toThrow(
      expect.objectContaining({ code: "invalid_option", message: expect.stringContaining(named) }),
    );
    expect(() => findWeaverCandidates(eco, options)).toThrow(/^findWeaverCandidates: /);
  });

  it("refuses the directed view", () => {
    expect(() => findWeaverCandidates(createEcosystem(star), { directed: true })).toThrow(
      expect.objectContaining({ code: "not_applicable" }),
    );
  });

  it("prints a message a person can act on", () => {
    expect(() =>
      findWeaverCandidates(createEcosystem(star), { teamSize: 4 }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[InvalidOptionError: findWeaverCandidates: teamSize 4 must be an integer from 1 to 3]`,
    );
  });
});
