// findStructuralGaps has no reference implementation: every expectation below is a planted structure
// whose answer is derived by hand in a comment (configuration-model expectations, cut-off counts,
// BFS distances), or an exact enumeration of the label-permutation null on a 4-actor graph.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  FIND_STRUCTURAL_GAPS_DEFAULTS,
  type FindStructuralGapsOptions,
  findStructuralGaps,
} from "../../src/gaps/find-structural-gaps.js";
import { STRUCTURAL_GAP_KINDS, type StructuralGap, type StructuralGapKind } from "../../src/gaps/types.js";
import { createRandom } from "../../src/internal/rng.js";
import { createEcosystem } from "../../src/model/ecosystem.js";
import type { EcosystemData, Tie } from "../../src/model/schema.js";
import { actorWithRegion, deepFreeze, tiesFromPairs } from "../helpers.js";

type ActorSpec = [id: string, role: string, region?: string];

function data(actors: ActorSpec[], pairs: [string, string][], kind = "collaboration"): EcosystemData {
  return {
    actors: actors.map(([id, role, region]) => actorWithRegion(id, role, region)),
    ties: tiesFromPairs(pairs, kind),
  };
}

function clique(ids: string[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i < ids.length; i++)
    for (let j = i + 1; j < ids.length; j++) pairs.push([ids[i]!, ids[j]!]);
  return pairs;
}

function ofKind<K extends StructuralGapKind>(
  gaps: StructuralGap[],
  kind: K,
): Extract<StructuralGap, { kind: K }>[] {
  return gaps.filter((gap): gap is Extract<StructuralGap, { kind: K }> => gap.kind === kind);
}

// A silo: developers s1…s5 and upskiller su form a clique (15 ties) whose only tie out is s1 – a1.
// The main cluster: funder f1, upskiller u1, developers a2, a3, a4 in a clique (10 ties), and a1 tied
// to a2, a3 (developers) and s1. No member of the silo or direct contact of one is a funder, so the
// silo misses "funder"; su is an upskiller, a1 a developer, so nothing else is missing.
// Distances to f1: a2–a4 and u1 at 1, a1 at 2, s1 at 3 (s1 – a1 – a2 – f1), s2…s5 and su at 4.
const siloActors: ActorSpec[] = [
  ["f1", "funder"],
  ["u1", "upskiller"],
  ["a1", "developer"],
  ["a2", "developer"],
  ["a3", "developer"],
  ["a4", "developer"],
  ["s1", "developer"],
  ["s2", "developer"],
  ["s3", "developer"],
  ["s4", "developer"],
  ["s5", "developer"],
  ["su", "upskiller"],
];
const siloData = data(siloActors, [
  ...clique(["f1", "u1", "a2", "a3", "a4"]),
  ["a1", "a2"],
  ["a1", "a3"],
  ["a1", "s1"],
  ...clique(["s1", "s2", "s3", "s4", "s5", "su"]),
]);

// Two regions joined by one upskiller u: North n1…n4 + funder nf (clique, 10 ties), South s1…s3 +
// funder sf (clique, 6 ties), u tied to n1 and s1 only. One component of 10; without u the pieces
// are North (5) and South (4), so cutOff(u) = 10 − 1 − 5 = 4. Bridge u – s1: sides 4 and 6 → 4;
// bridge u – n1: sides 5 and 5 → 5.
const regionsData: EcosystemData = {
  actors: [
    ...["n1", "n2", "n3", "n4"].map((id) => ({ id, role: "developer", attributes: { region: "North" } })),
    { id: "nf", role: "funder", attributes: { region: "North" } },
    ...["s1", "s2", "s3"].map((id) => ({ id, role: "developer", attributes: { region: "South" } })),
    { id: "sf", role: "funder", attributes: { region: "South" } },
    { id: "u", label: "Bridging University", role: "upskiller", attributes: { region: "North" } },
  ],
  ties: [
    ...clique(["n1", "n2", "n3", "n4", "nf"]),
    ...clique(["s1", "s2", "s3", "sf"]),
    ["u", "n1"],
    ["u", "s1"],
  ].map(([source, target]) => ({ source: source!, target: target!, kind: "collaboration" })),
};

