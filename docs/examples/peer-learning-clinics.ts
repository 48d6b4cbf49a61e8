// Three peer-learning clinics for 48 actors of the sample ecosystem, and what their acquaintances
// would do as ties. Run: npx tsx docs/examples/peer-learning-clinics.ts
import { planPeerLearning } from "../../src/convene/plan-peer-learning.js";
import { peerLearningChanges } from "../../src/convene/scenario-changes.js";
import { scorePeerLearning } from "../../src/convene/score-peer-learning.js";
import { sampleEcosystem } from "../../src/datasets/sample-ecosystem.js";
import { toPeerLearningMarkdown } from "../../src/report/peer-learning-markdown.js";
import { applyScenario } from "../../src/scenario/apply-scenario.js";
import { compareEcosystems } from "../../src/scenario/compare-ecosystems.js";

const eco = sampleEcosystem();

// 1. Who comes: every funder and upskiller, and the first 21 developers by id.
const developers = eco.filterNodes((_id, actor) => actor.role === "developer").sort();
const others = eco.filterNodes((_id, actor) => actor.role !== "developer");
const options = {
  participants: [...others, ...developers.slice(0, 21)],
  sessions: 3,
  tables: 8,
  size: { min: 6, max: 6 },
};

// 2. The plan: three sessions of eight tables of six, every table with all three roles, no pair twice.
export const plan = planPeerLearning(eco, options);
console.log(plan.summary.text);
const first = plan.sessions[0]!.tables[0]!;
console.log(
  `Table 1: ${first.seats.map((seat) => `${seat.label} (${seat.role}, ${seat.region})`).join("; ")}`,
);
for (const reason of first.reasons) console.log(`  ${reason.text}`);

// 3. A hand-made seating is scored with the same objective and rules: here, the plan with two people swapped.
const handMade = plan.seating.map((session) => session.map((table) => [...table]));
const [a, b] = [handMade[0]![0]![0]!, handMade[0]![1]![0]!];
handMade[0]![0]![0] = b;
handMade[0]![1]![0] = a;
export const mine = scorePeerLearning(eco, handMade, options);
console.log(
  `Hand-made: score ${mine.score.toFixed(1)} against ${plan.score.toFixed(1)}, ${mine.violations.length} rules broken`,
);

// 4. What if these acquaintances became ties: the new pairs as peer-learning ties, then compared.
export const after = applyScenario(eco, peerLearningChanges(plan));
export const comparison = compareEcosystems(eco, after);
console.log(
  `Global efficiency ${comparison.figures.before.globalEfficiency.toFixed(3)} → ${comparison.figures.after.globalEfficiency.toFixed(3)}; ${comparison.gaps.closed.length} gaps closed`,
);

// 5. For the organisers: Markdown to print (toPeerLearningCsv gives one row per seat for a mail merge).
export const markdown = toPeerLearningMarkdown(plan, "Peer-learning clinics, spring");
