/**
 * Messages of the `issues` area for the model layer, written in English without the catalogues of
 * every area and without intl-messageformat: validation and option errors are raised by the core that a
 * browser app bundles alone (`createEcosystem` plus one measure, under the 40 kB budget of
 * docs/performance.md), and those two would triple it. The texts are the `issues` catalogue's; a test
 * (test/text/issue-message.test.ts) checks every id, through every branch, against {@link formatMessage}.
 *
 * @packageDocumentation
 */

import type { MessageId } from "./catalogue.js";
import { ISSUES_EN } from "./catalogues/en/issues.js";
import { LIST_SHOWN } from "./lists.js";
import type { Message, MessageParam, MessageParams } from "./message.js";
import { intlTag, numberFormat } from "./numbers.js";

/** The id of a message in the `issues` area. */
export type IssueMessageId = keyof typeof ISSUES_EN;

const listFormat = new Intl.ListFormat(intlTag("en"), { type: "conjunction" });
const pluralRules = new Intl.PluralRules(intlTag("en"));

function itemText(item: string | Message): string {
  return typeof item === "string" ? item : item.text;
}

function listText(items: readonly (string | Message)[], format: Intl.ListFormat): string {
  const texts = items.slice(0, LIST_SHOWN).map(itemText);
  if (items.length > LIST_SHOWN) texts.push(`${numberFormat("en").format(items.length - LIST_SHOWN)} more`);
  return format.format(texts);
}

function paramText(value: MessageParam | undefined): string {
  if (value === undefined || value === null) return String(value);
  if (typeof value === "number") return numberFormat("en").format(value);
  if (typeof value === "string" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return listText(value as readonly (string | Message)[], listFormat);
  return (value as Message).text;
}

/** The index just past the `}` that closes the `{` at `open`. */
function closing(pattern: string, open: number): number {
  let depth = 0;
  for (let i = open; i < pattern.length; i++) {
    if (pattern[i] === "{") depth++;
    else if (pattern[i] === "}" && --depth === 0) return i + 1;
  }
  return pattern.length;
}

/** The `key {branch}` options of a select or plural, by key. */
function branches(body: string): Map<string, string> {
  const options = new Map<string, string>();
  let i = 0;
  while (i < body.length) {
    const open = body.indexOf("{", i);
    if (open === -1) break;
    const end = closing(body, open);
    options.set(body.slice(i, open).trim(), body.slice(open + 1, end - 1));
    i = end;
  }
  return options;
}

/** The ICU subset the `issues` messages use: `{x}`, `{x, select, …}`, `{x, plural, …}` with `#`, `{x, number, ::group-off}`. */
function render(pattern: string, params: MessageParams, pound: string | null): string {
  let out = "";
  let i = 0;
  while (i < pattern.length) {
    const char = pattern[i]!;
    if (char === "#" && pound !== null) {
      out += pound;
      i++;
      continue;
    }
    if (char !== "{") {
      out += char;
      i++;
      continue;
    }
    const end = closing(pattern, i);
    const inner = pattern.slice(i + 1, end - 1);
    const first = inner.indexOf(",");
    const name = (first === -1 ? inner : inner.slice(0, first)).trim();
    const value = params[name];
    if (first === -1) out += paramText(value);
    else {
      const second = inner.indexOf(",", first + 1);
      const kind = inner.slice(first + 1, second === -1 ? undefined : second).trim();
      const rest = second === -1 ? "" : inner.slice(second + 1);
      if (kind === "number")
        out += numberFormat("en", rest.includes("::group-off") ? { useGrouping: false } : {}).format(
          value as number,
        );
      else if (kind === "select") {
        const options = branches(rest);
        out += render(options.get(String(value)) ?? options.get("other") ?? "", params, pound);
      } else if (kind === "plural") {
        const options = branches(rest);
        const count = value as number;
        const branch = options.get(pluralRules.select(count)) ?? options.get("other");
        out += render(branch ?? "", params, numberFormat("en").format(count));
      }
    }
    i = end;
  }
  return out;
}

/**
 * A message with its English text, as `message(id, params)` makes it from the whole catalogue, written
 * by the ICU subset above from `pattern`, the English catalogue's text of `id`: for the layers that
 * must not load every catalogue (the model, whose option errors a bundler must be able to leave out
 * one by one) or that write many issues (the file readers).
 * @internal
 */
export function patternMessage(id: MessageId, pattern: string, params: MessageParams = {}): Message {
  return { id, params, text: render(pattern, params, null) };
}

/**
 * An `issues` message with its English text, as `message(id, params)` makes it, for the model layer.
 * @internal
 */
export function issueMessage(id: IssueMessageId, params: MessageParams = {}): Message {
  return patternMessage(id, ISSUES_EN[id], params);
}
