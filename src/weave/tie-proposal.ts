/**
 * What a suggestion proposes besides the pair: the kind of tie that fits the two roles, and how the
 * introduction is made (by a mutual contact, along a chain of contacts, or by the weaver directly),
 * with the one wording of introducers that every output shares.
 *
 * @packageDocumentation
 */
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

/** The proposed tie in words: `a funding contact`, `training`, `peer learning`, `collaboration`. */
export function tieKindWords(kind: ProposedTieKind): string {
  switch (kind) {
    case "funding":
      return "a funding contact";
    case "peer-learning":
      return "peer learning";
    default:
      return kind;
  }
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

/** `A`, `A or B`, `A, B or C`, `A, B, C or 2 others`. */
function orNames(names: readonly string[], shown = 3): string {
  if (names.length <= 1) return names[0] ?? "";
  if (names.length <= shown) return `${names.slice(0, -1).join(", ")} or ${names[names.length - 1]!}`;
  const rest = names.length - shown;
  return `${names.slice(0, shown).join(", ")} or ${rest} ${rest === 1 ? "other" : "others"}`;
}

/**
 * Who makes the introduction, in words that tell alternatives from a chain: `through A or B (each
 * knows both)`, `through A, then B, then C`, `the weaver, directly`. Used by the CLI, the Markdown and
 * HTML reports and the reasons, so the two read differently everywhere.
 * @internal
 */
export function introductionWords(kind: IntroductionKind, names: readonly string[]): string {
  if (kind === "direct" || names.length === 0) return "the weaver, directly";
  if (kind === "chain") return `through ${names.join(", then ")}`;
  return names.length === 1
    ? `through ${names[0]!} (knows both)`
    : `through ${orNames(names)} (each knows both)`;
}

/** The introduction as a sentence of the reasons. @internal */
export function introductionSentence(
  kind: IntroductionKind,
  names: readonly string[],
  distance: number | null,
): string {
  if (kind === "direct" || names.length === 0)
    return "No one links them now: the weaver introduces them directly.";
  if (kind === "chain") {
    return `They are ${distance ?? names.length + 1} steps apart; the introduction can pass from one to the next: ${names.join(", then ")}.`;
  }
  return names.length === 1
    ? `${names[0]!} knows both and can introduce them.`
    : `${orNames(names)} can introduce them (each of these ${names.length} mutual contacts knows both).`;
}
