/**
 * Reasons of the spread answers as data: the shared {@link Message} (a stable id `spread.*`, its
 * parameters, and the English text rendered from them), so JSON consumers never parse sentences and
 * `formatMessage` writes them in any locale.
 *
 * @packageDocumentation
 */
import type { MessageParams } from "../text/message.js";
import { type Message, message } from "../text/message.js";

/** Message ids of the spread reasons. */
export type SpreadMessageId =
  | "spread.seed.reach"
  | "spread.seed.groups"
  | "spread.tie.gain"
  | "spread.tie.no-gain";

/** A reason of the spread answers: the shared {@link Message} (field `id`, formerly `message`). */
export type SpreadReason = Message;

/** Up to three roles by position, and how many more (the role lists of `spread.tie.gain`). */
function roleParams(roles: readonly string[]): MessageParams {
  return {
    roleCount: roles.length,
    role1: roles[0] ?? null,
    role2: roles[1] ?? null,
    role3: roles[2] ?? null,
    moreRoles: Math.max(0, roles.length - 3),
  };
}

/** Why a seed was picked for expected reach. @internal */
export function seedReachReason(label: string, gain: number, first: boolean, total: number): SpreadReason {
  return message("spread.seed.reach", { actor: label, gain, total, order: first ? "first" : "next" });
}

/** Why a seed was picked for the group objective. @internal */
export function seedGroupsReason(
  label: string,
  gain: number,
  groups: readonly string[],
  share: number,
): SpreadReason {
  return message("spread.seed.groups", {
    actor: label,
    gain,
    groups: [...groups],
    share,
    groupCount: groups.length,
  });
}

/** What a candidate tie does to the reach. @internal */
export function tieGainReason(
  sourceLabel: string,
  targetLabel: string,
  gain: number,
  newGroups: readonly string[],
  grownRoles: readonly string[],
): SpreadReason {
  if (!(gain > 0) && newGroups.length === 0)
    return message("spread.tie.no-gain", { source: sourceLabel, target: targetLabel, gain });
  return message("spread.tie.gain", {
    source: sourceLabel,
    target: targetLabel,
    gain,
    groups: [...newGroups],
    roles: [...grownRoles],
    groupCount: newGroups.length,
    ...roleParams(grownRoles),
  });
}
