// Reference values: NetworkX 3.6.1 on the oracle datasets (test/fixtures/oracle/values/<dataset>.networkx.json):
// `global_efficiency` (nx.global_efficiency(G)), `articulation_points` (nx.articulation_points(G)) and
// `bridges` (nx.bridges(G)). Brute-force optima use `referenceEfficiency`, an independent BFS over the
// document's ties (it never reads the view or the distance matrix), checked here against NetworkX.
import { describe, expect, it } from "vitest";
import { findStructuralGaps } from "../../src/gaps/find-structural-gaps.js";
import { createRandom, randomInt } from "../../src/internal/rng.js";
import { createEcosystem } from "../../src/model/ecosystem.js";
import type { EcosystemData } from "../../src/model/schema.js";
import { PLAN_WEAVING_DEFAULTS, planWeaving } from "../../src/weave/plan-weaving.js";
import { actorsOf, deepFreeze, edgeListData, oracleData, oracleValues, tiesFromPairs } from "../helpers.js";
import { absentPairs, referenceEfficiency } from "./reference-efficiency.js";

const TOLERANCE = 1e-12;

/** A seeded ecosystem of `parts` separate random clusters of `size` developers each. */
function componentsData(parts: number, size: number, extra: number, seed: number): EcosystemData {
  const random = createRandom(seed);
  const ids = Array.from({ length: parts * size }, (_, i) => `g${String(i).padStart(2, "0")}`);
  const seen = new Set<string>();
  const ties: [string, string][] = [];
  for (let c = 0; c < parts; c++) {
    // A path through the cluster (connected), then random chords inside it.
    for (let k = 1; k < size; k++) ties.push([ids[c * size + k - 1]!, ids[c * size + k]!]);
    for (let e = 0; e < extra; e++) {
      const a = c * size + randomInt(random, size);
      const b = c * size + randomInt(random, size);
      if (Math.abs(a - b) <= 1) continue;
      const key = `${Math.min(a, b)}-${Math.max(a, b)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      ties.push([ids[Math.min(a, b)]!, ids[Math.max(a, b)]!]);
    }
  }
  return { actors: actorsOf(ids), ties: tiesFromPairs(ties) };
}

const kite = deepFreeze(oracleData("kite"));
const florentine = deepFreeze(oracleData("florentine"));
const generated = [
  deepFreeze(componentsData(3, 6, 3, 1)),
  deepFreeze(componentsData(2, 8, 5, 2)),
  deepFreeze(componentsData(4, 5, 2, 3)),
];
const CASES: [string, EcosystemData][] = [
  ["kite", kite],
  ["florentine", florentine],
  ["3 components of 6", generated[0]!],
  ["2 components of 8", generated[1]!],
  ["4 components of 5", generated[2]!],
];

// a – b – c – d – e
const path5 = edgeListData(
  ["a", "b", "c", "d", "e"],
  [
    ["a", "b"],
    ["b", "c"],
    ["c", "d"],
    ["d", "e"],
  ],
);

describe("planWeaving", () => {
  it("closes the path a – e first (the @example): +3/4 for a–e, +1/6 each for a–d and b–e, over 20", () => {
    const plan = planWeaving(createEcosystem(path5), { budget: 1, objective: "efficiency" });
    expect(plan.steps.map((step) => [step.source, step.target])).toEqual([["a", "e"]]);
    expect(plan.steps[0]!.gain).toBeCloseTo((2 * (3 / 4 + 1 / 6 + 1 / 6)) / 20, 12);
    expect(plan.steps[0]!.introducers).toEqual(["b", "c", "d"]);
  });

  it("reports the figures before the plan as NetworkX does on the kite", () => {
    const plan = planWeaving(createEcosystem(kite), { budget: 1, objective: "efficiency" });
    expect(plan.before.globalEfficiency).toBeCloseTo(
      oracleValues<number>("kite", "networkx", "global_efficiency"),
      12,
    );
    const cuts =
      oracleValues<string[]>("kite", "networkx", "articulation_points").length +
      oracleValues<unknown[]>("kite", "networkx", "bridges").length;
    expect(plan.before.singlePointsOfFailure).toBe(cuts);
    expect(plan.before.components).toBe(1);
    expect(plan.before.largestComponentShare).toBe(1);
    expect(plan.before.coverageGaps).toBe(0);
  });

  it("agrees with the independent reference efficiency before and after each step", () => {
    for (const [, data] of CASES) {
      const plan = planWeaving(createEcosystem(data), { budget: 3, objective: "efficiency" });
      expect(plan.before.globalEfficiency).toBeCloseTo(referenceEfficiency(data), 12);
      const made: [string, string][] = [];
      let previous = plan.before.globalEfficiency;
      for (const step of plan.steps) {
        made.push([step.source, step.target]);
        expect(step.after.globalEfficiency).toBeCloseTo(referenceEfficiency(data, made), 12);
        expect(step.gain).toBeCloseTo(step.after.globalEfficiency - previous, 12);
        previous = step.after.globalEfficiency;
      }
      expect(plan.after).toEqual(plan.steps.at(-1)!.after);
    }
  });

  it.each(CASES)("with budget 1 makes the best absent tie of %s (brute force)", (_name, data) => {
    const base = referenceEfficiency(data);
    let best = 0;
    for (const pair of absentPairs(data)) best = Math.max(best, referenceEfficiency(data, [pair]) - base);
    const plan = planWeaving(createEcosystem(data), { budget: 1, objective: "efficiency" });
    const step = plan.steps[0]!;
    expect(referenceEfficiency(data, [[step.source, step.target]]) - base).toBeCloseTo(best, 12);
  });

  it.each(CASES)(
    "with budget 2 gains at least 95% of the best pair of ties of %s (brute force)",
    (_name, data) => {
      const base = referenceEfficiency(data);
      const pairs = absentPairs(data);
      let best = 0;
      for (let i = 0; i < pairs.length; i++) {
        for (let j = i + 1; j < pairs.length; j++) {
          best = Math.max(best, referenceEfficiency(data, [pairs[i]!, pairs[j]!]) - base);
        }
      }
      const plan = planWeaving(createEcosystem(data), { budget: 2, objective: "efficiency" });
      const made = plan.steps.map((step) => [step.source, step.target] as const);
      expect(made).toHaveLength(2);
      expect(referenceEfficiency(data, made) - base).toBeGreaterThanOrEqual(0.95 * best - TOLERANCE);
    },
  );

  it("with the coverage objective gains exactly the unmet needs that the coverage gaps lose", () => {
    const eco = createEcosystem(siloData());
    const plan = planWeaving(eco, { budget: 3, objective: "coverage" });
    expect(plan.steps.length).toBeGreaterThan(0);
    let previous = plan.before.coverageGaps;
    for (const step of plan.steps) {
      expect(step.gain).toBe(previous - step.after.coverageGaps);
      previous = step.after.coverageGaps;
    }
    const unmet = findStructuralGaps(eco, { include: ["coverage"] })
      .filter((gap) => gap.kind === "coverage")
      .reduce((sum, gap) => sum + (gap.kind === "coverage" ? gap.evidence.without : 0), 0);
    expect(plan.before.coverageGaps).toBe(unmet);
  });

  it("stops the coverage plan when no candidate covers another need", () => {
    const plan = planWeaving(createEcosystem(siloData()), { budget: 50, objective: "coverage" });
    expect(plan.steps.length).toBeLessThan(50);
    expect(plan.after.coverageGaps).toBe(0);
  });

  it("reaches every step with the balanced objective and scores in [0, 1]", () => {
    const plan = planWeaving(createEcosystem(siloData()), { budget: 4, objective: "balanced" });
    expect(plan.objective).toBe("balanced");
    expect(plan.steps).toHaveLength(4);
    for (const step of plan.steps) {
      expect(step.gain).toBeGreaterThanOrEqual(0);
      expect(step.gain).toBeLessThanOrEqual(1);
      expect(step.reasons.length).toBeGreaterThan(0);
    }
  });

  it("never plans the same tie twice, and honours maxPerActor across steps", () => {
    const plan = planWeaving(createEcosystem(florentine), {
      budget: 8,
      objective: "efficiency",
      maxPerActor: 2,
    });
    const keys = plan.steps.map((step) => `${step.source}|${step.target}`);
    expect(new Set(keys).size).toBe(keys.length);
    const count = new Map<string, number>();
    for (const step of plan.steps) {
      for (const id of [step.source, step.target]) count.set(id, (count.get(id) ?? 0) + 1);
      expect(step.source < step.target).toBe(true);
    }
    expect(Math.max(...count.values())).toBeLessThanOrEqual(2);
  });

  it("returns an empty plan with after equal to before when no tie is absent", () => {
    const complete: EcosystemData = {
      actors: actorsOf(["a", "b", "c"]),
      ties: tiesFromPairs([
        ["a", "b"],
        ["b", "c"],
        ["a", "c"],
      ]),
    };
    const plan = planWeaving(createEcosystem(complete), { budget: 2, objective: "efficiency" });
    expect(plan.steps).toEqual([]);
    expect(plan.after).toEqual(plan.before);
  });

  it("gives deep-equal plans for the same input and seed", () => {
    const a = planWeaving(createEcosystem(siloData()), { budget: 3, seed: 7 });
    const b = planWeaving(createEcosystem(siloData()), { budget: 3, seed: 7 });
    expect(a).toEqual(b);
  });

  it("leaves its input unchanged", () => {
    const data = deepFreeze(siloData());
    const eco = createEcosystem(data);
    const before = eco.export();
    planWeaving(eco, { budget: 3 });
    expect(eco.export()).toEqual(before);
  });

  it("has frozen defaults", () => {
    expect(Object.isFrozen(PLAN_WEAVING_DEFAULTS)).toBe(true);
    expect(PLAN_WEAVING_DEFAULTS).toEqual({ budget: 5, objective: "gaps" });
  });

  it.each([
    [{ budget: 0 }, "invalid_option"],
    [{ budget: 1.5 }, "invalid_option"],
    [{ objective: "reach" as never }, "invalid_option"],
    [{ directed: true }, "not_applicable"],
    [{ strategy: "random" as never }, "invalid_option"],
  ])("refuses %o with %s", (options, code) => {
    expect(() => planWeaving(createEcosystem(path5), options)).toThrow(expect.objectContaining({ code }));
  });
});

/** Developers d1–d6 tied densely, trained by u1, with no funder; a funder f1 elsewhere with its own developers. */
function siloData(): EcosystemData {
  const silo = ["d1", "d2", "d3", "d4", "d5", "d6"];
  const ties: [string, string][] = [];
  for (let i = 0; i < silo.length; i++)
    for (let j = i + 1; j < silo.length; j++) if ((i + j) % 3 !== 0) ties.push([silo[i]!, silo[j]!]);
  return {
    actors: [
      ...actorsOf(silo),
      { id: "u1", role: "upskiller" },
      { id: "f1", role: "funder" },
      { id: "e1", role: "developer" },
      { id: "e2", role: "developer" },
      { id: "u2", role: "upskiller" },
    ],
    ties: [
      ...tiesFromPairs(ties),
      ...["d1", "d2", "d3", "d4", "d5", "d6"].map((target) => ({ source: "u1", target, kind: "training" })),
      { source: "f1", target: "e1", kind: "funding" },
      { source: "f1", target: "e2", kind: "funding" },
      { source: "u2", target: "e1", kind: "training" },
      { source: "f1", target: "u2", kind: "funding" },
      ...tiesFromPairs([["u1", "e2"]]),
    ],
  };
}
