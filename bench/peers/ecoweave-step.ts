/**
 * One timed step of the side-by-side benchmark, run by ecoweave in its own process (so peak memory is
 * this step's): `tsx bench/peers/ecoweave-step.ts <edge-list> <step> [workers]` prints
 * `{"seconds":…,"peakMB":…,"value":…}`. Reading the file is not timed; `build` times the document to
 * the analysis view, the other steps run on a built ecosystem whose default view exists already.
 */
import {
  articulationPoints,
  betweenness,
  bridges,
  communities,
  constraint,
  coreNumbers,
  createEcosystem,
  type EcosystemData,
  getView,
} from "../../src/index.js";
import { readEdgeList } from "./graphs.js";

const [file, step, workersText] = process.argv.slice(2);
const workers = workersText === undefined ? undefined : Number(workersText);
if (file === undefined || step === undefined) throw new Error("usage: ecoweave-step.ts <edge-list> <step>");
const { nodes, edges } = readEdgeList(file);

function documentOf(): EcosystemData {
  const actors = new Array<{ id: string; role: string }>(nodes);
  for (let i = 0; i < nodes; i++) actors[i] = { id: `n${i}`, role: "developer" };
  const ties = new Array<{ source: string; target: string; kind: string }>(edges.length / 2);
  for (let k = 0; k < edges.length; k += 2) {
    ties[k / 2] = { source: `n${edges[k]}`, target: `n${edges[k + 1]}`, kind: "collaboration" };
  }
  return { actors, ties };
}

const data = documentOf();
let value: number | null = null;
let seconds: number;
if (step === "build") {
  const start = performance.now();
  getView(createEcosystem(data));
  seconds = (performance.now() - start) / 1000;
} else {
  const eco = createEcosystem(data);
  getView(eco);
  const start = performance.now();
  if (step === "cut") {
    articulationPoints(eco);
    bridges(eco);
    coreNumbers(eco);
  } else if (step === "louvain") {
    value = communities(eco, { seed: 1 }).modularity;
  } else if (step === "betweenness") {
    betweenness(eco, { workers });
  } else if (step === "constraint") {
    constraint(eco);
  } else {
    throw new Error(`unknown step ${step}`);
  }
  seconds = (performance.now() - start) / 1000;
}
const peakMB = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify({ seconds, peakMB, value })}\n`);
