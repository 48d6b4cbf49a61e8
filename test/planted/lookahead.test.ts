// The plan's lookahead among tied candidates, against truth computed by plain breadth-first search
// (test/planted/truth.ts), never by the plan's own scoring.
import { describe, expect, it } from "vitest";
import { createEcosystem } from "../../src/model/ecosystem.js";
import { planWeaving } from "../../src/weave/plan-weaving.js";
import { denseDecoy } from "./ecosystems.js";
import { truthState, weavingFigures } from "./truth.js";

describe("the default plan's lookahead among tied candidates", () => {
  // Without the lookahead the five-tie plan meets every need but leaves two of the decoy's three
  // single points of failure: its tied candidates are told apart by efficiency alone.
  it("decoy: meets every need and removes every single point of failure within five ties", () => {
    const p = denseDecoy();
    const before = truthState(p.data, p.at);
    expect(before.singlePoints).toBeGreaterThan(0);
    const ties = planWeaving(createEcosystem(p.data), { budget: 5, at: p.at }).steps.map(
      (step) => [step.source, step.target] as [string, string],
    );
    const figures = weavingFigures(p.data, p.at, before, ties);
    expect(figures.needsMet).toBe(before.unmet);
    expect(figures.singlePointsRemoved).toBe(before.singlePoints);
  });
});
