/**
 * One run of a cascade on a {@link SpreadGraph}: breadth-first, level by level, on typed arrays. Two
 * ways to draw: counter-based coins (coins.ts), so that run r of the same seed sees the same live ties
 * and thresholds with or without a candidate tie (spreadGain); or one seeded stream with geometric
 * skips between the ties tried (simulateSpread, faster). No recursion, no allocation per run.
 *
 * @packageDocumentation
 */
import type { Random } from "../internal/rng.js";
import { CANDIDATE_SALT, mix32, nodeKeyOf, UNIT } from "./coins.js";
import type { SpreadGraph } from "./spread-graph.js";

/**
 * Up to two extra arcs (a candidate tie) laid over the graph for one run. For the linear threshold,
 * `chance` is the arc's strength, and the weights into its head are renormalised.
 * @internal
 */
export interface TieOverlay {
  count: number;
  readonly tails: Int32Array;
  readonly heads: Int32Array;
  readonly chance: Float64Array;
  readonly keys: Int32Array;
}

/** An empty overlay with room for one tie's two arcs. @internal */
export function createOverlay(): TieOverlay {
  return {
    count: 0,
    tails: new Int32Array(2),
    heads: new Int32Array(2),
    chance: new Float64Array(2),
    keys: new Int32Array(2),
  };
}

/** Sets `overlay` to the arcs of a new tie (`both`: an undirected tie in the view). @internal */
export function setOverlay(
  overlay: TieOverlay,
  graph: SpreadGraph,
  tail: number,
  head: number,
  both: boolean,
  kind: string,
  weight: number,
): void {
  overlay.count = 0;
  const add = (from: number, to: number): void => {
    const at = overlay.count++;
    overlay.tails[at] = from;
    overlay.heads[at] = to;
    overlay.chance[at] =
      graph.model === "linear-threshold" ? weight : graph.chanceOfNewTie(from, to, kind, weight);
    overlay.keys[at] = mix32(Math.imul(from, 0x9e3779b1) ^ mix32(to ^ CANDIDATE_SALT));
  };
  add(tail, head);
  if (both) add(head, tail);
}

/** Whether arc `at` of `overlay` is live (independent cascade) in the run of `runKey`. @internal */
export function overlayLive(overlay: TieOverlay, at: number, runKey: number): boolean {
  return mix32(overlay.keys[at]! ^ runKey) * UNIT < overlay.chance[at]!;
}

/** The reusable buffers of the runs on one graph. @internal */
export interface CascadeScratch {
  /** `reached[v] === stamp` iff v is reached in the current run. */
  readonly reached: Int32Array;
  /** The reached actors of the last run, in the order reached: `queue[0 … count−1]`. */
  readonly queue: Int32Array;
  readonly touched: Int32Array;
  readonly influence: Float64Array;
  readonly threshold: Float64Array;
  readonly nodeKey: Int32Array;
  /** Linear threshold: factor on the weights into each actor (1 but for a candidate's head). */
  readonly scale: Float64Array;
  /** New actors reached at each step of the last run (index 0: the seeds). */
  readonly newAt: Int32Array;
  /** Number of steps of the last run (its last level's step). */
  steps: number;
  stamp: number;
}

/** Buffers for runs on `graph`. @internal */
export function createScratch(graph: SpreadGraph): CascadeScratch {
  const n = graph.order;
  const nodeKey = new Int32Array(n);
  for (let v = 0; v < n; v++) nodeKey[v] = nodeKeyOf(v);
  return {
    reached: new Int32Array(n),
    queue: new Int32Array(n),
    touched: new Int32Array(n),
    influence: new Float64Array(n),
    threshold: new Float64Array(n),
    nodeKey,
    scale: new Float64Array(n).fill(1),
    newAt: new Int32Array(n + 1),
    steps: 0,
    stamp: 0,
  };
}

/** Marks the seeds reached and returns their count. */
function startRun(seeds: Int32Array, scratch: CascadeScratch, stamp: number): number {
  const { reached, queue } = scratch;
  let count = 0;
  for (let s = 0; s < seeds.length; s++) {
    const seed = seeds[s]!;
    if (reached[seed] !== stamp) {
      reached[seed] = stamp;
      queue[count++] = seed;
    }
  }
  scratch.newAt[0] = count;
  return count;
}

