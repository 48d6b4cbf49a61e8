/**
 * `npx tsx bench/sampling-error.ts [actors] [meanDegree] [pivots,…]`: how far the report's sampled
 * betweenness (the stage evidence, the bridge actors' score and the actor table) and the bridge actors
 * built on it fall from the exact values, on a generated ecosystem (default 10 000 actors, 50 000 ties,
 * pivots 50,100,200,500). Prints Markdown rows for docs/performance.md: the overlap of the top 20 by
 * betweenness, Spearman's rank correlation over every actor, the largest absolute error, and the
 * overlap of the top 10 bridge actors (same seed, `betweennessSample` exact vs k pivots), with the
 * seconds each took.
 */
import { findBridgeActors } from "../src/brokers/find-bridge-actors.js";
import { generateEcosystem } from "../src/datasets/generate.js";
import { compareIds } from "../src/internal/compare.js";
import { betweenness } from "../src/metrics/centrality.js";

const actors = Number(process.argv[2] ?? 10_000);
const meanDegree = Number(process.argv[3] ?? 10);
const pivotCounts = (process.argv[4] ?? "50,100,200,500").split(",").map(Number);
const SEED = 1;
const eco = generateEcosystem({ actors, meanDegree, seed: SEED });

function timed<T>(run: () => T): { value: T; seconds: number } {
  const start = performance.now();
  const value = run();
  return { value, seconds: (performance.now() - start) / 1000 };
}

/** Ids by value, highest first, ties by id. */
function ranking(values: Record<string, number>): string[] {
  return Object.keys(values).sort((a, b) => values[b]! - values[a]! || compareIds(a, b));
}

/** Spearman's ρ: Pearson correlation of the ranks (mid-ranks for equal values). */
function spearman(a: Record<string, number>, b: Record<string, number>): number {
  const ids = Object.keys(a);
  const ranksOf = (values: Record<string, number>): Map<string, number> => {
    const sorted = [...ids].sort((x, y) => values[x]! - values[y]!);
    const ranks = new Map<string, number>();
    for (let i = 0; i < sorted.length; ) {
      let j = i;
      while (j + 1 < sorted.length && values[sorted[j + 1]!] === values[sorted[i]!]) j++;
      for (let t = i; t <= j; t++) ranks.set(sorted[t]!, (i + j) / 2);
      i = j + 1;
    }
    return ranks;
  };
  const ra = ranksOf(a);
  const rb = ranksOf(b);
  const mean = (ids.length - 1) / 2;
  let covariance = 0;
  let varianceA = 0;
  let varianceB = 0;
  for (const id of ids) {
    const x = ra.get(id)! - mean;
    const y = rb.get(id)! - mean;
    covariance += x * y;
    varianceA += x * x;
    varianceB += y * y;
  }
  return covariance / Math.sqrt(varianceA * varianceB);
}

function overlap(a: readonly string[], b: readonly string[], top: number): number {
  const head = new Set(a.slice(0, top));
  let shared = 0;
  for (const id of b.slice(0, top)) if (head.has(id)) shared++;
  return shared;
}

const exact = timed(() => betweenness(eco, { normalized: true }));
const exactBridges = timed(() =>
  findBridgeActors(eco, { seed: SEED, groupBy: ["role", "community"], top: 10, betweennessSample: "exact" }),
);
const exactRanking = ranking(exact.value);
const exactBridgeIds = exactBridges.value.map((actor) => actor.id);
console.log(
  `${actors} actors, ${eco.size} ties; exact betweenness ${exact.seconds.toFixed(1)} s, exact bridge actors ${exactBridges.seconds.toFixed(1)} s`,
);
console.log(
  "| pivots | top-20 overlap | Spearman ρ | max abs error | betweenness s | top-10 bridge actors overlap | bridge actors s |",
);
console.log("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const k of pivotCounts) {
  const sampled = timed(() => betweenness(eco, { normalized: true, sample: k, seed: SEED }));
  let maxError = 0;
  for (const id of exactRanking)
    maxError = Math.max(maxError, Math.abs(sampled.value[id]! - exact.value[id]!));
  const bridges = timed(() =>
    findBridgeActors(eco, { seed: SEED, groupBy: ["role", "community"], top: 10, betweennessSample: k }),
  );
  const bridgeIds = bridges.value.map((actor) => actor.id);
  console.log(
    `| ${k} | ${overlap(exactRanking, ranking(sampled.value), 20)}/20 | ${spearman(exact.value, sampled.value).toFixed(4)} | ${maxError.toExponential(2)} | ${sampled.seconds.toFixed(2)} | ${overlap(exactBridgeIds, bridgeIds, 10)}/10 | ${bridges.seconds.toFixed(1)} |`,
  );
}
