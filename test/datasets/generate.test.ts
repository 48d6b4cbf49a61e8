// The generator's contract: determinism by seed, validity, and the requested structure (mean degree,
// regional blocks, role pairs, heavy tail). Expected values follow from the options by construction;
// tolerances are for sampling noise at the sizes used.
import { describe, expect, it } from "vitest";
import {
  FINNISH_REGIONS,
  GENERATE_DEFAULTS,
  generateEcosystem,
  generateEcosystemData,
} from "../../src/datasets/generate.js";
import { toEcosystemData } from "../../src/model/ecosystem.js";
import { validateEcosystem } from "../../src/model/validate.js";
import { createView } from "../../src/model/view.js";

describe("generateEcosystemData", () => {
  it("gives deep-equal documents for the same seed", () => {
    expect(generateEcosystemData({ actors: 300, meanDegree: 6, seed: 42 })).toEqual(
      generateEcosystemData({ actors: 300, meanDegree: 6, seed: 42 }),
    );
  });

  it("gives different documents for different seeds", () => {
    const a = generateEcosystemData({ actors: 300, seed: 1 });
    const b = generateEcosystemData({ actors: 300, seed: 2 });
    expect(a.ties).not.toEqual(b.ties);
  });

  it("produces a document that passes validateEcosystem", () => {
    const result = validateEcosystem(generateEcosystemData({ actors: 400, meanDegree: 8, seed: 3 }));
    if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 5)));
    expect(result.ok).toBe(true);
  });

  it("has round(actors · meanDegree / 2) ties (the @example value)", () => {
    expect(generateEcosystemData({ actors: 1000, meanDegree: 8, seed: 7 }).ties.length).toBe(4000);
    expect(generateEcosystemData({ actors: 101, meanDegree: 3, seed: 7 }).ties.length).toBe(152);
  });

  it("keeps the mean degree of the collapsed view within 3% of meanDegree (parallel ties are rare)", () => {
    const eco = generateEcosystem({ actors: 20_000, meanDegree: 6, seed: 11 });
    const view = createView(eco);
    expect(view.tieCount).toBe(60_000);
    expect((2 * view.size) / view.order).toBeGreaterThan(6 * 0.97);
  });

  it("keeps a share of about withinRegion of ties inside their region", () => {
    for (const withinRegion of [0.8, 0.3]) {
      const data = generateEcosystemData({ actors: 5000, meanDegree: 8, seed: 5, withinRegion });
      const region = new Map(data.actors.map((a) => [a.id, a.attributes!.region]));
      const inside = data.ties.filter((t) => region.get(t.source) === region.get(t.target)).length;
      expect(Math.abs(inside / data.ties.length - withinRegion)).toBeLessThan(0.02);
    }
  });

  it("draws role pairs in the proportions of rolePairs, with kinds that follow the roles", () => {
    const data = generateEcosystemData({ actors: 5000, meanDegree: 8, seed: 9 });
    const role = new Map(data.actors.map((a) => [a.id, a.role]));
    const counts = new Map<string, number>();
    for (const tie of data.ties) {
      const pair = `${role.get(tie.source)}-${role.get(tie.target)}`;
      counts.set(pair, (counts.get(pair) ?? 0) + 1);
      if (pair === "funder-developer" || pair === "funder-upskiller") expect(tie.kind).toBe("funding");
      else if (pair === "upskiller-developer") expect(tie.kind).toBe("training");
      else expect(tie.kind).toBe("collaboration");
      expect(tie.source).not.toBe(tie.target);
      expect(Number.isInteger(tie.weight) && tie.weight! >= 1 && tie.weight! <= 5).toBe(true);
      expect(tie.since! >= "2021-01-01" && (tie.until ?? tie.since!) <= "2025-12-31").toBe(true);
    }
    const total = data.ties.length;
    for (const [pair, share] of Object.entries(GENERATE_DEFAULTS.rolePairs)) {
      expect(Math.abs((counts.get(pair) ?? 0) / total - share)).toBeLessThan(0.015);
    }
  });

  it("has heavy-tailed degrees: the largest degree is many times the mean", () => {
    const view = createView(generateEcosystem({ actors: 20_000, meanDegree: 6, seed: 13 }));
    let max = 0;
    for (let i = 0; i < view.order; i++) max = Math.max(max, view.offsets[i + 1]! - view.offsets[i]!);
    expect(max).toBeGreaterThan(15 * 6);
  });

  it("assigns roles by their shares and regions from the list", () => {
    const data = generateEcosystemData({
      actors: 4000,
      seed: 4,
      roles: { developer: 1, funder: 1 },
      regions: ["A", "B"],
    });
    const developers = data.actors.filter((a) => a.role === "developer").length;
    expect(data.actors.some((a) => a.role === "upskiller")).toBe(false);
    expect(Math.abs(developers / 4000 - 0.5)).toBeLessThan(0.03);
    expect(new Set(data.actors.map((a) => a.attributes!.region))).toEqual(new Set(["A", "B"]));
    expect(GENERATE_DEFAULTS.regions).toBe(FINNISH_REGIONS);
  });

  it("refuses out-of-range options with invalid_option", () => {
    for (const options of [
      { actors: 1 },
      { actors: 10.5 },
      { actors: 10, meanDegree: -1 },
      { actors: 10, withinRegion: 2 },
      { actors: 10, exponent: 2 },
      { actors: 10, regions: [] },
      { actors: 10, roles: { developer: 0 } },
      { actors: 10, rolePairs: { "funder-funder": Number.NaN } },
    ]) {
      expect(() => generateEcosystemData(options)).toThrow(
        expect.objectContaining({ code: "invalid_option" }),
      );
    }
  });

  it("has a frozen GENERATE_DEFAULTS", () => {
    expect(Object.isFrozen(GENERATE_DEFAULTS)).toBe(true);
    expect(Object.isFrozen(GENERATE_DEFAULTS.rolePairs)).toBe(true);
  });
});

describe("generateEcosystem", () => {
  it("builds the same actors and ties as createEcosystem(generateEcosystemData(options))", () => {
    const options = { actors: 500, meanDegree: 6, seed: 21 };
    expect(toEcosystemData(generateEcosystem(options))).toEqual(generateEcosystemData(options));
  });

  it("has round(actors · meanDegree / 2) ties (the @example value)", () => {
    expect(generateEcosystem({ actors: 1000, meanDegree: 8, seed: 7 }).size).toBe(4000);
  });
});
