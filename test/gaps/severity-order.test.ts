// The one scale of severity (what actors lose) on planted ecosystems whose truth is computed here by
// direct breadth-first search, never by the code under test: isolates, a cut vertex holding many, a
// silo without a funder and a region whose developers cannot reach one must all rank above a dense,
// healthy regional cluster that merely keeps its ties inside.
import { describe, expect, it } from "vitest";
import { findStructuralGaps } from "../../src/gaps/find-structural-gaps.js";
import { SEVERITY_HALF_LOSS } from "../../src/gaps/severity.js";
import type { StructuralGap } from "../../src/gaps/types.js";
import { createEcosystem } from "../../src/model/ecosystem.js";
import type { EcosystemData } from "../../src/model/schema.js";
import { actorWithRegion, tiesFromPairs } from "../helpers.js";

type Spec = [id: string, role: string, region: string];

function clique(ids: readonly string[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i < ids.length; i++)
    for (let j = i + 1; j < ids.length; j++) pairs.push([ids[i]!, ids[j]!]);
  return pairs;
}

const range = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}${i + 1}`);

// Centre: funder fc, upskiller uc, developers c1…c6, a clique.
// North (the decoy): funder nf, upskiller nu, developers n1…n6, a clique of 8 (28 ties) with two ties
//   out (n1 – c1, n2 – c2): closed (EI = (2 − 28)/30), but every member reaches both roles in 1 step.
// Lappi (the silo): upskiller lu and developers l1…l5, a clique, tied out only through k1 – l1 and
//   k2 – l2, two developers of Kainuu tied to c1: l1 → k1 → c1 → fc is 3 steps, so no Lappi member
//   reaches a funder within 2.
// East: developers e1…e7 each tied to upskiller eu, who is tied to c3: e → eu → c3 → fc is 3 steps.
// A star: developer h tied to c5 and to p1…p5 (pendants): h alone holds 5 actors.
// Isolates: developers z1, z2.
const actors: Spec[] = [
  ["fc", "funder", "Centre"],
  ["uc", "upskiller", "Centre"],
  ...range("c", 6).map((id): Spec => [id, "developer", "Centre"]),
  ["nf", "funder", "North"],
  ["nu", "upskiller", "North"],
  ...range("n", 6).map((id): Spec => [id, "developer", "North"]),
  ["lu", "upskiller", "Lappi"],
  ...range("l", 5).map((id): Spec => [id, "developer", "Lappi"]),
  ["k1", "developer", "Kainuu"],
  ["k2", "developer", "Kainuu"],
  ["eu", "upskiller", "East"],
  ...range("e", 7).map((id): Spec => [id, "developer", "East"]),
  ["h", "developer", "Centre"],
  ...range("p", 5).map((id): Spec => [id, "developer", "Centre"]),
  ["z1", "developer", "West"],
  ["z2", "developer", "West"],
];
const pairs: [string, string][] = [
  ...clique(["fc", "uc", ...range("c", 6)]),
  ...clique(["nf", "nu", ...range("n", 6)]),
  ["n1", "c1"],
  ["n2", "c2"],
  ...clique(["lu", ...range("l", 5)]),
  ["k1", "l1"],
  ["k2", "l2"],
  ["k1", "c1"],
  ["k2", "c1"],
  ...range("e", 7).map((id): [string, string] => ["eu", id]),
  ["eu", "c3"],
  ["h", "c5"],
  ...range("p", 5).map((id): [string, string] => ["h", id]),
];
const planted: EcosystemData = {
  actors: actors.map(([id, role, region]) => actorWithRegion(id, role, region)),
  ties: tiesFromPairs(pairs),
};

/** Hop distances from `source` by a plain BFS over `pairs`. */
function distancesFrom(source: string): Map<string, number> {
  const neighbours = new Map<string, string[]>();
  for (const [a, b] of pairs) {
    neighbours.set(a, [...(neighbours.get(a) ?? []), b]);
    neighbours.set(b, [...(neighbours.get(b) ?? []), a]);
  }
  const distance = new Map([[source, 0]]);
  const queue = [source];
  for (let head = 0; head < queue.length; head++) {
    const u = queue[head]!;
    for (const v of neighbours.get(u) ?? []) {
      if (!distance.has(v)) {
        distance.set(v, distance.get(u)! + 1);
        queue.push(v);
      }
    }
  }
  return distance;
}

function nearest(id: string, role: string): number {
  const distance = distancesFrom(id);
  let best = Number.POSITIVE_INFINITY;
  for (const [other, ,] of actors.filter(([, r]) => r === role))
    best = Math.min(best, distance.get(other) ?? best);
  return best;
}

describe("severity on one scale of what actors lose", () => {
  const gaps = findStructuralGaps(createEcosystem(planted), { coverageBy: "region" });
  const rank = (match: (gap: StructuralGap) => boolean): number => {
    const found = gaps.findIndex(match);
    expect(found).toBeGreaterThanOrEqual(0);
    return found;
  };
  const carries = (gap: StructuralGap, id: string): boolean =>
    gap.id === id ||
    ((gap.kind === "siloed-community" || gap.kind === "fragmentation") &&
      gap.evidence.foldedGaps.includes(id));

  it("checks the planted truths by direct search", () => {
    for (const id of ["nf", "nu", ...range("n", 6)]) {
      for (const role of ["funder", "upskiller"])
        if (!id.startsWith(role[0]!)) expect(nearest(id, role)).toBeLessThanOrEqual(1);
    }
    for (const id of ["lu", ...range("l", 5)]) expect(nearest(id, "funder")).toBeGreaterThan(2);
    for (const id of range("e", 7)) expect(nearest(id, "funder")).toBeGreaterThan(2);
    // Without h, the pendants have no path anywhere: BFS from p1 avoiding h.
    expect(distancesFrom("p1").get("c5")).toBe(2);
  });

  it("ranks the isolates, the star's cut vertex, the silo and the East region above the healthy North cluster", () => {
    const north = rank((gap) => gap.kind === "siloed-community" && gap.actors.includes("nf"));
    const northGap = gaps[north]!;
    expect(northGap.kind === "siloed-community" && northGap.evidence.unmetNeeds).toEqual([]);
    const isolates = rank((gap) => gap.id === "fragmentation:isolates");
    const star = rank((gap) => gap.id === "single-point-of-failure:actor:h");
    const silo = rank((gap) => gap.kind === "siloed-community" && gap.actors.includes("l1"));
    const east = rank((gap) => carries(gap, "coverage:developer:funder:region:East"));
    for (const above of [isolates, star, silo, east]) expect(above).toBeLessThan(north);
    expect(gaps[isolates]!.actors).toEqual(["z1", "z2"]);
    expect(gaps[star]!.kind === "single-point-of-failure" && gaps[star]!.evidence.cutOffActors).toEqual(
      range("p", 5),
    );
  });

  it("scores each gap as loss / (loss + 4) with the documented losses", () => {
    const isolates = gaps.find((gap) => gap.id === "fragmentation:isolates")!;
    // Two developers cut off (1 each) who reach neither a funder nor an upskiller (½ + ½ each).
    expect(isolates.loss).toBe(4);
    expect(isolates.severity).toBeCloseTo(4 / (4 + SEVERITY_HALF_LOSS), 12);
    // 5 pendants hang on h: 0.5 each.
    expect(gaps.find((gap) => gap.id === "single-point-of-failure:actor:h")!.loss).toBe(2.5);
    for (const gap of gaps) {
      expect(gap.severity).toBeGreaterThanOrEqual(0);
      expect(gap.severity).toBeLessThanOrEqual(1);
      expect(gap.severity).toBeCloseTo(gap.loss / (gap.loss + SEVERITY_HALF_LOSS), 12);
    }
  });

  it("lists each place once: no coverage gap whose actors all lie in a listed silo or cut-off part", () => {
    const places = gaps.filter((gap) => gap.kind === "siloed-community" || gap.kind === "fragmentation");
    for (const gap of gaps.filter((found) => found.kind === "coverage")) {
      for (const place of places) expect(gap.actors.every((id) => place.actors.includes(id))).toBe(false);
    }
  });
});
