// Type tests of the scenario API (checked by `tsc --noEmit -p .`; vitest's typecheck mode also runs them).
import { describe, expectTypeOf, it } from "vitest";
import type { NetworkStage } from "../../src/brokers/diagnose-stage.js";
import type { Ecosystem } from "../../src/model/ecosystem.js";
import { applyScenario } from "../../src/scenario/apply-scenario.js";
import { compareEcosystems, type EcosystemComparison } from "../../src/scenario/compare-ecosystems.js";
import { parseScenario, type ScenarioChange } from "../../src/scenario/scenario-schema.js";
import {
  type RemovalChooser,
  type RemovalSimulation,
  simulateRemoval,
} from "../../src/scenario/simulate-removal.js";
import { snapshot, type TimelinePoint, timeline } from "../../src/scenario/snapshot.js";
import type { WeavingPlan } from "../../src/weave/plan-weaving.js";

declare const eco: Ecosystem;
declare const plan: WeavingPlan;

describe("scenario types", () => {
  it("accepts a weaving plan, frozen changes and a parsed scenario's changes", () => {
    expectTypeOf(applyScenario(eco, [{ op: "applyPlan", plan }])).toEqualTypeOf<Ecosystem>();
    const frozen = Object.freeze([Object.freeze({ op: "removeActor", id: "a" } as const)]);
    expectTypeOf(frozen).toExtend<readonly ScenarioChange[]>();
    expectTypeOf(parseScenario({}).changes).toExtend<readonly ScenarioChange[]>();
    // @ts-expect-error an unknown op is not a change
    applyScenario(eco, [{ op: "renameActor", id: "a" }]);
  });

  it("types results and strategies", () => {
    expectTypeOf(compareEcosystems(eco, eco)).toEqualTypeOf<EcosystemComparison>();
    expectTypeOf(
      simulateRemoval(eco, { strategy: (state) => state.candidates[0]! }),
    ).toEqualTypeOf<RemovalSimulation>();
    expectTypeOf<RemovalChooser>().returns.toEqualTypeOf<string>();
    expectTypeOf(snapshot(eco, "2024-01-01")).toEqualTypeOf<Ecosystem>();
    expectTypeOf(timeline(eco, { dates: ["2024-01-01"] })).toEqualTypeOf<TimelinePoint[]>();
    expectTypeOf<TimelinePoint["stage"]>().toEqualTypeOf<NetworkStage | null>();
    // @ts-expect-error pool is { role } or { ids }
    simulateRemoval(eco, { pool: "funder" });
  });
});
