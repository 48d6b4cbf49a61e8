/**
 * Scenario cases: robustness curves, a timeline, applying a scenario and comparing two ecosystems.
 * The brief's targets (10 000 actors, 50 000 ties): `simulateRemoval` with 100 non-adaptive degree
 * steps and a `timeline` of 5 dates, each under 10 s; the 10k size here has twice as many ties.
 */
import { generateEcosystem } from "../../src/datasets/generate.js";
import type { Ecosystem } from "../../src/model/ecosystem.js";
import { applyScenario } from "../../src/scenario/apply-scenario.js";
import { compareEcosystems } from "../../src/scenario/compare-ecosystems.js";
import type { ScenarioChange } from "../../src/scenario/scenario-schema.js";
import { simulateRemoval } from "../../src/scenario/simulate-removal.js";
import { timeline } from "../../src/scenario/snapshot.js";
import { type BenchCase, type BenchSize, defineCase } from "../harness.js";

const GROUP = "scenario";
const ecosystem = (size: BenchSize): Ecosystem =>
  generateEcosystem({ actors: size.actors, meanDegree: size.meanDegree, seed: 1 });

/** Ten actors leave and ten ties are made between the next actors (ids of the generator: a0000 …). */
function changesFor(eco: Ecosystem): ScenarioChange[] {
  const ids = eco.nodes();
  const changes: ScenarioChange[] = ids.slice(0, 10).map((id) => ({ op: "removeActor", id }));
  for (let k = 10; k < 30; k += 2) {
    changes.push({ op: "addTie", tie: { source: ids[k]!, target: ids[k + 1]!, kind: "collaboration" } });
  }
  return changes;
}

export const cases: readonly BenchCase[] = [
  defineCase({
    name: "simulateRemoval degree 100 steps",
    group: GROUP,
    setup: ecosystem,
    run: (eco) => simulateRemoval(eco, { strategy: "degree", steps: 100 }),
  }),
  defineCase({
    name: "simulateRemoval random 100 steps × 10",
    group: GROUP,
    sizes: ["1k", "10k"],
    setup: ecosystem,
    run: (eco) => simulateRemoval(eco, { strategy: "random", steps: 100, trials: 10 }),
  }),
  defineCase({
    name: "timeline 5 dates",
    group: GROUP,
    sizes: ["1k", "10k"],
    setup: ecosystem,
    run: (eco) => timeline(eco, { from: "2021-06-30", to: "2025-06-30" }),
  }),
  defineCase({
    name: "applyScenario 20 changes",
    group: GROUP,
    setup: (size) => {
      const eco = ecosystem(size);
      return { eco, changes: changesFor(eco) };
    },
    run: ({ eco, changes }) => applyScenario(eco, changes),
  }),
  defineCase({
    name: "compareEcosystems",
    group: GROUP,
    sizes: ["1k", "10k"],
    setup: (size) => {
      const eco = ecosystem(size);
      return { before: eco, after: applyScenario(eco, changesFor(eco)) };
    },
    run: ({ before, after }) => compareEcosystems(before, after),
  }),
];
