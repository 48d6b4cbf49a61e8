/**
 * The heuristic seating solver: a greedy start, session by session, then simulated annealing over
 * swaps of two people at different tables of one session, then swaps that improve until none does.
 * Swaps keep every table's size, so the balanced sizes hold throughout.
 *
 * @packageDocumentation
 */
import { createRandom, type Random, randomInt, shuffleInPlace } from "../internal/rng.js";
import { pairContribution, type SolverObjective } from "./objective.js";
import { PAIR_RULE } from "./seating-rules.js";

/** Participants above which the final pass of improving swaps (O(sessions · p²) per sweep) is skipped. */
const SWEEP_LIMIT = 2000;
const MAX_SWEEPS = 25;

/** The mutable state of one search. */
interface State {
  readonly objective: SolverObjective;
  readonly p: number;
  /** table[s·p + i]: i's table in session s. */
  readonly table: Int32Array;
  /** members[s·T + t]: the people at table t in session s (fixed length: the table's size). */
  readonly members: Int32Array[];
  /** slot[s·p + i]: i's place in its table's members. */
  readonly slot: Int32Array;
  /** met[i·p + j] = met[j·p + i]: sessions in which i and j share a table. */
  readonly met: Uint8Array;
  /** roleCount[(s·T + t)·R + r]. */
  readonly roleCount: Int32Array;
}

function seatAt(state: State, s: number, i: number, t: number, slot: number): void {
  const { p, objective } = state;
  const T = objective.rules.tables;
  const R = objective.values.roleIds.length;
  const at = state.members[s * T + t]!;
  for (let k = 0; k < slot; k++) {
    const m = at[k]!;
    state.met[i * p + m]!++;
    state.met[m * p + i]!++;
  }
  at[slot] = i;
  state.table[s * p + i] = t;
  state.slot[s * p + i] = slot;
  state.roleCount[(s * T + t) * R + objective.values.role[i]!]!++;
}

/** Change of the objective (with `penalty` per broken rule) when i joins (`sign` 1) or leaves (−1) the people of `others` but `skip`. */
function joinDelta(
  state: State,
  i: number,
  others: Int32Array,
  skip: number,
  sign: 1 | -1,
  penalty: number,
): number {
  const { p, objective } = state;
  const { pairRule, repeatsAvoidable } = objective.rules;
  const value = objective.values.value;
  let delta = 0;
  for (let k = 0; k < others.length; k++) {
    const m = others[k]!;
    if (m === skip || m === i) continue;
    const key = i * p + m;
    const met = state.met[key]!;
    if (pairRule[key] === PAIR_RULE.free) {
      // The common case inline: worth on the first meeting, a penalty per repeat when avoidable.
      if (sign === 1) delta += met === 0 ? value[key]! : repeatsAvoidable ? -penalty : 0;
      else delta += met === 1 ? -value[key]! : repeatsAvoidable ? penalty : 0;
    } else {
      delta +=
        pairContribution(objective, key, met + sign, penalty) -
        pairContribution(objective, key, met, penalty);
    }
  }
  return delta;
}

function swapDelta(state: State, s: number, a: number, b: number, penalty: number): number {
  const { p, objective } = state;
  const T = objective.rules.tables;
  const R = objective.values.roleIds.length;
  const A = state.table[s * p + a]!;
  const B = state.table[s * p + b]!;
  const atA = state.members[s * T + A]!;
  const atB = state.members[s * T + B]!;
  let delta =
    joinDelta(state, a, atA, a, -1, penalty) +
    joinDelta(state, b, atA, a, 1, penalty) +
    joinDelta(state, b, atB, b, -1, penalty) +
    joinDelta(state, a, atB, b, 1, penalty);
  const ra = objective.values.role[a]!;
  const rb = objective.values.role[b]!;
  if (ra !== rb) {
    const countA = (s * T + A) * R;
    const countB = (s * T + B) * R;
    if (objective.required[ra] === 1) {
      if (state.roleCount[countA + ra] === 1) delta -= penalty;
      if (state.roleCount[countB + ra] === 0) delta += penalty;
    }
    if (objective.required[rb] === 1) {
      if (state.roleCount[countB + rb] === 1) delta -= penalty;
      if (state.roleCount[countA + rb] === 0) delta += penalty;
    }
  }
  return delta;
}

