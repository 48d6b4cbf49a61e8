// Direct, independent computations of what findBridgeActors reports, for planted-truth tests: plain
// breadth-first searches on an adjacency map built from the document, never the library's view or measures.
import type { EcosystemData } from "../../src/model/schema.js";

export type Adjacency = Map<string, Set<string>>;

/** The built-in roles' needs (DESIGN.md), written out here so the test does not read them from src. */
export const DEFAULT_NEEDS: Readonly<Record<string, readonly string[]>> = {
  developer: ["funder", "upskiller"],
  upskiller: ["developer", "funder"],
  funder: ["developer"],
};

/** Undirected adjacency of every tie of the document. */
export function adjacencyOf(data: EcosystemData): Adjacency {
  const adjacency: Adjacency = new Map(data.actors.map((actor) => [actor.id, new Set<string>()]));
  for (const tie of data.ties) {
    adjacency.get(tie.source)!.add(tie.target);
    adjacency.get(tie.target)!.add(tie.source);
  }
  return adjacency;
}

/** The actors reachable from `start` (itself included) when `removed` has left. */
export function reachable(adjacency: Adjacency, start: string, removed?: string): Set<string> {
  const seen = new Set([start]);
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    for (const next of adjacency.get(queue[head]!)!) {
      if (next !== removed && !seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

/** Actors that lose every path to the largest piece left when v is removed from its component. */
export function cutOffByRemoval(adjacency: Adjacency, v: string): number {
  const component = reachable(adjacency, v);
  const assigned = new Set<string>();
  let largest = 0;
  for (const member of component) {
    if (member === v || assigned.has(member)) continue;
    const piece = reachable(adjacency, member, v);
    for (const actor of piece) assigned.add(actor);
    largest = Math.max(largest, piece.size);
  }
  return component.size - 1 - largest;
}

/** Per needed role, the actors who reach it now and reach no actor of it without v (default needs). */
export function needsLostByRemoval(
  data: EcosystemData,
  adjacency: Adjacency,
  v: string,
): Map<string, string[]> {
  const roleOf = new Map(data.actors.map((actor) => [actor.id, actor.role]));
  const lost = new Map<string, string[]>();
  for (const actor of data.actors) {
    if (actor.id === v) continue;
    const before = reachable(adjacency, actor.id);
    const after = reachable(adjacency, actor.id, v);
    for (const need of DEFAULT_NEEDS[actor.role] ?? []) {
      const reaches = (set: Set<string>) => [...set].some((id) => id !== actor.id && roleOf.get(id) === need);
      if (reaches(before) && !reaches(after)) lost.set(need, [...(lost.get(need) ?? []), actor.id]);
    }
  }
  return lost;
}

/** Hop distances and shortest-path counts from `source`. */
export function pathsFrom(
  adjacency: Adjacency,
  source: string,
): { distance: Map<string, number>; count: Map<string, number> } {
  const distance = new Map([[source, 0]]);
  const count = new Map([[source, 1]]);
  const queue = [source];
  for (let head = 0; head < queue.length; head++) {
    const u = queue[head]!;
    for (const w of adjacency.get(u)!) {
      if (!distance.has(w)) {
        distance.set(w, distance.get(u)! + 1);
        count.set(w, 0);
        queue.push(w);
      }
      if (distance.get(w) === distance.get(u)! + 1) count.set(w, count.get(w)! + count.get(u)!);
    }
  }
  return { distance, count };
}

/**
 * Normalised betweenness by counting shortest paths: for every unordered pair {s, t} of other actors
 * joined by a path, the share σ_sv σ_vt / σ_st of its shortest paths through v (when d(s, v) + d(v, t)
 * = d(s, t)), summed and divided by the (n − 1)(n − 2) / 2 pairs. O(n³) for small graphs.
 */
export function betweennessByCounting(adjacency: Adjacency): Map<string, number> {
  const ids = [...adjacency.keys()];
  const n = ids.length;
  const paths = new Map(ids.map((id) => [id, pathsFrom(adjacency, id)]));
  const result = new Map<string, number>();
  for (const v of ids) {
    const fromV = paths.get(v)!;
    let sum = 0;
    for (let a = 0; a < n; a++) {
      const s = ids[a]!;
      if (s === v) continue;
      const fromS = paths.get(s)!;
      const sv = fromS.distance.get(v);
      if (sv === undefined) continue;
      for (let b = a + 1; b < n; b++) {
        const t = ids[b]!;
        if (t === v) continue;
        const st = fromS.distance.get(t);
        const vt = fromV.distance.get(t);
        if (st === undefined || vt === undefined || sv + vt !== st) continue;
        sum += (fromS.count.get(v)! * fromV.count.get(t)!) / fromS.count.get(t)!;
      }
    }
    result.set(v, n > 2 ? sum / (((n - 1) * (n - 2)) / 2) : 0);
  }
  return result;
}

/** The (actor, needed role) pairs where the actor reaches some actor of that role (default needs). */
export function needsMetDirect(data: EcosystemData, adjacency: Adjacency): number {
  const roleOf = new Map(data.actors.map((actor) => [actor.id, actor.role]));
  let met = 0;
  for (const actor of data.actors) {
    const reached = reachable(adjacency, actor.id);
    for (const need of DEFAULT_NEEDS[actor.role] ?? []) {
      if ([...reached].some((id) => id !== actor.id && roleOf.get(id) === need)) met++;
    }
  }
  return met;
}
