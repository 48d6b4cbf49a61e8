/**
 * What a tie closes, as messages with the counts first: "Gives all 8 Lappi developers a funder within 2
 * steps.", "Brings the isolate X into the network.", "Removes X as a single point of failure for 9
 * actors." (ids `weave.closure.*`, rendered in any locale by `formatMessage`).
 *
 * @packageDocumentation
 */
import { actorLabel } from "../model/ecosystem.js";
import { type Message, type MessageParams, message } from "../text/message.js";
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

/** The parameters of one need clause (`kind<suffix>`, `actor<suffix>`, … of `weave.closure.needs*`). */
function coverageParams(
  context: ScoringContext,
  covered: readonly number[],
  role: string,
  need: string,
  without: number,
  suffix: string,
): MessageParams {
  const place = covered.length === 1 ? null : sharedPlace(context, covered);
  let share = "some";
  if (place !== null) {
    let inPlace = 0;
    for (let i = 0; i < context.view.order; i++) {
      if (context.roleIds[context.roleCode[i]!] !== role) continue;
      const value = context.eco.getNodeAttributes(context.view.ids[i]!).attributes?.[PLACE_ATTRIBUTE];
      if (value === place) inPlace++;
    }
    if (inPlace === covered.length) share = covered.length === 2 ? "both" : "all";
  }
  return {
    [`kind${suffix}`]: covered.length === 1 ? "one" : place !== null ? "place" : "some",
    [`actor${suffix}`]: covered.length === 1 ? labelOf(context, covered[0]!) : null,
    [`share${suffix}`]: share,
    [`covered${suffix}`]: covered.length,
    [`place${suffix}`]: place,
    [`role${suffix}`]: role,
    [`need${suffix}`]: need,
    [`without${suffix}`]: without,
  };
}

/**
 * The needs met of a gap that carries unmet needs: two needs to a sentence ("Gives all 8 Lappi
 * developers a funder within 2 steps and gives X an upskiller within 2 steps."); empty when the tie
 * meets none.
 */
function needsMessages(
  context: ScoringContext,
  state: GapState,
  remedy: Remedy,
  gapIndex: number,
): Message[] {
  const target = state.needTargets.find((t) => t.gap === gapIndex);
  const clauses: { covered: number[]; lacking: Uint8Array; need: string }[] = [];
  if (target === undefined) return [];
  target.lacking.forEach((lacking, s) => {
    if (lacking === null) return;
    const covered = remedy.covered[s]!.filter((i) => lacking[i] === 1);
    if (covered.length > 0) clauses.push({ covered, lacking, need: context.needs[s]!.role });
  });
  const params = (k: number, suffix: string): MessageParams => {
    const { covered, lacking, need } = clauses[k]!;
    let without = 0;
    for (let i = 0; i < context.view.order; i++) if (lacking[i] === 1) without++;
    const role = context.roleIds[context.roleCode[covered[0]!]!]!;
    return coverageParams(context, covered, role, need, without, suffix);
  };
  const steps = context.maxDistance;
  const sentences: Message[] = [];
  for (let k = 0; k < clauses.length; k += 2) {
    sentences.push(
      k + 1 < clauses.length
        ? message("weave.closure.needs.pair", { ...params(k, "1"), ...params(k + 1, "2"), steps })
        : message("weave.closure.needs", { ...params(k, ""), steps }),
    );
  }
  return sentences;
}

/**
 * What the tie closes of one gap, as sentences: one, or for a coverage gap or a siloed community that
 * carries several needs the tie meets, one per two needs.
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
  /** Global efficiency before and after, rounded to `digits` decimals. */
  readonly before: number;
  readonly after: number;
  readonly digits: number;
  /** The relative change in percent, rounded to stay visible (`relativeDigits` 1: one decimal shown). */
  readonly relative: number;
  readonly relativeDigits: number;
  /** The gain alone (when `before` is unknown), to two significant digits. */
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
  const about = exact ? "exact" : "about";
  const unset = { before: 0, after: 0, digits: 3, relative: 0, relativeDigits: 0 };
  if (before === null) return { efficiency: "unknown", about, ...unset, gain: Number(gain.toPrecision(2)) };
  const after = before + gain;
  let digits = 3;
  while (digits < 8 && before.toFixed(digits) === after.toFixed(digits)) digits++;
  const rounded = (value: number) => Number(value.toFixed(digits));
  if (before <= 0) return { efficiency: "fromZero", about, ...unset, after: rounded(after), digits, gain };
  const relative = (100 * gain) / before;
  const relativeDigits = relative >= 10 ? 0 : relative >= 0.1 ? 1 : -1;
  return {
    efficiency: "known",
    about,
    before: rounded(before),
    after: rounded(after),
    digits,
    relative:
      relativeDigits === 0
        ? Math.round(relative)
        : relativeDigits === 1
          ? Number(relative.toFixed(1))
          : Number(relative.toPrecision(2)),
    relativeDigits,
    gain,
  };
}
