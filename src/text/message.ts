/**
 * Sentences as data: a message is an id of the catalogues and its parameters; it is rendered in a
 * locale at the edge (report, command line) with ICU MessageFormat (intl-messageformat), whose plural
 * rules and number formats come from `Intl`. Every message made by the library also carries its English
 * text, so JSON output is the same whatever the locale and code never parses sentences.
 *
 * @packageDocumentation
 */
import { IntlMessageFormat } from "intl-messageformat";
import { CATALOGUES, type MessageId } from "./catalogue.js";
import { LIST_SHOWN } from "./lists.js";
import type { Locale } from "./locale.js";
import { intlTag, numberFormat } from "./numbers.js";

/** A list written as a disjunction in the message's language (`a, b or c`; `a, b tai c`). */
export interface OrList {
  readonly or: readonly string[] | readonly Message[];
}

/**
 * A parameter of a message. A string array is written as a list in the message's language (`a, b and c`;
 * `a, b ja c`; `a, b och c`), at most {@link LIST_SHOWN} items and then `and 3 more`; {@link OrList} as a
 * disjunction. A {@link Message} is written in the same locale where it stands, and an array of them as
 * a list, so a sentence can hold parts whose number and word order vary (one clause per role lost) and
 * role names inflected by the sentence around them. Numbers are formatted by the locale unless the
 * message's own format says otherwise.
 */
export type MessageParam =
  | string
  | number
  | boolean
  | null
  | readonly string[]
  | OrList
  | Message
  | readonly Message[];

/** The parameters of a message, by name. */
export type MessageParams = { readonly [name: string]: MessageParam };

/** A sentence as data: its id in the catalogues, its parameters, and its English text. */
export interface Message {
  /** The message id (`gaps.coverage.title`, …): stable across versions and locales. */
  readonly id: MessageId;
  /** The values the sentence is written from (ids, counts, shares; lists as arrays). */
  readonly params: MessageParams;
  /** The sentence in English, as {@link formatMessage} writes it with locale `en`. */
  readonly text: string;
}

export { LIST_SHOWN };

/** A compiled message and the names it writes as plain `{name}` arguments. */
interface Compiled {
  readonly format: IntlMessageFormat;
  readonly plainArguments: ReadonlySet<string>;
}

const compiled = new Map<string, Compiled>();

/** The shape of the parsed message elements this module reads (intl-messageformat's AST). */
interface Element {
  readonly type: number;
  readonly value?: unknown;
  readonly options?: Readonly<Record<string, { readonly value: readonly Element[] }>>;
}

const ARGUMENT_ELEMENT = 1;

/**
 * The names written as plain `{name}` arguments anywhere in the message (inside plural and select
 * branches too): intl-messageformat writes a number there with `String`, so these are formatted for the
 * locale before the message is (a decimal comma in `fi` and `sv`).
 */
function plainArgumentsOf(elements: readonly Element[]): Set<string> {
  const names = new Set<string>();
  const pending: (readonly Element[])[] = [elements];
  for (let list = pending.pop(); list !== undefined; list = pending.pop()) {
    for (const element of list) {
      if (element.type === ARGUMENT_ELEMENT && typeof element.value === "string") names.add(element.value);
      if (element.options !== undefined)
        for (const option of Object.values(element.options)) pending.push(option.value);
    }
  }
  return names;
}

function compiledMessage(id: MessageId, locale: Locale): Compiled {
  const key = `${locale}\u0000${id}`;
  const cached = compiled.get(key);
  if (cached !== undefined) return cached;
  const format = new IntlMessageFormat(CATALOGUES[locale][id], intlTag(locale), undefined, {
    ignoreTag: true,
    formatters: {
      getNumberFormat: (_locales, options) =>
        numberFormat(locale, options as Intl.NumberFormatOptions | undefined),
      getDateTimeFormat: (locales, options) => new Intl.DateTimeFormat(locales, options),
      getPluralRules: (_locales, options) => pluralRules(locale, options),
    },
  });
  const made = { format, plainArguments: plainArgumentsOf(format.getAst() as readonly Element[]) };
  compiled.set(key, made);
  return made;
}

