/**
 * The objective and the hard rules of peer-learning clinics, evaluated on a seating of participant
 * indices. {@link scorePeerLearning} and {@link planPeerLearning} both report through it, so a plan's
 * score is by construction the score of its own seating.
 *
 * @packageDocumentation
 */
import { compareIds } from "../internal/compare.js";
import { actorLabel, type Ecosystem } from "../model/ecosystem.js";
import type { MessageId } from "../text/catalogue.js";
import { type Message, type MessageParams, message } from "../text/message.js";
import { needsMetBy, PAIR_FLAG, type PairValues } from "./pair-values.js";
import { PAIR_RULE, type SeatingRules } from "./seating-rules.js";

/** The hard rules a seating can break. */
export type PeerLearningRule =
  | "shape"
  | "seating"
  | "size"
  | "balance"
  | "role"
  | "repeat"
  | "apart"
  | "together"
  | "host";

/** The `message` and `problem` of a violation, from one message. @internal */
export function problemOf(id: MessageId, params: MessageParams): { message: string; problem: Message } {
  const problem = message(id, params);
  return { message: problem.text, problem };
}

/** The missing roles of `clinics.violation.role`: up to three by position, and how many more. */
function missingRoles(roles: readonly string[]): MessageParams {
  return {
    missingCount: roles.length,
    role1: roles[0] ?? null,
    role2: roles[1] ?? null,
    role3: roles[2] ?? null,
    moreRoles: Math.max(0, roles.length - 3),
  };
}

/** One broken hard rule. Sessions and tables are indices from 0; `null` where the rule is not about one. */
export interface PeerLearningViolation {
  rule: PeerLearningRule;
  session: number | null;
  table: number | null;
  /** The actors concerned, sorted by id. */
  actors: string[];
  /** The problem in English (the text of `problem`). */
  message: string;
  /** The problem as a message (ids `clinics.violation.*`), to write in any locale with `formatMessage`. */
  problem: Message;
}

/** A pair meeting for the first time: no tie joins them in the view and no earlier session seated them together. */
export interface PeerLearningPair {
  /** The end with the smaller id. */
  source: string;
  target: string;
  /** Where they first meet (indices from 0). */
  session: number;
  table: number;
  /** The pair's worth in the objective. */
  value: number;
}

/** The score of a seating and the rules it breaks (see {@link scorePeerLearning}). */
export interface PeerLearningScore {
  /** Σ of the worth of every pair that meets for the first time (see {@link planPeerLearning}). */
  score: number;
  /** No hard rule is broken. */
  feasible: boolean;
  violations: PeerLearningViolation[];
  /** Pairs meeting for the first time (each counted once, however often seated together). */
  newPairs: number;
  /** …of them in different communities. */
  crossCommunityPairs: number;
  /** …of them in different regions (both having one). */
  crossRegionPairs: number;
  /** …of them in different components. */
  crossComponentPairs: number;
  /** …of them that would meet an unmet need if the acquaintance became a tie. */
  needPairs: number;
  /** …of them that would bypass a single point of failure. */
  bypassPairs: number;
  /** Participants' unmet needs (actor, role) that one of their new acquaintances would meet within `maxDistance` steps as a tie. */
  needsMet: number;
  /** Unmet needs of the participants before the clinics. */
  needsUnmet: number;
  /** Pairs seated together in more than one session. */
  repeatedPairs: number;
  /** Whether the sizes allow a seating with no repeated pair (when not, repeats are counted, not violations). */
  repeatsAvoidable: boolean;
  /** Roles every table must hold. */
  requiredRoles: string[];
  /** The new pairs, sorted by source then target. */
  pairs: PeerLearningPair[];
}

function sortedIds(ids: readonly string[]): string[] {
  return [...ids].sort(compareIds);
}

/**
 * Scores `seating` (sessions of tables of participant indices) and lists the broken rules, after the
 * `shapeViolations` the caller found while reading ids.
 * Time complexity: O(p² + Σ table sizes² + violations).
 * @internal
 */
