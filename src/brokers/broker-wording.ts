/**
 * Wording of the broker findings (bridge actors, the network's stage): names, counts, lists and
 * shares written the same way everywhere, with no locale.
 *
 * @packageDocumentation
 */
import type { Ecosystem } from "../model/ecosystem.js";

/** The actor's label, or its id when it has none. */
export function actorName(eco: Ecosystem, id: string): string {
  return eco.getNodeAttribute(id, "label") ?? id;
}

/** `1 actor`, `3 actors`: the plural adds `s`. */
export function countOf(count: number, noun: string, plural = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : plural}`;
}

/** `A`, `A and B`, `A, B and C`, `A, B, C and 4 more` (at most `shown` names). */
export function nameList(names: readonly string[], shown = 5): string {
  if (names.length <= 1) return names[0] ?? "";
  if (names.length <= shown) return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]!}`;
  return `${names.slice(0, shown).join(", ")} and ${names.length - shown} more`;
}

/**
 * A share as a percentage: whole from 1% (0.956 → `96%`), one decimal below (0.004 → `0.4%`), and
 * `<0.1%` for a positive share below 0.05%.
 */
export function percent(share: number): string {
  if (share >= 0.0095 || share <= 0) return `${Math.round(share * 100)}%`;
  const tenths = Math.round(share * 1000) / 10;
  return tenths === 0 ? "<0.1%" : `${tenths}%`;
}

/**
 * A number with at most `digits` decimals and no trailing zeros (3.10 → `3.1`, 2 → `2`); a non-zero
 * number that would round to 0 keeps two significant digits (0.0016 → `0.0016`).
 */
export function shortNumber(value: number, digits = 2): string {
  const rounded = Number(value.toFixed(digits));
  return String(rounded === 0 && value !== 0 ? Number(value.toPrecision(2)) : rounded);
}
