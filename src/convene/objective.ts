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
 * How many rule units pair `key` (i·p + j) breaks when seated together in `k` sessions: one per session
 * together when kept apart, one per session apart when to sit together, one per repeat when repeats
 * are avoidable.
 * @internal
 */
export function pairBreaks(objective: SolverObjective, key: number, k: number): number {
  const { rules } = objective;
  const rule = rules.pairRule[key];
  let breaks = 0;
  if (rule === PAIR_RULE.apart) breaks += k;
  else if (rule === PAIR_RULE.together) breaks += rules.sessions - k;
  if (k > 1 && rules.repeatsAvoidable && (rule === PAIR_RULE.free || rule === PAIR_RULE.apart))
    breaks += k - 1;
  return breaks;
}

/**
 * What pair `key` adds to the objective when seated together in `k` sessions, with `penalty` per
 * broken rule unit (default: the objective's own): its worth once met, minus the penalties.
 * @internal
 */
export function pairContribution(
  objective: SolverObjective,
  key: number,
  k: number,
  penalty = objective.penalty,
): number {
  return (k > 0 ? objective.values.value[key]! : 0) - penalty * pairBreaks(objective, key, k);
}