function isMessageId(id: string): id is MessageId {
  return Object.hasOwn(CATALOGUES.en, id);
}

function isNested(value: object): value is Message {
  return Object.hasOwn(value, "id");
}

/** A nested message in `locale`: in English its carried text, which `message` wrote the same way. */
function nestedText(nested: Message, locale: Locale): string {
  return locale === "en" && typeof nested.text === "string" ? nested.text : formatMessage(nested, locale);
}

function itemTexts(items: readonly string[] | readonly Message[], locale: Locale): readonly string[] {
  return items.map((item) => (typeof item === "string" ? item : nestedText(item, locale)));
}

const pluralRulesCache = new Map<string, Intl.PluralRules>();

/** The locale's plural rules, made once per options: a message with a plural is formatted often. */
function pluralRules(locale: Locale, options: Intl.PluralRulesOptions | undefined): Intl.PluralRules {
  const key = `${locale}\u0000${JSON.stringify(options ?? {})}`;
  let rules = pluralRulesCache.get(key);
  if (rules === undefined) {
    rules = new Intl.PluralRules(intlTag(locale), options);
    pluralRulesCache.set(key, rules);
  }
  return rules;
}

const listFormats = new Map<string, Intl.ListFormat>();

/** The locale's list format, made once: building an `Intl.ListFormat` costs far more than using one. */
function listFormat(locale: Locale, type: "conjunction" | "disjunction"): Intl.ListFormat {
  const key = `${locale}\u0000${type}`;
  let format = listFormats.get(key);
  if (format === undefined) {
    format = new Intl.ListFormat(intlTag(locale), { type });
    listFormats.set(key, format);
  }
  return format;
}

function listText(items: readonly string[], type: "conjunction" | "disjunction", locale: Locale): string {
  const shown =
    items.length <= LIST_SHOWN
      ? items
      : [
          ...items.slice(0, LIST_SHOWN),
          formatMessage({ id: "common.list.more", params: { count: items.length - LIST_SHOWN } }, locale),
        ];
  return listFormat(locale, type).format(shown);
}

function renderedParams(
  params: MessageParams,
  locale: Locale,
  plainArguments: ReadonlySet<string>,
): Record<string, string | number | boolean | null> {
  const values: Record<string, string | number | boolean | null> = Object.create(null);
  for (const name of Object.keys(params)) {
    const value = params[name]!;
    if (Array.isArray(value))
      values[name] = listText(
        itemTexts(value as readonly string[] | readonly Message[], locale),
        "conjunction",
        locale,
      );
    else if (typeof value === "object" && value !== null)
      values[name] = isNested(value as object)
        ? nestedText(value as Message, locale)
        : listText(itemTexts((value as OrList).or, locale), "disjunction", locale);
    else if (typeof value === "number" && plainArguments.has(name))
      values[name] = numberFormat(locale).format(value);
    else values[name] = value as string | number | boolean | null;
  }
  return values;
}

/**
 * A message written in `locale` from its id and parameters, through the locale's catalogue.
 *
 * @param message - a {@link Message}, or any object with a message id and parameters (as read back from
 *   ecoweave's JSON output).
 * @param locale - the language. @defaultValue `"en"`
 * @throws RangeError when the id is not in the catalogues (a message from another version) and the
 *   object carries no `text` to fall back on.
 */
export function formatMessage(
  message: { readonly id: string; readonly params?: MessageParams; readonly text?: string },
  locale: Locale = "en",
): string {
  if (!isMessageId(message.id)) {
    if (typeof message.text === "string") return message.text;
    throw new RangeError(`unknown message id "${message.id}"`);
  }
  const { format, plainArguments } = compiledMessage(message.id, locale);
  const written = format.format(renderedParams(message.params ?? {}, locale, plainArguments));
  return typeof written === "string" ? written : String(written);
}

/** A message of the library: its id, parameters and English text. @internal */
export function message(id: MessageId, params: MessageParams = {}): Message {
  return { id, params, text: formatMessage({ id, params }, "en") };
}
