/**
 * Small wording helpers for findings written as sentences (gap titles and details): plurals, name
 * lists, percentages and ratios. Pure string functions, no locale (output is the same everywhere).
 */

/** `noun` in the plural, by the common English rules (`city` → `cities`, `box` → `boxes`, `funder` → `funders`). */
export function pluralNoun(noun: string): string {
  if (/[^aeiou]y$/i.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/i.test(noun)) return `${noun}es`;
  return `${noun}s`;
}

/** `1 actor`, `3 actors`. */
export function countOf(count: number, noun: string): string {
  return `${count} ${count === 1 ? noun : pluralNoun(noun)}`;
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

/** A share as a whole percentage: 0.956 → `96%`. */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** A number with at most `digits` decimals and no trailing zeros: 3.10 → `3.1`, 2 → `2`. */
export function shortNumber(value: number, digits = 1): string {
  return String(Number(value.toFixed(digits)));
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
