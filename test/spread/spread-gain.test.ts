import { describe, expect, it } from "vitest";
import { createEcosystem } from "../../src/model/ecosystem.js";
import { InvalidOptionError } from "../../src/model/errors.js";
import type { EcosystemData } from "../../src/model/schema.js";
import { simulateSpread } from "../../src/spread/simulate-spread.js";
import { spreadGain } from "../../src/spread/spread-gain.js";
import { exactIc, exactLt, icArcs, ltArcs } from "./exact.js";
import { BRIDGED } from "./networks.js";

/** BRIDGED without the d–e tie: two halves, the innovation stuck in the north. */
const SPLIT: EcosystemData = {
  ...BRIDGED,
  ties: BRIDGED.ties.filter((t) => !(t.source === "d" && t.target === "e")),
};
const ids = SPLIT.actors.map((a) => a.id);

function withTie(source: string, target: string): EcosystemData {
  return { ...SPLIT, ties: [...SPLIT.ties, { source, target, kind: "collaboration" }] };
}

describe("spreadGain against the exact gain", () => {
  const eco = createEcosystem(SPLIT);
  const candidates = [
    { source: "d", target: "e" },
    { source: "b", target: "h" },
    { source: "f", target: "h" },
  ];

  it("independent cascade: each tie's gain is within 4 paired standard errors of the exact difference", () => {
    const result = spreadGain(eco, {
      seeds: ["a"],
      ties: candidates,
      probability: 0.5,
      runs: 20000,
      groupBy: "region",
    });
    const base = exactIc(
      ids,
      icArcs(SPLIT, false, () => 0.5),
      ["a"],
    ).expected;
    const simulated = simulateSpread(eco, { seeds: ["a"], probability: 0.5, runs: 20000 });
    expect(Math.abs(result.baseReach - base)).toBeLessThanOrEqual(4 * simulated.standardError!);
    const exactGains = result.ties.map((tie) => {
      const exact =
        exactIc(
          ids,
          icArcs(withTie(tie.source, tie.target), false, () => 0.5),
          ["a"],
        ).expected - base;
      expect(Math.abs(tie.gain - exact), `${tie.source}-${tie.target}`).toBeLessThanOrEqual(
        4 * (tie.standardError ?? 0) + 1e-12,
      );
      return exact;
    });
    // The ranking of the two useful ties is the exact one (they differ by far more than the errors).
    expect(Math.sign(result.ties[0]!.gain - result.ties[1]!.gain)).toBe(
      Math.sign(exactGains[0]! - exactGains[1]!),
    );
    // A tie between two actors the innovation never reaches changes nothing, exactly.
    expect(result.ties[2]!.gain).toBe(0);
    expect(result.ties[2]!.reason.id).toBe("spread.tie.no-gain");
    expect(result.ties[0]!.reason.id).toBe("spread.tie.gain");
    expect(result.ties[0]!.byGroup!.find((row) => row.group === "South")!.gain).toBeGreaterThan(0);
  });

  it("linear threshold: the same, although a tie may also dilute its ends' other ties", () => {
    const result = spreadGain(eco, {
      seeds: ["a"],
      ties: candidates,
      model: "linear-threshold",
      runs: 20000,
    });
    const base = exactLt(ids, ltArcs(SPLIT, false), ["a"]).expected;
    for (const tie of result.ties) {
      const exact = exactLt(ids, ltArcs(withTie(tie.source, tie.target), false), ["a"]).expected - base;
      expect(Math.abs(tie.gain - exact), `${tie.source}-${tie.target}`).toBeLessThanOrEqual(
        4 * (tie.standardError ?? 0) + 1e-12,
      );
    }
  });

  it("compares candidates on common random numbers: the paired error is far below two separate runs'", () => {
    const result = spreadGain(eco, {
      seeds: ["a"],
      ties: candidates.slice(0, 1),
      probability: 0.5,
      runs: 4000,
    });
    const alone = simulateSpread(eco, { seeds: ["a"], probability: 0.5, runs: 4000 }).standardError!;
    expect(result.ties[0]!.standardError!).toBeLessThan(Math.SQRT2 * alone * 1.5);
    expect(JSON.stringify(spreadGain(eco, { seeds: ["a"], ties: candidates, runs: 300 }))).toBe(
      JSON.stringify(
        spreadGain(createEcosystem({ ...SPLIT, actors: [...SPLIT.actors].reverse() }), {
          seeds: ["a"],
          ties: candidates,
          runs: 300,
        }),
      ),
    );
  });

  it.each([
    ["no candidates", { ties: [] }],
    ["an unknown end", { ties: [{ source: "a", target: "zz" }] }],
    ["a loop", { ties: [{ source: "a", target: "a" }] }],
    ["a non-positive weight", { ties: [{ source: "a", target: "h", weight: 0 }] }],
  ])("refuses %s", (_name, options) => {
    expect(() => spreadGain(eco, { seeds: ["a"], ...options })).toThrow(InvalidOptionError);
  });
});
