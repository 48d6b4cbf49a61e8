/**
 * The reasons of a weaving suggestion, as messages a weaver can read out in any locale: first what it
 * closes of the structural gaps, with the counts (needs met, actors brought in, single points of
 * failure removed), then what it does to the network's efficiency, who can make the introduction, what
 * the two have in common, and whether it would pile more on a hub.
 *
 * @packageDocumentation
 */
import { actorLabel } from "../model/ecosystem.js";
import { type Message, type MessageParams, message } from "../text/message.js";
import type { GapState, Remedy } from "./gap-remedies.js";
import { closureMessages, efficiencyParams, sharedPlace } from "./remedy-words.js";
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
 * A community's name as parameters `<x>Kind`, `<x>Place`, `<x>Role`, `<x>Hub`: by its region and role
 * (`placeRole`, "the Lappi developers' cluster") or region (`place`) only when every member shares it
 * (else two actors of one region could read as two regions' clusters), else by its best-connected
 * member (`hub`, "the cluster of X").
 */
function clusterParams(context: ScoringContext, community: number, x: "a" | "b"): MessageParams {
  const members: number[] = [];
  for (let i = 0; i < context.view.order; i++) if (context.community[i] === community) members.push(i);
  const place = sharedPlace(context, members);
  let role: string | null = context.roleIds[context.roleCode[members[0]!]!]!;
  for (const i of members) if (context.roleIds[context.roleCode[i]!] !== role) role = null;
  let hub = members[0]!;
  for (const i of members) if (context.degree[i]! > context.degree[hub]!) hub = i;
  const kind = place === null ? "hub" : role === null ? "place" : "placeRole";
  return {
    [`${x}Kind`]: kind,
    [`${x}Place`]: place,
    [`${x}Role`]: kind === "placeRole" ? role : null,
    [`${x}Hub`]: kind === "hub" ? labelOf(context, hub) : null,
  };
}

/** What the tie does to the whole network: components joined, clusters bridged, efficiency gained. */
function structureMessage(context: ScoringContext, input: ReasonInput): Message | null {
  const { u, v } = input;
  const { component, componentSizes, community } = context;
  const efficiency = efficiencyParams(input.efficiency, input.gain, input.gainExact);
  if (component[u] !== component[v]) {
    return message("weave.structure.joins", {
      a: componentSizes[component[u]!]!,
      b: componentSizes[component[v]!]!,
      ...efficiency,
    });
  }
  if (community[u] !== community[v]) {
    const a = clusterParams(context, community[u]!, "a");
    const b = clusterParams(context, community[v]!, "b");
    const same = a.aKind !== "hub" && a.aKind === b.bKind && a.aPlace === b.bPlace && a.aRole === b.bRole;
    return same
      ? message("weave.structure.bridgesSame", { ...a, ...efficiency })
      : message("weave.structure.bridges", { ...a, ...b, ...efficiency });
  }
  return input.gain > 0 ? message("weave.structure.efficiency", efficiency) : null;
}

function similarityMessages(
  context: ScoringContext,
  input: ReasonInput,
  similarityBy: readonly string[],
): Message[] {
  const { eco, view } = context;
  const a = eco.getNodeAttributes(view.ids[input.u]!).attributes ?? {};
  const b = eco.getNodeAttributes(view.ids[input.v]!).attributes ?? {};
  const sentences: Message[] = [];
  for (const name of similarityBy) {
    const x = a[name];
    const y = b[name];
    if (x === undefined || y === undefined) continue;
    const left = new Set(Array.isArray(x) ? x : [String(x)]);
    const shared = [...new Set((Array.isArray(y) ? y : [String(y)]).filter((value) => left.has(value)))];
    if (shared.length === 0) continue;
    if (name === "themes") sentences.push(message("weave.similar.themes", { themes: shared }));
    else if (name === "region") sentences.push(message("weave.similar.region", { region: shared[0]! }));
    else sentences.push(message("weave.similar.attribute", { attribute: name, values: shared }));
  }
  return sentences;
}

/**
 * The reasons of a suggestion, as messages with the numbers and actor labels: what it closes of each
 * gap (most valuable first), then efficiency, the introduction, shared ground and load.
 * @internal
 */
export function reasonsOf(
  context: ScoringContext,
  input: ReasonInput,
  similarityBy: readonly string[],
): Message[] {
  const reasons: Message[] = [];
  for (const { gap, closed } of input.remedy.closures)
    for (const sentence of closureMessages(context, input.state, input.remedy, gap, closed))
      reasons.push(sentence);
  const structure = structureMessage(context, input);
  if (structure !== null) reasons.push(structure);
  const names = input.introducers.map((id) => actorLabel(context.eco, id));
  reasons.push(introductionSentence(introductionKindOf(input.distance), names, input.distance));
  for (const sentence of similarityMessages(context, input, similarityBy)) reasons.push(sentence);
  for (const end of [input.u, input.v]) {
    const share = context.share[end]!;
    if (share >= LOAD_WARNING_SHARE)
      reasons.push(message("weave.load", { actor: labelOf(context, end), share }));
  }
  return reasons;
}
