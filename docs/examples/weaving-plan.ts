// A weaving plan is applied: the weaver makes the five introductions planWeaving proposes.
// Run: npx tsx docs/examples/weaving-plan.ts
import { sampleEcosystem } from "../../src/datasets/sample-ecosystem.js";
import { applyScenario } from "../../src/scenario/apply-scenario.js";
import { compareEcosystems } from "../../src/scenario/compare-ecosystems.js";
import { planWeaving } from "../../src/weave/plan-weaving.js";

const eco = sampleEcosystem();

// 1. The plan: five introductions, chosen one at a time, each re-scored as if the ones before were made.
export const plan = planWeaving(eco, { budget: 5 });
for (const [k, step] of plan.steps.entries()) {
  console.log(`${k + 1}. ${step.source} – ${step.target}: ${step.reasons[0] ?? ""}`);
}

// 2. The plan as a scenario: its ties are added as collaboration ties (`kind` in the change picks another).
export const after = applyScenario(eco, [{ op: "applyPlan", plan }]);

// 3. What the introductions did. The figures after are the plan's own `after` figures.
export const comparison = compareEcosystems(eco, after);
for (const line of comparison.summary) console.log(`- ${line}`);
console.log(
  `efficiency ${plan.before.globalEfficiency.toFixed(3)} → ${plan.after.globalEfficiency.toFixed(3)} (plan), ` +
    `${comparison.figures.after.globalEfficiency.toFixed(3)} (applied); components ${plan.after.components} (plan), ` +
    `${comparison.figures.after.components} (applied)`,
);
