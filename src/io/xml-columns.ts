/**
 * The attribute encoding shared by the XML formats (GEXF, GraphML): how an actor's role, label and
 * attributes become flat, typed columns, and back.
 *
 * Node columns: `role` (text); the label as the format's own label (`@label` holding JSON when the
 * label is empty or has a character XML cannot carry); one column per attribute, named after it and
 * typed by its values, when every value of that attribute has one type the format can carry; else
 * `@json:<name>` holding each value as JSON text. An attribute named `role` or `label`, or starting
 * with `@`, always uses the `@json:` form.
 *
 * Characters XML 1.0 forbids (C0 controls other than tab, line feed and carriage return, lone
 * surrogates, U+FFFE, U+FFFF; https://www.w3.org/TR/xml/#charsets) never reach the text: a label or
 * attribute value holding one, or any C0 control (tab, line feed and carriage return included, which
 * an XML attribute value would turn into spaces), goes through the JSON form, whose `\uXXXX` escapes
 * carry it; an id, role, tie kind or attribute name holding one, which has no such channel, is refused.
 *
 * @packageDocumentation
 */
import type { ValidationIssue } from "../model/errors.js";
import type { Actor, AttributeValue, EcosystemData } from "../model/schema.js";
import { notRepresentable } from "./issues.js";
import { readerIssue } from "./reader-messages.js";

/**
 * Whether a text has a character XML 1.0 forbids, or (the XML formats write most text as attribute
 * values, where a parser turns them into spaces) a tab, line feed or carriage return.
 */
export function hasNonXmlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0xfffe || code === 0xffff) return true;
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else return true;
    } else if (code >= 0xdc00 && code <= 0xdfff) return true;
  }
  return false;
}

/**
 * JSON text that XML can carry: `JSON.stringify` escapes controls and lone surrogates already; the
 * two non-characters U+FFFE and U+FFFF it leaves raw get `\uXXXX` escapes too. Reads back equal.
 */
export function xmlSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

/**
 * Refuses (as `not_representable`) the texts an XML writer has no escape for: actor ids, roles,
 * attribute names and tie kinds holding a character {@link hasNonXmlCharacter} flags.
 */
export function checkXmlNames(data: EcosystemData, writer: string): void {
  const problems: string[] = [];
  const show = (text: string) => JSON.stringify(text);
  for (const actor of data.actors) {
    if (hasNonXmlCharacter(actor.id))
      problems.push(`actor id ${show(actor.id)} (a control character or one XML 1.0 forbids)`);
    if (hasNonXmlCharacter(actor.role))
      problems.push(
        `role ${show(actor.role)} of actor ${show(actor.id)} (a control character or one XML 1.0 forbids)`,
      );
    for (const name of Object.keys(actor.attributes ?? {})) {
      if (hasNonXmlCharacter(name))
        problems.push(
          `attribute name ${show(name)} of actor ${show(actor.id)} (a control character or one XML 1.0 forbids)`,
        );
    }
  }
  data.ties.forEach((tie, index) => {
    if (hasNonXmlCharacter(tie.kind))
      problems.push(`kind ${show(tie.kind)} of ties[${index}] (a control character or one XML 1.0 forbids)`);
  });
  if (problems.length > 0) throw notRepresentable(writer, problems);
}

