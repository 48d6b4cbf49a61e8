/**
 * Reasons of the spread answers as data: a stable message id, its parameters, and the English text
 * rendered from them, so JSON consumers never parse sentences.
 *
 * @packageDocumentation
 */
import { nameList, pluralNoun, shortNumber } from "../internal/wording.js";

/** Message ids of the spread reasons. */
export type SpreadMessageId =
  | "spread.seed.reach"
  | "spread.seed.groups"
  | "spread.tie.gain"
  | "spread.tie.no-gain";

/** A reason: message id, parameters and English text. */
export interface SpreadReason {
  /** Stable message id. */
  message: SpreadMessageId;
  /** The values the text is rendered from. */
  params: Record<string, string | number | string[]>;
  /** The English text. */
  text: string;
}

/** Why a seed was picked for expected reach. @internal */
export function seedReachReason(label: string, gain: number, first: boolean, total: number): SpreadReason {
  const text = first
    ? `Starting with ${label} reaches an estimated ${shortNumber(gain)} actors, the most of any single actor.`
    : `Adding ${label} reaches an estimated ${shortNumber(gain)} more actors than the seeds before it (${shortNumber(total)} in all).`;
  return { message: "spread.seed.reach", params: { actor: label, gain, total }, text };
}

/** Why a seed was picked for the group objective. @internal */
export function seedGroupsReason(
  label: string,
  gain: number,
  groups: readonly string[],
  share: number,
): SpreadReason {
  const target = `${Math.round(share * 100)}%`;
  const text =
    groups.length === 0
      ? `Adding ${label} adds little towards the target of reaching ${target} of every group.`
      : `Adding ${label} moves ${nameList(groups)} towards the target of reaching ${target} of each group (+${shortNumber(gain, 2)} groups at target).`;
  return { message: "spread.seed.groups", params: { actor: label, gain, groups: [...groups], share }, text };
}

/** What a candidate tie does to the reach. @internal */
export function tieGainReason(
  sourceLabel: string,
  targetLabel: string,
  gain: number,
  newGroups: readonly string[],
  grownRoles: readonly string[],
): SpreadReason {
  if (!(gain > 0) && newGroups.length === 0) {
    return {
      message: "spread.tie.no-gain",
      params: { source: sourceLabel, target: targetLabel, gain },
      text: `A tie between ${sourceLabel} and ${targetLabel} would not carry the innovation further.`,
    };
  }
  const regions =
    newGroups.length === 0 ? "" : `; it would newly reach ${nameList(newGroups)} in at least half the runs`;
  const roles = grownRoles.length === 0 ? "" : `, mostly ${nameList(grownRoles.map(pluralNoun))}`;
  return {
    message: "spread.tie.gain",
    params: {
      source: sourceLabel,
      target: targetLabel,
      gain,
      groups: [...newGroups],
      roles: [...grownRoles],
    },
    text: `A tie between ${sourceLabel} and ${targetLabel} would carry the innovation to an estimated ${shortNumber(gain)} more actors${roles}${regions}.`,
  };
}
