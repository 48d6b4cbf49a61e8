// Presets and weight resolution of the weaving strategies (values as documented in src/weave/strategies.ts).
import { describe, expect, it } from "vitest";
import { resolveWeights, WEAVER_STRATEGIES, WEAVER_STRATEGY_NAMES } from "../../src/weave/strategies.js";

describe("WEAVER_STRATEGIES", () => {
  it("has one frozen preset per strategy name", () => {
    expect(Object.keys(WEAVER_STRATEGIES).sort()).toEqual([...WEAVER_STRATEGY_NAMES].sort());
    expect(Object.isFrozen(WEAVER_STRATEGIES)).toBe(true);
    for (const name of WEAVER_STRATEGY_NAMES) expect(Object.isFrozen(WEAVER_STRATEGIES[name])).toBe(true);
  });

  it("weighs feasibility most in close-triangles, structural gain in bridge-clusters, complementarity in fill-role-gaps", () => {
    const top = (name: keyof typeof WEAVER_STRATEGIES) =>
      Object.entries(WEAVER_STRATEGIES[name]).sort((a, b) => b[1] - a[1])[0]![0];
    expect(top("close-triangles")).toBe("feasibility");
    expect(top("bridge-clusters")).toBe("structuralGain");
    expect(top("fill-role-gaps")).toBe("complementarity");
  });
});

describe("resolveWeights", () => {
  it("overrides the preset component by component and leaves the preset unchanged", () => {
    const weights = resolveWeights("f", "balanced", { load: 2 });
    expect(weights).toEqual({ ...WEAVER_STRATEGIES.balanced, load: 2 });
    expect(WEAVER_STRATEGIES.balanced.load).toBe(0.5);
  });

  it.each([
    ["nearest", {}],
    ["balanced", { load: Number.NaN }],
    ["balanced", { similarity: -0.1 }],
    ["balanced", { distance: 1 }],
    ["balanced", { complementarity: 0, structuralGain: 0, feasibility: 0, similarity: 0 }],
  ])("refuses strategy %s with weights %o", (strategy, weights) => {
    expect(() => resolveWeights("f", strategy as never, weights as never)).toThrow(
      expect.objectContaining({ code: "invalid_option" }),
    );
  });
});
