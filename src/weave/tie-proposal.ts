/**
 * What a suggestion proposes besides the pair: the kind of tie that fits the two roles, and how the
 * introduction is made (by a mutual contact, along a chain of contacts, or by the weaver directly),
 * with the one wording of introducers that every output shares (messages `weave.tieKind`,
 * `weave.introducedBy.*`, `weave.introduction.*`).
 *
 * @packageDocumentation
 */
import { type Message, message } from "../text/message.js";

/** The kind of tie a suggestion proposes. */
export type ProposedTieKind = "funding" | "training" | "peer-learning" | "collaboration";

/**
 * The kind of tie that fits a role pair (either order):
 *
 * | roles | proposed tie |
 * | --- | --- |
 * | developer – funder | `funding` (a funding contact) |
 * | upskiller – developer | `training` |
 * | the same role | `peer-learning` |
 * | any other pair (upskiller – funder, custom roles) | `collaboration` |
 */
export function proposedTieKind(a: string, b: string): ProposedTieKind {
  const pair = new Set([a, b]);
  if (a === b) return "peer-learning";
  if (pair.has("developer") && pair.has("funder")) return "funding";
  if (pair.has("developer") && pair.has("upskiller")) return "training";
  return "collaboration";
}

/** The proposed tie as a message (`a funding contact`, `training`, `peer learning`, `collaboration`). */
export function tieKindMessage(kind: ProposedTieKind): Message {
  return message("weave.tieKind", { kind: kind === "peer-learning" ? "peerLearning" : kind });
}

/** The proposed tie in English words: `a funding contact`, `training`, `peer learning`, `collaboration`. */
export function tieKindWords(kind: ProposedTieKind): string {
  return tieKindMessage(kind).text;
}

/**
 * How an introduction is made: `mutual-contacts` (the two are two steps apart; each introducer knows
 * both, any one of them can make it), `chain` (further apart; the introducers are the contacts along
 * one shortest path, in order, who pass it on), `direct` (no path joins them; the weaver introduces
 * them).
 */
export type IntroductionKind = "mutual-contacts" | "chain" | "direct";

/** The introduction kind of a pair at hop distance `distance` (`null`: no path). @internal */
export function introductionKindOf(distance: number | null): IntroductionKind {
  if (distance === null) return "direct";
  return distance <= 2 ? "mutual-contacts" : "chain";
}

/** How many introducers are named before `or N others`. */
const INTRODUCERS_SHOWN = 3;

/** A chain of contacts in order, written with arrows (`A → B → C`): the same in every language. */
function chainText(names: readonly string[]): string {
  return names.join(" → ");
}

/** The parameters that name the mutual contacts: all of them up to 3, else the first three and the rest. */
function mutualParams(names: readonly string[]): {
  first: string;
  second: string;
  third: string;
  others: number;
} {
  return { first: names[0]!, second: names[1]!, third: names[2]!, others: names.length - INTRODUCERS_SHOWN };
}

/**
 * Who makes the introduction, as a message that tells alternatives from a chain: `through A or B (each
 * knows both)`, `through A → B → C`, `the weaver, directly`. Used by the CLI, the Markdown and HTML
 * reports, so the two read differently everywhere.
 * @internal
 */
export function introductionMessage(kind: IntroductionKind, names: readonly string[]): Message {
  if (kind === "direct" || names.length === 0) return message("weave.introducedBy.direct");
  if (kind === "chain") return message("weave.introducedBy.chain", { chain: chainText(names) });
  if (names.length === 1) return message("weave.introducedBy.one", { actor: names[0]! });
  if (names.length <= INTRODUCERS_SHOWN) return message("weave.introducedBy.some", { names: { or: names } });
  return message("weave.introducedBy.many", mutualParams(names));
}

/** {@link introductionMessage} in English. @internal */
export function introductionWords(kind: IntroductionKind, names: readonly string[]): string {
  return introductionMessage(kind, names).text;
}

/** The introduction as a sentence of the reasons. @internal */
export function introductionSentence(
  kind: IntroductionKind,
  names: readonly string[],
  distance: number | null,
): Message {
  if (kind === "direct" || names.length === 0) return message("weave.introduction.direct");
  if (kind === "chain")
    return message("weave.introduction.chain", {
      distance: distance ?? names.length + 1,
      chain: chainText(names),
    });
  if (names.length === 1) return message("weave.introduction.mutual.one", { actor: names[0]! });
  if (names.length <= INTRODUCERS_SHOWN)
    return message("weave.introduction.mutual.some", { names: { or: names }, count: names.length });
  return message("weave.introduction.mutual.many", { ...mutualParams(names), count: names.length });
}
