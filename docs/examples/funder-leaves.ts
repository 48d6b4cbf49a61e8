// A funder leaves: what if the ESF+ programme (f-esf) ends, and what if funding dries up altogether?
// Run: npx tsx docs/examples/funder-leaves.ts
import { sampleEcosystem } from "../../src/datasets/sample-ecosystem.js";
import { applyScenario } from "../../src/scenario/apply-scenario.js";
import { compareEcosystems } from "../../src/scenario/compare-ecosystems.js";
import { parseScenario } from "../../src/scenario/scenario-schema.js";
import { simulateRemoval } from "../../src/scenario/simulate-removal.js";

const eco = sampleEcosystem();

// 1. The scenario as a document (it could come from a JSON file): the programme ends.
const scenario = parseScenario({
  name: "ESF+ ends",
  description: "The ESF+ Inclusion Programme stops funding at the end of 2025.",
  changes: [{ op: "removeActor", id: "f-esf" }],
});
const after = applyScenario(eco, scenario.changes);

// 2. What changed: figures, gaps opened and closed, bridge actors, in sentences.
export const comparison = compareEcosystems(eco, after);
console.log(`# ${scenario.name}`);
for (const line of comparison.summary) console.log(`- ${line}`);
console.log(`components: ${comparison.figures.before.components} → ${comparison.figures.after.components}`);

// 3. Funding dries up: funders leave one by one, the most connected first, ranked once.
export const curve = simulateRemoval(eco, { strategy: "degree", pool: { role: "funder" } });
console.log("\nfunders leaving (most connected first):");
console.log("left | who          | largest component | efficiency | lost access");
for (const step of curve.steps) {
  const who = (step.removedIds?.[0] ?? "").padEnd(12);
  const share = `${(100 * step.largestComponentShare).toFixed(0)}%`.padStart(17);
  console.log(
    `${String(step.removed).padStart(4)} | ${who} | ${share} | ${step.globalEfficiency.toFixed(3).padStart(10)} | ${step.unmetNeeds}`,
  );
}

// 4. The same number of actors leaving at random, for comparison (20 seeded trials).
export const random = simulateRemoval(eco, {
  strategy: "random",
  steps: curve.steps.length - 1,
  trials: 20,
  seed: 1,
});
const last = random.steps.at(-1)!;
console.log(
  `\n${last.removed} random actors leaving: largest component ${(100 * last.largestComponentShare).toFixed(0)}% ` +
    `(sd ${(100 * last.sd!.largestComponentShare).toFixed(1)} points), lost access ${last.unmetNeeds.toFixed(1)}`,
);
