// Benchmark of the cohesion measures on a random ecosystem of 100 000 actors and 1 000 000 ties.
// Run: npx tsx bench/metrics-cohesion.ts [actors] [ties]
// Target (DESIGN.md, 2 cores): articulation points, bridges, core numbers and components under 2 s
// together, the view already built. Prints seconds per step.

import { createRandom, randomInt } from "../src/internal/rng.js";
import { averageClustering, transitivity } from "../src/metrics/clustering.js";
import { components } from "../src/metrics/components.js";
import { coreNumbers } from "../src/metrics/core-numbers.js";
import { articulationPoints, bridges, cutPoints } from "../src/metrics/cut-points.js";
import { globalEfficiencyEstimate } from "../src/metrics/efficiency.js";
import { buildEcosystem } from "../src/model/ecosystem.js";
import type { EcosystemData } from "../src/model/schema.js";
import { getView } from "../src/model/view-cache.js";

const actorCount = Number(process.argv[2] ?? 100_000);
const tieCount = Number(process.argv[3] ?? 1_000_000);

/** Seeded uniform random ties between distinct actors (parallel ties possible, as in real data). */
function randomEcosystem(n: number, m: number, seed: number): EcosystemData {
  const random = createRandom(seed);
  const actors: EcosystemData["actors"] = new Array(n);
  for (let i = 0; i < n; i++) actors[i] = { id: `a${i}`, role: "developer" };
  const ties: EcosystemData["ties"] = new Array(m);
  for (let t = 0; t < m; t++) {
    const u = randomInt(random, n);
    let v = randomInt(random, n - 1);
    if (v >= u) v++; // no self-ties
    ties[t] = { source: `a${u}`, target: `a${v}`, kind: "collaboration" };
  }
  return { actors, ties };
}

function time<T>(label: string, run: () => T): T {
  const start = performance.now();
  const result = run();
  console.log(`${label.padEnd(40)} ${((performance.now() - start) / 1000).toFixed(3)} s`);
  return result;
}

const data = time("generate document", () => randomEcosystem(actorCount, tieCount, 2024));
const eco = time("buildEcosystem", () => buildEcosystem(data));
const view = time("getView (undirected CSR)", () => getView(eco));
console.log(`actors ${view.order}, ties ${view.tieCount}, adjacent pairs ${view.size}`);

const start = performance.now();
const parts = time("components", () => components(eco));
const points = time("articulationPoints", () => articulationPoints(eco));
const cut = time("bridges", () => bridges(eco));
const cores = time("coreNumbers", () => coreNumbers(eco));
console.log(
  `${"target set together".padEnd(40)} ${((performance.now() - start) / 1000).toFixed(3)} s (target < 2 s)`,
);
console.log(
  `components ${parts.count}, articulation points ${points.length}, bridges ${cut.length}, max core ${Math.max(...Object.values(cores))}`,
);

time("cutPoints (both, with impact)", () => cutPoints(eco));
time("averageClustering", () => averageClustering(eco));
time("transitivity", () => transitivity(eco));
const estimate = time("globalEfficiencyEstimate (50 sources)", () =>
  globalEfficiencyEstimate(eco, { sources: 50 }),
);
console.log(`global efficiency ≈ ${estimate.value.toFixed(5)} ± ${estimate.standardError.toFixed(5)}`);
