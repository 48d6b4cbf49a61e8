/**
 * The reasons of a weaving suggestion, in words a weaver can read out: first what it closes of the
 * structural gaps, with the counts (needs met, actors brought in, single points of failure removed),
 * then what it does to the network's efficiency, who can make the introduction, what the two have in
 * common, and whether it would pile more on a hub.
 *
 * @packageDocumentation
 */
import { appendAll } from "../internal/arrays.js";
import { capitalize, countOf, nameList, percent, pluralNoun } from "../internal/wording.js";
import { actorLabel } from "../model/ecosystem.js";
import type { GapState, Remedy } from "./gap-remedies.js";
import { closureWords, efficiencyChange, sharedPlace } from "./remedy-words.js";
import type { ScoringContext } from "./score-components.js";
import { introductionKindOf, introductionSentence } from "./tie-proposal.js";

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
  /** The gaps of the view and what the tie closes of them. */
  readonly state: GapState;
  readonly remedy: Remedy;
}

function labelOf(context: ScoringContext, index: number): string {
  return actorLabel(context.eco, context.view.ids[index]!);
}

/**
 * "the Lappi developers' cluster", "the Lappi cluster" or "the cluster of X": a community's name, by
 * its region only when every member shares it (else two actors of one region could read as two
 * regions' clusters).
 */
function clusterName(context: ScoringContext, community: number): string {
  const members: number[] = [];
  for (let i = 0; i < context.view.order; i++) if (context.community[i] === community) members.push(i);
  const place = sharedPlace(context, members);
  let role: string | null = context.roleIds[context.roleCode[members[0]!]!]!;
  for (const i of members) if (context.roleIds[context.roleCode[i]!] !== role) role = null;
  if (place !== null)
    return role === null ? `the ${place} cluster` : `the ${place} ${pluralNoun(role)}' cluster`;
  let hub = members[0]!;
  for (const i of members) if (context.degree[i]! > context.degree[hub]!) hub = i;
  return `the cluster of ${labelOf(context, hub)}`;
}

/** What the tie does to the whole network: components joined, clusters bridged, efficiency gained. */
function structureSentence(context: ScoringContext, input: ReasonInput): string | null {
  const { u, v } = input;
  const { component, componentSizes, community } = context;
  const about = input.gainExact ? "" : "about ";
  const efficiency =
    input.efficiency !== null
      ? efficiencyChange(input.efficiency, input.gain, input.gainExact)
      : `global efficiency rises by ${about}${Number(input.gain.toPrecision(2))}`;
  if (component[u] !== component[v]) {
    const a = componentSizes[component[u]!]!;
    const b = componentSizes[component[v]!]!;
    return `Joins two parts of the network that cannot reach each other now (${countOf(a, "actor")} and ${countOf(b, "actor")}); ${efficiency}.`;
  }
  if (community[u] !== community[v]) {
    const a = clusterName(context, community[u]!);
    const b = clusterName(context, community[v]!);
    const pair =
      a === b ? `two clusters of ${a.replace(/^the /, "").replace(/ cluster$/, "")}` : `${a} and ${b}`;
    return `Bridges ${pair}; ${efficiency}.`;
  }
  return input.gain > 0 ? `${capitalize(efficiency)}.` : null;
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
 * The reasons of a suggestion, as sentences with the numbers and actor labels: what it closes of each
 * gap (most valuable first), then efficiency, the introduction, shared ground and load.
 * @internal
 */
export function reasonsOf(
  context: ScoringContext,
  input: ReasonInput,
  similarityBy: readonly string[],
): string[] {
  const reasons = input.remedy.closures.map(
    ({ gap, closed }) => `${capitalize(closureWords(context, input.state, input.remedy, gap, closed))}.`,
  );
  const structure = structureSentence(context, input);
  if (structure !== null) reasons.push(structure);
  const names = input.introducers.map((id) => actorLabel(context.eco, id));
  reasons.push(introductionSentence(introductionKindOf(input.distance), names, input.distance));
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
