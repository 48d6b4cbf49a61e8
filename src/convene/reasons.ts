/**
 * Why a table of a peer-learning clinic was put together, and the plan's summary: messages as data
 * (an id and its parameters) with their English text.
 *
 * @packageDocumentation
 */
import { capitalize, countOf, nameList, pluralNoun } from "../internal/wording.js";
import { actorLabel } from "../model/ecosystem.js";
import type { PeerLearningScore } from "./evaluate.js";
import { needsMetBy, PAIR_FLAG, type PairValues } from "./pair-values.js";

/** A sentence as data: a message id, its parameters, and its English text. */
export interface PeerLearningMessage {
  /** Stable id of the message (`clinics.reason.firstContact`, …). */
  id: string;
  /** The values the text is written from. */
  params: Record<string, string | number | boolean | string[] | null>;
  /** The sentence in English. */
  text: string;
}

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
  const what = direct
    ? `first ${need} contact`
    : `first contact who knows ${need === "upskiller" ? "an" : "a"} ${need}`;
  const whom =
    needers.length === 1
      ? `${actorLabel(eco, ids[needers[0]!]!)} its`
      : region !== null
        ? `${region}'s ${pluralNoun(role)} their`
        : `${countOf(needers.length, role)} their`;
  return {
    id: "clinics.reason.firstContact",
    params: { needers: needers.map((i) => ids[i]!), role, region, need, direct },
    text: `Brings ${whom} ${what}.`,
  };
}

function componentReason(values: PairValues, table: TablePairs): PeerLearningMessage | null {
  if (!table.pairs.some(([i, j]) => (values.flags[i * values.count + j]! & PAIR_FLAG.component) !== 0))
    return null;
  const parts = new Set(table.members.map((i) => values.component[i]!)).size;
  return {
    id: "clinics.reason.separateParts",
    params: { parts },
    text: `Seats together actors from ${parts} parts of the network that no path joins yet.`,
  };
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
      return {
        id: "clinics.reason.bypass",
        params: { actors: [first, second], via },
        text: `Links ${actorLabel(values.eco, first)} and ${actorLabel(values.eco, second)}, who now reach each other only through ${actorLabel(values.eco, via)}.`,
      };
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
  return {
    id: "clinics.reason.mix",
    params: { newPairs: table.pairs.length, pairs, regions, communities, roles },
    text: `${capitalize(countOf(table.pairs.length, "pair"))} of ${pairs} meet for the first time, mixing ${nameList(roles.map(pluralNoun))} from ${countOf(regions, "region")} and ${countOf(communities, "community")}.`,
  };
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
  };
  let text =
    `${capitalize(countOf(shape.sessions, "session"))} of ${countOf(shape.tables, "table")} seat ${countOf(shape.participants, "participant")}: ` +
    `${countOf(result.newPairs, "pair")} meet for the first time, ${result.crossCommunityPairs} across communities and ${result.crossRegionPairs} across regions. ` +
    `If these acquaintances became ties, ${result.needsMet} of ${countOf(result.needsUnmet, "unmet need")} would be met within ${countOf(shape.maxDistance, "step")}.`;
  if (!result.repeatsAvoidable && result.repeatedPairs > 0) {
    text += ` Tables this large for this many sessions make repeats unavoidable: ${countOf(result.repeatedPairs, "pair")} meet again.`;
  }
  if (result.violations.length > 0) {
    text += ` No seating keeping every rule was found: ${countOf(result.violations.length, "rule")} broken (see violations).`;
  }
  return { id: "clinics.summary", params, text };
}
