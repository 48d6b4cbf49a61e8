/**
 * The hard rules of a peer-learning seating, resolved against the participants: sessions, tables,
 * balanced sizes, the roles every table must hold, pairs kept apart or together, hosts, and whether
 * the sizes allow a seating with no repeated pair.
 *
 * @packageDocumentation
 */
import { compareIds } from "../internal/compare.js";
import { InvalidOptionError } from "../model/errors.js";
import type { PeerLearningOptions } from "./options.js";
import type { PairValues } from "./pair-values.js";

/** What a pair is to the rules. @internal */
export const PAIR_RULE = Object.freeze({ free: 0, apart: 1, together: 2, exempt: 3 });

/** The rules of one call. @internal */
export interface SeatingRules {
  readonly sessions: number;
  readonly tables: number;
  readonly min: number;
  readonly max: number;
  /** Balanced sizes of the tables (they differ by at most 1; larger ones go to tables with more hosts). */
  readonly sizes: Int32Array;
  /** Role codes every table must hold: roles with at least one participant per table, most participants first, at most as many as the smallest table holds. */
  readonly requiredRoles: readonly number[];
  /** pairRule[i·p + j]: {@link PAIR_RULE} of the pair. */
  readonly pairRule: Uint8Array;
  readonly apart: readonly (readonly [number, number])[];
  readonly together: readonly (readonly [number, number])[];
  /** Participant → its table in every session, or −1. */
  readonly hostTable: Int32Array;
  /**
   * Whether the sizes leave room for a seating with no repeated pair: one session, or tables no larger
   * than their number (the members of one table must sit at different tables next time) and
   * sessions · (largest − 1) ≤ participants − 1 (no one meets more people than there are). These are
   * necessary conditions; when they fail, repeats are allowed and counted, not violations.
   */
  readonly repeatsAvoidable: boolean;
}

function pairIndices(
  fn: string,
  name: string,
  pairs: PeerLearningOptions["apart"],
  indexOf: ReadonlyMap<string, number>,
): [number, number][] {
  return (pairs ?? []).map(([a, b], k) => {
    const i = indexOf.get(a);
    const j = indexOf.get(b);
    if (i === undefined || j === undefined) {
      throw new InvalidOptionError(
        `${fn}: ${name}[${k}] names "${i === undefined ? a : b}", who is not a participant`,
      );
    }
    if (i === j) throw new InvalidOptionError(`${fn}: ${name}[${k}] pairs "${a}" with itself`);
    return i < j ? [i, j] : [j, i];
  });
}

/**
 * Resolves the rules for `values.ids`. `tables` and `sessions` are already known (given or inferred).
 * With `strictSizes` (planning), sizes that no balanced seating can respect are refused.
 * @throws {@link InvalidOptionError} for unknown names, contradictory pairs, hosts out of range, or (strict) impossible sizes.
 * @internal
 */
export function resolveRules(
  fn: string,
  values: PairValues,
  options: PeerLearningOptions,
  shape: { sessions: number; tables: number; min: number; max: number },
  strictSizes: boolean,
): SeatingRules {
  const { sessions, tables, min, max } = shape;
  const p = values.count;
  const indexOf = new Map(values.ids.map((id, i) => [id, i]));
  const small = Math.floor(p / tables);
  const extra = p % tables;
  if (strictSizes && (small < min || (extra > 0 ? small + 1 : small) > max)) {
    throw new InvalidOptionError(
      `${fn}: ${p} participants cannot sit at ${tables} tables of ${min} to ${max} (balanced tables hold ${small}${extra > 0 ? ` or ${small + 1}` : ""})`,
    );
  }

  const hostTable = new Int32Array(p).fill(-1);
  const hostsAt = new Int32Array(tables);
  (options.hosts ?? []).forEach((host, k) => {
    const i = indexOf.get(host.actor);
    if (i === undefined)
      throw new InvalidOptionError(`${fn}: hosts[${k}] "${host.actor}" is not a participant`);
    if (!(Number.isInteger(host.table) && host.table >= 0 && host.table < tables)) {
      throw new InvalidOptionError(
        `${fn}: hosts[${k}] table ${host.table} must be a table index from 0 to ${tables - 1}`,
      );
    }
    if (hostTable[i] !== -1) throw new InvalidOptionError(`${fn}: "${host.actor}" hosts two tables`);
    hostTable[i] = host.table;
    hostsAt[host.table]!++;
  });
  // The larger balanced tables go to the tables with more hosts, then to the first ones.
  const order = Array.from({ length: tables }, (_, t) => t).sort(
    (a, b) => hostsAt[b]! - hostsAt[a]! || a - b,
  );
  const sizes = new Int32Array(tables);
  order.forEach((t, rank) => {
    sizes[t] = small + (rank < extra ? 1 : 0);
  });
  for (let t = 0; t < tables; t++) {
    if (strictSizes && hostsAt[t]! > sizes[t]!) {
      throw new InvalidOptionError(`${fn}: table ${t} has ${hostsAt[t]} hosts but seats ${sizes[t]}`);
    }
  }

  const pairRule = new Uint8Array(p * p);
  const mark = (i: number, j: number, rule: number) => {
    pairRule[i * p + j] = rule;
    pairRule[j * p + i] = rule;
  };
  for (let i = 0; i < p; i++) {
    if (hostTable[i] === -1) continue;
    for (let j = i + 1; j < p; j++) if (hostTable[j] === hostTable[i]) mark(i, j, PAIR_RULE.exempt);
  }
  const together = pairIndices(fn, "together", options.together, indexOf);
  for (const [i, j] of together) {
    if (hostTable[i] !== -1 && hostTable[j] !== -1 && hostTable[i] !== hostTable[j]) {
      throw new InvalidOptionError(
        `${fn}: "${values.ids[i]}" and "${values.ids[j]}" must sit together but host different tables`,
      );
    }
    mark(i, j, PAIR_RULE.together);
  }
  const apart = pairIndices(fn, "apart", options.apart, indexOf);
  for (const [i, j] of apart) {
    const rule = pairRule[i * p + j];
    if (rule === PAIR_RULE.together || rule === PAIR_RULE.exempt) {
      throw new InvalidOptionError(
        `${fn}: "${values.ids[i]}" and "${values.ids[j]}" are asked to sit both apart and together`,
      );
    }
    mark(i, j, PAIR_RULE.apart);
  }

  const roleCounts = new Int32Array(values.roleIds.length);
  for (let i = 0; i < p; i++) roleCounts[values.role[i]!]!++;
  const requiredRoles = Array.from({ length: roleCounts.length }, (_, r) => r)
    .filter((r) => roleCounts[r]! >= tables)
    .sort((a, b) => roleCounts[b]! - roleCounts[a]! || compareIds(values.roleIds[a]!, values.roleIds[b]!))
    .slice(0, Math.max(small, 0));

  const largest = small + (extra > 0 ? 1 : 0);
  const repeatsAvoidable = sessions === 1 || (largest <= tables && sessions * (largest - 1) <= p - 1);
  return {
    sessions,
    tables,
    min,
    max,
    sizes,
    requiredRoles,
    pairRule,
    apart,
    together,
    hostTable,
    repeatsAvoidable,
  };
}
