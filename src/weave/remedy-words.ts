/**
 * What a tie closes, as messages with the counts first: "Gives all 8 Lappi developers a funder within 2
 * steps.", "Brings the isolate X into the network.", "Removes X as a single point of failure for 9
 * actors." (ids `weave.closure.*`, rendered in any locale by `formatMessage`).
 *
 * @packageDocumentation
 */
import { actorLabel } from "../model/ecosystem.js";
import { type Message, message } from "../text/message.js";
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

/** A group by its shared place, else by its best-connected member (`place` or `hub` is null). */
function groupParams(
  context: ScoringContext,
  members: readonly number[],
): { place: string | null; hub: string | null; size: number } {
  const place = sharedPlace(context, members);
  return {
    place,
    hub: place === null ? labelOf(context, hubOf(context, members)) : null,
    size: members.length,
  };
}

function membersOf(context: ScoringContext, ids: readonly string[]): number[] {
  const out: number[] = [];
  for (const id of ids) {
    const i = context.view.index.get(id);
    if (i !== undefined) out.push(i);
  }
  return out;
}

function coverageMessage(
  context: ScoringContext,
  covered: readonly number[],
  role: string,
  need: string,
  without: number,
): Message {
  const steps = context.maxDistance;
  if (covered.length === 1)
    return message("weave.closure.needs.one", { actor: labelOf(context, covered[0]!), need, steps });
  const place = sharedPlace(context, covered);
  if (place !== null) {
    let inPlace = 0;
    for (let i = 0; i < context.view.order; i++) {
      if (context.roleIds[context.roleCode[i]!] !== role) continue;
      const value = context.eco.getNodeAttributes(context.view.ids[i]!).attributes?.[PLACE_ATTRIBUTE];
      if (value === place) inPlace++;
    }
    const share = inPlace !== covered.length ? "some" : covered.length === 2 ? "both" : "all";
    return message("weave.closure.needs.place", { share, covered: covered.length, place, role, need, steps });
  }
  return message("weave.closure.needs.some", { covered: covered.length, without, role, need, steps });
}

/** The needs met of a gap that carries unmet needs, one message per need; empty when the tie meets none. */
function needsMessages(
  context: ScoringContext,
  state: GapState,
  remedy: Remedy,
  gapIndex: number,
): Message[] {
  const target = state.needTargets.find((t) => t.gap === gapIndex);
  const parts: Message[] = [];
  if (target === undefined) return parts;
  target.lacking.forEach((lacking, s) => {
    if (lacking === null) return;
    const covered = remedy.covered[s]!.filter((i) => lacking[i] === 1);
    if (covered.length === 0) return;
    let without = 0;
    for (let i = 0; i < context.view.order; i++) if (lacking[i] === 1) without++;
    const role = context.roleIds[context.roleCode[covered[0]!]!]!;
    parts.push(coverageMessage(context, covered, role, context.needs[s]!.role, without));
  });
  return parts;
}

/**
 * What the tie closes of one gap, as sentences: for a coverage gap or a siloed community, one per
 * need it meets (when it meets any), else one.
 * @internal
 */
