// Benchmark of Burt's structural-hole measures and Gould & Fernandez brokerage on a random ecosystem of
// 100 000 actors and 1 000 000 undirected collaboration ties.
// Run: npx tsx bench/metrics-holes.ts [actors] [ties]
// Target (2 cores): structuralHoles and brokerage each under 5 s, the view already built.
// Ties join uniformly random distinct actors; a pair drawn twice becomes parallel ties (summed in the view).

import { createRandom, randomInt } from "../src/internal/rng.js";
import { brokerage } from "../src/metrics/brokerage.js";
import { structuralHoles } from "../src/metrics/structural-holes.js";
import { createEcosystem } from "../src/model/ecosystem.js";
import type { EcosystemData } from "../src/model/schema.js";
import { getView } from "../src/model/view-cache.js";

const actorCount = Number(process.argv[2] ?? 100_000);
const tieCount = Number(process.argv[3] ?? 1_000_000);
const ROLES = ["developer", "upskiller", "funder"] as const;

function randomEcosystem(n: number, m: number, seed: number): EcosystemData {
  const random = createRandom(seed);
  const actors: EcosystemData["actors"] = new Array(n);
  for (let i = 0; i < n; i++) actors[i] = { id: `a${i}`, role: ROLES[randomInt(random, ROLES.length)]! };
  const ties: EcosystemData["ties"] = new Array(m);
  for (let t = 0; t < m; t++) {
    const u = randomInt(random, n);
    let v = randomInt(random, n - 1);
    if (v >= u) v++; // no self-ties
    ties[t] = { source: `a${u}`, target: `a${v}`, kind: "collaboration", weight: 1 + randomInt(random, 5) };
  }
  return { actors, ties };
}

function time<T>(label: string, run: () => T): T {
  const start = performance.now();
  const result = run();
  console.log(`${label.padEnd(36)} ${((performance.now() - start) / 1000).toFixed(3)} s`);
  return result;
}

const data = time("generate document", () => randomEcosystem(actorCount, tieCount, 2024));
const eco = time("createEcosystem (validated)", () => createEcosystem(data));
const view = time("getView (undirected CSR)", () => getView(eco));
console.log(`actors ${view.order}, ties ${view.tieCount}, adjacent pairs ${view.size}`);

const holes = time("structuralHoles (weighted)", () => structuralHoles(eco));
time("structuralHoles (unweighted)", () => structuralHoles(eco, { weighted: false }));
const roles = time("brokerage (by role)", () => brokerage(eco));
time("getView (directed CSR)", () => getView(eco, { directed: true }));
time("structuralHoles (directed)", () => structuralHoles(eco, { directed: true }));
time("brokerage (directed)", () => brokerage(eco, { directed: true }));

console.log(`constraint of a0: ${holes.a0?.constraint}, brokerage total: ${roles.network.raw.total}`);
