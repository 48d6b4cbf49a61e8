/**
 * `npx tsx bench/weave-scale.ts [actors] [meanDegree] [runs]`: `suggestConnections` and a five-step
 * `planWeaving` (the settings of `analyzeEcosystem`) on a generated ecosystem (seed 1), seconds per
 * run and a digest of the output, so a faster plan can be checked to be the same plan.
 */
import { createHash } from "node:crypto";
import { generateEcosystem } from "../src/datasets/generate.js";
import { planWeaving } from "../src/weave/plan-weaving.js";
import { suggestConnections } from "../src/weave/suggest-connections.js";

const actors = Number(process.argv[2] ?? 10_000);
const meanDegree = Number(process.argv[3] ?? 10);
const runs = Number(process.argv[4] ?? 1);
const only = process.argv[5] ?? "suggest,plan";

const digest = (value: unknown): string =>
  createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 12);

/** Wall seconds and CPU seconds (user + system) since `start` and `cpu`: under load the CPU time is the steadier. */
function timing(start: number, cpu: NodeJS.CpuUsage): string {
  const used = process.cpuUsage(cpu);
  const wall = (performance.now() - start) / 1000;
  return `${wall.toFixed(2)} s wall, ${((used.user + used.system) / 1e6).toFixed(2)} s CPU`;
}

const eco = generateEcosystem({ actors, meanDegree, seed: 1 });
console.log(`${actors} actors, ${eco.size} ties`);
for (let run = 0; run < runs; run++) {
  if (only.includes("suggest")) {
    const start = performance.now();
    const cpu = process.cpuUsage();
    const suggestions = suggestConnections(eco, { seed: 1, top: 10 });
    console.log(`suggestConnections ${timing(start, cpu)}  digest ${digest(suggestions)}`);
  }
  if (only.includes("plan")) {
    const start = performance.now();
    const cpu = process.cpuUsage();
    const plan = planWeaving(eco, { seed: 1, budget: 5 });
    console.log(`planWeaving ${timing(start, cpu)}  digest ${digest(plan)}`);
  }
}
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
