/**
 * Measure cases: each family of measures on generated ecosystems of 10 000 actors / 50 000 ties
 * (`10k/50k`) and 100 000 actors / 1 000 000 ties (`100k`); the O(n·m) ones (exact betweenness and
 * closeness, exact global efficiency) at 5 000 actors / 25 000 ties (`5k`) and 10k/50k.
 *
 * The analysis views a case reads are built in `setup` (getView caches them per ecosystem), so the
 * timings are the measures' own; createView's cost is in the foundation table. Targets: structuralHoles
 * and brokerage at 100k under 5 s each; articulationPoints, bridges, coreNumbers and components at 100k
 * under 2 s together; exact betweenness no slower than graphology-metrics' on the same simple graph.
 */
import { centrality as graphologyCentrality } from "graphology-metrics";
import { generateEcosystem } from "../../src/datasets/generate.js";
import { simpleGraphOf } from "../../src/internal/simple-graph.js";
import { brokerage } from "../../src/metrics/brokerage.js";
import {
  betweenness,
  closeness,
  degreeCentrality,
  eigenvector,
  pagerank,
} from "../../src/metrics/centrality.js";
import { localClustering, transitivity } from "../../src/metrics/clustering.js";
import { communities } from "../../src/metrics/communities.js";
import { components } from "../../src/metrics/components.js";
import { coreNumbers } from "../../src/metrics/core-numbers.js";
import { articulationPoints, bridges, cutPoints } from "../../src/metrics/cut-points.js";
import { globalEfficiency, globalEfficiencyEstimate, localEfficiency } from "../../src/metrics/efficiency.js";
import { assortativity, eiIndex, mixingMatrix } from "../../src/metrics/groups.js";
import { linkPrediction } from "../../src/metrics/link-prediction.js";
import { structuralHoles } from "../../src/metrics/structural-holes.js";
import type { Ecosystem } from "../../src/model/ecosystem.js";
import { getView } from "../../src/model/view-cache.js";
import { type BenchCase, type BenchSize, defineCase } from "../harness.js";

const GROUP = "metrics";
/** The linear-time families: the two sizes of the targets. */
const LARGE = ["10k/50k", "100k"] as const;
/** The O(n·m) families. */
const QUADRATIC = ["5k", "10k/50k"] as const;

/** A generated ecosystem (seed 1) with its undirected analysis view built and cached. */
function viewed(size: BenchSize): Ecosystem {
  const eco = generateEcosystem({ actors: size.actors, meanDegree: size.meanDegree, seed: 1 });
  getView(eco);
  return eco;
}

/** As {@link viewed}, with the simple graphology graph the graphology-backed measures use also built. */
function withSimpleGraph(size: BenchSize): Ecosystem {
  const eco = viewed(size);
  simpleGraphOf(getView(eco));
  return eco;
}

