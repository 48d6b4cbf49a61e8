import { describe, expect, it } from "vitest";
import {
  AUTO_BETWEENNESS_MIN_PIVOTS,
  AUTO_BETWEENNESS_PIVOTS,
  AUTO_BETWEENNESS_WORK,
  betweennessPivots,
  EXACT_BETWEENNESS_LIMIT,
  sharedBetweenness,
} from "../../src/brokers/betweenness-sample.js";
import { generateEcosystem } from "../../src/datasets/generate.js";
import { betweenness } from "../../src/metrics/centrality.js";
import { InvalidOptionError } from "../../src/model/errors.js";

describe("betweennessPivots", () => {
  it("is exact up to the limit, then 500 pivots while they fit the work budget", () => {
    expect(betweennessPivots("f", "auto", EXACT_BETWEENNESS_LIMIT, 10 ** 7)).toBeUndefined();
    // 10 000 actors and 50 000 ties: 110 000 entries, the size the budget is made for.
    expect(betweennessPivots("f", "auto", 10_000, 100_000)).toBe(AUTO_BETWEENNESS_PIVOTS);
    expect(betweennessPivots("f", "auto", 5_000)).toBe(AUTO_BETWEENNESS_PIVOTS);
  });

  it("cuts the pivots to the budget on larger ecosystems, never below the floor", () => {
    // 20 000 actors and 100 000 ties: 220 000 entries, half the pivots.
    expect(betweennessPivots("f", "auto", 20_000, 200_000)).toBe(AUTO_BETWEENNESS_WORK / 220_000);
    expect(betweennessPivots("f", "auto", 20_000, 200_000)).toBe(250);
    // 100 000 actors and 10⁶ ties.
    expect(betweennessPivots("f", "auto", 100_000, 2_000_000)).toBe(AUTO_BETWEENNESS_MIN_PIVOTS);
  });

  it("passes explicit choices through and refuses bad ones", () => {
    expect(betweennessPivots("f", "exact", 10 ** 6, 10 ** 7)).toBeUndefined();
    expect(betweennessPivots("f", 40, 10 ** 6, 10 ** 7)).toBe(40);
    expect(betweennessPivots("f", 40, 40)).toBeUndefined();
    expect(() => betweennessPivots("f", 1, 100)).toThrow(InvalidOptionError);
  });
});

describe("sharedBetweenness", () => {
  it("gives betweenness's own values, computed once per view, pivots and seed", () => {
    const eco = generateEcosystem({ actors: 300, meanDegree: 4, seed: 3 });
    const sampled = sharedBetweenness(eco, {}, 20, 7);
    expect({ ...sampled }).toEqual({ ...betweenness(eco, { normalized: true, sample: 20, seed: 7 }) });
    expect(sharedBetweenness(eco, {}, 20, 7)).toBe(sampled);
    expect(sharedBetweenness(eco, {}, 20, 8)).not.toBe(sampled);
    const exact = sharedBetweenness(eco, {}, undefined, 7);
    expect({ ...exact }).toEqual({ ...betweenness(eco, { normalized: true }) });
    expect(sharedBetweenness(eco, {}, undefined, 8)).toBe(exact);
  });
});