const LIST_SPECIAL = /[,"'\\[\]|]/;

/** Whether a list item reads back unchanged when written bare in the GEXF 1.3 list syntax `[a, b]`. */
function isSafeListItem(item: string): boolean {
  return !(item.length === 0 || item.trim() !== item || LIST_SPECIAL.test(item) || hasNonXmlCharacter(item));
}

const JSON_PREFIX = "@json:";
const JSON_LABEL = "@label";

type ValueKind = "string" | "number" | "boolean" | "list" | "json";

function kindOf(value: AttributeValue, nativeLists: boolean): ValueKind {
  if (typeof value === "number") return Object.is(value, -0) ? "json" : "number";
  if (typeof value === "boolean") return "boolean";
  if (Array.isArray(value)) {
    return nativeLists && value.length > 0 && value.every(isSafeListItem) ? "list" : "json";
  }
  return value === "" || hasNonXmlCharacter(value) ? "json" : "string";
}

/** An actor flattened to columns: the label the format writes natively, and the other values by title. */
export interface FlatActor {
  readonly id: string;
  readonly label: string | undefined;
  readonly values: Record<string, AttributeValue>;
}

/** The type of each column, and the flattened actors. */
export interface FlatActors {
  readonly columns: ReadonlyMap<string, "string" | "number" | "boolean" | "list">;
  readonly actors: readonly FlatActor[];
}

/** Flattens actors to columns. `nativeLists`: whether the format has a list type (GEXF does). */
export function flattenActors(actors: readonly Actor[], nativeLists: boolean): FlatActors {
  const kinds = new Map<string, Set<ValueKind>>();
  for (const actor of actors) {
    for (const [name, value] of Object.entries(actor.attributes ?? {})) {
      const set = kinds.get(name) ?? new Set<ValueKind>();
      kinds.set(name, set);
      set.add(kindOf(value, nativeLists));
    }
  }
  const columns = new Map<string, "string" | "number" | "boolean" | "list">([["role", "string"]]);
  const native = new Map<string, boolean>();
  for (const [name, set] of kinds) {
    const [only] = set;
    const ok =
      set.size === 1 &&
      only !== "json" &&
      only !== undefined &&
      name !== "role" &&
      name !== "label" &&
      !name.startsWith("@");
    native.set(name, ok);
    columns.set(ok ? name : JSON_PREFIX + name, ok ? (only as "string") : "string");
  }
  let jsonLabel = false;
  const flat = actors.map((actor): FlatActor => {
    const values: Record<string, AttributeValue> = { role: actor.role };
    let label: string | undefined;
    if (actor.label !== undefined) {
      if (actor.label === "" || hasNonXmlCharacter(actor.label)) {
        values[JSON_LABEL] = xmlSafeJson(actor.label);
        jsonLabel = true;
      } else label = actor.label;
    }
    for (const [name, value] of Object.entries(actor.attributes ?? {})) {
      if (native.get(name)) values[name] = Array.isArray(value) ? [...value] : value;
      else values[JSON_PREFIX + name] = xmlSafeJson(value);
    }
    return { id: actor.id, label, values };
  });
  if (jsonLabel) columns.set(JSON_LABEL, "string");
  return { columns, actors: flat };
}

/**
 * Rebuilds an actor's fields from the flat values a parser read (`label` included). `place` names
 * where a value sits, for issues.
 */
export function unflattenActor(
  id: string,
  flat: Readonly<Record<string, unknown>>,
  place: string,
  issues: ValidationIssue[],
): Record<string, unknown> {
  const actor: Record<string, unknown> = { id };
  const attributes: Record<string, unknown> = {};
  let count = 0;
  const decode = (text: unknown, where: string): unknown => {
    if (typeof text !== "string") return text;
    try {
      return JSON.parse(text) as unknown;
    } catch {
      issues.push(
        readerIssue("invalid_json", `${place}.${where}`, "io.cell.notJson", { value: JSON.stringify(text) }),
      );
      return undefined;
    }
  };
  for (const [title, value] of Object.entries(flat)) {
    if (title === "role") actor.role = value;
    else if (title === "label") actor.label = value;
    else if (title === JSON_LABEL) actor.label = decode(value, title);
    else {
      const name = title.startsWith(JSON_PREFIX) ? title.slice(JSON_PREFIX.length) : title;
      const decoded = title.startsWith(JSON_PREFIX) ? decode(value, title) : value;
      if (decoded === undefined) continue;
      Object.defineProperty(attributes, name, {
        value: decoded,
        enumerable: true,
        writable: true,
        configurable: true,
      });
      count++;
    }
  }
  if (count > 0) actor.attributes = attributes;
  return actor;
}

/** The graph-level fields kept in one JSON value (`ecoweave` meta in GEXF, `@ecoweave` data in GraphML). */
export function documentMeta(data: EcosystemData): string | undefined {
  const meta: Record<string, unknown> = {};
  if (data.name !== undefined) meta.name = data.name;
  if (data.description !== undefined) meta.description = data.description;
  if (data.roles !== undefined) meta.roles = data.roles;
  return Object.keys(meta).length === 0 ? undefined : xmlSafeJson(meta);
}
