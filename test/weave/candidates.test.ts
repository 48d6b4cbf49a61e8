// Candidate ties: every absent pair up to EXHAUSTIVE_CANDIDATE_LIMIT actors, the documented families above.
import { describe, expect, it } from "vitest";
import { generateEcosystem } from "../../src/datasets/generate.js";
import { sampleEcosystem } from "../../src/datasets/sample-ecosystem.js";
import {
  adjacent,
  candidatePairs,
  EXHAUSTIVE_CANDIDATE_LIMIT,
  FROM_NEED,
  FROM_PERIPHERY,
  FROM_TRIAD,
  NEED_PARTNERS,
  PERIPHERY_PARTNERS,
  TRIAD_PARTNERS,
} from "../../src/weave/candidates.js";
import { createScoringContext } from "../../src/weave/score-components.js";

const SETTINGS = { maxDistance: 2, seed: 1, similarityBy: [], complementarity: undefined };

function candidatesOf(eco: ReturnType<typeof sampleEcosystem>) {
  const context = createScoringContext(eco, {}, SETTINGS, "test");
  const set = candidatePairs({
    view: context.view,
    degree: context.degree,
    community: context.community,
    core: context.core,
    needs: context.needs,
    keep: () => true,
  });
  return { context, set };
}

describe("candidatePairs", () => {
  it(`takes every absent pair up to ${EXHAUSTIVE_CANDIDATE_LIMIT} actors`, () => {
    const eco = sampleEcosystem();
    const { context, set } = candidatesOf(eco);
    const n = context.view.order;
    expect(set.exhaustive).toBe(true);
    expect(set.count).toBe((n * (n - 1)) / 2 - context.view.size);
  });

  it("above the limit, proposes absent pairs once each, from the four families, capped per actor", () => {
    const eco = generateEcosystem({ actors: 600, meanDegree: 6, seed: 5 });
    const { context, set } = candidatesOf(eco);
    const { view } = context;
    const n = view.order;
    expect(set.exhaustive).toBe(false);
    const keys = new Set<number>();
    let triads = 0;
    let needs = 0;
    let periphery = 0;
    for (let p = 0; p < set.count; p++) {
      const u = set.u[p]!;
      const v = set.v[p]!;
      expect(u).toBeLessThan(v);
      expect(adjacent(view, u, v)).toBe(false);
      keys.add(u * n + v);
      if (set.from[p]! & FROM_TRIAD) triads++;
      if (set.from[p]! & FROM_NEED) needs++;
      if (set.from[p]! & FROM_PERIPHERY) periphery++;
    }
    expect(keys.size).toBe(set.count);
    expect(triads).toBeGreaterThan(0);
    expect(needs).toBeGreaterThan(0);
    expect(periphery).toBeGreaterThan(0);
    expect(triads).toBeLessThanOrEqual(n * TRIAD_PARTNERS);
    expect(periphery).toBeLessThanOrEqual(n * PERIPHERY_PARTNERS);
    const unmet = context.needs.reduce((sum, need) => sum + need.unmet.length, 0);
    expect(needs).toBeLessThanOrEqual(unmet * NEED_PARTNERS);
  });
});
