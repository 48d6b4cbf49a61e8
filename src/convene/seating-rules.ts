/**
 * The hard rules of a peer-learning seating, resolved against the participants: sessions, tables,
 * balanced sizes, the roles every table must hold, pairs kept apart or together, hosts, and whether
 * the sizes allow a seating with no repeated pair.
 *
 * @packageDocumentation
 */
import { compareIds } from "../internal/compare.js";
import { InvalidOptionError } from "../model/errors.js";
import { mustBe, optionError, ruleTableIndex } from "../model/option-errors.js";
import {
  OPTION_APART_AND_TOGETHER,
  OPTION_CANNOT_SEAT,
  OPTION_HOST_APART,
  OPTION_HOST_NOT_PARTICIPANT,
  OPTION_HOSTS_TWO_TABLES,
  OPTION_NAMES_NON_PARTICIPANT,
  OPTION_PAIRS_ITSELF,
  OPTION_TABLE_HOSTS,
} from "../text/catalogues/en/options.js";
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
      throw optionError("options.namesNonParticipant", OPTION_NAMES_NON_PARTICIPANT, {
        fn,
        option: `${name}[${k}]`,
        id: i === undefined ? a : b,
      });
    }
    if (i === j)
      throw optionError("options.pairsItself", OPTION_PAIRS_ITSELF, { fn, option: `${name}[${k}]`, id: a });
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
    throw optionError("options.cannotSeat", OPTION_CANNOT_SEAT, {
      fn,
      count: String(p),
      tables: String(tables),
      min: String(min),
      max: String(max),
      small: String(small),
      larger: extra > 0 ? "yes" : "no",
      large: String(small + 1),
    });
  }

  const hostTable = new Int32Array(p).fill(-1);
  const hostsAt = new Int32Array(tables);
  (options.hosts ?? []).forEach((host, k) => {
    const i = indexOf.get(host.actor);
    if (i === undefined)
      throw optionError("options.hostNotParticipant", OPTION_HOST_NOT_PARTICIPANT, {
        fn,
        option: `hosts[${k}]`,
        id: host.actor,
      });
    if (!(Number.isInteger(host.table) && host.table >= 0 && host.table < tables)) {
      throw mustBe(fn, `hosts[${k}] table`, String(host.table), ruleTableIndex(tables - 1));
    }
    if (hostTable[i] !== -1)
      throw optionError("options.hostsTwoTables", OPTION_HOSTS_TWO_TABLES, { fn, id: host.actor });
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
      throw optionError("options.tableHosts", OPTION_TABLE_HOSTS, {
        fn,
        table: String(t),
        hosts: String(hostsAt[t]),
        seats: String(sizes[t]),
      });
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
      throw optionError("options.hostApart", OPTION_HOST_APART, {
        fn,
        first: String(values.ids[i]),
        second: String(values.ids[j]),
      });
    }
    mark(i, j, PAIR_RULE.together);
  }
  const apart = pairIndices(fn, "apart", options.apart, indexOf);
  for (const [i, j] of apart) {
    const rule = pairRule[i * p + j];
    if (rule === PAIR_RULE.together || rule === PAIR_RULE.exempt) {
      throw optionError("options.apartAndTogether", OPTION_APART_AND_TOGETHER, {
        fn,
        first: String(values.ids[i]),
        second: String(values.ids[j]),
      });
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
