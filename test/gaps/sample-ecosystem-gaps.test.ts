// The planted features of the sample ecosystem (docs/sample-ecosystem.md, checked there by direct
// computation in test/datasets/sample-ecosystem.test.ts) must come out of findStructuralGaps.
import { describe, expect, it } from "vitest";
import { sampleEcosystem } from "../../src/datasets/sample-ecosystem.js";
import { findStructuralGaps } from "../../src/gaps/find-structural-gaps.js";
import type { StructuralGap, StructuralGapKind } from "../../src/gaps/types.js";

function ofKind<K extends StructuralGapKind>(
  gaps: StructuralGap[],
  kind: K,
): Extract<StructuralGap, { kind: K }>[] {
  return gaps.filter((gap): gap is Extract<StructuralGap, { kind: K }> => gap.kind === kind);
}

const LAPPI = ["lap-d01", "lap-d02", "lap-d03", "lap-d04", "lap-d05", "lap-d06", "lap-d07", "lap-d08"];

describe("findStructuralGaps", () => {
  const gaps = findStructuralGaps(sampleEcosystem(), { coverageBy: "region" });

  it("finds the Lappi cluster as a siloed community lacking funders and upskillers (feature 1)", () => {
    const silo = ofKind(gaps, "siloed-community").find((gap) => gap.actors.includes("lap-d01"))!;
    expect(silo.actors).toEqual(LAPPI);
    // 23 ties inside, one out (lap-d01 – ppo-d05): EI = (1 − 23) / 24.
    expect(silo.evidence).toMatchObject({
      internalTies: 23,
      externalTies: 1,
      missingRoles: ["funder", "upskiller"],
    });
    expect(silo.evidence.eiIndex).toBeCloseTo(-22 / 24, 12);
    // All 8 lack both roles developers need (loss 8) plus the closure note 0.25 · max(22/24, 1).
    expect(silo.loss).toBeCloseTo(8.25, 12);
    expect(silo.severity).toBeCloseTo(8.25 / 12.25, 12);
  });

  it("folds the Lappi coverage gaps into the silo: one item for one place (feature 1)", () => {
    expect(ofKind(gaps, "coverage").filter((gap) => gap.evidence.value === "Lappi")).toEqual([]);
    const silo = ofKind(gaps, "siloed-community").find((gap) => gap.actors.includes("lap-d01"))!;
    expect(silo.evidence.unmetNeeds).toEqual([
      { needs: "funder", actors: LAPPI },
      { needs: "upskiller", actors: LAPPI },
    ]);
    expect(silo.evidence.foldedGaps).toEqual([
      "coverage:developer:funder:region:Lappi",
      "coverage:developer:upskiller:region:Lappi",
    ]);
  });

  it("finds the tie lap-d01 – ppo-d05 holding Lappi to the rest (feature 1)", () => {
    // The tie and its end ppo-d05 would strand the same 8: one item, the tie folded into the point.
    const point = ofKind(gaps, "single-point-of-failure").find((gap) => gap.evidence.actor === "ppo-d05")!;
    expect(point.evidence.cutOffActors).toEqual(LAPPI);
    expect(point.evidence.foldedGaps).toEqual(["single-point-of-failure:tie:lap-d01:ppo-d05"]);
    expect(gaps.some((gap) => gap.id === "single-point-of-failure:tie:lap-d01:ppo-d05")).toBe(false);
  });

  it("finds f-esf and psa-u01 as cut vertices each cutting 9 actors off (features 2 and 3)", () => {
    const actors = ofKind(gaps, "single-point-of-failure").filter((gap) => gap.evidence.element === "actor");
    const cutOff = Object.fromEntries(actors.map((gap) => [gap.evidence.actor, gap.evidence.cutOff]));
    expect(cutOff["f-esf"]).toBe(9);
    expect(cutOff["psa-u01"]).toBe(9);
  });

  it("finds the Kainuu trio and the two isolates as fragmentation (feature 6)", () => {
    const parts = ofKind(gaps, "fragmentation");
    // Equal loss 4 (isolates: 2 cut off + 2 needs; trio: 3 cut off + 2 × ½ upskiller): title order.
    expect(parts.map((gap) => gap.actors)).toEqual([
      ["eka-d01", "sat-u01"],
      ["kai-d01", "kai-d02", "kai-f01"],
    ]);
    expect(parts.map((gap) => gap.loss)).toEqual([4, 4]);
    expect(parts[0]!.evidence).toMatchObject({ components: 4, isolates: 2, largestShare: 110 / 115 });
  });

  it("sees Varsinais-Suomi cut off before the 2024 peer-learning circle (feature 5)", () => {
    const before = ofKind(findStructuralGaps(sampleEcosystem(), { at: "2022-06-30" }), "fragmentation");
    expect(before[0]!.evidence.components).toBe(6);
    expect(
      before.some((gap) => gap.actors.length === 12 && gap.actors.every((id) => id.startsWith("vsu-"))),
    ).toBe(true);
  });
});
