/**
 * The solvers' objective: the score of {@link evaluateSeating} minus a penalty for every broken hard
 * rule, written pair by pair so that a move changes it by a sum over the tables it touches.
 *
 * @packageDocumentation
 */
import type { PairValues } from "./pair-values.js";
import { PAIR_RULE, type SeatingRules } from "./seating-rules.js";

/** What the solvers read: the values, the rules, and the penalty of one broken rule. @internal */
export interface SolverObjective {
  readonly values: PairValues;
  readonly rules: SeatingRules;
  /**
   * More than the whole score can be (1 + Σ of every pair's worth), so one broken rule outweighs any
   * gain in score: the solvers maximise score among feasible seatings, and among infeasible ones break
   * the fewest rules first.
   */
  readonly penalty: number;
  /** Role code → 1 when every table must hold the role. */
  readonly required: Uint8Array;
}

/** @internal */
export function solverObjective(values: PairValues, rules: SeatingRules): SolverObjective {
  let total = 0;
  for (let k = 0; k < values.value.length; k++) total += values.value[k]!;
  const required = new Uint8Array(values.roleIds.length);
  for (const r of rules.requiredRoles) required[r] = 1;
  return { values, rules, penalty: 1 + total / 2, required };
}

/**
 * What pair `key` (i·p + j) adds to the objective when seated together in `k` sessions: its worth once
 * met, minus a penalty per session seated together when kept apart, per session apart when to sit
 * together, and per repeat when repeats are avoidable.
 * @internal
 */
export function pairContribution(objective: SolverObjective, key: number, k: number): number {
  const { values, rules, penalty } = objective;
  const rule = objective.rules.pairRule[key];
  let contribution = k > 0 ? values.value[key]! : 0;
  if (rule === PAIR_RULE.apart) contribution -= penalty * k;
  else if (rule === PAIR_RULE.together) contribution -= penalty * (rules.sessions - k);
  if (k > 1 && rules.repeatsAvoidable && (rule === PAIR_RULE.free || rule === PAIR_RULE.apart)) {
    contribution -= penalty * (k - 1);
  }
  return contribution;
}
