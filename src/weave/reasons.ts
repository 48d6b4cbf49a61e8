/**
 * The reasons of a weaving suggestion, in words a weaver can read out: which needs it meets and for
 * whom, what it does to the network, who can make the introduction, what the two have in common, and
 * whether it would pile more on a hub.
 *
 * @packageDocumentation
 */
import { appendAll } from "../internal/arrays.js";
import { compareIds } from "../internal/compare.js";
import { capitalize, countOf, nameList, percent, pluralNoun, withArticle } from "../internal/wording.js";
import { actorLabel } from "../model/ecosystem.js";
import type { CoverageScratch, ScoringContext } from "./score-components.js";
import { coveredBy } from "./score-components.js";

/** A load share from which the reasons warn about piling more on a hub. */
export const LOAD_WARNING_SHARE = 0.25;

/** What the reasons of one suggestion read. @internal */
export interface ReasonInput {
  readonly u: number;
  readonly v: number;
  readonly distance: number | null;
  readonly gain: number;
  readonly gainExact: boolean;
  /** Global efficiency now, when known (for the relative gain). */
  readonly efficiency: number | null;
  readonly introducers: readonly string[];
}

function labelOf(context: ScoringContext, index: number): string {
  return actorLabel(context.eco, context.view.ids[index]!);
}

