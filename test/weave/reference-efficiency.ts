// Brute-force references shared by the weaving tests, computed from the document itself (never from
// the CSR view the code under test reads).
import type { EcosystemData } from "../../src/model/schema.js";

/**
 * Global efficiency by BFS on an adjacency built from the document's ties plus `extra` pairs
 * (NetworkX's `global_efficiency`: the mean of 1/d over ordered pairs, 0 for unreachable pairs).
 */
export function referenceEfficiency(
  data: EcosystemData,
  extra: readonly (readonly [string, string])[] = [],
): number {
  const ids = data.actors.map((actor) => actor.id);
  const n = ids.length;
  if (n < 2) return 0;
  const neighbors = new Map<string, Set<string>>(ids.map((id) => [id, new Set<string>()]));
  for (const [a, b] of [...data.ties.map((tie) => [tie.source, tie.target] as const), ...extra]) {
    neighbors.get(a)!.add(b);
    neighbors.get(b)!.add(a);
  }
  let total = 0;
  for (const source of ids) {
    const distance = new Map<string, number>([[source, 0]]);
    const queue = [source];
    for (let head = 0; head < queue.length; head++) {
      const x = queue[head]!;
      for (const y of neighbors.get(x)!) {
        if (!distance.has(y)) {
          distance.set(y, distance.get(x)! + 1);
          queue.push(y);
        }
      }
    }
    for (const [y, d] of distance) if (y !== source) total += 1 / d;
  }
  return total / (n * (n - 1));
}

/** Every unordered pair of distinct actors not tied in the document, in actor order. */
export function absentPairs(data: EcosystemData): [string, string][] {
  const tied = new Set(
    data.ties.flatMap((tie) => [`${tie.source}\u0000${tie.target}`, `${tie.target}\u0000${tie.source}`]),
  );
  const ids = data.actors.map((actor) => actor.id);
  const pairs: [string, string][] = [];
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      if (!tied.has(`${ids[i]}\u0000${ids[j]}`)) pairs.push([ids[i]!, ids[j]!]);
    }
  }
  return pairs;
}
