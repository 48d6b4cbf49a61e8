/**
 * The Louvain method and modularity on typed arrays: the kernel behind `communities` and `modularity`,
 * run on the CSR adjacency of the undirected view with no graph object built.
 *
 * @packageDocumentation
 */
import type { Random } from "../internal/rng.js";
import { shuffleInPlace } from "../internal/rng.js";

/** An undirected weighted adjacency in CSR form, each edge listed at both ends (a view's arrays). */
export interface WeightedAdjacency {
  readonly order: number;
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  /** Edge strengths; `null` counts every edge as 1. */
  readonly weights: Float64Array | null;
}

/**
 * One level of the method: a graph whose nodes are the communities of the level below. `loops[c]` is
 * the strength of the edges inside node c (each once) and `strength[c]` its total strength, those
 * inside counted twice, as modularity counts them.
 */
interface Level {
  readonly order: number;
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  readonly weights: Float64Array;
  readonly loops: Float64Array;
  readonly strength: Float64Array;
}

function firstLevel(graph: WeightedAdjacency): Level {
  const { order, offsets, targets } = graph;
  const weights = graph.weights ?? new Float64Array(targets.length).fill(1);
  const strength = new Float64Array(order);
  for (let i = 0; i < order; i++) {
    let total = 0;
    for (let k = offsets[i]!, end = offsets[i + 1]!; k < end; k++) total += weights[k]!;
    strength[i] = total;
  }
  return { order, offsets, targets, weights, loops: new Float64Array(order), strength };
}

/**
 * The moving phase on one level: takes the nodes from a queue, first all of them in a seeded random
 * order, and moves each to the neighbouring community of largest modularity gain (staying unless
 * another is strictly better; among equal gains the first met in the adjacency). A node that moves
 * queues its neighbours outside its new community again, as only their gains changed (Traag's fast
 * local moves, 2015); the phase ends when the queue is empty. Returns each node's community.
 *
 * The gain of moving an isolated node i into community C is, up to the factor 1/m,
 * k_{i,C} − γ · Σ_C · k_i / 2m: the strength from i to C's members less the share a random graph
 * with the same strengths would put there (Blondel et al. 2008, eq. 2).
 */
function moveNodes(
  level: Level,
  twiceTotal: number,
  resolution: number,
  random: Random,
  start: Int32Array | null,
): Int32Array {
  const { order: n, offsets, targets, weights, strength } = level;
  const community = new Int32Array(n);
  const communityStrength = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const c = start === null ? i : start[i]!;
    community[i] = c;
    communityStrength[c]! += strength[i]!;
  }
  // A ring buffer of the nodes to visit; each is in it at most once.
  const queue = new Int32Array(n);
  const queued = new Uint8Array(n).fill(1);
  for (let i = 0; i < n; i++) queue[i] = i;
  shuffleInPlace(random, queue);
  let head = 0;
  let length = n;
  // Strength from the node being moved to each neighbouring community; `touched` lists them.
  const towards = new Float64Array(n);
  const seen = new Uint8Array(n);
  const touched = new Int32Array(n);
  const scale = resolution / twiceTotal;
  while (length > 0) {
    const i = queue[head]!;
    head = head + 1 === n ? 0 : head + 1;
    length--;
    queued[i] = 0;
    const home = community[i]!;
    const ki = strength[i]!;
    let count = 0;
    seen[home] = 1;
    touched[count++] = home;
    for (let k = offsets[i]!, end = offsets[i + 1]!; k < end; k++) {
      const c = community[targets[k]!]!;
      if (seen[c] === 0) {
        seen[c] = 1;
        touched[count++] = c;
      }
      towards[c]! += weights[k]!;
    }
    communityStrength[home]! -= ki;
    let best = home;
    let bestGain = towards[home]! - scale * communityStrength[home]! * ki;
    for (let t = 1; t < count; t++) {
      const c = touched[t]!;
      const gain = towards[c]! - scale * communityStrength[c]! * ki;
      if (gain > bestGain) {
        bestGain = gain;
        best = c;
      }
    }
    communityStrength[best]! += ki;
    for (let t = 0; t < count; t++) {
      const c = touched[t]!;
      towards[c] = 0;
      seen[c] = 0;
    }
    if (best === home) continue;
    community[i] = best;
    for (let k = offsets[i]!, end = offsets[i + 1]!; k < end; k++) {
      const j = targets[k]!;
      if (queued[j] === 1 || community[j] === best) continue;
      queued[j] = 1;
      const tail = head + length;
      queue[tail >= n ? tail - n : tail] = j;
      length++;
    }
  }
  return community;
}

/**
 * Renumbers communities 0 … k−1 in order of their smallest node, in place; returns k.
 */
function renumber(community: Int32Array): number {
  const code = new Int32Array(community.length).fill(-1);
  let count = 0;
  for (let i = 0; i < community.length; i++) {
    const c = community[i]!;
    if (code[c] === -1) code[c] = count++;
    community[i] = code[c]!;
  }
  return count;
}

