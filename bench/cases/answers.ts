/**
 * Answer cases: structural gaps, bridge actors, the network's stage, key players and weaver
 * candidates. Targets: findStructuralGaps with 1000 permutations and findBridgeActors on 10 000 actors
 * / 50 000 ties (`10k/50k`) under 10 s each; findKeyPlayers with k = 5 on 2 000 actors (`2k`) under
 * 10 s, for the fragmentation and the reach objectives.
 *
 * The undirected analysis view and the simple graphology graph Louvain runs on are built in `setup`
 * (both are cached per ecosystem; together about 0.1 s at 10k/50k), so every timed run does the same work.
 */
import { diagnoseStage } from "../../src/brokers/diagnose-stage.js";
import { findBridgeActors } from "../../src/brokers/find-bridge-actors.js";
import { findKeyPlayers } from "../../src/brokers/key-players.js";
import { findWeaverCandidates } from "../../src/brokers/weaver-candidates.js";
import { generateEcosystem } from "../../src/datasets/generate.js";
import { findStructuralGaps } from "../../src/gaps/find-structural-gaps.js";
import { simpleGraphOf } from "../../src/internal/simple-graph.js";
import type { Ecosystem } from "../../src/model/ecosystem.js";
import { getView } from "../../src/model/view-cache.js";
import { type BenchCase, type BenchSize, defineCase } from "../harness.js";

const GROUP = "answers";

/** A generated ecosystem (seed 1) with its undirected view and that view's simple graph built. */
function prepared(size: BenchSize): Ecosystem {
  const eco = generateEcosystem({ actors: size.actors, meanDegree: size.meanDegree, seed: 1 });
  simpleGraphOf(getView(eco));
  return eco;
}

export const cases: readonly BenchCase[] = [
  defineCase({
    name: "findStructuralGaps (1000 permutations)",
    group: GROUP,
    sizes: ["2k", "10k/50k", "10k"],
    setup: prepared,
    run: (eco) => findStructuralGaps(eco, { permutations: 1000 }),
  }),
  defineCase({
    name: "findBridgeActors",
    group: GROUP,
    sizes: ["2k", "10k/50k", "10k"],
    setup: prepared,
    run: (eco) => findBridgeActors(eco),
  }),
  defineCase({
    name: "diagnoseStage",
    group: GROUP,
    sizes: ["2k", "10k/50k"],
    setup: prepared,
    run: (eco) => diagnoseStage(eco),
  }),
  defineCase({
    name: "findKeyPlayers k=5 fragmentation",
    group: GROUP,
    sizes: ["2k", "10k/50k"],
    setup: prepared,
    run: (eco) => findKeyPlayers(eco, { k: 5, objective: "fragmentation" }),
  }),
  defineCase({
    name: "findKeyPlayers k=5 reach",
    group: GROUP,
    sizes: ["2k", "10k/50k"],
    setup: prepared,
    run: (eco) => findKeyPlayers(eco, { k: 5, objective: "reach" }),
  }),
  defineCase({
    name: "findWeaverCandidates (team of 3)",
    group: GROUP,
    sizes: ["2k", "10k/50k"],
    setup: prepared,
    run: (eco) => findWeaverCandidates(eco),
  }),
];
