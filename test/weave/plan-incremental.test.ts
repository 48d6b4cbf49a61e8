// The plan's incremental engine (woven networks built from the actors and ties read once, the
// lookahead's networks reused, betweenness read only when needed) against the same plan built from
// scratch: a graphology copy per woven network and every network built again. Both are computed here
// on generated ecosystems, and must agree byte for byte.
import { afterEach, describe, expect, it } from "vitest";
import { generateEcosystem, generateEcosystemData } from "../../src/datasets/generate.js";
import { createEcosystem } from "../../src/model/ecosystem.js";
import type { Ecosystem } from "../../src/model/graph-types.js";
import { LOOKAHEAD_TIE_LIMIT, PLAN_ENGINE } from "../../src/weave/network-figures.js";
import { type PlanWeavingOptions, planWeaving } from "../../src/weave/plan-weaving.js";

afterEach(() => {
  PLAN_ENGINE.incremental = true;
  PLAN_ENGINE.lookaheadTieLimit = LOOKAHEAD_TIE_LIMIT;
});

/** The plan as JSON from the engine asked for. */
function planText(eco: Ecosystem, options: PlanWeavingOptions, incremental: boolean): string {
  PLAN_ENGINE.incremental = incremental;
  try {
    return JSON.stringify(planWeaving(eco, options));
  } finally {
    PLAN_ENGINE.incremental = true;
  }
}

const SHAPES = [
  { actors: 120, meanDegree: 3, seed: 1 },
  { actors: 400, meanDegree: 2.5, seed: 3 },
  { actors: 600, meanDegree: 5, seed: 4 },
] as const;

describe("planWeaving, incremental against from scratch", () => {
  for (const shape of SHAPES) {
    it(`gives the same plan on a generated ecosystem of ${shape.actors} actors (seed ${shape.seed})`, () => {
      // A graph filled tie by tie and one filled on first use: the woven copies start from either.
      const filled = generateEcosystem(shape);
      const deferred = createEcosystem(generateEcosystemData(shape));
      const options: PlanWeavingOptions = { budget: 4, seed: shape.seed };
      const reference = planText(filled, options, false);
      expect(JSON.parse(reference).steps.length).toBeGreaterThan(0);
      expect(planText(filled, options, true)).toBe(reference);
      expect(planText(deferred, options, true)).toBe(reference);
    }, 120_000);
  }

  it("gives the same plan for every objective, with a kinds filter and dates", () => {
    const shape = { actors: 150, meanDegree: 4, seed: 5 };
    const eco = generateEcosystem(shape);
    for (const objective of ["gaps", "efficiency", "coverage", "balanced"] as const) {
      const options: PlanWeavingOptions = {
        budget: 3,
        objective,
        kinds: ["collaboration", "funding"],
        at: "2024-06-30",
        seed: 5,
      };
      expect(planText(eco, options, true)).toBe(planText(eco, options, false));
    }
  }, 120_000);

  it("looks ahead on ties of equal value and still agrees (a star of stars, every step tied)", () => {
    const actors = [{ id: "hub", role: "funder" }];
    const ties: { source: string; target: string; kind: string }[] = [];
    for (let h = 0; h < 4; h++) {
      actors.push({ id: `h${h}`, role: "developer" });
      ties.push({ source: "hub", target: `h${h}`, kind: "collaboration" });
      for (let l = 0; l < 3; l++) {
        actors.push({ id: `h${h}l${l}`, role: "developer" });
        ties.push({ source: `h${h}`, target: `h${h}l${l}`, kind: "collaboration" });
      }
    }
    const eco = createEcosystem({ actors, ties });
    const options: PlanWeavingOptions = { budget: 5 };
    expect(planText(eco, options, true)).toBe(planText(eco, options, false));
  }, 120_000);

  it("agrees without the lookahead too, as above LOOKAHEAD_TIE_LIMIT ties", () => {
    PLAN_ENGINE.lookaheadTieLimit = 0;
    const eco = generateEcosystem({ actors: 400, meanDegree: 2.5, seed: 3 });
    const options: PlanWeavingOptions = { budget: 4, seed: 3 };
    const reference = planText(eco, options, false);
    expect(planText(eco, options, true)).toBe(reference);
    // A budget-1 plan never looks ahead: its step is the first step of the longer plan without lookahead.
    expect(JSON.parse(reference).steps[0]).toEqual(
      JSON.parse(planText(eco, { ...options, budget: 1 }, true)).steps[0],
    );
  }, 120_000);
});
