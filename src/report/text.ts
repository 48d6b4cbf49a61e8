/**
 * Text helpers shared by the renderers: escaping for XML, HTML and Markdown, and numbers written the
 * same way on every machine for a given report locale (never the machine's own locale).
 *
 * @packageDocumentation
 */
import { escapeControl } from "../internal/escape-control.js";
import { shortNumberFine } from "../internal/wording.js";
import type { Locale } from "../text/locale.js";
import { formatDate, formatPercent as formatLocalePercent, numberFormat } from "../text/numbers.js";

const XML_ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * Escapes text for XML and HTML character data and attribute values (`&`, `<`, `>`, `"`, `'`).
 * Characters XML 1.0 forbids (C0 controls other than tab, line feed and carriage return, lone
 * surrogates, U+FFFE/U+FFFF) become U+FFFD, so the SVG stays well-formed whatever a label holds.
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[&<>"']/g, (character) => XML_ENTITIES[character]!)
    .replace(/[^\t\n\r\u{20}-\u{D7FF}\u{E000}-\u{FFFD}\u{10000}-\u{10FFFF}]/gu, "\ufffd");
}

/**
 * Escapes text for one Markdown table cell or paragraph: `\`, `|`, `` ` ``, `*`, `_`, `[`, `]` get a
 * backslash, `&`, `<`, `>` become entities (so a label cannot open raw HTML), line breaks become spaces,
 * and other control characters and bidi overrides are written as visible escapes (`\u001b` shows as
 * `\u001b`; see `escapeControl`), so a page printed in a terminal cannot drive it.
 */
export function escapeMarkdown(text: string): string {
  return escapeControl(text.replace(/\r\n|\r|\n/g, " "))
    .replace(/[\\|`*_[\]]/g, (character) => `\\${character}`)
    .replace(/[&<>]/g, (character) => XML_ENTITIES[character]!);
}

/**
 * JSON for a `<script type="application/json">` block: `<`, `>`, `&`, U+2028 and U+2029 are written
 * as `\u` escapes, so no string in the data can close the script element or be read as markup.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/**
 * A number with at most `digits` decimals and no trailing zeros (3.10 → `3.1`, 2 → `2`, −0 → `0`);
 * a non-zero number that would round to 0 keeps two significant digits (0.0016 → `0.0016`).
 * `null` → `–`. In English without grouping (`1234.5`); in Finnish and Swedish with the same decimals,
 * a decimal comma and narrow no-break spaces between thousands (`1 234,5`), as `formatNumber` of
 * src/text writes them.
 */
export function formatNumber(value: number | null, digits = 3, locale: Locale = "en"): string {
  if (value === null) return "–";
  const english = shortNumberFine(value, digits);
  if (locale === "en") return english;
  if (!/^-?\d+(\.\d+)?$/.test(english)) return english.replace(".", ",");
  const decimals = english.split(".")[1]?.length ?? 0;
  return numberFormat(locale, { maximumFractionDigits: decimals, minimumFractionDigits: decimals }).format(
    Number(english),
  );
}

/** A share as a whole percentage (0.956 → `96%`, `96 %` in fi and sv); one decimal below 1%. */
export function formatPercent(share: number, locale: Locale = "en"): string {
  const value = share * 100;
  const fine = value !== 0 && Math.abs(value) < 1;
  if (locale !== "en") return formatLocalePercent(share, locale, fine ? 1 : 0);
  return `${fine ? formatNumber(value, 1) : Math.round(value) + 0}%`;
}

/** A calendar date (`YYYY-MM-DD`) as the report writes it: as it is in English, by the locale otherwise. */
export function formatReportDate(isoDate: string, locale: Locale): string {
  return locale === "en" ? isoDate : formatDate(isoDate, locale);
}

/** A coordinate for SVG output: one decimal, no `-0`. */
export function coordinate(value: number): string {
  return String(Math.round(value * 10) / 10 + 0);
}

/** `text` cut to at most `length` characters (code points), ending with `…` when cut. */
export function truncate(text: string, length: number): string {
  const characters = Array.from(text);
  return characters.length <= length ? text : `${characters.slice(0, length - 1).join("")}…`;
}
