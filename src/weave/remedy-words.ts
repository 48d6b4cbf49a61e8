/**
 * What a tie closes, in plain words with the counts first: "gives all 8 Lappi developers a funder
 * within 2 steps", "brings the isolate X into the network", "removes X as a single point of failure for
 * 9 actors".
 *
 * @packageDocumentation
 */
import { countOf, pluralNoun, withArticle } from "../internal/wording.js";
import { actorLabel } from "../model/ecosystem.js";
import type { GapState, Remedy } from "./gap-remedies.js";
import type { ScoringContext } from "./score-components.js";

/** The attribute that names places in sentences (a cluster is named by it only when all members share it). */
export const PLACE_ATTRIBUTE = "region";

function labelOf(context: ScoringContext, index: number): string {
  return actorLabel(context.eco, context.view.ids[index]!);
}

/** The value of the place attribute every actor shares, else `null`. @internal */
export function sharedPlace(context: ScoringContext, members: readonly number[]): string | null {
  let place: string | null = null;
  for (const i of members) {
    const value = context.eco.getNodeAttributes(context.view.ids[i]!).attributes?.[PLACE_ATTRIBUTE];
    if (typeof value !== "string") return null;
    if (place === null) place = value;
    else if (place !== value) return null;
  }
  return place;
}

/** The best-connected member, ties by the smaller index. */
function hubOf(context: ScoringContext, members: readonly number[]): number {
  let hub = members[0]!;
  for (const i of members) if (context.degree[i]! > context.degree[hub]!) hub = i;
  return hub;
}

/** "the Lappi community (8 actors)" or "the community around X (8 actors)". */
function groupName(context: ScoringContext, members: readonly number[], noun: string): string {
  const place = sharedPlace(context, members);
  const size = countOf(members.length, "actor");
  return place !== null
    ? `the ${place} ${noun} (${size})`
    : `the ${noun} around ${labelOf(context, hubOf(context, members))} (${size})`;
}

function membersOf(context: ScoringContext, ids: readonly string[]): number[] {
  const out: number[] = [];
  for (const id of ids) {
    const i = context.view.index.get(id);
    if (i !== undefined) out.push(i);
  }
  return out;
}

function coverageWords(
  context: ScoringContext,
  covered: readonly number[],
  role: string,
  need: string,
  without: number,
): string {
  const within = `within ${countOf(context.maxDistance, "step")}`;
  if (covered.length === 1) return `gives ${labelOf(context, covered[0]!)} ${withArticle(need)} ${within}`;
  const place = sharedPlace(context, covered);
  if (place !== null) {
    let inPlace = 0;
    for (let i = 0; i < context.view.order; i++) {
      if (context.roleIds[context.roleCode[i]!] !== role) continue;
      const value = context.eco.getNodeAttributes(context.view.ids[i]!).attributes?.[PLACE_ATTRIBUTE];
      if (value === place) inPlace++;
    }
    const count =
      inPlace !== covered.length
        ? String(covered.length)
        : covered.length === 2
          ? "both"
          : `all ${covered.length}`;
    return `gives ${count} ${place} ${pluralNoun(role)} ${withArticle(need)} ${within}`;
  }
  return `gives ${covered.length} of the ${without} ${pluralNoun(role)} without ${withArticle(need)} one ${within}`;
}

/** The needs met of a gap that carries unmet needs, in words; `null` when the tie meets none. */
function needsWords(
  context: ScoringContext,
  state: GapState,
  remedy: Remedy,
  gapIndex: number,
): string | null {
  const target = state.needTargets.find((t) => t.gap === gapIndex);
  if (target === undefined) return null;
  const parts: string[] = [];
  target.lacking.forEach((lacking, s) => {
    if (lacking === null) return;
    const covered = remedy.covered[s]!.filter((i) => lacking[i] === 1);
    if (covered.length === 0) return;
    let without = 0;
    for (let i = 0; i < context.view.order; i++) if (lacking[i] === 1) without++;
    const role = context.roleIds[context.roleCode[covered[0]!]!]!;
    parts.push(coverageWords(context, covered, role, context.needs[s]!.role, without));
  });
  return parts.length === 0 ? null : parts.join(" and ");
}

