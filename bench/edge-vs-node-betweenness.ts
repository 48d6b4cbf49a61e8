/**
 * Exact edge betweenness against exact node betweenness on one generated ecosystem (seed 1), in one
 * process, alternating node, edge, node, edge … so that both see the same machine load; prints each
 * time and the ratio of the medians. Usage: `npx tsx bench/edge-vs-node-betweenness.ts [actors] [rounds]`
 * (defaults 10 000 actors, mean degree 10, i.e. 50 000 ties, and 2 rounds).
 */
import { generateEcosystem } from "../src/datasets/generate.js";
import { betweenness } from "../src/metrics/centrality.js";
import { edgeBetweenness } from "../src/metrics/edge-betweenness.js";
import { getView } from "../src/model/view-cache.js";

const actors = Number(process.argv[2] ?? 10_000);
const rounds = Number(process.argv[3] ?? 2);
const eco = generateEcosystem({ actors, meanDegree: 10, seed: 1 });
const view = getView(eco);
const median = (xs: number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const node: number[] = [];
const edge: number[] = [];
console.log(`${view.order} actors, ${view.size} ties (undirected view)`);
for (let round = 0; round < rounds; round++) {
  let start = performance.now();
  betweenness(eco);
  node.push((performance.now() - start) / 1000);
  start = performance.now();
  edgeBetweenness(eco);
  edge.push((performance.now() - start) / 1000);
  console.log(`round ${round + 1}: node ${node[round]!.toFixed(2)} s, edge ${edge[round]!.toFixed(2)} s`);
}
console.log(
  `median node ${median(node).toFixed(2)} s, edge ${median(edge).toFixed(2)} s, ratio ${(median(edge) / median(node)).toFixed(2)}`,
);
