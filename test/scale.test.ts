// Issue 14: a path of 100k actors or a star of 130k leaves overflowed the stack (`gaps.push(...)` of
// one gap per articulation point and bridge). These run the answers on such shapes, past that size,
// and check the single points of failure against what the shape implies. The 10⁶ runs are in
// bench/scale.ts, with figures in docs/performance.md (too slow for CI on two shared cores).
import { describe, expect, it } from "vitest";
import { compareEcosystems, createEcosystem, type Ecosystem, findStructuralGaps } from "../src/index.js";
import { analyzeEcosystem } from "../src/report.js";

const ROLES = ["developer", "funder", "upskiller"] as const;

/** A path a0 – a1 – … or a star with centre a0, of `n` actors of rotating roles. */
function shape(kind: "path" | "star", n: number): Ecosystem {
  const actors = Array.from({ length: n }, (_, i) => ({ id: `a${i}`, role: ROLES[i % 3]! }));
  const ties = Array.from({ length: n - 1 }, (_, i) => ({
    source: kind === "path" ? `a${i}` : "a0",
    target: `a${i + 1}`,
    kind: "collaboration",
  }));
  return createEcosystem({ actors, ties });
}

function singlePoints(eco: Ecosystem) {
  const gaps = findStructuralGaps(eco, {
    permutations: 99,
    include: ["single-point-of-failure", "fragmentation"],
  });
  const points = gaps.flatMap((gap) => (gap.kind === "single-point-of-failure" ? [gap] : []));
  const actors = points.filter((gap) => gap.evidence.element === "actor");
  const ties = points.filter((gap) => gap.evidence.element === "tie");
  return { gaps, actors, ties };
}

describe("answers on long paths and wide stars", () => {
  const n = 150_000;

  it("finds every single point of failure of a path of 150 000 actors", () => {
    const { actors, ties } = singlePoints(shape("path", n));
    // Every inner actor and every tie of a path cuts it; the smaller side is cut off.
    expect(actors).toHaveLength(n - 2);
    // A bridge that cuts off exactly what its end's cut vertex does is folded into that gap; the
    // folding compares listed actors, so only the gaps within the listing budget fold.
    const folded = actors.reduce((sum, gap) => sum + gap.evidence.foldedGaps.length, 0);
    expect(ties.length + folded).toBe(n - 1);
    expect(folded).toBeGreaterThan(0);
    const unlisted = actors.filter((gap) => !gap.evidence.cutOffListed);
    expect(unlisted.length).toBeGreaterThan(0);
    expect(unlisted.every((gap) => gap.evidence.cutOffActors.length === 0)).toBe(true);
    const listed = actors.filter((gap) => gap.evidence.cutOffListed);
    expect(listed.every((gap) => gap.evidence.cutOffActors.length === gap.evidence.cutOff)).toBe(true);
    const middle = actors.find((gap) => gap.actors[0] === `a${n / 2}`)!;
    expect(middle.evidence.cutOff).toBe(n / 2 - 1);
  });

  it("finds every single point of failure of a star of 150 000 leaves", () => {
    const { actors, ties } = singlePoints(shape("star", n + 1));
    // The centre cuts off all but one leaf; each tie cuts off its leaf.
    expect(actors.map((gap) => [gap.actors[0], gap.evidence.cutOff])).toEqual([["a0", n - 1]]);
    expect(ties).toHaveLength(n);
    expect(ties.every((gap) => gap.evidence.cutOff === 1)).toBe(true);
  });

  it("runs every gap kind on a star (smaller: the permutation test costs 99 passes over the ties)", () => {
    const gaps = findStructuralGaps(shape("star", 20_001), { permutations: 99 });
    expect(gaps.filter((gap) => gap.kind === "single-point-of-failure")).toHaveLength(20_001);
  });

  it("compares and reports on a path and a star (smaller: the weaving phases grow faster than n)", () => {
    for (const kind of ["path", "star"] as const) {
      const eco = shape(kind, 500);
      expect(compareEcosystems(eco, eco).gaps.opened).toEqual([]);
      expect(analyzeEcosystem(eco, { permutations: 99, budget: 1 }).actors).toHaveLength(500);
    }
  });
});