/**
 * What the tie closes of one gap, in words, starting with a verb in lower case.
 * @internal
 */
export function closureWords(
  context: ScoringContext,
  state: GapState,
  remedy: Remedy,
  gapIndex: number,
  closed: number,
): string {
  const gap = state.gaps[gapIndex]!;
  const met = needsWords(context, state, remedy, gapIndex);
  switch (gap.kind) {
    case "coverage":
      return met ?? `narrows ${gap.id}`;
    case "siloed-community": {
      if (met !== null) return met;
      const name = groupName(context, membersOf(context, gap.actors), "community");
      return `adds a tie out of ${name}, which keeps its ties inside`;
    }
    case "fragmentation": {
      if (gap.evidence.component === null) {
        const isolate = context.degree[remedy.ends[0]] === 0 ? remedy.ends[0] : remedy.ends[1];
        return `brings the isolate ${labelOf(context, isolate)} into the network`;
      }
      return `brings ${groupName(context, membersOf(context, gap.actors), "group")}, cut off now, into the main network`;
    }
    case "single-point-of-failure": {
      const { actor, ends, cutOff } = gap.evidence;
      const element =
        actor !== null
          ? actorLabel(context.eco, actor)
          : `the tie ${actorLabel(context.eco, ends![0])} – ${actorLabel(context.eco, ends![1])}`;
      const relieved = Math.round((closed / state.units[gapIndex]!) * cutOff);
      return relieved >= cutOff
        ? `removes ${element} as a single point of failure for ${countOf(cutOff, "actor")}`
        : `gives ${relieved} of the ${cutOff} actors who hang on ${element} another route`;
    }
    case "ties-ending": {
      const { actor, cutOffActors, ties } = gap.evidence;
      const saved = Math.round((closed / state.units[gapIndex]!) * cutOffActors.length);
      let last = ties[0]?.until ?? "";
      for (const tie of ties) if (tie.until > last) last = tie.until;
      const whose = `${actorLabel(context.eco, actor)}'s ties end (by ${last})`;
      return saved === 1 && cutOffActors.length > 1
        ? `keeps 1 of the ${cutOffActors.length} actors cut off when ${whose} in the network`
        : saved >= cutOffActors.length
          ? `keeps the ${countOf(cutOffActors.length, "actor")} cut off when ${whose} in the network`
          : `keeps ${saved} of the ${cutOffActors.length} actors cut off when ${whose} in the network`;
    }
    case "role-pair": {
      const [a, b] = gap.evidence.groups;
      return gap.evidence.within
        ? `adds a tie among ${pluralNoun(a)}, who rarely tie to each other`
        : `adds a tie between ${pluralNoun(a)} and ${pluralNoun(b)}, tied less than their activity predicts`;
    }
  }
}

/**
 * Global efficiency before and after, with as many decimals as it takes to show the change (3 to 8),
 * and the relative change at a precision that keeps it visible: "from 0.2703 to 0.2834 (+4.8%)".
 * @internal
 */
export function efficiencyChange(before: number, gain: number, exact: boolean): string {
  const after = before + gain;
  let digits = 3;
  while (digits < 8 && before.toFixed(digits) === after.toFixed(digits)) digits++;
  const about = exact ? "" : "about ";
  if (before <= 0) return `global efficiency rises to ${about}${after.toFixed(digits)}`;
  const relative = (100 * gain) / before;
  const shown =
    relative >= 10
      ? relative.toFixed(0)
      : relative >= 0.1
        ? relative.toFixed(1)
        : String(Number(relative.toPrecision(2)));
  return `global efficiency rises from ${before.toFixed(digits)} to ${about}${after.toFixed(digits)} (+${shown}%)`;
}