/**
 * 30 developers and 30 funders: W = 100 ties within each group, B = 40 between, drawn without
 * repetition by a seeded generator. D_dev = D_fun = 2W + B = 240, m = 2W + B = 240, so
 * E = 240 · 240 / (2 · 240) = 120 and ratio = 40 / 120 = 1/3 exactly.
 */
function blocksData(): EcosystemData {
  const random = createRandom(20260601);
  const devs = Array.from({ length: 30 }, (_, i) => `d${String(i).padStart(2, "0")}`);
  const funs = Array.from({ length: 30 }, (_, i) => `f${String(i).padStart(2, "0")}`);
  const pick = (pool: [string, string][], count: number): [string, string][] => {
    const chosen: [string, string][] = [];
    const copy = pool.slice();
    for (let k = 0; k < count; k++) chosen.push(copy.splice(Math.floor(random() * copy.length), 1)[0]!);
    return chosen;
  };
  const between: [string, string][] = [];
  for (const d of devs) for (const f of funs) between.push([f, d]);
  return data(
    [...devs.map((id): ActorSpec => [id, "developer"]), ...funs.map((id): ActorSpec => [id, "funder"])],
    [...pick(clique(devs), 100), ...pick(clique(funs), 100), ...pick(between, 40)],
  );
}

// Main cycle m1…m5, a detached pair p1 – p2, isolates z1 and z2: n = 9, components 4 (5, 2, 1, 1).
const fragmentedData = data(
  [
    ["m1", "developer"],
    ["m2", "developer"],
    ["m3", "funder"],
    ["m4", "upskiller"],
    ["m5", "developer"],
    ["p1", "developer"],
    ["p2", "funder"],
    ["z1", "developer"],
    ["z2", "upskiller"],
  ],
  [
    ["m1", "m2"],
    ["m2", "m3"],
    ["m3", "m4"],
    ["m4", "m5"],
    ["m5", "m1"],
    ["p1", "p2"],
  ],
);

/** A seeded random ecosystem with roles, regions and ties of two kinds. */
function randomData(seed: number, n: number, m: number): EcosystemData {
  const random = createRandom(seed);
  const roles = ["developer", "developer", "developer", "upskiller", "funder"];
  const regions = ["north", "south", "east", "west"];
  const actors = Array.from({ length: n }, (_, i) => ({
    id: `a${i}`,
    role: roles[Math.floor(random() * roles.length)]!,
    attributes: { region: regions[Math.floor(random() * regions.length)]! },
  }));
  const ties: Tie[] = [];
  for (let k = 0; k < m && n > 1; k++) {
    const u = Math.floor(random() * n);
    let v = Math.floor(random() * (n - 1));
    if (v >= u) v++;
    ties.push({ source: `a${u}`, target: `a${v}`, kind: random() < 0.5 ? "collaboration" : "information" });
  }
  return { actors, ties };
}

