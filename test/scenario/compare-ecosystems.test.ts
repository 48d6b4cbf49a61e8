// compareEcosystems: no change against itself; actors and ties as multisets; gaps matched by
// subject; every figure equal to the function it names. Scenarios on the sample ecosystem
// (docs/sample-ecosystem.md) give the planted changes whose effect is known.
import { describe, expect, it } from "vitest";
import { diagnoseStage } from "../../src/brokers/diagnose-stage.js";
import { findBridgeActors } from "../../src/brokers/find-bridge-actors.js";
import { sampleEcosystem, sampleEcosystemData } from "../../src/datasets/sample-ecosystem.js";
import { findStructuralGaps } from "../../src/gaps/find-structural-gaps.js";
import { components } from "../../src/metrics/components.js";
import { globalEfficiency } from "../../src/metrics/efficiency.js";
import { constraint } from "../../src/metrics/structural-holes.js";
import { createEcosystem } from "../../src/model/ecosystem.js";
import { InvalidOptionError, NotApplicableError } from "../../src/model/errors.js";
import type { EcosystemData } from "../../src/model/schema.js";
import { applyScenario } from "../../src/scenario/apply-scenario.js";
import { compareEcosystems } from "../../src/scenario/compare-ecosystems.js";
import { planWeaving } from "../../src/weave/plan-weaving.js";
import { actorsOf } from "../helpers.js";

const sample = sampleEcosystem();

const small: EcosystemData = {
  actors: [
    { id: "f1", role: "funder" },
    { id: "d1", role: "developer", attributes: { region: "Lappi" } },
    { id: "d2", role: "developer" },
    { id: "u1", role: "upskiller" },
  ],
  ties: [
    { source: "f1", target: "d1", kind: "funding", amount: 100 },
    { source: "d1", target: "d2", kind: "collaboration" },
    { source: "d1", target: "d2", kind: "collaboration" },
    { source: "u1", target: "d2", kind: "training", since: "2024-01-01" },
  ],
};

