// Five years of snapshots: how the ecosystem changed from mid-2021 to mid-2025.
// Run: npx tsx docs/examples/five-years.ts
import { sampleEcosystem } from "../../src/datasets/sample-ecosystem.js";
import { compareEcosystems } from "../../src/scenario/compare-ecosystems.js";
import { snapshot, timeline } from "../../src/scenario/snapshot.js";

const eco = sampleEcosystem();

// 1. One row per year: the network's figures, stage and gaps on 30 June.
export const points = timeline(eco, { from: "2021-06-30", to: "2025-06-30", step: "year" });
console.log(
  "date       | active actors | ties | components | largest | efficiency | stage               | gaps (high)",
);
for (const p of points) {
  console.log(
    [
      p.date,
      String(p.actors).padStart(13),
      String(p.ties).padStart(4),
      String(p.components).padStart(10),
      `${(100 * p.largestComponentShare).toFixed(0)}%`.padStart(7),
      p.globalEfficiency.toFixed(3).padStart(10),
      String(p.stage).padEnd(19),
      `${p.gaps.count} (${p.gaps.bySeverity.high})`,
    ].join(" | "),
  );
}

// 2. What changed between two dates, in sentences: compare the snapshots.
export const change = compareEcosystems(snapshot(eco, "2022-06-30"), snapshot(eco, "2025-06-30"));
console.log("\n2022-06-30 → 2025-06-30:");
for (const line of change.summary) console.log(`- ${line}`);