describe("findStructuralGaps", () => {
  it("finds a developer community with no funder among its members or contacts as a siloed community", () => {
    const silo = ofKind(findStructuralGaps(createEcosystem(siloData)), "siloed-community");
    const gap = silo.find((found) => found.actors.includes("s1"))!;
    expect(gap.actors).toEqual(["s1", "s2", "s3", "s4", "s5", "su"]);
    // I = 15 (the clique), E = 1 (s1 – a1): EI = (1 − 15) / 16 = −0.875; every member needs a funder.
    expect(gap.evidence).toMatchObject({
      size: 6,
      internalTies: 15,
      externalTies: 1,
      eiIndex: -0.875,
      missingRoles: ["funder"],
      unmetShare: 1,
    });
    // Loss: s1 … s5 (2 needs each) and su (needs funder and developer) cannot reach a funder within 2
    // steps (distances 3–4): 5 · 1/2 + 1/2 = 3, plus the note 0.25 · max(0.875, 1) → 3.25 / 7.25.
    expect(gap.evidence.unmetNeeds).toEqual([
      { needs: "funder", actors: ["s1", "s2", "s3", "s4", "s5", "su"] },
    ]);
    expect(gap.loss).toBeCloseTo(3.25, 12);
    expect(gap.severity).toBeCloseTo(3.25 / 7.25, 12);
    // The coverage gaps of these very actors are folded into it, not listed twice.
    expect(gap.evidence.foldedGaps).toEqual(["coverage:developer:funder", "coverage:upskiller:funder"]);
    expect(gap.title).toBe(
      "The community around s1 (6 actors) keeps 94% of its ties inside and has no funder among its members or their contacts",
    );
    // The main cluster is closed too (I = 12: the 10 of the clique and a1's two ties, E = 1; EI = −11/13)
    // but lacks no role.
    const main = silo.find((found) => found.actors.includes("f1"))!;
    expect(main.evidence).toMatchObject({ internalTies: 12, externalTies: 1, missingRoles: [] });
    // A closed but healthy cluster is a note: loss 0.25 · 11/13, far below the silo.
    expect(main.loss).toBeCloseTo(0.25 * (11 / 13), 12);
    expect(main.severity).toBeLessThan(0.06);
  });

  it("flags a community by missing roles alone when the E-I test is switched off", () => {
    const silo = ofKind(
      findStructuralGaps(createEcosystem(siloData), { siloEiIndex: -1 }),
      "siloed-community",
    );
    expect(silo.map((gap) => gap.actors)).toEqual([["s1", "s2", "s3", "s4", "s5", "su"]]);
  });

  it("ignores communities smaller than minCommunitySize", () => {
    const silo = ofKind(
      findStructuralGaps(createEcosystem(siloData), { minCommunitySize: 7 }),
      "siloed-community",
    );
    expect(silo).toEqual([]);
  });

  it("finds the silo's developers and upskiller as coverage gaps for funders", () => {
    const gaps = ofKind(findStructuralGaps(createEcosystem(siloData), { include: ["coverage"] }), "coverage");
    const developers = gaps.find(
      (gap) => gap.evidence.role === "developer" && gap.evidence.needs === "funder",
    );
    // s1 … s5 are 3–4 steps from f1; a1 is 2 steps away: 5 of the 9 developers lack a funder.
    expect(developers!.actors).toEqual(["s1", "s2", "s3", "s4", "s5"]);
    expect(developers!.evidence).toEqual({
      role: "developer",
      needs: "funder",
      maxDistance: 2,
      without: 5,
      total: 9,
      share: 5 / 9,
      attribute: null,
      value: null,
    });
    // Each of the 5 lacks one of the 2 roles developers need: loss 5 / 2, severity 2.5 / 6.5.
    expect(developers!.loss).toBe(2.5);
    expect(developers!.severity).toBeCloseTo(2.5 / 6.5, 12);
    expect(developers!.title).toBe("5 of 9 developers cannot reach a funder within 2 steps");
    const upskillers = gaps.find(
      (gap) => gap.evidence.role === "upskiller" && gap.evidence.needs === "funder",
    );
    expect(upskillers!.actors).toEqual(["su"]);
    // With maxDistance 3, s1 (3 steps) reaches f1: 4 of 9 remain.
    const wider = ofKind(
      findStructuralGaps(createEcosystem(siloData), { include: ["coverage"], maxDistance: 3 }),
      "coverage",
    );
    expect(wider.find((gap) => gap.evidence.role === "developer")!.actors).toEqual(["s2", "s3", "s4", "s5"]);
  });

  it("breaks coverage down by an attribute with coverageBy", () => {
    // Without u's region mattering: South's developers s2, s3 are 2 steps from sf, s1 is 1 step; all
    // of South reach an upskiller? s1 – u is 1 step, s2 – s1 – u 2 steps: yes. North likewise.
    // Funders need developers: both reach them. So add a lone developer in a third region.
    const input = structuredClone(regionsData);
    input.actors.push({ id: "w1", role: "developer", attributes: { region: "West" } });
    const gaps = ofKind(
      findStructuralGaps(createEcosystem(input), { include: ["coverage"], coverageBy: "region" }),
      "coverage",
    );
    const west = gaps.filter((gap) => gap.evidence.value === "West");
    expect(west.map((gap) => gap.evidence.needs).sort()).toEqual(["funder", "upskiller"]);
    for (const gap of west) {
      expect(gap.evidence).toMatchObject({ attribute: "region", without: 1, total: 1, share: 1 });
      expect(gap.actors).toEqual(["w1"]);
    }
    expect(gaps.filter((gap) => gap.evidence.value === "North" || gap.evidence.value === "South")).toEqual(
      [],
    );
    const overall = gaps.filter((gap) => gap.evidence.value === null);
    expect(overall.map((gap) => gap.title).sort()).toEqual([
      "1 of 8 developers cannot reach a funder within 2 steps",
      "1 of 8 developers cannot reach an upskiller within 2 steps",
    ]);
  });

  it("names the upskiller that alone joins two regions with the actors it would cut off", () => {
    const gaps = ofKind(findStructuralGaps(createEcosystem(regionsData)), "single-point-of-failure");
    const actorGaps = gaps.filter((gap) => gap.evidence.element === "actor");
    // n1 and s1 are cut vertices too: without n1, {n2, n3, n4, nf} (4) is cut off from the 5 of
    // u and South; without s1, {s2, s3, sf} (3) from the other 6.
    expect(actorGaps.map((gap) => [gap.evidence.actor, gap.evidence.cutOff])).toEqual([
      ["u", 4],
      ["n1", 4],
      ["s1", 3],
    ]);
    const u = actorGaps.find((gap) => gap.evidence.actor === "u")!;
    expect(u.evidence).toEqual({
      element: "actor",
      actor: "u",
      cutOffListed: true,
      ends: null,
      cutOff: 4,
      cutOffShare: 0.4,
      componentSize: 10,
      cutOffActors: ["s1", "s2", "s3", "sf"],
      // South's developers reach u (an upskiller) within 2 steps today; South holds none.
      lostNeeds: [{ needs: "upskiller", actors: ["s1", "s2", "s3"] }],
      // The tie u – s1 would strand the very same four: one single point of failure, not two.
      foldedGaps: ["single-point-of-failure:tie:s1:u"],
      // u is where the bridge blocks {u, n1} and {u, s1} meet: one tie from North to South bypasses it.
      blockSizes: [2, 2],
      bypassTies: 1,
    });
    // Hanging on one actor: 0.5 per actor it would cut off → loss 2, severity 2 / 6.
    expect(u.loss).toBe(2);
    expect(u.severity).toBeCloseTo(2 / 6, 12);
    expect(u.actors).toEqual(["u"]);
    expect(u.title).toBe(
      "Bridging University alone connects 4 actors to the rest of the network; 3 of them would lose their only access to an upskiller",
    );
    expect(u.detail).toBe(
      "If Bridging University left, 4 actors (s1, s2, s3 and sf) would lose every path to the rest of its part of the network (10 actors); no one else links them. 3 of them would lose their only access to an upskiller. Bridging University is where 2 blocks meet (groups that no single departure splits; the largest has 2 actors): one new tie between them, not through Bridging University, would leave no one hanging on it alone.",
    );
    const ties = gaps.filter((gap) => gap.evidence.element === "tie");
    expect(ties.map((gap) => [gap.evidence.ends, gap.evidence.cutOff])).toEqual([[["n1", "u"], 5]]);
    // The tie u – n1 (5) ranks first; u ties with n1 (4) and comes first by title.
    expect(gaps[0]!.evidence.cutOff).toBe(5);
  });

  it("finds developer and funder blocks tied a third as often as expected, with a small p-value", () => {
    const gaps = ofKind(
      findStructuralGaps(createEcosystem(blocksData()), { include: ["role-pair"] }),
      "role-pair",
    );
    expect(gaps).toHaveLength(1);
    const [gap] = gaps;
    expect(gap!.evidence.groups).toEqual(["developer", "funder"]);
    expect(gap!.evidence.within).toBe(false);
    expect(gap!.evidence.observed).toBe(40);
    expect(gap!.evidence.expected).toBe(120);
    expect(gap!.evidence.ratio).toBeCloseTo(1 / 3, 12);
    // Under random relabelling about half the 240 ties fall between groups; 40 is far below.
    expect(gap!.evidence.pValue).toBe(1 / 1001);
    // A note: 0.25 · (1 − ratio)(1 − p).
    expect(gap!.loss).toBeCloseTo(0.25 * (2 / 3) * (1000 / 1001), 12);
    expect(gap!.severity).toBeCloseTo(gap!.loss / (gap!.loss + 4), 12);
    expect(gap!.title).toBe("Developers and funders are tied 3× less than their activity predicts");
  });

  it("finds developers who never meet each other as a within-group role-pair gap", () => {
    // d_i tied to f_i, f_{i+1}, f_{i+2} (mod 10); funders a clique. m = 30 + 45 = 75, D_dev = 30:
    // E[dev, dev] = 30² / (4 · 75) = 3, observed 0.
    const devs = Array.from({ length: 10 }, (_, i) => `d${i}`);
    const funs = Array.from({ length: 10 }, (_, i) => `f${i}`);
    const pairs: [string, string][] = [...clique(funs)];
    for (let i = 0; i < 10; i++) for (const j of [0, 1, 2]) pairs.push([devs[i]!, funs[(i + j) % 10]!]);
    const eco = createEcosystem(
      data(
        [...devs.map((id): ActorSpec => [id, "developer"]), ...funs.map((id): ActorSpec => [id, "funder"])],
        pairs,
      ),
    );
    const gaps = ofKind(findStructuralGaps(eco, { include: ["role-pair"] }), "role-pair");
    const within = gaps.find((gap) => gap.evidence.within)!;
    expect(within.evidence).toMatchObject({
      groups: ["developer", "developer"],
      observed: 0,
      expected: 3,
      ratio: 0,
    });
    expect(within.evidence.pValue).toBeLessThan(0.05);
    expect(within.actors).toEqual([...devs].sort());
    expect(within.title).toBe(
      "Developers are never tied to each other, though their activity predicts 3 ties",
    );
  });

  it("gives the exact label-permutation p-value on two disjoint pairs (1/3 by enumeration)", () => {
    // a1 – a2 and b1 – b2, groups {a1, a2} and {b1, b2}: E = 2 · 2 / 4 = 1, observed 0, ratio 0. Of the
    // 6 equally likely ways to place the two "a" labels, 2 give 0 ties across and 4 give 2, so the
    // one-sided p-value tends to 1/3.
    const eco = createEcosystem(
      data(
        [
          ["a1", "developer"],
          ["a2", "developer"],
          ["b1", "funder"],
          ["b2", "funder"],
        ],
        [
          ["a1", "a2"],
          ["b1", "b2"],
        ],
      ),
    );
    const gaps = ofKind(
      findStructuralGaps(eco, { include: ["role-pair"], permutations: 20000, alpha: 1 }),
      "role-pair",
    );
    const across = gaps.find((gap) => !gap.evidence.within)!;
    expect(across.evidence.ratio).toBe(0);
    expect(Math.abs(across.evidence.pValue - 1 / 3)).toBeLessThan(0.015);
  });

  it("reports a detached component and the isolates as fragmentation", () => {
    const gaps = ofKind(findStructuralGaps(createEcosystem(fragmentedData)), "fragmentation");
    // The isolates lose more: cut off (1 each) and every need (developer z1: funder and upskiller;
    // upskiller z2: developer and funder) → 2 + 2 = 4; the pair p1 (developer) – p2 (funder) is cut off
    // and p1 lacks an upskiller → 2 + 1/2.
    expect(gaps.map((gap) => gap.actors)).toEqual([
      ["z1", "z2"],
      ["p1", "p2"],
    ]);
    for (const gap of gaps) {
      expect(gap.evidence).toMatchObject({ components: 4, isolates: 2, largestShare: 5 / 9, size: 2 });
    }
    expect(gaps.map((gap) => gap.loss)).toEqual([4, 2.5]);
    expect(gaps[0]!.severity).toBeCloseTo(4 / 8, 12);
    expect(gaps[1]!.severity).toBeCloseTo(2.5 / 6.5, 12);
    expect(gaps[0]!.evidence.component).toBeNull();
    expect(gaps[0]!.title).toBe("2 actors have no ties at all");
    expect(gaps[1]!.evidence.component).toBe(1);
  });

  it("returns no gaps for an empty ecosystem", () => {
    expect(findStructuralGaps(createEcosystem({ actors: [], ties: [] }))).toEqual([]);
  });

  it("gives a one-actor ecosystem only the coverage gaps of roles that do not exist", () => {
    const gaps = findStructuralGaps(
      createEcosystem({ actors: [{ id: "solo", role: "developer" }], ties: [] }),
    );
    expect(gaps.map((gap) => gap.kind)).toEqual(["coverage", "coverage"]);
    expect(gaps.map((gap) => gap.detail)).toEqual([
      "The ecosystem has no funder at all, so no developer can reach one: solo.",
      "The ecosystem has no upskiller at all, so no developer can reach one: solo.",
    ]);
    // 1 of 1 lacking one of its 2 needs: loss 1/2, severity 0.5 / 4.5.
    expect(gaps.every((gap) => gap.severity === 0.5 / 4.5)).toBe(true);
  });

  it("puts every actor of an ecosystem without ties into one isolates gap", () => {
    const eco = createEcosystem(data(siloActors, []));
    const gaps = ofKind(findStructuralGaps(eco), "fragmentation");
    expect(gaps).toHaveLength(1);
    expect(gaps[0]!.actors).toHaveLength(12);
    // 12 actors cut off, each losing every need too: loss 12 + 12 = 24.
    expect(gaps[0]!.severity).toBe(24 / 28);
    // Everyone's coverage gaps are about the isolates only: folded into the isolates gap.
    expect(ofKind(findStructuralGaps(eco), "coverage")).toEqual([]);
    expect(ofKind(findStructuralGaps(eco), "role-pair")).toEqual([]);
  });

  it("honours the view's tie kinds", () => {
    // The detached pair's tie is "information"; with kinds ["information"] only p1 – p2 remains.
    const input = structuredClone(fragmentedData);
    input.ties[5]!.kind = "information";
    const eco = createEcosystem(input);
    const all = ofKind(findStructuralGaps(eco, { include: ["fragmentation"] }), "fragmentation");
    expect(all[1]!.evidence.isolates).toBe(2);
    const info = ofKind(
      findStructuralGaps(eco, { include: ["fragmentation"], kinds: ["information"] }),
      "fragmentation",
    );
    expect(info).toHaveLength(1);
    expect(info[0]!.evidence).toMatchObject({ components: 8, isolates: 7 });
  });

  it("honours the view's date", () => {
    // u's tie to s1 starts in 2024: at 2023-06-30 the two regions are apart.
    const input = structuredClone(regionsData);
    input.ties[input.ties.length - 1]!.since = "2024-01-01";
    const eco = createEcosystem(input);
    const before = ofKind(findStructuralGaps(eco, { at: "2023-06-30" }), "fragmentation");
    expect(before.map((gap) => gap.actors)).toEqual([["s1", "s2", "s3", "sf"]]);
    expect(ofKind(findStructuralGaps(eco, { at: "2024-06-30" }), "fragmentation")).toEqual([]);
  });

  it("runs only the kinds named in include", () => {
    const gaps = findStructuralGaps(createEcosystem(fragmentedData), { include: ["fragmentation"] });
    expect(new Set(gaps.map((gap) => gap.kind))).toEqual(new Set(["fragmentation"]));
  });

  it("leaves out gaps below minSeverity", () => {
    const eco = createEcosystem(siloData);
    const all = findStructuralGaps(eco);
    const kept = findStructuralGaps(eco, { minSeverity: 0.4 });
    expect(kept).toEqual(all.filter((gap) => gap.severity >= 0.4));
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(all.length);
  });

  it("sorts by severity descending, then kind, then title", () => {
    const gaps = findStructuralGaps(createEcosystem(randomData(3, 60, 70)), { permutations: 50 });
    for (let k = 1; k < gaps.length; k++) {
      const a = gaps[k - 1]!;
      const b = gaps[k]!;
      expect(
        a.severity > b.severity ||
          (a.severity === b.severity && (a.kind < b.kind || (a.kind === b.kind && a.title <= b.title))),
      ).toBe(true);
    }
  });

  it("gives deep-equal output for the same input and seed", () => {
    const input = randomData(11, 80, 120);
    const options: FindStructuralGapsOptions = { permutations: 200, coverageBy: "region", seed: 5 };
    const first = findStructuralGaps(createEcosystem(input), options);
    const second = findStructuralGaps(createEcosystem(input), options);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    expect(second).toEqual(first);
  });

  it("leaves its input unchanged", () => {
    const input = deepFreeze(structuredClone(siloData));
    const eco = createEcosystem(input);
    const before = eco.export();
    findStructuralGaps(eco, { coverageBy: undefined });
    expect(eco.export()).toEqual(before);
  });

  it("uses actor labels in titles and details", () => {
    const gaps = findStructuralGaps(createEcosystem(regionsData), { include: ["single-point-of-failure"] });
    expect(gaps.some((gap) => gap.detail.includes("Bridging University"))).toBe(true);
  });

  it.each([
    [{ maxDistance: 0 }],
    [{ maxDistance: 1.5 }],
    [{ permutations: 0 }],
    [{ permutations: Number.NaN }],
    [{ minSeverity: 1.5 }],
    [{ minSeverity: -0.1 }],
    [{ maxRatio: 0 }],
    [{ alpha: 2 }],
    [{ minCommunitySize: 0 }],
    [{ siloEiIndex: -2 }],
    [{ seed: Number.POSITIVE_INFINITY }],
    [{ include: ["nope" as StructuralGapKind] }],
    [{ coverageBy: "" }],
  ] as FindStructuralGapsOptions[][])("refuses the option %o with invalid_option", (options) => {
    expect(() => findStructuralGaps(createEcosystem(siloData), options)).toThrow(
      expect.objectContaining({ code: "invalid_option" }),
    );
  });

  it("names the unknown gap kind and the valid ones in its message", () => {
    expect(() =>
      findStructuralGaps(createEcosystem(siloData), { include: ["silo" as StructuralGapKind] }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[InvalidOptionError: findStructuralGaps: unknown gap kind "silo" in include; use "role-pair", "siloed-community", "coverage", "fragmentation", "single-point-of-failure", "ties-ending"]`,
    );
  });

  it("refuses a missing coverageBy attribute with invalid_option", () => {
    expect(() => findStructuralGaps(createEcosystem(siloData), { coverageBy: "region" })).toThrow(
      expect.objectContaining({ code: "invalid_option" }),
    );
  });

  it("refuses the directed view with not_applicable", () => {
    expect(() => findStructuralGaps(createEcosystem(siloData), { directed: true })).toThrow(
      expect.objectContaining({ code: "not_applicable" }),
    );
  });

  it("keeps every severity in [0, 1] and every actor list sorted (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e6 }),
        fc.integer({ min: 0, max: 30 }),
        fc.nat(60),
        (seed, n, m) => {
          const gaps = findStructuralGaps(createEcosystem(randomData(seed, n, m)), {
            permutations: 30,
            coverageBy: "region",
            alpha: 1,
            maxRatio: 1,
          });
          for (const gap of gaps) {
            expect(gap.severity).toBeGreaterThanOrEqual(0);
            expect(gap.severity).toBeLessThanOrEqual(1);
            expect([...gap.actors].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(gap.actors);
            expect(STRUCTURAL_GAP_KINDS).toContain(gap.kind);
          }
        },
      ),
      { numRuns: 60, seed: 20260601 },
    );
  });

  it("returns the titles of its doc-comment example", () => {
    const eco = createEcosystem(
      data(
        [
          ["d1", "developer"],
          ["d2", "developer"],
          ["f", "funder"],
        ],
        [["d1", "d2"]],
      ),
    );
    expect(findStructuralGaps(eco, { include: ["coverage"] }).map((gap) => gap.title)).toEqual([
      "1 of 1 funder cannot reach a developer within 2 steps",
      "2 of 2 developers cannot reach a funder within 2 steps",
      "2 of 2 developers cannot reach an upskiller within 2 steps",
    ]);
  });
});

describe("FIND_STRUCTURAL_GAPS_DEFAULTS", () => {
  it("is frozen and lists all six kinds", () => {
    expect(Object.isFrozen(FIND_STRUCTURAL_GAPS_DEFAULTS)).toBe(true);
    expect(FIND_STRUCTURAL_GAPS_DEFAULTS.include).toEqual([
      "role-pair",
      "siloed-community",
      "coverage",
      "fragmentation",
      "single-point-of-failure",
      "ties-ending",
    ]);
    expect(FIND_STRUCTURAL_GAPS_DEFAULTS).toMatchObject({
      horizonMonths: 12,
      groupBy: "role",
      maxDistance: 2,
      seed: 1,
      permutations: 1000,
      minSeverity: 0,
    });
  });
});
