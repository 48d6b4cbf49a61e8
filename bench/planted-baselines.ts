/**
 * `npx tsx bench/planted-baselines.ts`: the default weaving plan (`planWeaving(eco, { budget, at })`,
 * budgets 5 and 10) against four baselines adding the same number of absent ties, on the eight
 * planted ecosystems of test/planted/ecosystems.ts and on the sample, all read at 2025-06-30:
 * random ties (mean of 20 seeds), highest degree product, close open triads (most common
 * neighbours), and periphery first (the least-connected actor with an unmet need, tied to the
 * best-connected actor of the role it lacks). Every figure comes from the independent truth of
 * test/planted/truth.ts (BFS on adjacency lists): unmet needs met, single points of failure
 * (articulation points plus bridges) removed, global efficiency gained, and the planted items closed
 * out of the most that as many ties are known to close: the ecosystem's witness's first k ties, or the
 * plan's own count when it closes more (the witness is a reachable count, not a proven maximum: on the
 * sample the plan's first tie, Lappi to Pohjois-Savo's funder, bypasses both the Lappi tie and
 * `psa-u01`, which the witness does with two). Prints Markdown; about 20 s.
 */
import { createEcosystem } from "../src/model/ecosystem.js";
import { planWeaving } from "../src/weave/plan-weaving.js";
import { BASELINE_NAMES, baselineFigures, shortfalls } from "../test/planted/baselines.js";
import type { PlantedEcosystem } from "../test/planted/builder.js";
import { plantedEcosystems } from "../test/planted/ecosystems.js";
import { sample } from "../test/planted/sample.js";
import {
  type AddedTie,
  itemsClosed,
  truthState,
  type WeavingFigures,
  weavingFigures,
} from "../test/planted/truth.js";

const BUDGETS = [5, 10] as const;

/** "needs met / single points of failure removed / efficiency gained", signed. */
function cell(figures: WeavingFigures): string {
  const signed = (x: number, digits: number) => `${x > 0 ? "+" : ""}${x.toFixed(digits)}`;
  const count = (x: number) => signed(x, Number.isInteger(x) ? 0 : 1);
  return `${count(figures.needsMet)} / ${count(figures.singlePointsRemoved)} / ${signed(figures.efficiencyGained, 4)}`;
}

const started = performance.now();
const lines: string[] = [];
const verdicts: string[] = [];
lines.push(
  `| ecosystem (unmet needs, SPOF, E before) | ties | default plan | ${BASELINE_NAMES.join(" | ")} | planted items closed by the plan |`,
);
lines.push(`| --- | ---: | ---: | ${BASELINE_NAMES.map(() => "---:").join(" | ")} | ---: |`);
const ecosystems: PlantedEcosystem[] = [...plantedEcosystems(), sample()];
for (const p of ecosystems) {
  const before = truthState(p.data, p.at);
  const eco = createEcosystem(p.data);
  const label = `${p.key} (${before.unmet}, ${before.singlePoints}, ${before.efficiency.toFixed(4)})`;
  for (const budget of BUDGETS) {
    const closable = itemsClosed(p.data, p.items, p.at, p.witness.slice(0, budget)).length;
    const ties: AddedTie[] = planWeaving(eco, { budget, at: p.at }).steps.map((step) => [
      step.source,
      step.target,
    ]);
    const plan = weavingFigures(p.data, p.at, before, ties);
    const closed = itemsClosed(p.data, p.items, p.at, ties).length;
    const reachable = Math.max(closable, closed);
    const baselines = baselineFigures(p.data, p.at, before, budget);
    const row = BASELINE_NAMES.map((name) => cell(baselines.get(name)!));
    lines.push(
      `| ${label} | ${budget} | **${cell(plan)}** | ${row.join(" | ")} | ${closed} of ${reachable} |`,
    );
    const problems = shortfalls(plan, before, baselines);
    if (problems.length > 0) verdicts.push(`- ${p.key}, ${budget} ties: ${problems.join("; ")}.`);
  }
}
console.log(lines.join("\n"));
console.log(
  verdicts.length === 0
    ? "\nThe default plan beats random ties on every figure and no baseline dominates it."
    : `\n${verdicts.join("\n")}`,
);
console.log(`\n(${((performance.now() - started) / 1000).toFixed(1)} s)`);