/** "the Lappi developers' cluster", "the Pirkanmaa cluster" or "the cluster of X": a community's name. */
function clusterName(context: ScoringContext, community: number): string {
  const { view, eco } = context;
  const members: number[] = [];
  for (let i = 0; i < view.order; i++) if (context.community[i] === community) members.push(i);
  const tally = (value: (i: number) => string | undefined): string | null => {
    const counts = new Map<string, number>();
    for (const i of members) {
      const key = value(i);
      if (key !== undefined) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    let best: string | null = null;
    let bestCount = 0;
    for (const [key, count] of [...counts.entries()].sort((a, b) => compareIds(a[0], b[0]))) {
      if (count > bestCount) {
        best = key;
        bestCount = count;
      }
    }
    return bestCount * 2 > members.length ? best : null;
  };
  const region = tally((i) => {
    const value = eco.getNodeAttributes(view.ids[i]!).attributes?.region;
    return typeof value === "string" ? value : undefined;
  });
  const role = tally((i) => context.roleIds[context.roleCode[i]!]);
  if (region !== null)
    return role === null ? `the ${region} cluster` : `the ${region} ${pluralNoun(role)}' cluster`;
  let hub = members[0]!;
  for (const i of members) if (context.degree[i]! > context.degree[hub]!) hub = i;
  return `the cluster of ${labelOf(context, hub)}`;
}

function needSentences(context: ScoringContext, input: ReasonInput, scratch: CoverageScratch): string[] {
  const { needs, maxDistance, community, roleCode, roleIds } = context;
  const collected = needs.map((): number[] => []);
  coveredBy(context, input.u, input.v, scratch, null, collected);
  const sentences: string[] = [];
  const within = `within ${countOf(maxDistance, "step")}`;
  needs.forEach((need, s) => {
    const covered = collected[s]!;
    if (covered.length === 0) return;
    // The community most of the covered actors belong to, ties by the smaller code.
    const counts = new Map<number, number>();
    for (const i of covered) counts.set(community[i]!, (counts.get(community[i]!) ?? 0) + 1);
    let home = -1;
    for (const [c, count] of counts) {
      if (home === -1 || count > counts.get(home)! || (count === counts.get(home)! && c < home)) home = c;
    }
    const inHome = covered.filter((i) => community[i] === home);
    const role = roleIds[roleCode[inHome[0]!]!]!;
    const ofRole = inHome.filter((i) => roleIds[roleCode[i]!] === role).length;
    let members = 0;
    let reachedBefore = false;
    let hasProvider = false;
    for (let i = 0; i < context.view.order; i++) {
      if (community[i] !== home) continue;
      if (roleIds[roleCode[i]!] === role) {
        members++;
        if (need.distance[i] !== -1) reachedBefore = true;
      }
      if (roleIds[roleCode[i]!] === need.role) hasProvider = true;
    }
    const cluster = clusterName(context, home);
    const elsewhere = covered.length - inHome.length;
    const more = elsewhere > 0 ? ` (and ${elsewhere} more elsewhere)` : "";
    const verb = ofRole === 1 ? "gains" : "gain";
    const gain = `${ofRole} of its ${countOf(members, role)} ${verb} ${withArticle(need.role)} ${within}${more}`;
    const direct = roleIds[roleCode[input.u]!] === need.role || roleIds[roleCode[input.v]!] === need.role;
    if (!reachedBefore && !hasProvider) {
      // "Connects … to its first funder" only when one end is a funder; otherwise the funder is reached
      // through the other end's contacts, and the sentence says so.
      sentences.push(
        direct
          ? `Connects ${cluster} to its first ${need.role}; ${gain}.`
          : `Brings ${cluster} its first ${need.role} ${within}, through the other end's contacts; ${gain}.`,
      );
    } else {
      sentences.push(`Brings ${withArticle(need.role)} ${within} of ${cluster}: ${gain}.`);
    }
  });
  return sentences;
}

/** A relative change as a percentage, one decimal below 10%: 0.0213 → `2.1%`, 0.156 → `16%`. */
function relativePercent(share: number): string {
  return share < 0.1 ? `${(share * 100).toFixed(1)}%` : percent(share);
}

function structureSentence(context: ScoringContext, input: ReasonInput): string | null {
  const { u, v } = input;
  const { component, componentSizes, community } = context;
  const about = input.gainExact ? "" : "about ";
  const relative =
    input.efficiency !== null && input.efficiency > 0
      ? ` (${about}+${relativePercent(input.gain / input.efficiency)})`
      : "";
  const efficiency = `global efficiency rises by ${about}${input.gain.toFixed(4)}${relative}`;
  if (component[u] !== component[v]) {
    const a = componentSizes[component[u]!]!;
    const b = componentSizes[component[v]!]!;
    return `Joins two parts of the network that cannot reach each other now (${countOf(a, "actor")} and ${countOf(b, "actor")}); ${efficiency}.`;
  }
  if (community[u] !== community[v]) {
    return `Bridges ${clusterName(context, community[u]!)} and ${clusterName(context, community[v]!)}; ${efficiency}.`;
  }
  return input.gain > 0 ? `${capitalize(efficiency)}.` : null;
}

function introductionSentence(context: ScoringContext, input: ReasonInput): string {
  const names = input.introducers.map((id) => actorLabel(context.eco, id));
  if (input.distance === 2) {
    return `${nameList(names, 3)} ${names.length === 1 ? "knows" : "know"} both.`;
  }
  if (input.distance !== null) {
    return `They are ${input.distance} steps apart; the chain ${names.join(" → ")} can pass the introduction on.`;
  }
  return "No one links them now: the weaver introduces them directly.";
}

function similaritySentences(
  context: ScoringContext,
  input: ReasonInput,
  similarityBy: readonly string[],
): string[] {
  const { eco, view } = context;
  const a = eco.getNodeAttributes(view.ids[input.u]!).attributes ?? {};
  const b = eco.getNodeAttributes(view.ids[input.v]!).attributes ?? {};
  const sentences: string[] = [];
  for (const name of similarityBy) {
    const x = a[name];
    const y = b[name];
    if (x === undefined || y === undefined) continue;
    const left = new Set(Array.isArray(x) ? x : [String(x)]);
    const shared = (Array.isArray(y) ? y : [String(y)]).filter((value) => left.has(value));
    if (shared.length === 0) continue;
    if (name === "themes") sentences.push(`Both work on ${nameList([...new Set(shared)])}.`);
    else if (name === "region") sentences.push(`Both are in ${shared[0]!}.`);
    else sentences.push(`Both have ${name} ${nameList([...new Set(shared)])}.`);
  }
  return sentences;
}

/**
 * The reasons of a suggestion, as sentences with the numbers and actor labels.
 * @internal
 */
export function reasonsOf(
  context: ScoringContext,
  input: ReasonInput,
  similarityBy: readonly string[],
  scratch: CoverageScratch,
): string[] {
  const reasons = needSentences(context, input, scratch);
  const structure = structureSentence(context, input);
  if (structure !== null) reasons.push(structure);
  reasons.push(introductionSentence(context, input));
  appendAll(reasons, similaritySentences(context, input, similarityBy));
  for (const end of [input.u, input.v]) {
    const share = context.share[end]!;
    if (share >= LOAD_WARNING_SHARE) {
      reasons.push(
        `${labelOf(context, end)} already carries ${percent(share)} of the network's brokerage (betweenness); this adds to its load.`,
      );
    }
  }
  return reasons;
}
