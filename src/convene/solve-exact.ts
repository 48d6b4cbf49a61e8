/**
 * The exact seating solver for small instances: depth-first enumeration of every seating that keeps
 * the hard rules, with the tables' symmetry broken, keeping the best score.
 *
 * @packageDocumentation
 */
import { pairContribution, type SolverObjective } from "./objective.js";
import { PAIR_RULE } from "./seating-rules.js";

function logFactorial(n: number): number {
  let sum = 0;
  for (let k = 2; k <= n; k++) sum += Math.log(k);
  return sum;
}

/**
 * Which tables are interchangeable: tables of one size with no host form a class (its number);
 * a host's table is its own (−1).
 */
function tableClasses(objective: SolverObjective): Int32Array {
  const { rules } = objective;
  const hosted = new Uint8Array(rules.tables);
  for (const t of rules.hostTable) if (t !== -1) hosted[t] = 1;
  const classes = new Int32Array(rules.tables);
  for (let t = 0; t < rules.tables; t++) classes[t] = hosted[t] === 1 ? -1 : rules.sizes[t]!;
  return classes;
}

/**
 * How many seatings the enumeration would visit without pruning: per session, the ways to split the
 * people who are not hosts into the free seats, divided by the orders of interchangeable tables.
 * @internal
 */
export function seatingCount(objective: SolverObjective): number {
  const { rules, values } = objective;
  const free = new Int32Array(rules.tables);
  for (let t = 0; t < rules.tables; t++) free[t] = rules.sizes[t]!;
  let people = 0;
  for (let i = 0; i < values.count; i++) {
    const host = rules.hostTable[i]!;
    if (host === -1) people++;
    else free[host]!--;
  }
  let log = logFactorial(people);
  for (const seats of free) log -= logFactorial(seats);
  const classSizes = new Map<number, number>();
  for (const c of tableClasses(objective)) if (c !== -1) classSizes.set(c, (classSizes.get(c) ?? 0) + 1);
  for (const size of classSizes.values()) log -= logFactorial(size);
  return Math.exp(log * rules.sessions);
}

/**
 * The best feasible seating (sessions of tables of participant indices, each table ascending), or
 * `null` when no seating keeps every hard rule. Deterministic: people are placed in index order and
 * tables tried in index order; the first of equal best seatings is kept.
 * Time complexity: O(seatings · p · table size), seatings bounded by {@link seatingCount}.
 * @internal
 */
export function solveExact(objective: SolverObjective): number[][][] | null {
  const { rules, values, required } = objective;
  const p = values.count;
  const { sessions: S, tables: T, sizes } = rules;
  const classes = tableClasses(objective);
  const met = new Uint8Array(p * p);
  const members: number[][][] = Array.from({ length: S }, () => Array.from({ length: T }, () => []));
  const free: number[] = [];
  for (let i = 0; i < p; i++) if (rules.hostTable[i] === -1) free.push(i);
  let best = Number.NEGATIVE_INFINITY;
  let bestSeating: number[][][] | null = null;

  /** Seats i at table t of session s; returns the change of the objective. */
  const seat = (s: number, t: number, i: number): number => {
    let delta = 0;
    for (const m of members[s]![t]!) {
      const key = i * p + m;
      const k = met[key]!;
      delta += pairContribution(objective, key, k + 1) - pairContribution(objective, key, k);
      met[key] = k + 1;
      met[m * p + i] = k + 1;
    }
    members[s]![t]!.push(i);
    return delta;
  };
  const unseat = (s: number, t: number): void => {
    const at = members[s]![t]!;
    const i = at.pop()!;
    for (const m of at) {
      met[i * p + m]!--;
      met[m * p + i]!--;
    }
  };
  const sessionKeepsRules = (s: number): boolean => {
    for (let t = 0; t < T; t++) {
      for (let r = 0; r < required.length; r++) {
        if (required[r] === 1 && !members[s]![t]!.some((i) => values.role[i] === r)) return false;
      }
    }
    const tableOf = new Int32Array(p);
    members[s]!.forEach((at, t) => {
      for (const i of at) tableOf[i] = t;
    });
    return rules.together.every(([i, j]) => tableOf[i] === tableOf[j]);
  };

  // The objective before any seat: every pair to sit together still owes one penalty per session.
  let base = 0;
  for (const [i, j] of rules.together) base += pairContribution(objective, i * p + j, 0);

  const visit = (s: number, position: number, score: number): void => {
    if (position === 0) {
      // Hosts sit first in every session.
      for (let i = 0; i < p; i++) {
        const host = rules.hostTable[i]!;
        if (host !== -1) score += seat(s, host, i);
      }
    }
    if (position === free.length) {
      if (sessionKeepsRules(s)) {
        if (s + 1 === S) {
          if (score > best + 1e-12) {
            best = score;
            bestSeating = members.map((tables) => tables.map((at) => [...at].sort((a, b) => a - b)));
          }
        } else visit(s + 1, 0, score);
      }
    } else {
      const i = free[position]!;
      for (let t = 0; t < T; t++) {
        const at = members[s]![t]!;
        if (at.length >= sizes[t]!) continue;
        // An empty table is tried only when no earlier table of its class is empty too.
        if (at.length === 0 && classes[t] !== -1) {
          let earlier = false;
          for (let u = 0; u < t && !earlier; u++)
            earlier = classes[u] === classes[t] && members[s]![u]!.length === 0;
          if (earlier) continue;
        }
        if (breaksPairRule(objective, met, at, i)) continue;
        const delta = seat(s, t, i);
        visit(s, position + 1, score + delta);
        unseat(s, t);
      }
    }
    if (position === 0) {
      for (let i = p - 1; i >= 0; i--) if (rules.hostTable[i] !== -1) unseat(s, rules.hostTable[i]!);
    }
  };
  visit(0, 0, base);
  return bestSeating;
}

/** Whether seating i with the people of `at` would keep a pair together that is to be apart, or repeat a pair. */
function breaksPairRule(
  objective: SolverObjective,
  met: Uint8Array,
  at: readonly number[],
  i: number,
): boolean {
  const { rules } = objective;
  const p = objective.values.count;
  for (const m of at) {
    const rule = rules.pairRule[i * p + m];
    if (rule === PAIR_RULE.apart) return true;
    if (rules.repeatsAvoidable && rule === PAIR_RULE.free && met[i * p + m]! > 0) return true;
  }
  return false;
}
