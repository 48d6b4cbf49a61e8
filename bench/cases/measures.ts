/**
 * The issue-18 measures on the sizes of their performance targets: at 10 000 actors / 50 000 ties
 * (`10k/50k`) biconnected blocks and strongly connected components under 0.2 s, local constraint under
 * 1 s, exact edge betweenness under 1.5× exact node betweenness (both timed here on the same
 * ecosystem); node connectivity of the whole network at 2 000 actors (`2k`) under 10 s.
 * Views are built in `setup`, so the timings are the measures' own.
 */

import { generateEcosystem } from "../../src/datasets/generate.js";
import { biconnectedComponents } from "../../src/metrics/biconnected.js";
import { betweenness } from "../../src/metrics/centrality.js";
import { edgeBetweenness } from "../../src/metrics/edge-betweenness.js";
import { kComponents } from "../../src/metrics/k-components.js";
import { localConstraint } from "../../src/metrics/local-constraint.js";
import { nodeConnectivity } from "../../src/metrics/node-connectivity.js";
import { stronglyConnectedComponents } from "../../src/metrics/strong-components.js";
import type { Ecosystem } from "../../src/model/ecosystem.js";
import { getView } from "../../src/model/view-cache.js";
import { type BenchCase, type BenchSize, defineCase } from "../harness.js";

const GROUP = "measures";

/** A generated ecosystem (seed 1) with its undirected and directed views built and cached. */
function viewed(size: BenchSize): Ecosystem {
  const eco = generateEcosystem({ actors: size.actors, meanDegree: size.meanDegree, seed: 1 });
  getView(eco);
  getView(eco, { directed: true });
  return eco;
}

export const cases: readonly BenchCase[] = [
  defineCase({
    name: "biconnectedComponents",
    group: GROUP,
    sizes: ["10k/50k"],
    setup: viewed,
    run: (eco) => biconnectedComponents(eco),
  }),
  defineCase({
    name: "stronglyConnectedComponents",
    group: GROUP,
    sizes: ["10k/50k"],
    setup: viewed,
    run: (eco) => stronglyConnectedComponents(eco),
  }),
  defineCase({
    name: "localConstraint",
    group: GROUP,
    sizes: ["10k/50k"],
    setup: viewed,
    run: (eco) => localConstraint(eco),
  }),
  defineCase({
    name: "betweenness (exact; edge-betweenness baseline)",
    group: GROUP,
    sizes: ["10k/50k"],
    setup: viewed,
    run: (eco) => betweenness(eco),
  }),
  defineCase({
    name: "edgeBetweenness (exact)",
    group: GROUP,
    sizes: ["10k/50k"],
    setup: viewed,
    run: (eco) => edgeBetweenness(eco),
  }),
  defineCase({
    name: "betweenness (weights: length)",
    group: GROUP,
    sizes: ["10k/50k"],
    setup: viewed,
    run: (eco) => betweenness(eco, { weights: "length" }),
  }),
  defineCase({
    name: "nodeConnectivity (whole network)",
    group: GROUP,
    sizes: ["2k"],
    setup: viewed,
    run: (eco) => nodeConnectivity(eco),
  }),
  defineCase({
    name: "kComponents",
    group: GROUP,
    sizes: ["2k"],
    setup: viewed,
    run: (eco) => kComponents(eco),
  }),
];