/** The level above: one node per community, edges between communities summed, in node order. O(n + m). */
function aggregate(level: Level, community: Int32Array, count: number): Level {
  const { order: n, offsets, targets, weights, loops, strength } = level;
  // Members of each community, by a counting sort on the community.
  const memberStart = new Int32Array(count + 1);
  for (let i = 0; i < n; i++) memberStart[community[i]! + 1]!++;
  for (let c = 0; c < count; c++) memberStart[c + 1]! += memberStart[c]!;
  const members = new Int32Array(n);
  const cursor = memberStart.slice(0, count);
  for (let i = 0; i < n; i++) members[cursor[community[i]!]!++] = i;

  const nextLoops = new Float64Array(count);
  const nextStrength = new Float64Array(count);
  const nextOffsets = new Int32Array(count + 1);
  const towards = new Float64Array(count);
  const seen = new Uint8Array(count);
  const touched = new Int32Array(count);
  let nextTargets = new Int32Array(Math.max(16, targets.length >> 1));
  let nextWeights = new Float64Array(nextTargets.length);
  let size = 0;
  for (let c = 0; c < count; c++) {
    let touchedCount = 0;
    let inside = 0;
    let total = 0;
    for (let p = memberStart[c]!, end = memberStart[c + 1]!; p < end; p++) {
      const i = members[p]!;
      inside += loops[i]!;
      total += strength[i]!;
      for (let k = offsets[i]!, stop = offsets[i + 1]!; k < stop; k++) {
        const d = community[targets[k]!]!;
        // An edge inside c is listed at both its ends: half its strength from each.
        if (d === c) inside += weights[k]! / 2;
        else {
          if (seen[d] === 0) {
            seen[d] = 1;
            touched[touchedCount++] = d;
          }
          towards[d]! += weights[k]!;
        }
      }
    }
    nextLoops[c] = inside;
    nextStrength[c] = total;
    if (size + touchedCount > nextTargets.length) {
      const grown = new Int32Array(Math.max(2 * nextTargets.length, size + touchedCount));
      grown.set(nextTargets.subarray(0, size));
      nextTargets = grown;
      const grownWeights = new Float64Array(grown.length);
      grownWeights.set(nextWeights.subarray(0, size));
      nextWeights = grownWeights;
    }
    for (let t = 0; t < touchedCount; t++) {
      const d = touched[t]!;
      nextTargets[size] = d;
      nextWeights[size++] = towards[d]!;
      towards[d] = 0;
      seen[d] = 0;
    }
    nextOffsets[c + 1] = size;
  }
  return {
    order: count,
    offsets: nextOffsets,
    targets: nextTargets.slice(0, size),
    weights: nextWeights.slice(0, size),
    loops: nextLoops,
    strength: nextStrength,
  };
}

/**
 * Louvain communities of an undirected weighted graph (Blondel et al. 2008): move nodes between
 * communities while modularity (at resolution γ) rises, merge each community into one node, repeat
 * until a level moves nothing; then refine on the way back down (see the code). Nodes are visited in
 * orders drawn from `random`, so a seed fixes the result. Returns each node's community, numbered
 * 0 … k−1 in order of their smallest node. Time about O(m) per level in practice with O(log n)
 * levels; memory O(n + m) for all the levels together. A graph without edges leaves every node alone.
 * @internal
 */
export function louvainCommunities(graph: WeightedAdjacency, resolution: number, random: Random): Int32Array {
  const n = graph.order;
  const levels = [firstLevel(graph)];
  // up[l][i]: the node of level l + 1 that node i of level l was merged into.
  const up: Int32Array[] = [];
  let twiceTotal = 0;
  for (let i = 0; i < n; i++) twiceTotal += levels[0]!.strength[i]!;
  if (twiceTotal === 0) return Int32Array.from(levels[0]!.strength, (_unused, i) => i);
  for (;;) {
    const level = levels[levels.length - 1]!;
    const community = moveNodes(level, twiceTotal, resolution, random, null);
    const count = renumber(community);
    if (count === level.order) break;
    up.push(community);
    levels.push(aggregate(level, community, count));
  }
  // Multi-level refinement (Rotta & Noack 2011): carry the top partition down one level at a time,
  // letting single nodes of each level move again, which the coarse levels could not.
  let partition: Int32Array = new Int32Array(levels[levels.length - 1]!.order);
  for (let c = 0; c < partition.length; c++) partition[c] = c;
  for (let l = up.length - 1; l >= 0; l--) {
    const merged = up[l]!;
    const projected = new Int32Array(merged.length);
    for (let i = 0; i < merged.length; i++) projected[i] = partition[merged[i]!]!;
    partition = moveNodes(levels[l]!, twiceTotal, resolution, random, projected);
  }
  renumber(partition);
  return partition;
}

/**
 * Newman and Girvan's modularity of dense community codes on an undirected adjacency:
 * Q = Σ_c [ L_c / m − γ · (d_c / 2m)² ]; `null` without edges. O(n + m).
 * @internal
 */
export function modularityOfCodes(
  graph: WeightedAdjacency,
  codes: Int32Array,
  resolution: number,
): number | null {
  const { order: n, offsets, targets, weights } = graph;
  let communityCount = 0;
  for (let i = 0; i < n; i++) if (codes[i]! + 1 > communityCount) communityCount = codes[i]! + 1;
  const inside = new Float64Array(communityCount);
  const total = new Float64Array(communityCount);
  let twiceTotal = 0;
  for (let i = 0; i < n; i++) {
    const c = codes[i]!;
    for (let k = offsets[i]!, end = offsets[i + 1]!; k < end; k++) {
      const w = weights === null ? 1 : weights[k]!;
      total[c]! += w;
      twiceTotal += w;
      if (codes[targets[k]!] === c) inside[c]! += w;
    }
  }
  if (twiceTotal === 0) return null;
  // `inside` counts each edge inside a community from both ends: it is 2 L_c.
  let q = 0;
  for (let c = 0; c < communityCount; c++) {
    const share = total[c]! / twiceTotal;
    q += inside[c]! / twiceTotal - resolution * share * share;
  }
  return Number.isFinite(q) ? q : null;
}
