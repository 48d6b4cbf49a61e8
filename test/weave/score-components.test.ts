// Score components: coverage counted as findStructuralGaps (coverage) counts it; Jaccard similarity by hand.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sampleEcosystem } from "../../src/datasets/sample-ecosystem.js";
import { findStructuralGaps } from "../../src/gaps/find-structural-gaps.js";
import { createEcosystem, type Ecosystem, toEcosystemData } from "../../src/model/ecosystem.js";
import {
  coveredBy,
  createCoverageScratch,
  createScoringContext,
  similarityOf,
} from "../../src/weave/score-components.js";

function unmet(eco: Ecosystem, maxDistance: number): number {
  let total = 0;
  for (const gap of findStructuralGaps(eco, { include: ["coverage"], maxDistance })) {
    if (gap.kind === "coverage" && gap.evidence.attribute === null) total += gap.evidence.without;
  }
  return total;
}

describe("coveredBy", () => {
  const eco = sampleEcosystem();
  const ids = eco.nodes();
  it("equals the drop in unmet needs of the coverage gaps when the tie is added (random pairs, D = 1, 2, 3)", () => {
    const contexts = [1, 2, 3].map((maxDistance) =>
      createScoringContext(
        eco,
        {},
        { maxDistance, seed: 1, similarityBy: [], complementarity: undefined },
        "test",
      ),
    );
    const before = [1, 2, 3].map((d) => unmet(eco, d));
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: ids.length - 1 }),
        fc.integer({ min: 0, max: ids.length - 1 }),
        fc.integer({ min: 1, max: 3 }),
        (a, b, maxDistance) => {
          if (a === b) return;
          const context = contexts[maxDistance - 1]!;
          const data = toEcosystemData(eco);
          data.ties.push({ source: ids[a]!, target: ids[b]!, kind: "collaboration" });
          const after = unmet(createEcosystem(data), maxDistance);
          const u = context.view.index.get(ids[a]!)!;
          const v = context.view.index.get(ids[b]!)!;
          expect(coveredBy(context, u, v, createCoverageScratch(ids.length))).toBe(
            before[maxDistance - 1]! - after,
          );
        },
      ),
      { numRuns: 40, seed: 11 },
    );
  });
});

describe("similarityOf", () => {
  it("averages the Jaccard index of themes and region equality (by hand)", () => {
    const eco = createEcosystem({
      actors: [
        { id: "a", role: "developer", attributes: { themes: ["x", "y", "z"], region: "R" } },
        { id: "b", role: "developer", attributes: { themes: ["y", "z", "w"], region: "R" } },
        { id: "c", role: "developer", attributes: { region: "S" } },
      ],
      ties: [],
    });
    const context = createScoringContext(
      eco,
      {},
      { maxDistance: 2, seed: 1, similarityBy: ["themes", "region", "absent"], complementarity: undefined },
      "test",
    );
    // themes: |{y, z}| / |{x, y, z, w}| = 1/2; region equal: 1; "absent" is on no actor and is left out.
    expect(similarityOf(context, 0, 1)).toBeCloseTo(0.75, 12);
    // themes missing on c: 0; regions differ: 0.
    expect(similarityOf(context, 0, 2)).toBe(0);
  });
});
