// Ties-ending gaps on planted ecosystems whose truth is computed here directly from the tie list:
// which ties are active on `at` and end within the horizon, and who is left with no tie (or no path to
// a needed role) once they end.
import { describe, expect, it } from "vitest";
import { sampleEcosystem } from "../../src/datasets/sample-ecosystem.js";
import { findStructuralGaps } from "../../src/gaps/find-structural-gaps.js";
import { addMonths } from "../../src/gaps/ties-ending.js";
import type { StructuralGap } from "../../src/gaps/types.js";
import { createEcosystem } from "../../src/model/ecosystem.js";
import type { EcosystemData } from "../../src/model/schema.js";

function endingGaps(gaps: StructuralGap[]) {
  return gaps.filter(
    (gap): gap is Extract<StructuralGap, { kind: "ties-ending" }> => gap.kind === "ties-ending",
  );
}

// Funder f funds d1, d2, d3 until 2026-03-31; d1 also has a collaboration tie with f that runs on.
// u (upskiller) trains d1, d2, d3 with no end date, and f2 (another funder) has a tie to u ending in
// 2028 (beyond the horizon). d4 is tied to f only, ending 2026-01-31.
const planted: EcosystemData = {
  actors: [
    { id: "f", role: "funder" },
    { id: "f2", role: "funder" },
    { id: "u", role: "upskiller" },
    { id: "d1", role: "developer" },
    { id: "d2", role: "developer" },
    { id: "d3", role: "developer" },
    { id: "d4", role: "developer" },
  ],
  ties: [
    { source: "f", target: "d1", kind: "funding", since: "2023-01-01", until: "2026-03-31" },
    { source: "f", target: "d1", kind: "collaboration" },
    { source: "f", target: "d2", kind: "funding", since: "2023-01-01", until: "2026-03-31" },
    { source: "f", target: "d3", kind: "funding", since: "2023-01-01", until: "2026-03-31" },
    { source: "f", target: "d4", kind: "funding", until: "2026-01-31" },
    { source: "u", target: "d1", kind: "training" },
    { source: "u", target: "d2", kind: "training" },
    { source: "u", target: "d3", kind: "training" },
    { source: "f2", target: "u", kind: "funding", until: "2028-12-31" },
  ],
};

describe("ties-ending gaps", () => {
  it("adds calendar months, clamping the day to the month's length", () => {
    expect(addMonths("2025-06-30", 12)).toBe("2026-06-30");
    expect(addMonths("2024-02-29", 12)).toBe("2025-02-28");
    expect(addMonths("2025-01-31", 1)).toBe("2025-02-28");
    expect(addMonths("2025-11-15", 3)).toBe("2026-02-15");
  });

  it("finds a funder whose ties end within the horizon and what their end takes away", () => {
    const gaps = endingGaps(findStructuralGaps(createEcosystem(planted), { at: "2025-06-30" }));
    expect(gaps.map((gap) => gap.id)).toEqual(["ties-ending:f"]);
    const [gap] = gaps;
    // By hand: f – d1 keeps its collaboration; f – d2, f – d3 and f – d4 are lost. d4 has no other tie:
    // cut off. d2 and d3 reach f in 1 step today; after, d2 → u → d1 → f is 3 steps, and f2 is 2
    // steps away through u: they still reach a funder. f2 – u ends in 2028, beyond the horizon.
    expect(gap!.evidence).toEqual({
      actor: "f",
      at: "2025-06-30",
      horizonMonths: 12,
      horizonEnd: "2026-06-30",
      ties: [
        { ends: ["d2", "f"], kind: "funding", until: "2026-03-31" },
        { ends: ["d3", "f"], kind: "funding", until: "2026-03-31" },
        { ends: ["d4", "f"], kind: "funding", until: "2026-01-31" },
      ],
      cutOffActors: ["d4"],
      lostNeeds: [],
    });
    expect(gap!.loss).toBe(1);
    expect(gap!.title).toBe(
      "3 funding ties of f end by 2026-03-31: 1 actor would be cut off from the network",
    );
  });

  it("counts a lost need when no other provider is within reach", () => {
    const input = structuredClone(planted);
    input.ties = input.ties.filter((tie) => tie.source !== "f2");
    const [gap] = endingGaps(findStructuralGaps(createEcosystem(input), { at: "2025-06-30" }));
    // Without f2, d2 and d3 would be 3 steps from f (d2 → u → d1 → f): both lose their funder; each
    // developer needs 2 roles, so loss = 1 (d4 cut off) + 2 · 1/2.
    expect(gap!.evidence.lostNeeds).toEqual([{ needs: "funder", actors: ["d2", "d3"] }]);
    expect(gap!.loss).toBe(2);
  });

  it("honours the horizon and needs an analysis date", () => {
    const eco = createEcosystem(planted);
    const short = endingGaps(findStructuralGaps(eco, { at: "2025-06-30", horizonMonths: 6 }));
    // The first tie to end, f – d4, ends on 2026-01-31: after 2025-12-30, within 2026-02-28.
    expect(short).toEqual([]);
    const eight = endingGaps(findStructuralGaps(eco, { at: "2025-06-30", horizonMonths: 8 }));
    // One lost pair each for f and d4: f has more contacts, so the gap is f's.
    expect(eight.map((gap) => gap.id)).toEqual(["ties-ending:f"]);
    expect(eight[0]!.evidence.ties.map((tie) => tie.ends[0])).toEqual(["d4"]);
    expect(endingGaps(findStructuralGaps(eco))).toEqual([]);
    expect(() => findStructuralGaps(eco, { at: "2025-06-30", horizonMonths: 0 })).toThrow(/horizonMonths/);
  });

  it("finds the ESF+ programme's ties ending on 2025-12-31 in the sample, leaving 9 actors cut off", () => {
    const eco = sampleEcosystem();
    const at = "2025-06-30";
    // Truth from the tie list: actors whose every tie active on `at` is with f-esf and ends by 2026-06-30.
    const active = new Map<string, { other: string; until: string | undefined }[]>();
    eco.forEachEdge((_edge, tie, source, target) => {
      if ((tie.since !== undefined && tie.since > at) || (tie.until !== undefined && tie.until < at)) return;
      for (const [a, b] of [
        [source, target],
        [target, source],
      ] as const) {
        active.set(a, [...(active.get(a) ?? []), { other: b, until: tie.until }]);
      }
    });
    const pendants = [...active]
      .filter(([, ties]) =>
        ties.every((tie) => tie.other === "f-esf" && tie.until !== undefined && tie.until <= "2026-06-30"),
      )
      .map(([id]) => id)
      .sort();
    expect(pendants).toHaveLength(9);
    const gap = endingGaps(findStructuralGaps(eco, { at })).find(
      (found) => found.id === "ties-ending:f-esf",
    )!;
    expect(gap.evidence.cutOffActors).toEqual(pendants);
    expect(new Set(gap.evidence.ties.map((tie) => tie.until))).toEqual(new Set(["2025-12-31"]));
    expect(new Set(gap.evidence.ties.map((tie) => tie.kind))).toEqual(new Set(["funding"]));
  });
});
