import { describe, expect, it } from "vitest";
import { createEcosystem, getView } from "../../src/index.js";
import type { CandidateSet } from "../../src/weave/candidates.js";
import { createDistanceMatrix } from "../../src/weave/distance-matrix.js";
import {
  EXACT_GAIN_PAIR_BUDGET,
  exactGainPairs,
  exactGainsAffordable,
} from "../../src/weave/exact-gain-work.js";

function path(n: number) {
  const actors = Array.from({ length: n }, (_, i) => ({
    id: `a${String(i).padStart(3, "0")}`,
    role: "developer",
  }));
  const ties = Array.from({ length: n - 1 }, (_, i) => ({
    source: actors[i]!.id,
    target: actors[i + 1]!.id,
    kind: "collaboration",
  }));
  return createEcosystem({ actors, ties });
}

function candidateSet(pairs: readonly (readonly [number, number])[]): CandidateSet {
  return {
    u: Int32Array.from(pairs, ([u]) => u),
    v: Int32Array.from(pairs, ([, v]) => v),
    from: new Uint8Array(pairs.length),
    count: pairs.length,
    exhaustive: false,
  };
}

/** |A| · |B| on a path by enumeration: d(x, y) = |x − y| on actors sorted by position. */
function sidesProduct(n: number, u: number, v: number): number {
  let a = 0;
  let b = 0;
  for (let x = 0; x < n; x++) {
    const du = Math.abs(x - u);
    const dv = Math.abs(x - v);
    if (du + 1 < dv) a++;
    else if (dv + 1 < du) b++;
  }
  return a * b;
}

describe("exactGainPairs", () => {
  it("counts the pairs an exact gain visits, Σ |A| · |B|, as enumeration on a path does", () => {
    const n = 40;
    const matrix = createDistanceMatrix(getView(path(n)));
    const pairs = [
      [0, 39],
      [5, 7],
      [10, 30],
      [0, 2],
      [38, 20],
    ] as const;
    let expected = 0;
    for (const [u, v] of pairs) expected += sidesProduct(n, u, v);
    expect(expected).toBeGreaterThan(0);
    expect(exactGainPairs(matrix, candidateSet(pairs))).toBe(expected);
  });

  it("stops counting past the budget and says whether exact gains fit it", () => {
    const n = 40;
    const matrix = createDistanceMatrix(getView(path(n)));
    const far = candidateSet([
      [0, 39],
      [1, 38],
    ]);
    const first = sidesProduct(n, 0, 39);
    expect(exactGainPairs(matrix, far, first - 1)).toBe(first);
    expect(exactGainsAffordable(matrix, far)).toBe(true);
    expect(EXACT_GAIN_PAIR_BUDGET).toBeGreaterThan(sidesProduct(n, 0, 39) + sidesProduct(n, 1, 38));
  });
});
