// The objective on a planted ecosystem whose pair worths are worked out by hand.
import { describe, expect, it } from "vitest";
import { scorePeerLearning } from "../../src/convene/score-peer-learning.js";
import { createEcosystem } from "../../src/model/ecosystem.js";

// a (developer, R1) – b (upskiller, R1) – c (funder, R2); d (developer, R2) has no tie.
// Needs within 2 steps: a reaches b (1) and c (2); b reaches a and c; c reaches a (2); d reaches
// nothing, so d lacks a funder and an upskiller. b is the one articulation point (between a and c).
const eco = createEcosystem({
  actors: [
    { id: "a", role: "developer", attributes: { region: "R1" } },
    { id: "b", role: "upskiller", attributes: { region: "R1" } },
    { id: "c", role: "funder", attributes: { region: "R2" } },
    { id: "d", role: "developer", attributes: { region: "R2" } },
  ],
  ties: [
    { source: "a", target: "b", kind: "collaboration" },
    { source: "b", target: "c", kind: "collaboration" },
  ],
});
const options = { weights: { community: 0 }, size: { min: 2, max: 2 } } as const;

describe("the pair worth w(i, j)", () => {
  it("adds new pair, region, distance, needs met and bypass as the formula says", () => {
    // a–c: new 1 + regions differ 1 + distance 1 − 2/2 = 0 + needs 0 + bypass of b 1 = 3.
    // b–d: new 1 + regions 1 + different components 1 + d's two needs met (b is an upskiller, one
    // step from the funder c) 2 · 2 = 4, no cut point between them = 7.
    const result = scorePeerLearning(
      eco,
      [
        [
          ["a", "c"],
          ["b", "d"],
        ],
      ],
      options,
    );
    expect(result.score).toBe(10);
    expect(result.feasible).toBe(true);
    expect(result).toMatchObject({
      newPairs: 2,
      crossRegionPairs: 2,
      crossComponentPairs: 1,
      needPairs: 1,
      bypassPairs: 1,
      needsMet: 2,
      needsUnmet: 2,
      requiredRoles: ["developer"],
    });
  });

  it("gives nothing to a pair already tied, and counts a pair once across sessions", () => {
    // a–b are tied: 0. c–d: new 1 + region 0 (both R2) + components 1 + d's funder need (c) and
    // upskiller need (c is one step from b) 2 · 2 = 4 → 6.
    const once = scorePeerLearning(
      eco,
      [
        [
          ["a", "b"],
          ["c", "d"],
        ],
      ],
      options,
    );
    expect(once.score).toBe(6);
    expect(once.newPairs).toBe(1);
    const twice = scorePeerLearning(
      eco,
      [
        [
          ["a", "b"],
          ["c", "d"],
        ],
        [
          ["a", "b"],
          ["c", "d"],
        ],
      ],
      options,
    );
    expect(twice.score).toBe(6);
    expect(twice.repeatedPairs).toBe(2);
    expect(twice.violations.filter((v) => v.rule === "repeat")).toHaveLength(2);
  });

  it("weighs each part by its weight", () => {
    const seating = [
      [
        ["a", "c"],
        ["b", "d"],
      ],
    ];
    const heavy = scorePeerLearning(eco, seating, {
      ...options,
      weights: { community: 0, need: 10, bypass: 5 },
    });
    // a–c: 1 + 1 + 0 + 0 + 5 = 7; b–d: 1 + 1 + 1 + 2 · 10 = 23.
    expect(heavy.score).toBe(30);
  });
});