/**
 * Independent cascade: every arc `u → v` is live in run r when the hash of its key and the run's
 * key falls below the arc's chance. The hash (coins.ts' `mix32`) is written out in the loop and
 * compared as an integer with the arc's `limit`: this halves the time per arc on V8.
 */
function runIndependentCascade(
  graph: SpreadGraph,
  seeds: Int32Array,
  runKey: number,
  maxSteps: number,
  scratch: CascadeScratch,
  overlay: TieOverlay | null,
): number {
  const { offsets, targets, limit, arcKey } = graph;
  const { reached, queue, newAt } = scratch;
  const stamp = ++scratch.stamp;
  let count = startRun(seeds, scratch, stamp);
  const extra = overlay === null ? 0 : overlay.count;
  let levelStart = 0;
  let levelEnd = count;
  let step = 0;
  let lastStep = 0;
  while (levelStart < levelEnd && step < maxSteps) {
    step++;
    for (let h = levelStart; h < levelEnd; h++) {
      const u = queue[h]!;
      const end = offsets[u + 1]!;
      for (let e = offsets[u]!; e < end; e++) {
        const v = targets[e]!;
        if (reached[v] === stamp) continue;
        let x = arcKey[e]! ^ runKey;
        x ^= x >>> 16;
        x = Math.imul(x, 0x7feb352d);
        x ^= x >>> 15;
        x = Math.imul(x, 0x846ca68b);
        x ^= x >>> 16;
        if (x >>> 0 < limit[e]!) {
          reached[v] = stamp;
          queue[count++] = v;
        }
      }
      for (let o = 0; o < extra; o++) {
        const v = overlay!.heads[o]!;
        if (overlay!.tails[o] !== u || reached[v] === stamp) continue;
        if (overlayLive(overlay!, o, runKey)) {
          reached[v] = stamp;
          queue[count++] = v;
        }
      }
    }
    newAt[step] = count - levelEnd;
    if (count > levelEnd) lastStep = step;
    levelStart = levelEnd;
    levelEnd = count;
  }
  scratch.steps = lastStep;
  return count;
}

/**
 * Independent cascade for plain simulation, drawing from a sequential stream with geometric skips
 * (thinning): every arc of a row is tried with the row's largest chance q, and a tried arc is kept
 * with probability chance / q, so each arc is still live independently with its chance. The gaps
 * between tried arcs are drawn as geometric skips, and a skip that runs past the end of a row carries
 * on into the next row of the same q (the rows of a run are one sequence of independent trials, and
 * the geometric distribution is memoryless), so a run costs one draw per arc tried, plus one per
 * change of q, rather than one per arc. Rows whose largest chance is above 1/2 draw per arc.
 */
function runIndependentCascadeSkipping(
  graph: SpreadGraph,
  seeds: Int32Array,
  random: Random,
  maxSteps: number,
  scratch: CascadeScratch,
): number {
  const { offsets, targets, chance, rowMaxChance, rowLogMiss } = graph;
  const { reached, queue, newAt } = scratch;
  const stamp = ++scratch.stamp;
  let count = startRun(seeds, scratch, stamp);
  let levelStart = 0;
  let levelEnd = count;
  let step = 0;
  let lastStep = 0;
  // Arcs of chance `carryChance` still to pass before the next try; −1 when none is drawn.
  let carry = -1;
  let carryChance = -1;
  while (levelStart < levelEnd && step < maxSteps) {
    step++;
    for (let h = levelStart; h < levelEnd; h++) {
      const u = queue[h]!;
      const end = offsets[u + 1]!;
      const most = rowMaxChance[u]!;
      if (most === 0) continue;
      if (most > 0.5) {
        for (let e = offsets[u]!; e < end; e++) {
          const v = targets[e]!;
          if (reached[v] !== stamp && random() < chance[e]!) {
            reached[v] = stamp;
            queue[count++] = v;
          }
        }
        continue;
      }
      const logMiss = rowLogMiss[u]!;
      if (most !== carryChance) {
        carryChance = most;
        carry = -1;
      }
      let e = offsets[u]!;
      if (carry < 0) carry = Math.floor(Math.log(1 - random()) / logMiss);
      e += carry;
      while (e < end) {
        const c = chance[e]!;
        if (c >= most || random() * most < c) {
          const v = targets[e]!;
          if (reached[v] !== stamp) {
            reached[v] = stamp;
            queue[count++] = v;
          }
        }
        e += 1 + Math.floor(Math.log(1 - random()) / logMiss);
      }
      carry = e - end;
    }
    newAt[step] = count - levelEnd;
    if (count > levelEnd) lastStep = step;
    levelStart = levelEnd;
    levelEnd = count;
  }
  scratch.steps = lastStep;
  return count;
}

