/**
 * Numbers, percentages and dates written for a locale with `Intl`: a decimal point and comma-grouped
 * thousands in English; a decimal comma and thousands grouped by a narrow no-break space (U+202F) in
 * Finnish and Swedish, as their style guides write them (Kielitoimiston ohjepankki; Språkrådet's
 * *Svenska skrivregler*), where `Intl` gives a no-break space (U+00A0).
 *
 * @packageDocumentation
 */
import type { Locale } from "./locale.js";

const NARROW_NO_BREAK_SPACE = "\u202f";

/** The `Intl` tag each locale formats with: British English keeps lists without a serial comma. */
export function intlTag(locale: Locale): string {
  return locale === "en" ? "en-GB" : locale;
}

const cache = new Map<string, Intl.NumberFormat>();

/**
 * An `Intl.NumberFormat` for `locale` whose thousands separator in `fi` and `sv` is the narrow no-break
 * space; formats are cached per locale and options.
 */
export function numberFormat(locale: Locale, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}\u0000${JSON.stringify(options)}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const base = new Intl.NumberFormat(locale === "en" ? "en-US" : locale, options);
  const made: Intl.NumberFormat =
    locale === "en"
      ? base
      : Object.freeze({
          format: (value: number | bigint) => narrowGroups(base.format(value)),
          formatToParts: (value: number | bigint) =>
            base
              .formatToParts(value)
              .map((part) => (part.type === "group" ? { ...part, value: NARROW_NO_BREAK_SPACE } : part)),
          resolvedOptions: () => base.resolvedOptions(),
        } as Intl.NumberFormat);
  cache.set(key, made);
  return made;
}

function narrowGroups(text: string): string {
  return text.replace(/(?<=\d)\u00a0(?=\d)/g, NARROW_NO_BREAK_SPACE);
}

/**
 * `value` written for `locale` with at most `maximumFractionDigits` decimals (default 2) and no trailing
 * zeros: 1234.5 → `1,234.5` (en), `1 234,5` (fi, sv). Non-finite values are written as `Intl` does.
 */
export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 2): string {
  return numberFormat(locale, { maximumFractionDigits }).format(value);
}

/**
 * A share as a percentage for `locale` with at most `maximumFractionDigits` decimals (default 0):
 * 0.27 → `27%` (en), `27 %` (fi, sv, with a no-break space before the sign).
 */
export function formatPercent(share: number, locale: Locale, maximumFractionDigits = 0): string {
  return numberFormat(locale, { style: "percent", maximumFractionDigits }).format(share);
}

/**
 * A calendar date (`YYYY-MM-DD`, read in UTC so the day never shifts) written for `locale`:
 * `30 June 2025` (en), `30.6.2025` (fi), `30 juni 2025` (sv). A string that is not such a date is
 * returned unchanged.
 */
export function formatDate(isoDate: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (match === null) return isoDate;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(date.getTime())) return isoDate;
  const style: Intl.DateTimeFormatOptions =
    locale === "fi"
      ? { day: "numeric", month: "numeric", year: "numeric", timeZone: "UTC" }
      : { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" };
  return new Intl.DateTimeFormat(intlTag(locale), style).format(date);
}
