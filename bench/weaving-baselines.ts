/**
 * `npx tsx bench/weaving-baselines.ts [--sizes 500,2000] [--seeds 1,2] [--best-tie]`: how much global
 * efficiency a 5-, 10- and 20-tie `planWeaving(…, { objective: "efficiency" })` adds, against three
 * baselines that add the same number of absent ties: random (seeded), highest Adamic–Adar, highest
 * degree product. Prints a markdown table of the gains and the plan's ratio to each baseline, and the
 * timings of `suggestConnections` and `planWeaving` (budget 10). Efficiencies are exact (distance
 * matrix). With `--best-tie`, also finds the best single absent tie by trying every absent pair
 * (about 150 s at 2,000 actors) and prints how close the plan and the degree-product ties come to
 * budget × that gain, a ceiling on what any set of ties could add if gains did not grow by combining
 * (they can, efficiency not being submodular, so it is a yardstick rather than a bound).
 */
import { generateEcosystem } from "../src/datasets/generate.js";
import { createRandom, randomInt } from "../src/internal/rng.js";
import { linkPrediction } from "../src/metrics/link-prediction.js";
import type { Ecosystem } from "../src/model/ecosystem.js";
import { getView } from "../src/model/view-cache.js";
import {
  addTie,
  createDistanceMatrix,
  type DistanceMatrix,
  globalEfficiencyOf,
} from "../src/weave/distance-matrix.js";
import { efficiencyGain } from "../src/weave/efficiency-gain.js";
import { planWeaving } from "../src/weave/plan-weaving.js";
import { suggestConnections } from "../src/weave/suggest-connections.js";

function argument(name: string, fallback: string): string {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : process.argv[at + 1]!;
}

const sizes = argument("--sizes", "500,2000").split(",").map(Number);
const seeds = argument("--seeds", "1").split(",").map(Number);
const bestTie = process.argv.includes("--best-tie");
const BUDGETS = [5, 10, 20];

/** The absent tie of largest efficiency gain, by trying every absent pair. */
function bestSingleTie(matrix: DistanceMatrix, ids: readonly string[]): { pair: string; gain: number } {
  let best = { pair: "", gain: 0 };
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const { gain } = efficiencyGain(matrix, ids[i]!, ids[j]!);
      if (gain > best.gain) best = { pair: `${ids[i]}–${ids[j]}`, gain };
    }
  }
  return best;
}

/** Efficiency gained by adding `ties` one after another (exact). */
function gainOf(eco: Ecosystem, ties: readonly (readonly [string, string])[]): number {
  let matrix = createDistanceMatrix(getView(eco));
  const before = globalEfficiencyOf(matrix);
  for (const [a, b] of ties) matrix = addTie(matrix, a, b);
  return globalEfficiencyOf(matrix) - before;
}

function randomTies(eco: Ecosystem, count: number, seed: number): [string, string][] {
  const ids = eco.nodes();
  const random = createRandom(seed);
  const chosen = new Set<string>();
  const ties: [string, string][] = [];
  while (ties.length < count) {
    const a = ids[randomInt(random, ids.length)]!;
    const b = ids[randomInt(random, ids.length)]!;
    const key = a < b ? `${a}|${b}` : `${b}|${a}`;
    if (a === b || eco.areNeighbors(a, b) || chosen.has(key)) continue;
    chosen.add(key);
    ties.push([a, b]);
  }
  return ties;
}

function degreeProductTies(eco: Ecosystem, count: number): [string, string][] {
  return linkPrediction(eco, { method: "preferential-attachment", top: count }).map((r) => [
    r.source,
    r.target,
  ]);
}

function adamicAdarTies(eco: Ecosystem, count: number): [string, string][] {
  return linkPrediction(eco, { method: "adamic-adar", top: count }).map((r) => [r.source, r.target]);
}

const rows: string[] = [];
const timings: string[] = [];
const ceilings: string[] = [];
for (const actors of sizes) {
  for (const seed of seeds) {
    const eco = generateEcosystem({ actors, meanDegree: 6, seed });
    let t = performance.now();
    suggestConnections(eco);
    const suggestMs = performance.now() - t;
    let best: { pair: string; gain: number; firstShare: number; ms: number } | null = null;
    if (bestTie) {
      t = performance.now();
      const view = getView(eco);
      const found = bestSingleTie(createDistanceMatrix(view), view.ids);
      const ms = performance.now() - t;
      const first = planWeaving(eco, { budget: 1, objective: "efficiency", seed }).steps[0]!;
      const firstGain = efficiencyGain(createDistanceMatrix(view), first.source, first.target).gain;
      best = { ...found, firstShare: firstGain / found.gain, ms };
    }
    for (const budget of BUDGETS) {
      t = performance.now();
      const plan = planWeaving(eco, { budget, objective: "efficiency", seed });
      const planMs = performance.now() - t;
      if (budget === 10)
        timings.push(
          `| ${actors} | ${eco.size} | ${seed} | ${suggestMs.toFixed(0)} | ${planMs.toFixed(0)} |`,
        );
      const planGain = plan.after.globalEfficiency - plan.before.globalEfficiency;
      const random = gainOf(eco, randomTies(eco, budget, seed));
      const adamicAdar = gainOf(eco, adamicAdarTies(eco, budget));
      const degree = gainOf(eco, degreeProductTies(eco, budget));
      const ratio = (x: number) => (x > 0 ? (planGain / x).toFixed(1) : "∞");
      if (best !== null) {
        const ceiling = budget * best.gain;
        const share = (x: number) => `${Math.round((100 * x) / ceiling)} %`;
        ceilings.push(
          `| ${actors} | ${seed} | ${best.pair} | ${best.gain.toFixed(6)} | ${(100 * best.firstShare).toFixed(2)} % | ${(best.ms / 1000).toFixed(0)} | ${budget} | ${share(planGain)} | ${share(degree)} |`,
        );
      }
      rows.push(
        `| ${actors} | ${seed} | ${budget} | ${planGain.toFixed(5)} | ${random.toFixed(5)} | ${adamicAdar.toFixed(5)} | ${degree.toFixed(5)} | ${ratio(random)} | ${ratio(adamicAdar)} | ${ratio(degree)} |`,
      );
    }
  }
}
console.log(
  "| actors | seed | budget | plan ΔE | random ΔE | Adamic–Adar ΔE | degree product ΔE | plan / random | plan / AA | plan / degree |",
);
console.log("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const row of rows) console.log(row);
console.log("\n| actors | ties | seed | suggestConnections (ms) | planWeaving budget 10 (ms) |");
console.log("| ---: | ---: | ---: | ---: | ---: |");
for (const row of timings) console.log(row);
if (ceilings.length > 0) {
  console.log(
    "\n| actors | seed | best single tie | its ΔE | plan's first tie / best | search (s) | budget | plan / (budget × best) | degree product / (budget × best) |",
  );
  console.log("| ---: | ---: | --- | ---: | --- | ---: | ---: | ---: | ---: |");
  for (const row of ceilings) console.log(row);
}