export function evaluateSeating(
  eco: Ecosystem,
  values: PairValues,
  rules: SeatingRules,
  seating: readonly (readonly (readonly number[])[])[],
  shapeViolations: readonly PeerLearningViolation[],
): PeerLearningScore {
  const p = values.count;
  const { ids } = values;
  const name = (i: number) => actorLabel(eco, ids[i]!);
  const violations: PeerLearningViolation[] = [...shapeViolations];
  const met = new Uint8Array(p * p);
  // Where each pair first met, as session · tables + table (one array: p² entries add up).
  const firstMet = new Int32Array(p * p);
  let tableCount = rules.tables;
  for (const tables of seating) tableCount = Math.max(tableCount, tables.length);
  const sessionTable = new Int32Array(p);
  let repeatedPairs = 0;

  seating.forEach((tables, s) => {
    sessionTable.fill(-1);
    let smallest = Number.POSITIVE_INFINITY;
    let largest = 0;
    tables.forEach((members, t) => {
      smallest = Math.min(smallest, members.length);
      largest = Math.max(largest, members.length);
      for (const i of members) sessionTable[i] = t;
      if (members.length < rules.min || members.length > rules.max) {
        violations.push({
          rule: "size",
          session: s,
          table: t,
          actors: sortedIds(members.map((i) => ids[i]!)),
          ...problemOf("clinics.violation.size", {
            session: s + 1,
            table: t + 1,
            seated: members.length,
            min: rules.min,
            max: rules.max,
          }),
        });
      }
      if (rules.requiredRoles.length > 0) {
        const missing = rules.requiredRoles.filter((r) => !members.some((i) => values.role[i] === r));
        if (missing.length > 0) {
          violations.push({
            rule: "role",
            session: s,
            table: t,
            actors: sortedIds(members.map((i) => ids[i]!)),
            ...problemOf("clinics.violation.role", {
              session: s + 1,
              table: t + 1,
              ...missingRoles(missing.map((r) => values.roleIds[r]!)),
            }),
          });
        }
      }
      for (let a = 0; a < members.length; a++) {
        for (let b = a + 1; b < members.length; b++) {
          const i = Math.min(members[a]!, members[b]!);
          const j = Math.max(members[a]!, members[b]!);
          const key = i * p + j;
          const rule = rules.pairRule[key];
          const pair = sortedIds([ids[i]!, ids[j]!]);
          if (rule === PAIR_RULE.apart) {
            violations.push({
              rule: "apart",
              session: s,
              table: t,
              actors: pair,
              ...problemOf("clinics.violation.apart", {
                session: s + 1,
                table: t + 1,
                first: name(i),
                second: name(j),
              }),
            });
          }
          if (met[key] === 0) firstMet[key] = s * tableCount + t;
          else if (rule !== PAIR_RULE.together && rule !== PAIR_RULE.exempt) {
            if (met[key] === 1) repeatedPairs++;
            if (rules.repeatsAvoidable) {
              violations.push({
                rule: "repeat",
                session: s,
                table: t,
                actors: pair,
                ...problemOf("clinics.violation.repeat", {
                  session: s + 1,
                  table: t + 1,
                  first: name(i),
                  second: name(j),
                  firstSession: Math.floor(firstMet[key]! / tableCount) + 1,
                }),
              });
            }
          }
          if (met[key]! < 255) met[key]!++;
        }
      }
    });
    if (tables.length > 0 && largest - smallest > 1) {
      violations.push({
        rule: "balance",
        session: s,
        table: null,
        actors: [],
        ...problemOf("clinics.violation.balance", { session: s + 1, smallest, largest }),
      });
    }
    for (const [i, j] of rules.together) {
      if (sessionTable[i] === -1 || sessionTable[j] === -1 || sessionTable[i] === sessionTable[j]) continue;
      violations.push({
        rule: "together",
        session: s,
        table: null,
        actors: sortedIds([ids[i]!, ids[j]!]),
        ...problemOf("clinics.violation.together", { session: s + 1, first: name(i), second: name(j) }),
      });
    }
    for (let i = 0; i < p; i++) {
      const host = rules.hostTable[i]!;
      if (host === -1 || sessionTable[i] === -1 || sessionTable[i] === host) continue;
      violations.push({
        rule: "host",
        session: s,
        table: sessionTable[i]!,
        actors: [ids[i]!],
        ...problemOf("clinics.violation.host", {
          session: s + 1,
          actor: name(i),
          table: sessionTable[i]! + 1,
          host: host + 1,
        }),
      });
    }
  });

  // One pass in index order, so the sum does not depend on how tables are listed.
  let score = 0;
  const counts = { newPairs: 0, community: 0, region: 0, component: 0, need: 0, bypass: 0 };
  const pairs: PeerLearningPair[] = [];
  const acquaintances: number[][] = Array.from({ length: p }, () => []);
  for (let i = 0; i < p; i++) {
    for (let j = i + 1; j < p; j++) {
      const key = i * p + j;
      const flags = values.flags[key]!;
      if (met[key] === 0 || (flags & PAIR_FLAG.known) !== 0) continue;
      score += values.value[key]!;
      counts.newPairs++;
      if (flags & PAIR_FLAG.community) counts.community++;
      if (flags & PAIR_FLAG.region) counts.region++;
      if (flags & PAIR_FLAG.component) counts.component++;
      if (flags & PAIR_FLAG.need) counts.need++;
      if (flags & PAIR_FLAG.bypass) counts.bypass++;
      acquaintances[i]!.push(j);
      acquaintances[j]!.push(i);
      const [source, target] = sortedIds([ids[i]!, ids[j]!]) as [string, string];
      pairs.push({
        source,
        target,
        session: Math.floor(firstMet[key]! / tableCount),
        table: firstMet[key]! % tableCount,
        value: values.value[key]!,
      });
    }
  }
  pairs.sort((a, b) => compareIds(a.source, b.source) || compareIds(a.target, b.target));

  let needsMet = 0;
  let needsUnmet = 0;
  const viewIndex = (i: number) => values.view.index.get(ids[i]!)!;
  for (let i = 0; i < p; i++) {
    for (const need of values.unmet[i]!) {
      needsUnmet++;
      if (
        acquaintances[i]!.some(
          (j) => needsMetBy([need], viewIndex(j), values.distanceToRole, values.maxDistance) > 0,
        )
      ) {
        needsMet++;
      }
    }
  }

  return {
    score,
    feasible: violations.length === 0,
    violations,
    newPairs: counts.newPairs,
    crossCommunityPairs: counts.community,
    crossRegionPairs: counts.region,
    crossComponentPairs: counts.component,
    needPairs: counts.need,
    bypassPairs: counts.bypass,
    needsMet,
    needsUnmet,
    repeatedPairs,
    repeatsAvoidable: rules.repeatsAvoidable,
    requiredRoles: rules.requiredRoles.map((r) => values.roleIds[r]!),
    pairs,
  };
}
