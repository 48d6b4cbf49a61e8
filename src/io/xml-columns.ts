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
 * @packageDocumentation
 */
import type { ValidationIssue } from "../model/errors.js";
import type { Actor, AttributeValue, EcosystemData } from "../model/schema.js";

/** Whether a text has a character XML 1.0 cannot carry (tab, line feed and carriage return it can, escaped). */
function hasNonXmlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (
      (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) ||
      code === 0xfffe ||
      code === 0xffff
    )
      return true;
  }
  return false;
}

const LIST_SPECIAL = /[,"'\\[\]|]/;

/** Whether a list item reads back unchanged when written bare in the GEXF 1.3 list syntax `[a, b]`. */
function isSafeListItem(item: string): boolean {
  if (item.length === 0 || item.trim() !== item || LIST_SPECIAL.test(item)) return false;
  for (let i = 0; i < item.length; i++) if (item.charCodeAt(i) < 0x20) return false;
  return true;
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
        values[JSON_LABEL] = JSON.stringify(actor.label);
        jsonLabel = true;
      } else label = actor.label;
    }
    for (const [name, value] of Object.entries(actor.attributes ?? {})) {
      if (native.get(name)) values[name] = Array.isArray(value) ? [...value] : value;
      else values[JSON_PREFIX + name] = JSON.stringify(value);
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
      issues.push({
        code: "invalid_json",
        path: `${place}.${where}`,
        message: `${JSON.stringify(text)} is not valid JSON`,
      });
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
  return Object.keys(meta).length === 0 ? undefined : JSON.stringify(meta);
}