describe("compareEcosystems", () => {
  it("reports an ecosystem compared with itself as identical, with no change (the doc example)", () => {
    const comparison = compareEcosystems(sample, sample);
    expect(comparison.identical).toBe(true);
    expect(comparison.actors).toEqual({ added: [], removed: [], changed: [] });
    expect(comparison.ties).toEqual({ added: [], removed: [], changed: [] });
    expect(comparison.gaps).toEqual({ opened: [], closed: [], changed: [] });
    expect(comparison.bridges).toEqual({ gained: [], lost: [] });
    expect(comparison.figures.before).toEqual(comparison.figures.after);
    expect(comparison.stage.before).toBe(comparison.stage.after);
    expect(
      comparison.rolePairs.every((pair) => JSON.stringify(pair.before) === JSON.stringify(pair.after)),
    ).toBe(true);
    expect(comparison.summary).toEqual([
      "Nothing changed: the two ecosystems have the same actors and ties.",
    ]);
  });

  it("reports two separately built copies as identical, the ties' order and orientation aside", () => {
    const data = sampleEcosystemData();
    data.ties.reverse();
    for (const tie of data.ties) {
      if (tie.kind === "collaboration") [tie.source, tie.target] = [tie.target, tie.source];
    }
    const comparison = compareEcosystems(sample, createEcosystem(data));
    expect(comparison.identical).toBe(true);
    expect(comparison.gaps).toEqual({ opened: [], closed: [], changed: [] });
  });

  it("lists actors added, removed and changed, and ties as multisets", () => {
    const after = applyScenario(createEcosystem(small), [
      { op: "addActor", actor: { id: "d3", role: "developer" } },
      { op: "removeActor", id: "u1" },
      { op: "updateActor", id: "d1", set: { attributes: { region: "Kainuu" } } },
      { op: "removeTie", source: "d1", target: "d2", kind: "collaboration" },
      { op: "addTie", tie: { source: "d2", target: "d1", kind: "collaboration" } },
      { op: "addTie", tie: { source: "d3", target: "d2", kind: "information" } },
    ]);
    const comparison = compareEcosystems(createEcosystem(small), after);
    expect(comparison.identical).toBe(false);
    expect(comparison.actors).toEqual({ added: ["d3"], removed: ["u1"], changed: ["d1"] });
    // Two parallel collaboration ties became one: one removed; the training tie left with u1.
    expect(comparison.ties.removed).toEqual([
      { source: "d1", target: "d2", kind: "collaboration" },
      { source: "u1", target: "d2", kind: "training", since: "2024-01-01" },
    ]);
    expect(comparison.ties.added).toEqual([{ source: "d3", target: "d2", kind: "information" }]);
    expect(comparison.ties.changed).toEqual([]);
    expect(comparison.summary[0]).toBe("1 actor joined (d3), 1 actor left (u1) and 1 actor changed (d1).");
    expect(comparison.summary[1]).toBe("1 tie made and 2 ties broken.");
  });

  it("reports a tie whose weight or amount changed as changed, not added and removed", () => {
    const data = structuredClone(small);
    data.ties[0]!.amount = 250;
    const comparison = compareEcosystems(createEcosystem(small), createEcosystem(data));
    expect(comparison.ties).toEqual({
      added: [],
      removed: [],
      changed: [
        {
          before: { source: "f1", target: "d1", kind: "funding", amount: 100 },
          after: { source: "f1", target: "d1", kind: "funding", amount: 250 },
        },
      ],
    });
    expect(comparison.identical).toBe(false);
  });

  it("closes the single-point-of-failure gaps of f-esf when it leaves, matched by subject", () => {
    const after = applyScenario(sample, [{ op: "removeActor", id: "f-esf" }]);
    const comparison = compareEcosystems(sample, after);
    const closed = comparison.gaps.closed.map((gap) => gap.key);
    expect(closed).toContain("single-point-of-failure:actor:f-esf");
    expect(closed).toContain("single-point-of-failure:tie:f-esf|sat-d01");
    // The nine pendants become isolates: the isolates gap is the same gap, more severe.
    const isolates = comparison.gaps.changed.find((gap) => gap.key === "fragmentation:isolates")!;
    expect(isolates.after!).toBeGreaterThan(isolates.before!);
    expect(comparison.bridges.lost.map((actor) => actor.id)).toContain("f-esf");
    expect(comparison.figures.after.components).toBe(comparison.figures.before.components + 9);
  });

  it("closes the Lappi silo and funder gap when a funder and an upskiller reach it, and shrinks the upskiller gap", () => {
    const gapOptions = { coverageBy: "region" };
    const after = applyScenario(sample, [
      { op: "addTie", tie: { source: "f-esf", target: "lap-d03", kind: "funding" } },
      { op: "addTie", tie: { source: "u-competence", target: "lap-d06", kind: "training" } },
    ]);
    const comparison = compareEcosystems(sample, after, { gapOptions });
    const closed = comparison.gaps.closed.map((gap) => gap.key);
    // Before, the silo carried the Lappi coverage gaps (folded: one item per place).
    expect(closed).toContain(
      "siloed-community:lap-d01|lap-d02|lap-d03|lap-d04|lap-d05|lap-d06|lap-d07|lap-d08",
    );
    const opened = comparison.gaps.opened.map((gap) => gap.key);
    expect(opened).not.toContain("coverage:developer>funder:region=Lappi");
    // lap-d02 and lap-d04 are not tied to lap-d06: the upskiller gap stays, for 2 of the 8, now
    // listed on its own since the silo is gone.
    const upskiller = comparison.gaps.opened.find(
      (gap) => gap.key === "coverage:developer>upskiller:region=Lappi",
    )!;
    expect(upskiller.gap.evidence).toMatchObject({ without: 2, total: 8 });
    expect(upskiller.gap.actors).toEqual(["lap-d02", "lap-d04"]);
    expect(comparison.ties.added).toHaveLength(2);
    expect(comparison.summary.some((line) => line.includes("gaps closed"))).toBe(true);
  });

  it("opens a bridge gap when one of two ties holding a pair of clusters is broken", () => {
    const ring = (prefix: string) =>
      [0, 1, 2, 3].map((i) => ({
        source: `${prefix}${i}`,
        target: `${prefix}${(i + 1) % 4}`,
        kind: "collaboration",
      }));
    const data: EcosystemData = {
      actors: actorsOf(["a0", "a1", "a2", "a3", "b0", "b1", "b2", "b3"]),
      ties: [
        ...ring("a"),
        ...ring("b"),
        { source: "a0", target: "b0", kind: "collaboration" },
        { source: "a2", target: "b2", kind: "collaboration" },
      ],
    };
    const before = createEcosystem(data);
    const after = applyScenario(before, [
      { op: "removeTie", source: "a2", target: "b2", kind: "collaboration" },
    ]);
    const comparison = compareEcosystems(before, after, {
      gapOptions: { include: ["single-point-of-failure"] },
    });
    expect(comparison.gaps.opened.map((gap) => gap.key)).toEqual([
      "single-point-of-failure:tie:a0|b0",
      "single-point-of-failure:actor:a0",
      "single-point-of-failure:actor:b0",
    ]);
    expect(comparison.gaps.opened.every((gap) => gap.before === null && gap.after !== null)).toBe(true);
  });

  it("matches a siloed community by its members when one joins it", () => {
    const silo = compareEcosystems(
      sample,
      applyScenario(sample, [
        { op: "addActor", actor: { id: "lap-d09", role: "developer", attributes: { region: "Lappi" } } },
        { op: "addTie", tie: { source: "lap-d09", target: "lap-d02", kind: "collaboration" } },
        { op: "addTie", tie: { source: "lap-d09", target: "lap-d04", kind: "collaboration" } },
      ]),
      { gapOptions: { include: ["siloed-community"] } },
    );
    expect(silo.gaps.opened.filter((gap) => gap.kind === "siloed-community")).toEqual([]);
    expect(silo.gaps.closed.filter((gap) => gap.kind === "siloed-community")).toEqual([]);
  });

  it("shows a weaving plan's own after figures once the plan is applied", () => {
    const plan = planWeaving(sample, { budget: 3 });
    const after = applyScenario(sample, [{ op: "applyPlan", plan }]);
    const { figures, ties } = compareEcosystems(sample, after);
    const pairs = (list: readonly { source: string; target: string }[]) =>
      list.map(({ source, target }) => [source, target].sort().join("|")).sort();
    expect(pairs(ties.added)).toEqual(pairs(plan.steps));
    expect(figures.before.globalEfficiency).toBeCloseTo(plan.before.globalEfficiency, 12);
    expect(figures.after.globalEfficiency).toBeCloseTo(plan.after.globalEfficiency, 12);
    expect(figures.after.components).toBe(plan.after.components);
    expect(figures.after.largestComponentShare).toBe(plan.after.largestComponentShare);
  });

  it("reports figures equal to the functions they name", () => {
    const after = applyScenario(sample, [{ op: "removeActor", id: "psa-u01" }]);
    const { figures, stage, bridges } = compareEcosystems(sample, after);
    for (const [eco, values] of [
      [sample, figures.before],
      [after, figures.after],
    ] as const) {
      const parts = components(eco);
      const constraints = Object.values(constraint(eco)).filter((value): value is number => value !== null);
      expect(values).toEqual({
        actors: eco.order,
        ties: eco.size,
        globalEfficiency: globalEfficiency(eco),
        components: parts.count,
        largestComponentShare: parts.sizes[0]! / eco.order,
        averageConstraint: constraints.reduce((sum, value) => sum + value, 0) / constraints.length,
      });
    }
    expect(stage).toEqual({ before: diagnoseStage(sample).stage, after: diagnoseStage(after).stage });
    const top = (eco: typeof sample) => findBridgeActors(eco).map((actor) => actor.id);
    expect(bridges.lost.map((actor) => actor.id)).toEqual(
      top(sample).filter((id) => !top(after).includes(id)),
    );
    expect(bridges.gained.map((actor) => actor.id)).toEqual(
      top(after).filter((id) => !top(sample).includes(id)),
    );
  });

  it("gives role-pair ratios equal to the role-pair gaps' evidence", () => {
    const after = applyScenario(sample, [{ op: "removeActor", id: "f-esf" }]);
    const comparison = compareEcosystems(sample, after);
    const gaps = findStructuralGaps(sample, {
      include: ["role-pair"],
      maxRatio: 1,
      alpha: 1,
      permutations: 10,
    });
    expect(gaps.length).toBeGreaterThan(0);
    for (const gap of gaps) {
      if (gap.kind !== "role-pair") continue;
      const pair = comparison.rolePairs.find((p) => p.groups.join("|") === gap.evidence.groups.join("|"))!;
      expect(pair.before!.observed).toBe(gap.evidence.observed);
      expect(pair.before!.expected).toBeCloseTo(gap.evidence.expected, 12);
      expect(pair.before!.ratio!).toBeCloseTo(gap.evidence.ratio, 12);
    }
    expect(comparison.rolePairs.map((pair) => pair.groups)).toEqual([
      ["developer", "developer"],
      ["developer", "funder"],
      ["developer", "upskiller"],
      ["funder", "funder"],
      ["funder", "upskiller"],
      ["upskiller", "upskiller"],
    ]);
  });

  it("is deterministic and leaves its inputs unchanged", () => {
    const after = applyScenario(sample, [{ op: "removeActor", id: "u-competence" }]);
    const before = [sample.export(), after.export()];
    const a = compareEcosystems(sample, after);
    const b = compareEcosystems(sample, after);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect([sample.export(), after.export()]).toEqual(before);
  });

  it("refuses a directed view and bad numbers", () => {
    expect(() => compareEcosystems(sample, sample, { directed: true })).toThrow(NotApplicableError);
    expect(() => compareEcosystems(sample, sample, { severityTolerance: -1 })).toThrow(InvalidOptionError);
    expect(() => compareEcosystems(sample, sample, { efficiencySources: 1 })).toThrow(InvalidOptionError);
  });
});
