/**
 * Why a table of a peer-learning clinic was put together, and the plan's summary: messages as data
 * (ids `clinics.*`, their parameters and English text), rendered in any locale by `formatMessage`.
 *
 * @packageDocumentation
 */
import { actorLabel } from "../model/ecosystem.js";
import { type Message, message } from "../text/message.js";
import type { PeerLearningScore } from "./evaluate.js";
import { needsMetBy, PAIR_FLAG, type PairValues } from "./pair-values.js";

/**
 * A sentence of a peer-learning plan as data: the shared {@link Message} (id `clinics.reason.*` or
 * `clinics.summary`, its parameters, its English text).
 */
export type PeerLearningMessage = Message;

/** The new pairs of one table: both seated there, meeting for the first time in this session. @internal */
export interface TablePairs {
  readonly members: readonly number[];
  /** Pairs [i, j] (participant indices) meeting first at this table. */
  readonly pairs: readonly (readonly [number, number])[];
}

function needReason(values: PairValues, table: TablePairs): PeerLearningMessage | null {
  const { eco, ids, view } = values;
  const groups = new Map<
    string,
    { need: string; role: string; region: string | null; needers: number[]; direct: boolean }
  >();
  const partners = new Map<number, number[]>();
  for (const [i, j] of table.pairs) {
    partners.set(i, [...(partners.get(i) ?? []), j]);
    partners.set(j, [...(partners.get(j) ?? []), i]);
  }
  for (const i of table.members) {
    for (const need of values.unmet[i]!) {
      const providers = (partners.get(i) ?? []).filter(
        (j) => needsMetBy([need], view.index.get(ids[j]!)!, values.distanceToRole, values.maxDistance) > 0,
      );
      if (providers.length === 0) continue;
      const role = values.roleIds[values.role[i]!]!;
      const region = values.region[i] ?? null;
      const key = JSON.stringify([need, role, region]);
      const group = groups.get(key) ?? { need, role, region, needers: [], direct: false };
      group.needers.push(i);
      group.direct ||= providers.some((j) => values.roleIds[values.role[j]!] === need);
      groups.set(key, group);
    }
  }
  let best: { need: string; role: string; region: string | null; needers: number[]; direct: boolean } | null =
    null;
  for (const key of [...groups.keys()].sort()) {
    const group = groups.get(key)!;
    if (best === null || group.needers.length > best.needers.length) best = group;
  }
  if (best === null) return null;
  const { need, role, region, needers, direct } = best;
  return message("clinics.reason.firstContact", {
    needers: needers.map((i) => ids[i]!),
    role,
    region,
    need,
    direct,
    whom: needers.length === 1 ? "one" : region !== null ? "region" : "count",
    actor: needers.length === 1 ? actorLabel(eco, ids[needers[0]!]!) : null,
    count: needers.length,
    contact: direct ? "direct" : "knows",
  });
}

function componentReason(values: PairValues, table: TablePairs): PeerLearningMessage | null {
  if (!table.pairs.some(([i, j]) => (values.flags[i * values.count + j]! & PAIR_FLAG.component) !== 0))
    return null;
  const parts = new Set(table.members.map((i) => values.component[i]!)).size;
  return message("clinics.reason.separateParts", { parts });
}

function bypassReason(values: PairValues, table: TablePairs): PeerLearningMessage | null {
  const p = values.count;
  for (const [i, j] of table.pairs) {
    if ((values.flags[i * p + j]! & PAIR_FLAG.bypass) === 0) continue;
    for (let c = 0; c < values.cutPoints.length; c++) {
      const a = values.pieces[c * p + i]!;
      const b = values.pieces[c * p + j]!;
      if (a === -1 || b === -1 || a === b) continue;
      const via = values.view.ids[values.cutPoints[c]!]!;
      const [first, second] = [values.ids[i]!, values.ids[j]!];
      return message("clinics.reason.bypass", {
        actors: [first, second],
        via,
        first: actorLabel(values.eco, first),
        second: actorLabel(values.eco, second),
        through: actorLabel(values.eco, via),
      });
    }
  }
  return null;
}

function mixReason(values: PairValues, table: TablePairs): PeerLearningMessage {
  const size = table.members.length;
  const pairs = (size * (size - 1)) / 2;
  const regions = new Set(table.members.map((i) => values.region[i]).filter((r) => r !== null)).size;
  const communities = new Set(table.members.map((i) => values.community[i]!)).size;
  const roles = [...new Set(table.members.map((i) => values.roleIds[values.role[i]!]!))].sort();
  return message("clinics.reason.mix", {
    newPairs: table.pairs.length,
    pairs,
    regions,
    communities,
    roles,
    roleCount: roles.length,
    role1: roles[0] ?? null,
    role2: roles[1] ?? null,
    role3: roles[2] ?? null,
    moreRoles: Math.max(0, roles.length - 3),
  });
}

/**
 * One or two reasons for a table, the most telling first: an unmet need it meets, parts of the network
 * it joins, a single point of failure it bypasses; else how it mixes roles, regions and communities.
 * @internal
 */
export function tableReasons(values: PairValues, table: TablePairs): PeerLearningMessage[] {
  const found = [
    needReason(values, table),
    componentReason(values, table),
    bypassReason(values, table),
  ].filter((reason): reason is PeerLearningMessage => reason !== null);
  if (found.length < 2) found.push(mixReason(values, table));
  return found.slice(0, 2);
}

/** The plan in two sentences. @internal */
export function planSummary(
  result: PeerLearningScore,
  shape: { sessions: number; tables: number; participants: number; maxDistance: number },
): PeerLearningMessage {
  const params = {
    sessions: shape.sessions,
    tables: shape.tables,
    participants: shape.participants,
    newPairs: result.newPairs,
    crossCommunityPairs: result.crossCommunityPairs,
    crossRegionPairs: result.crossRegionPairs,
    needsMet: result.needsMet,
    needsUnmet: result.needsUnmet,
    maxDistance: shape.maxDistance,
    repeatedPairs: result.repeatedPairs,
    repeatsAvoidable: result.repeatsAvoidable,
    violations: result.violations.length,
    repeats: !result.repeatsAvoidable && result.repeatedPairs > 0 ? "unavoidable" : "avoidable",
  };
  return message("clinics.summary", params);
}