/**
 * Linear threshold: v's threshold in run r is the hash of its key and the run's key; v is reached
 * the step its reached contacts' weights first sum to at least that threshold. A candidate tie's
 * head has its other weights scaled down so that its weights still sum to 1.
 */
function runLinearThreshold(
  graph: SpreadGraph,
  seeds: Int32Array,
  runKey: number,
  maxSteps: number,
  scratch: CascadeScratch,
  overlay: TieOverlay | null,
): number {
  const { offsets, targets, chance, inStrength } = graph;
  const { reached, queue, touched, influence, threshold, nodeKey, scale, newAt } = scratch;
  const stamp = ++scratch.stamp;
  let count = startRun(seeds, scratch, stamp);
  const extra = overlay === null ? 0 : overlay.count;
  for (let o = 0; o < extra; o++) {
    const v = overlay!.heads[o]!;
    scale[v] = inStrength[v]! / (inStrength[v]! + overlay!.chance[o]!);
  }
  const push = (v: number, weight: number): void => {
    if (touched[v] !== stamp) {
      touched[v] = stamp;
      influence[v] = 0;
      threshold[v] = mix32(nodeKey[v]! ^ runKey) * UNIT;
    }
    influence[v]! += weight;
    if (influence[v]! >= threshold[v]!) {
      reached[v] = stamp;
      queue[count++] = v;
    }
  };
  let levelStart = 0;
  let levelEnd = count;
  let step = 0;
  let lastStep = 0;
  while (levelStart < levelEnd && step < maxSteps) {
    step++;
    for (let h = levelStart; h < levelEnd; h++) {
      const u = queue[h]!;
      const end = offsets[u + 1]!;
      for (let e = offsets[u]!; e < end; e++) {
        const v = targets[e]!;
        if (reached[v] !== stamp) push(v, chance[e]! * scale[v]!);
      }
      for (let o = 0; o < extra; o++) {
        const v = overlay!.heads[o]!;
        if (overlay!.tails[o] !== u || reached[v] === stamp) continue;
        push(v, overlay!.chance[o]! / (inStrength[v]! + overlay!.chance[o]!));
      }
    }
    newAt[step] = count - levelEnd;
    if (count > levelEnd) lastStep = step;
    levelStart = levelEnd;
    levelEnd = count;
  }
  for (let o = 0; o < extra; o++) scale[overlay!.heads[o]!] = 1;
  scratch.steps = lastStep;
  return count;
}

/**
 * Runs one cascade from `seeds` with the coins of `runKey`, for at most `maxSteps` steps, and returns
 * the number of actors reached (seeds included). The reached actors are left in `scratch.queue`,
 * the new ones per step in `scratch.newAt`. O(reached actors + their out-arcs).
 * @internal
 */
export function runCascade(
  graph: SpreadGraph,
  seeds: Int32Array,
  runKey: number,
  maxSteps: number,
  scratch: CascadeScratch,
  overlay: TieOverlay | null,
): number {
  return graph.model === "linear-threshold"
    ? runLinearThreshold(graph, seeds, runKey, maxSteps, scratch, overlay)
    : runIndependentCascade(graph, seeds, runKey, maxSteps, scratch, overlay);
}

/**
 * Runs one cascade like {@link runCascade}, but the independent cascade draws from `random` with
 * geometric skips: faster, and as exact in distribution, but its live ties are not those of the
 * counter-based coins, so runs cannot be paired with another graph's. The linear threshold keeps
 * its counter-based thresholds (`runKey`).
 * @internal
 */
export function runCascadeFast(
  graph: SpreadGraph,
  seeds: Int32Array,
  random: Random,
  runKey: number,
  maxSteps: number,
  scratch: CascadeScratch,
): number {
  return graph.model === "linear-threshold"
    ? runLinearThreshold(graph, seeds, runKey, maxSteps, scratch, null)
    : runIndependentCascadeSkipping(graph, seeds, random, maxSteps, scratch);
}
