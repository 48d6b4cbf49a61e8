/**
 * `npx tsx bench/peer-learning-baselines.ts`: the acceptance case for peer-learning clinics.
 * 48 participants of the sample ecosystem (every funder and upskiller, the first 21 developers by id)
 * in 3 sessions of 8 tables of 6: the plan against random seating with the same sizes and against
 * role-stratified random seating (each the mean of seeds 1–20). Prints a markdown table of first-time
 * pairs (all, across regions, across communities, meeting an unmet need), the score, and the plan's
 * ratio to each baseline, then the plan's time.
 */
import { planPeerLearning } from "../src/convene/plan-peer-learning.js";
import { scorePeerLearning } from "../src/convene/score-peer-learning.js";
import { sampleEcosystem } from "../src/datasets/sample-ecosystem.js";
import { randomSeating, sampleParticipants, stratifiedSeating } from "../test/convene/baselines.js";

const eco = sampleEcosystem();
const participants = sampleParticipants(eco);
const options = { participants, sessions: 3, tables: 8, size: { min: 6, max: 6 } };
const started = performance.now();
const plan = planPeerLearning(eco, options);
const elapsed = performance.now() - started;
const seeds = Array.from({ length: 20 }, (_, k) => k + 1);
const fields = [
  "newPairs",
  "crossRegionPairs",
  "crossCommunityPairs",
  "needPairs",
  "needsMet",
  "repeatedPairs",
  "score",
] as const;
type Row = Record<(typeof fields)[number], number>;

function meanOf(results: readonly Row[]): Row {
  const row = {} as Row;
  for (const field of fields)
    row[field] = results.reduce((sum, result) => sum + result[field], 0) / results.length;
  return row;
}

const random = meanOf(
  seeds.map((seed) => scorePeerLearning(eco, randomSeating(participants, 3, 8, seed), options)),
);
const stratified = meanOf(
  seeds.map((seed) => scorePeerLearning(eco, stratifiedSeating(eco, participants, 3, 8, seed), options)),
);
const number = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));
console.log(`| measure | plan | random (mean of 20) | ratio | role-stratified (mean of 20) | ratio |`);
console.log(`| --- | ---: | ---: | ---: | ---: | ---: |`);
for (const field of fields) {
  const ratio = (base: number) => (base === 0 ? "–" : (plan[field] / base).toFixed(2));
  console.log(
    `| ${field} | ${number(plan[field])} | ${number(random[field])} | ${ratio(random[field])} | ${number(stratified[field])} | ${ratio(stratified[field])} |`,
  );
}
console.log(`\nplan: ${plan.solver}, feasible ${plan.feasible}, ${elapsed.toFixed(0)} ms`);