export function closureMessages(
  context: ScoringContext,
  state: GapState,
  remedy: Remedy,
  gapIndex: number,
  closed: number,
): Message[] {
  const gap = state.gaps[gapIndex]!;
  switch (gap.kind) {
    case "coverage": {
      const met = needsMessages(context, state, remedy, gapIndex);
      return met.length > 0 ? met : [message("weave.closure.coverage.narrows", { gap: gap.id })];
    }
    case "siloed-community": {
      const met = needsMessages(context, state, remedy, gapIndex);
      if (met.length > 0) return met;
      const group = groupParams(context, membersOf(context, gap.actors));
      return [
        group.place !== null
          ? message("weave.closure.silo.place", { place: group.place, size: group.size })
          : message("weave.closure.silo.hub", { hub: group.hub, size: group.size }),
      ];
    }
    case "fragmentation": {
      if (gap.evidence.component === null) {
        const isolate = context.degree[remedy.ends[0]] === 0 ? remedy.ends[0] : remedy.ends[1];
        return [message("weave.closure.isolate", { actor: labelOf(context, isolate) })];
      }
      const group = groupParams(context, membersOf(context, gap.actors));
      return [
        group.place !== null
          ? message("weave.closure.cutOff.place", { place: group.place, size: group.size })
          : message("weave.closure.cutOff.hub", { hub: group.hub, size: group.size }),
      ];
    }
    case "single-point-of-failure": {
      const { actor, ends, cutOff } = gap.evidence;
      const relieved = Math.round((closed / state.units[gapIndex]!) * cutOff);
      const removed = relieved >= cutOff;
      if (actor !== null) {
        const params = { actor: actorLabel(context.eco, actor), cutOff };
        return [
          removed
            ? message("weave.closure.spof.actor.removed", params)
            : message("weave.closure.spof.actor.partial", { ...params, relieved }),
        ];
      }
      const params = {
        source: actorLabel(context.eco, ends![0]),
        target: actorLabel(context.eco, ends![1]),
        cutOff,
      };
      return [
        removed
          ? message("weave.closure.spof.tie.removed", params)
          : message("weave.closure.spof.tie.partial", { ...params, relieved }),
      ];
    }
    case "ties-ending": {
      const { actor, cutOffActors, ties } = gap.evidence;
      const saved = Math.round((closed / state.units[gapIndex]!) * cutOffActors.length);
      let until = ties[0]?.until ?? "";
      for (const tie of ties) if (tie.until > until) until = tie.until;
      const params = { actor: actorLabel(context.eco, actor), cutOff: cutOffActors.length, until };
      return [
        saved >= cutOffActors.length
          ? message("weave.closure.tiesEnding.all", params)
          : message("weave.closure.tiesEnding.some", { ...params, saved }),
      ];
    }
    case "role-pair": {
      const [role, otherRole] = gap.evidence.groups;
      return [
        gap.evidence.within
          ? message("weave.closure.rolePair.within", { role })
          : message("weave.closure.rolePair.between", { role, otherRole }),
      ];
    }
  }
}

/** The parameters of `weave.structure.*` that write the change of global efficiency. @internal */
export interface EfficiencyParams {
  readonly [name: string]: string | number;
  /** `known` (before and after), `fromZero` (the network had no efficiency), `unknown` (the gain only). */
  readonly efficiency: "known" | "fromZero" | "unknown";
  /** `about` for an estimate, `exact` else. */
  readonly about: "about" | "exact";
  readonly before: number;
  readonly after: number;
  /** The relative change in percent, rounded to stay visible. */
  readonly relative: number;
  readonly gain: number;
}

/**
 * Global efficiency before and after, rounded to as many decimals as it takes to show the change (3
 * to 8), and the relative change in percent at a precision that keeps it visible: whole from 10%, one
 * decimal from 0.1%, else two significant digits. `before` is `null` when unknown (the gain is then
 * written alone, to two significant digits).
 * @internal
 */
export function efficiencyParams(before: number | null, gain: number, exact: boolean): EfficiencyParams {
  const estimate = exact ? "exact" : "about";
  if (before === null)
    return {
      efficiency: "unknown",
      about: estimate,
      before: 0,
      after: 0,
      relative: 0,
      gain: Number(gain.toPrecision(2)),
    };
  const after = before + gain;
  let digits = 3;
  while (digits < 8 && before.toFixed(digits) === after.toFixed(digits)) digits++;
  const rounded = (value: number) => Number(value.toFixed(digits));
  if (before <= 0)
    return { efficiency: "fromZero", about: estimate, before: 0, after: rounded(after), relative: 0, gain };
  const relative = (100 * gain) / before;
  const shown =
    relative >= 10
      ? Math.round(relative)
      : relative >= 0.1
        ? Number(relative.toFixed(1))
        : Number(relative.toPrecision(2));
  return {
    efficiency: "known",
    about: estimate,
    before: rounded(before),
    after: rounded(after),
    relative: shown,
    gain,
  };
}