export const cases: readonly BenchCase[] = [
  // Structural holes and brokerage.
  defineCase({
    name: "structuralHoles",
    group: GROUP,
    sizes: LARGE,
    setup: viewed,
    run: (eco) => structuralHoles(eco),
  }),
  defineCase({
    name: "brokerage (by role)",
    group: GROUP,
    sizes: LARGE,
    setup: viewed,
    run: (eco) => brokerage(eco),
  }),
  // Cohesion: the target set together, then each on its own.
  defineCase({
    name: "articulationPoints + bridges + coreNumbers + components",
    group: GROUP,
    sizes: LARGE,
    setup: viewed,
    run: (eco) => [articulationPoints(eco), bridges(eco), coreNumbers(eco), components(eco)],
  }),
  defineCase({
    name: "articulationPoints",
    group: GROUP,
    sizes: LARGE,
    setup: viewed,
    run: (eco) => articulationPoints(eco),
  }),
  defineCase({ name: "bridges", group: GROUP, sizes: LARGE, setup: viewed, run: (eco) => bridges(eco) }),
  defineCase({
    name: "coreNumbers",
    group: GROUP,
    sizes: LARGE,
    setup: viewed,
    run: (eco) => coreNumbers(eco),
  }),
  defineCase({
    name: "components",
    group: GROUP,
    sizes: LARGE,
    setup: viewed,
    run: (eco) => components(eco),
  }),
  defineCase({
    name: "cutPoints (with impact)",
    group: GROUP,
    sizes: LARGE,
    setup: viewed,
    run: (eco) => cutPoints(eco),
  }),
  // Centrality.
  defineCase({
    name: "degreeCentrality",
    group: GROUP,
    sizes: LARGE,
    setup: viewed,
    run: (eco) => degreeCentrality(eco),
  }),
  defineCase({
    name: "simple graph for graphology-backed measures",
    group: GROUP,
    sizes: LARGE,
    // What the first graphology-backed call on a view pays once (eigenvector, pagerank, closeness,
    // Louvain). simpleGraphOf caches per view object, so each run hands it a fresh copy of the view.
    setup: viewed,
    run: (eco) => simpleGraphOf({ ...getView(eco) }),
  }),
  defineCase({
    name: "eigenvector + pagerank",
    group: GROUP,
    sizes: LARGE,
    setup: withSimpleGraph,
    run: (eco) => [eigenvector(eco), pagerank(eco)],
  }),
  defineCase({
    name: "betweenness (sample 100)",
    group: GROUP,
    sizes: LARGE,
    setup: viewed,
    run: (eco) => betweenness(eco, { sample: 100 }),
  }),
  defineCase({
    name: "betweenness (exact)",
    group: GROUP,
    sizes: QUADRATIC,
    setup: viewed,
    run: (eco) => betweenness(eco),
  }),
  defineCase({
    name: "graphology-metrics betweenness (exact)",
    group: GROUP,
    sizes: ["5k"],
    // The same simple graph ecoweave would hand to graphology, built once outside the timing.
    setup: (size) => simpleGraphOf(getView(viewed(size))),
    run: (graph) => graphologyCentrality.betweenness(graph, { getEdgeWeight: null }),
  }),
  defineCase({
    name: "closeness (exact)",
    group: GROUP,
    sizes: QUADRATIC,
    setup: withSimpleGraph,
    run: (eco) => closeness(eco),
  }),
  // Clustering and efficiency.
  defineCase({
    name: "localClustering + transitivity",
    group: GROUP,
    sizes: LARGE,
    setup: viewed,
    run: (eco) => [localClustering(eco), transitivity(eco)],
  }),
  defineCase({
    name: "localEfficiency",
    group: GROUP,
    sizes: LARGE,
    setup: viewed,
    run: (eco) => localEfficiency(eco),
  }),
  defineCase({
    name: "globalEfficiencyEstimate (50 sources)",
    group: GROUP,
    sizes: LARGE,
    setup: viewed,
    run: (eco) => globalEfficiencyEstimate(eco, { sources: 50 }),
  }),
  defineCase({
    name: "globalEfficiency (exact)",
    group: GROUP,
    sizes: QUADRATIC,
    setup: viewed,
    run: (eco) => globalEfficiency(eco),
  }),
  // Groups and communities.
  defineCase({
    name: "mixingMatrix + eiIndex + assortativity",
    group: GROUP,
    sizes: LARGE,
    setup: viewed,
    run: (eco) => [mixingMatrix(eco), eiIndex(eco), assortativity(eco)],
  }),
  defineCase({
    name: "communities (Louvain)",
    group: GROUP,
    sizes: LARGE,
    setup: withSimpleGraph,
    run: (eco) => communities(eco),
  }),
  // Link prediction without `pairs` visits every pair of actors (O(n²)), so not at 100k.
  defineCase({
    name: "linkPrediction (Adamic–Adar, top 100 of all pairs)",
    group: GROUP,
    sizes: ["10k/50k"],
    setup: viewed,
    run: (eco) => linkPrediction(eco, { top: 100 }),
  }),
];
