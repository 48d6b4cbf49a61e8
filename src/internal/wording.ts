/**
 * Small wording helpers for findings and reports written as sentences: plurals, articles, name lists,
 * percentages and short numbers. Pure string functions with no locale, so output is the same on every
 * machine. Where two callers write a value differently (a whole percentage, or one that keeps small
 * shares visible), each way has its own function, so no sentence changes when it moves here.
 */

/** `noun` in the plural, by the common English rules (`city` → `cities`, `box` → `boxes`, `funder` → `funders`). */
export function pluralNoun(noun: string): string {
  if (/[^aeiou]y$/i.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/i.test(noun)) return `${noun}es`;
  return `${noun}s`;
}

/** `1 actor`, `3 actors`; `plural` for a noun the rules of {@link pluralNoun} do not fit. */
export function countOf(count: number, noun: string, plural = pluralNoun(noun)): string {
  return `${count} ${count === 1 ? noun : plural}`;
}

/** `a funder`, `an upskiller`. */
export function withArticle(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? "an" : "a"} ${noun}`;
}

/** The first letter in upper case. */
export function capitalize(text: string): string {
  return text.length === 0 ? text : text[0]!.toUpperCase() + text.slice(1);
}

/** `A`, `A and B`, `A, B and C`, `A, B, C, D, E and 3 more` (at most `shown` names). */
export function nameList(names: readonly string[], shown = 5): string {
  if (names.length === 0) return "";
  if (names.length === 1) return names[0]!;
  if (names.length <= shown) return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]!}`;
  return `${names.slice(0, shown).join(", ")} and ${names.length - shown} more`;
}

/** `funder`, `funder or upskiller`, `funder, upskiller or developer`. */
export function orList(items: readonly string[]): string {
  return items.length <= 1
    ? (items[0] ?? "")
    : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]!}`;
}

/** A share as a whole percentage: 0.956 → `96%`. */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** `part` of `whole` as a whole percentage (`0%` when `whole` is 0): 3 of 8 → `38%`. */
export function percentOf(part: number, whole: number): string {
  return `${whole === 0 ? 0 : Math.round((100 * part) / whole)}%`;
}

/**
 * A share as a percentage that keeps small shares visible: whole from 1% (0.956 → `96%`), one decimal
 * below (0.004 → `0.4%`), and `<0.1%` for a positive share below 0.05%.
 */
export function percentFine(share: number): string {
  if (share >= 0.0095 || share <= 0) return `${Math.round(share * 100)}%`;
  const tenths = Math.round(share * 1000) / 10;
  return tenths === 0 ? "<0.1%" : `${tenths}%`;
}

/** A number with at most `digits` decimals and no trailing zeros: 3.10 → `3.1`, 2 → `2`. */
export function shortNumber(value: number, digits = 1): string {
  return String(Number(value.toFixed(digits)));
}

/**
 * A number with at most `digits` decimals and no trailing zeros (3.10 → `3.1`, 2 → `2`, −0 → `0`); a
 * non-zero number that would round to 0 keeps two significant digits (0.0016 → `0.0016`).
 */
export function shortNumberFine(value: number, digits = 2): string {
  const rounded = Number(value.toFixed(digits));
  return String(rounded === 0 && value !== 0 ? Number(value.toPrecision(2)) : rounded);
}

/**
 * `among its direct contacts`, `among their contacts or their contacts' contacts`, `within 3 steps`
 * (`its` for one actor, `their` for several).
 */
export function withinSteps(maxDistance: number, several: boolean): string {
  const their = several ? "their" : "its";
  if (maxDistance === 1) return `among ${their} direct contacts`;
  if (maxDistance === 2) return `among ${their} contacts or ${their} contacts' contacts`;
  return `within ${maxDistance} steps`;
}