function applySwap(state: State, s: number, a: number, b: number): void {
  const { p, objective } = state;
  const T = objective.rules.tables;
  const R = objective.values.roleIds.length;
  const A = state.table[s * p + a]!;
  const B = state.table[s * p + b]!;
  const atA = state.members[s * T + A]!;
  const atB = state.members[s * T + B]!;
  for (let k = 0; k < atA.length; k++) {
    const m = atA[k]!;
    if (m === a) continue;
    state.met[a * p + m]!--;
    state.met[m * p + a]!--;
    state.met[b * p + m]!++;
    state.met[m * p + b]!++;
  }
  for (let k = 0; k < atB.length; k++) {
    const m = atB[k]!;
    if (m === b) continue;
    state.met[b * p + m]!--;
    state.met[m * p + b]!--;
    state.met[a * p + m]!++;
    state.met[m * p + a]!++;
  }
  const slotA = state.slot[s * p + a]!;
  const slotB = state.slot[s * p + b]!;
  atA[slotA] = b;
  atB[slotB] = a;
  state.table[s * p + a] = B;
  state.table[s * p + b] = A;
  state.slot[s * p + a] = slotB;
  state.slot[s * p + b] = slotA;
  const ra = objective.values.role[a]!;
  const rb = objective.values.role[b]!;
  state.roleCount[(s * T + A) * R + ra]!--;
  state.roleCount[(s * T + A) * R + rb]!++;
  state.roleCount[(s * T + B) * R + rb]!--;
  state.roleCount[(s * T + B) * R + ra]!++;
}

/** Seats session s greedily: hosts first, then scarce required roles first, each where it adds most. */
function greedySession(state: State, s: number, order: readonly number[]): void {
  const { objective, p } = state;
  const { rules, values } = objective;
  const T = rules.tables;
  const R = values.roleIds.length;
  const fill = new Int32Array(T);
  for (let i = 0; i < p; i++) {
    const host = rules.hostTable[i]!;
    if (host !== -1) seatAt(state, s, i, host, fill[host]!++);
  }
  for (const i of order) {
    let best = -1;
    let bestGain = Number.NEGATIVE_INFINITY;
    const role = values.role[i]!;
    for (let t = 0; t < T; t++) {
      if (fill[t]! >= rules.sizes[t]!) continue;
      const at = state.members[s * T + t]!.subarray(0, fill[t]!);
      let gain = joinDelta(state, i, at, -1, 1, objective.penalty);
      if (objective.required[role] === 1 && state.roleCount[(s * T + t) * R + role] === 0)
        gain += objective.penalty;
      if (gain > bestGain) {
        bestGain = gain;
        best = t;
      }
    }
    seatAt(state, s, i, best, fill[best]!++);
  }
}

/** The objective of the whole seating with the full penalty: Σ pair contributions − penalty · tables missing a required role. */
function objectiveOf(state: State): number {
  const { objective, p } = state;
  const { rules, values } = objective;
  const R = values.roleIds.length;
  let total = 0;
  for (let i = 0; i < p; i++) {
    for (let j = i + 1; j < p; j++) total += pairContribution(objective, i * p + j, state.met[i * p + j]!);
  }
  for (let st = 0; st < rules.sessions * rules.tables; st++) {
    for (let r = 0; r < R; r++) {
      if (objective.required[r] === 1 && state.roleCount[st * R + r] === 0) total -= objective.penalty;
    }
  }
  return total;
}

/** Runs of the heuristic: several short ones on small instances, where a run is cheap and a restart helps most. */
function runsFor(iterations: number): number {
  return Math.max(1, Math.min(8, Math.ceil(400_000 / Math.max(iterations, 1))));
}

