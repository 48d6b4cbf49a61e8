/** Weaving cases: suggestConnections (default strategy) and a ten-tie planWeaving, on the standard sizes. */
import { generateEcosystem } from "../../src/datasets/generate.js";
import { planWeaving } from "../../src/weave/plan-weaving.js";
import { suggestConnections } from "../../src/weave/suggest-connections.js";
import { type BenchCase, type BenchSize, defineCase } from "../harness.js";

const GROUP = "weave";
const ecosystem = (size: BenchSize) =>
  generateEcosystem({ actors: size.actors, meanDegree: size.meanDegree, seed: 1 });

export const cases: readonly BenchCase[] = [
  defineCase({
    name: "suggestConnections",
    group: GROUP,
    sizes: ["1k", "10k"],
    setup: ecosystem,
    run: (eco) => suggestConnections(eco),
  }),
  defineCase({
    name: "planWeaving (budget 10)",
    group: GROUP,
    sizes: ["1k"],
    setup: ecosystem,
    run: (eco) => planWeaving(eco, { budget: 10 }),
  }),
];
