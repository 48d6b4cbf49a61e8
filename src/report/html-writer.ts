/**
 * What every section of `toHtml` writes with: the locale's words, numbers and role names, and the
 * markup of cells, header rows, lists and sections.
 *
 * @packageDocumentation
 */
import type { Locale } from "../text/locale.js";
import type { RoleNames } from "./labels.js";
import { escapeXml as escapeHtml } from "./text.js";
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

/** A table cell, right-aligned when numeric. */
export function cell(text: string, numeric = false): string {
  return `<td${numeric ? ' class="number"' : ""}>${escapeHtml(text)}</td>`;
}

/** A table's header row; a `[text, "number"]` header is right-aligned. */
export function headerRow(headers: readonly (string | [string, "number"])[]): string {
  return `<thead><tr>${headers
    .map((header) =>
      typeof header === "string"
        ? `<th scope="col">${escapeHtml(header)}</th>`
        : `<th scope="col" class="number">${escapeHtml(header[0])}</th>`,
    )
    .join("")}</tr></thead>`;
}

/** A bulleted list, or nothing when there are no items. */
export function list(items: readonly string[]): string {
  return items.length === 0 ? "" : `<ul>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join("")}</ul>`;
}

/** A page section with its heading, labelled by it. */
export function section(id: string, heading: string, body: string): string {
  return `<section id="${id}" aria-labelledby="${id}-heading">\n<h2 id="${id}-heading">${escapeHtml(heading)}</h2>\n${body}\n</section>`;
}