/**
 * A seating (sessions of tables of participant indices, each table ascending) found by greedy start,
 * simulated annealing and improving swaps, the best of a few runs, deterministic for `seed`.
 *
 * @remarks
 * The annealing's penalty per broken rule grows geometrically from the mean pair worth to the full
 * penalty, so that early on the search may cross a broken rule to reach better seatings, and ends
 * where no broken rule pays. Runs: ⌈400 000 / iterations⌉, between 1 and 8.
 * Time complexity: O(runs · (iterations · table size + sweeps · sessions · p² · table size)).
 * @internal
 */
export function solveHeuristic(objective: SolverObjective, seed: number, iterations: number): number[][][] {
  const random = createRandom(seed);
  let best: State | null = null;
  let bestValue = Number.NEGATIVE_INFINITY;
  for (let run = 0, runs = runsFor(iterations); run < runs; run++) {
    const state = searchOnce(objective, random, iterations);
    const value = objectiveOf(state);
    if (value > bestValue + 1e-9) {
      best = state;
      bestValue = value;
    }
  }
  return seatingOf(best!);
}

function searchOnce(objective: SolverObjective, random: Random, iterations: number): State {
  const { values, rules } = objective;
  const p = values.count;
  const { sessions: S, tables: T } = rules;
  const R = values.roleIds.length;
  const state: State = {
    objective,
    p,
    table: new Int32Array(S * p),
    members: Array.from({ length: S * T }, (_, k) => new Int32Array(rules.sizes[k % T]!)),
    slot: new Int32Array(S * p),
    met: new Uint8Array(p * p),
    roleCount: new Int32Array(S * T * R),
  };
  const roleCounts = new Int32Array(R);
  for (let i = 0; i < p; i++) roleCounts[values.role[i]!]!++;
  const movable: number[] = [];
  for (let i = 0; i < p; i++) if (rules.hostTable[i] === -1) movable.push(i);
  // Required roles are dealt first, scarcest first, so that every table gets one while there is room.
  const rank = (i: number) =>
    objective.required[values.role[i]!] === 1 ? roleCounts[values.role[i]!]! : p + 1;
  for (let s = 0; s < S; s++) {
    const order = shuffleInPlace(random, [...movable]);
    order.sort((a, b) => rank(a) - rank(b));
    greedySession(state, s, order);
  }
  if (movable.length < 2 || T < 2) return state;

  let positive = 0;
  let positiveCount = 0;
  for (let k = 0; k < values.value.length; k++) {
    if (values.value[k]! > 0) {
      positive += values.value[k]!;
      positiveCount++;
    }
  }
  const start = positiveCount === 0 ? 1 : positive / positiveCount;
  const cooling = Math.log(1e-3);
  const penaltyGrowth = Math.log(objective.penalty / start);
  for (let step = 0; step < iterations; step++) {
    const s = randomInt(random, S);
    const a = movable[randomInt(random, movable.length)]!;
    const b = movable[randomInt(random, movable.length)]!;
    if (state.table[s * p + a] === state.table[s * p + b]) continue;
    const progress = step / iterations;
    const delta = swapDelta(state, s, a, b, start * Math.exp(penaltyGrowth * progress));
    const temperature = start * Math.exp(cooling * progress);
    if (delta >= 0 || random() < Math.exp(delta / temperature)) applySwap(state, s, a, b);
  }

  if (p <= SWEEP_LIMIT) {
    for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
      let improved = false;
      for (let s = 0; s < S; s++) {
        for (let x = 0; x < movable.length; x++) {
          for (let y = x + 1; y < movable.length; y++) {
            const a = movable[x]!;
            const b = movable[y]!;
            if (state.table[s * p + a] === state.table[s * p + b]) continue;
            if (swapDelta(state, s, a, b, objective.penalty) > 1e-9) {
              applySwap(state, s, a, b);
              improved = true;
            }
          }
        }
      }
      if (!improved) break;
    }
  }
  return state;
}

function seatingOf(state: State): number[][][] {
  const { sessions: S, tables: T } = state.objective.rules;
  return Array.from({ length: S }, (_, s) =>
    Array.from({ length: T }, (_, t) => Array.from(state.members[s * T + t]!).sort((a, b) => a - b)),
  );
}
