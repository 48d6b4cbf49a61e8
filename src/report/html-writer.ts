/**
 * What every section of `toHtml` writes with: the locale's words, numbers and role names.
 *
 * @packageDocumentation
 */
import type { Locale } from "../text/locale.js";
import type { RoleNames } from "./labels.js";
import type { Say } from "./words.js";

/** The locale's words, numbers and role names, shared by the page's sections. */
export interface Writer {
  readonly locale: Locale;
  readonly say: Say;
  readonly roles: RoleNames;
  number(value: number | null, digits?: number): string;
  percent(share: number): string;
  /** The name of a community of the report's table, by its index ("around <its best-connected member>"). */
  community(index: number): string;
}
