/**
 * Kumu (kumu.io) maps: the JSON blueprint and the two import sheets (Elements, Connections).
 *
 * @packageDocumentation
 */

import { appendAll } from "../internal/arrays.js";
import { nearName } from "../internal/closest.js";
import { toJsonPath } from "../internal/json-path.js";
import { checkArguments, checkEcosystem, checkOptionKeys, optionKeys } from "../model/check-arguments.js";
import { checkOptionType, checkResult, checkText } from "../model/check-inputs.js";
import { type Ecosystem, toEcosystemData } from "../model/ecosystem.js";
import { InvalidOptionError, type ValidationIssue } from "../model/errors.js";
import { mustBeBare, ruleRoleList } from "../model/option-errors.js";
import { DIRECTED_TIE_KINDS, resolveRoles } from "../model/roles.js";
import type { AttributeValue, EcosystemData, Role } from "../model/schema.js";
import { issueMessage } from "../text/issue-message.js";
import { buildChecked, isPlainObject, splitDocumentPath, splitFirstKey } from "./issues.js";
import { attributeNameOfField, escapedFields } from "./kumu-fields.js";
import { issueOf, nearNameHint, readerIssue, readerMessage, sourceName } from "./reader-messages.js";
import {
  attributeCells,
  cellPath,
  formatNumber,
  parseNumberCell,
  parseTable,
  planAttributeColumns,
  readAttributeCells,
  SPREADSHEET_DEFAULTS,
  SPREADSHEET_OPTION_KEYS,
  type SpreadsheetOptions,
  separatorNote,
  type Table,
  type TableRow,
  writeTable,
} from "./table.js";

/** A Kumu element: `label` and optional `id`, `type`, `tags`, `description` and custom fields. */
export interface KumuElement {
  id?: string;
  label: string;
  type?: string;
  [field: string]: unknown;
}

/** A Kumu connection: `from`, `to` (element ids or labels) and optional `type`, `direction`, `strength`, … */
export interface KumuConnection {
  from: string;
  to: string;
  type?: string;
  direction?: "directed" | "undirected" | "mutual";
  strength?: number;
  [field: string]: unknown;
}

/** A Kumu blueprint, with the ecosystem's name, description and declared roles under `ecoweave`. */
export interface KumuBlueprint {
  elements: KumuElement[];
  connections: KumuConnection[];
  /** Written by {@link toKumu} when set; Kumu does not read it. */
  ecoweave?: { name?: string; description?: string; roles?: Role[] };
}

/** The two Kumu import sheets as CSV text. */
export interface KumuSheets {
  elements: string;
  connections: string;
}

/** Options of {@link fromKumu} and {@link fromKumuSheets}. */
export interface FromKumuOptions {
  /**
   * Element type → role id, for types that do not name a role. Checked before the roles.
   * @defaultValue `{}`
   */
  roleMap?: Readonly<Record<string, string>>;
  /**
   * Roles to declare (replaces the blueprint's `ecoweave.roles`).
   * @defaultValue the blueprint's `ecoweave.roles`, else none (the built-ins apply)
   */
  roles?: Role[];
  /**
   * The ecosystem's name (replaces the blueprint's `ecoweave.name`).
   * @defaultValue the blueprint's `ecoweave.name`, else none
   */
  name?: string;
  /**
   * File names used in the places of sheet issues (`elements.csv:row 4:Type`).
   * @defaultValue `{ elements: "elements.csv", connections: "connections.csv" }`
   */
  files?: { elements?: string; connections?: string };
}

const FROM_KUMU_OPTION_KEYS = optionKeys<FromKumuOptions>({
  roleMap: true,
  roles: true,
  name: true,
  files: true,
});

/** Known option keys and the option types {@link fromKumu} and {@link fromKumuSheets} cannot read otherwise. */
function checkFromKumuOptions(fn: string, options: unknown): void {
  checkOptionKeys(fn, options, FROM_KUMU_OPTION_KEYS);
  const given = (options ?? {}) as Record<keyof FromKumuOptions, unknown>;
  checkOptionType(fn, "roleMap", given.roleMap, "object");
  checkOptionType(fn, "files", given.files, "object");
  checkOptionType(fn, "name", given.name, "string");
  if (given.roles !== undefined && !Array.isArray(given.roles)) {
    throw mustBeBare(fn, "roles", ruleRoleList());
  }
}

/** Defaults of {@link FromKumuOptions}. */
export const FROM_KUMU_DEFAULTS = Object.freeze({
  roleMap: Object.freeze({}),
  files: Object.freeze({ elements: "elements.csv", connections: "connections.csv" }),
} satisfies FromKumuOptions);

const ELEMENT_CORE = new Set(["id", "_id", "label", "type"]);
const CONNECTION_FIELDS: Readonly<Record<string, string>> = {
  from: "source",
  to: "target",
  type: "kind",
  direction: "directed",
  strength: "weight",
  amount: "amount",
  since: "since",
  until: "until",
};
const DIRECTIONS = new Set(["directed", "undirected", "mutual"]);
/** Connection fields an attribute of the same name (any letter case) is escaped from. */
const CONNECTION_CORE = new Set(["id", "_id", ...Object.keys(CONNECTION_FIELDS)]);

/** Where a field of an element or connection came from in the source. */
type Placer = (list: "elements" | "connections", index: number, field?: string) => string;

interface Conversion {
  data: EcosystemData;
  issues: ValidationIssue[];
  /** Per actor, which element field its id came from (`id`, `_id` or `label`). */
  idFields: string[];
}

function roleResolver(roles: readonly Role[] | undefined, roleMap: Readonly<Record<string, string>>) {
  const known = resolveRoles(roles);
  const byName = new Map<string, string>();
  for (const role of known.values()) {
    byName.set(role.id.toLowerCase(), role.id);
    if (role.label !== undefined && !byName.has(role.label.toLowerCase()))
      byName.set(role.label.toLowerCase(), role.id);
  }
  return (type: string): string | undefined => {
    if (Object.hasOwn(roleMap, type)) return roleMap[type];
    if (known.has(type)) return type;
    return byName.get(type.toLowerCase());
  };
}

function convert(
  elements: readonly unknown[],
  connections: readonly unknown[],
  options: FromKumuOptions,
  meta: KumuBlueprint["ecoweave"] | undefined,
  place: Placer,
): Conversion {
  const issues: ValidationIssue[] = [];
  const roles = options.roles ?? meta?.roles;
  const data: EcosystemData = { actors: [], ties: [] };
  const name = options.name ?? meta?.name;
  if (name !== undefined) data.name = name;
  if (meta?.description !== undefined) data.description = meta.description;
  if (roles !== undefined) data.roles = roles;
  const resolveRole = roleResolver(roles, options.roleMap ?? FROM_KUMU_DEFAULTS.roleMap);
  const idFields: string[] = [];
  const ids = new Set<string>();
  /** Per label, the ids of the elements that carry it (several: a connection naming it is ambiguous). */
  const labelIds = new Map<string, string[]>();

  elements.forEach((element, index) => {
    if (!isPlainObject(element)) {
      issues.push(
        issueOf(
          "invalid_type",
          place("elements", index),
          issueMessage("issues.invalidType", { expected: "object" }),
        ),
      );
      idFields.push("label");
      data.actors.push({} as EcosystemData["actors"][number]);
      return;
    }
    const actor: Record<string, unknown> = {};
    const idField = typeof element.id === "string" ? "id" : typeof element._id === "string" ? "_id" : "label";
    idFields.push(idField);
    const label = element.label;
    if (typeof label !== "string" || label === "") {
      const missing = label === undefined || label === "";
      issues.push(
        issueOf(
          missing ? "missing_label" : "invalid_type",
          place("elements", index, "label"),
          missing ? readerMessage("io.kumu.noLabel") : issueMessage("issues.string"),
        ),
      );
    }
    const id = element[idField];
    if (typeof id === "string") {
      actor.id = id;
      ids.add(id);
    }
    if (typeof label === "string" && label !== "") {
      if (label !== id) actor.label = label;
      if (typeof id === "string") {
        const carriers = labelIds.get(label);
        if (carriers === undefined) labelIds.set(label, [id]);
        else carriers.push(id);
      }
    }
    const type = element.type;
    if (type === undefined || type === "") {
      issues.push(readerIssue("missing_type", place("elements", index, "type"), "io.kumu.noType"));
    } else if (typeof type !== "string") {
      issues.push(issueOf("invalid_type", place("elements", index, "type"), issueMessage("issues.string")));
    } else {
      const role = resolveRole(type);
      if (role === undefined) {
        issues.push(
          readerIssue("unknown_role", place("elements", index, "type"), "io.kumu.unknownType", { type }),
        );
      } else actor.role = role;
    }
    const attributes: Record<string, unknown> = {};
    let count = 0;
    for (const [key, value] of Object.entries(element)) {
      if (ELEMENT_CORE.has(key)) continue;
      Object.defineProperty(attributes, attributeNameOfField(key), {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
      count++;
    }
    if (count > 0) actor.attributes = attributes;
    data.actors.push(actor as EcosystemData["actors"][number]);
  });

  const endpoint = (value: unknown, index: number, field: string): unknown => {
    if (typeof value !== "string" || ids.has(value)) return value;
    const carriers = labelIds.get(value);
    if (carriers === undefined) return value;
    if (carriers.length === 1) return carriers[0];
    const shown = carriers.slice(0, 10).map((id) => JSON.stringify(id));
    issues.push(
      readerIssue("ambiguous_label", place("connections", index, field), "io.kumu.ambiguousLabel", {
        label: JSON.stringify(value),
        count: carriers.length,
        ids: shown.join(", "),
        more: carriers.length > 10 ? "yes" : "no",
      }),
    );
    return value;
  };
  connections.forEach((connection, index) => {
    const tie: Record<string, unknown> = {};
    if (!isPlainObject(connection)) {
      issues.push(
        issueOf(
          "invalid_type",
          place("connections", index),
          issueMessage("issues.invalidType", { expected: "object" }),
        ),
      );
      data.ties.push(tie as unknown as EcosystemData["ties"][number]);
      return;
    }
    const attributes: Record<string, unknown> = {};
    let count = 0;
    for (const [key, value] of Object.entries(connection)) {
      if (key === "id" || key === "_id") continue;
      const field = CONNECTION_FIELDS[key];
      if (field === undefined || !Object.hasOwn(CONNECTION_FIELDS, key)) {
        Object.defineProperty(attributes, attributeNameOfField(key), {
          value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
        count++;
        continue;
      }
      if (key === "direction") continue;
      tie[field] = key === "from" || key === "to" ? endpoint(value, index, key) : value;
    }
    if (count > 0) tie.attributes = attributes;
    const direction = connection.direction;
    let directed = true; // Kumu draws a connection without a direction as directed
    if (direction !== undefined) {
      if (typeof direction === "string" && DIRECTIONS.has(direction.toLowerCase())) {
        directed = direction.toLowerCase() === "directed";
      } else {
        issues.push(
          readerIssue("invalid_direction", place("connections", index, "direction"), "io.kumu.direction", {
            value: JSON.stringify(direction),
          }),
        );
      }
    }
    const kindDefault = typeof tie.kind === "string" && DIRECTED_TIE_KINDS.has(tie.kind);
    if (directed !== kindDefault) tie.directed = directed;
    data.ties.push(tie as unknown as EcosystemData["ties"][number]);
  });
  return { data, issues, idFields };
}

const TIE_TO_CONNECTION: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(CONNECTION_FIELDS).map(([kumu, tie]) => [tie, kumu]),
);

function documentMapper(conversion: Conversion, place: Placer, rolesPlace: string): (path: string) => string {
  return (path) => {
    const at = splitDocumentPath(path);
    if (at === undefined) return path;
    if (at.list === "roles") return `${rolesPlace}[${at.index}]${at.key === undefined ? "" : `.${at.key}`}`;
    if (at.list === "ties") {
      if (at.key === "attributes") return place("connections", at.index, splitFirstKey(at.rest)?.key);
      return place(
        "connections",
        at.index,
        at.key === undefined ? undefined : (TIE_TO_CONNECTION[at.key] ?? at.key),
      );
    }
    if (at.key === "id") return place("elements", at.index, conversion.idFields[at.index] ?? "label");
    if (at.key === "role") return place("elements", at.index, "type");
    if (at.key === "attributes") {
      const attribute = splitFirstKey(at.rest);
      return place("elements", at.index, attribute?.key);
    }
    return place("elements", at.index, at.key);
  };
}

/**
 * Reads an ecosystem from a Kumu blueprint (JSON: `{ elements, connections }`).
 *
 * @remarks
 * Elements become actors: the actor id is the element's `id` (or `_id`), else its `label`; the label
 * is kept unless it equals the id; the element `type` names the role: first `roleMap[type]`, then a
 * role id, then a role id or label in any letter case (`Funder` → `funder`). An element without a
 * type, or of a type naming no role, is an error (each listed). Every other field (`tags`,
 * `description`, custom fields) becomes an attribute of the same name, except that a field named
 * `attribute:<name>` (any letter case of the prefix) becomes the attribute `<name>` (how
 * {@link toKumu} writes attributes named like core fields).
 * Connections become ties: `from`/`to` name element ids (or unique labels), `type` is the tie kind,
 * `strength` the weight, `amount`, `since`, `until` as in ecoweave; `direction` `directed` gives a
 * directed tie, `undirected` and `mutual` an undirected one, and no direction a directed one, as Kumu
 * draws it. `directed` is set only where this differs from the kind's default. Connection `id`s are
 * Kumu's bookkeeping and are not kept; any other field is an error, since ties carry no attributes.
 * Issues are placed by JSON path in the blueprint (`connections[3].from`).
 * Time complexity: O(n + m).
 *
 * Format: https://docs.kumu.io/guides/import/blueprints (blueprints).
 *
 * @param blueprint - the parsed blueprint JSON.
 * @param options - `roleMap`, `roles`, `name`.
 * @returns the ecosystem.
 * @throws {@link EcosystemValidationError} listing every problem.
 * @throws {@link InvalidOptionError} for an unknown option (naming the closest one) or an option of the wrong type.
 * @example
 * fromKumu({ elements: [{ label: "A", type: "Funder" }, { label: "B", type: "developer" }],
 *   connections: [{ from: "A", to: "B", type: "funding" }] }).getNodeAttribute("A", "role"); // "funder"
 * @see {@link toKumu}
 * @category Import and export
 */
export function fromKumu(blueprint: unknown, options: FromKumuOptions = {}): Ecosystem {
  checkFromKumuOptions("fromKumu", options);
  const issues: ValidationIssue[] = [];
  let elements: unknown[] = [];
  let connections: unknown[] = [];
  let meta: KumuBlueprint["ecoweave"] | undefined;
  if (!isPlainObject(blueprint)) {
    issues.push(readerIssue("invalid_type", "", "io.kumu.notBlueprint"));
  } else {
    if (Array.isArray(blueprint.elements)) elements = blueprint.elements;
    else issues.push(readerIssue("invalid_type", "elements", "io.kumu.notList", { what: "elements" }));
    if (blueprint.connections === undefined) connections = [];
    else if (Array.isArray(blueprint.connections)) connections = blueprint.connections;
    else issues.push(readerIssue("invalid_type", "connections", "io.kumu.notList", { what: "connections" }));
    if (isPlainObject(blueprint.ecoweave)) meta = blueprint.ecoweave as KumuBlueprint["ecoweave"];
  }
  const place: Placer = (list, index, field) =>
    toJsonPath(field === undefined ? [list, index] : [list, index, field]);
  const conversion = convert(elements, connections, options, meta, place);
  appendAll(conversion.issues, issues);
  const rolesPlace = options.roles === undefined ? "ecoweave.roles" : "options.roles";
  return buildChecked(
    conversion.data,
    conversion.issues,
    documentMapper(conversion, place, rolesPlace),
    sourceName("kumuBlueprint"),
  );
}

/**
 * Writes an ecosystem as a Kumu blueprint that {@link fromKumu} reads back.
 *
 * @remarks
 * Each actor becomes an element `{ id, label, type: role, ...attributes }` (the label is the id when
 * the actor has none); each tie a connection `{ from, to, type: kind, direction, strength?, amount?,
 * since?, until? }` with `direction` always written (`directed` or `undirected`). An attribute whose
 * name Kumu reserves (`id`, `_id`, `label`, `type`, any letter case) or that starts with `attribute:`
 * is written as the field `attribute:<name>` (the sample's organisation `type` becomes
 * `attribute:type`), which {@link fromKumu} reads back as `<name>`. The name,
 * description and declared roles go under a top-level `ecoweave` key. Round trips are lossless except
 * that a label equal to the id reads back absent and a `directed` flag equal to the kind's default
 * reads back absent (the graph is the same).
 * Time complexity: O(n + m).
 *
 * Format: https://docs.kumu.io/guides/import/blueprints (blueprints).
 *
 * @param eco - the ecosystem (not modified).
 * @returns the blueprint, ready for `JSON.stringify`.
 * @throws {@link EcoweaveError} `invalid_argument` when `eco` is not an ecosystem.
 * @example
 * toKumu(createEcosystem({ actors: [{ id: "f1", role: "funder" }], ties: [] })).elements[0]; // { id: "f1", label: "f1", type: "funder" }
 * @see {@link fromKumu}
 * @category Import and export
 */
export function toKumu(eco: Ecosystem): KumuBlueprint {
  checkEcosystem("toKumu", eco);
  const data = toEcosystemData(eco);
  const blueprint: KumuBlueprint = {
    elements: data.actors.map((actor) => {
      const element: KumuElement = { id: actor.id, label: actor.label ?? actor.id, type: actor.role };
      escapedFields(actor.attributes, ELEMENT_CORE, element);
      return element;
    }),
    connections: data.ties.map((tie) => {
      const connection: KumuConnection = {
        from: tie.source,
        to: tie.target,
        type: tie.kind,
        direction: (tie.directed ?? DIRECTED_TIE_KINDS.has(tie.kind)) ? "directed" : "undirected",
      };
      if (tie.weight !== undefined) connection.strength = tie.weight;
      if (tie.amount !== undefined) connection.amount = tie.amount;
      if (tie.since !== undefined) connection.since = tie.since;
      if (tie.until !== undefined) connection.until = tie.until;
      escapedFields(tie.attributes, CONNECTION_CORE, connection);
      return connection;
    }),
  };
  const meta: NonNullable<KumuBlueprint["ecoweave"]> = {};
  if (data.name !== undefined) meta.name = data.name;
  if (data.description !== undefined) meta.description = data.description;
  if (data.roles !== undefined) meta.roles = data.roles;
  if (Object.keys(meta).length > 0) blueprint.ecoweave = meta;
  return blueprint;
}

const SHEET_ELEMENT_CORE = new Set(["id", "label", "type", "tags", "description", "image"]);
/** Kumu's standard element columns besides ID, Label and Type: attributes named in lower case. */
const ELEMENT_STANDARD: ReadonlySet<string> = new Set(["tags", "description", "image"]);
/** Kumu's standard connection columns besides the core ones: attributes named in lower case. */
const CONNECTION_STANDARD: ReadonlySet<string> = new Set(["label", "tags", "description"]);

/**
 * Reads Kumu's standard columns of a row (`Tags`, a `|`-separated list; `Description`, `Label`,
 * `Image`, text) into attributes named in lower case, refusing one also given by a typed column.
 */
function readStandardColumns(
  table: Table,
  row: TableRow,
  standard: ReadonlySet<string>,
  headers: Map<string, string>,
  into: Record<string, unknown>,
  issues: ValidationIssue[],
): void {
  for (const name of standard) {
    const index = headerIndex(table, name);
    const cell = index < 0 ? "" : (row.cells[index] ?? "");
    if (cell === "") continue;
    const header = table.header[index]!;
    if (headers.has(name)) {
      issues.push(
        readerIssue(
          "duplicate_attribute",
          cellPath(table.file, row.row, header),
          "io.table.duplicateAttribute",
          {
            name,
            earlier: String(headers.get(name)),
          },
        ),
      );
      continue;
    }
    into[name] = name === "tags" ? cell.split("|") : cell;
    headers.set(name, header);
  }
}
/** Attribute names a sheet column cannot carry bare: `tags` and `description` are read as attributes. */
const SHEET_ESCAPED = new Set(["id", "_id", "label", "type"]);
const CONNECTION_HEADERS = [
  "From",
  "To",
  "Type",
  "Direction",
  "Strength",
  "Amount",
  "Since",
  "Until",
] as const;

function headerIndex(table: Table, name: string): number {
  return table.header.findIndex((header) => header.toLowerCase() === name.toLowerCase());
}

/**
 * Reads an ecosystem from Kumu's two import sheets, as CSV text: Elements (`ID`, `Label`, `Type`,
 * `Tags`, `Description`, custom columns) and Connections (`From`, `To`, `Type`, `Direction`,
 * `Strength`, `Amount`, `Since`, `Until`).
 *
 * @remarks
 * The sheets mean what the blueprint means (see {@link fromKumu}); core headers match in any letter
 * case. `Tags` is a `|`-separated list (the `tags` attribute), `Description` the `description`
 * attribute; other columns are attributes typed by their header as in {@link fromCsv} (`Budget:number`,
 * `Themes[]`, `Note:json`; a plain header is text). An empty cell means absent. A Connections `ID`
 * column is Kumu's bookkeeping and is not kept; any column not listed is an error. The sheets do not
 * hold roles or a name: pass them as options. Issues are placed as `elements.csv:row 4:Type`, the
 * header being row 1. Time complexity: O(L) for sheets of total length L.
 *
 * Format: https://docs.kumu.io/guides/import/import (sheets; multiple values separated by `|`).
 *
 * @param sheets - the Elements and Connections sheets as CSV text.
 * @param options - `roleMap`, `roles`, `name`, `files`.
 * @returns the ecosystem.
 * @throws {@link EcosystemValidationError} listing every problem at its file, row and column.
 * @throws {@link InvalidOptionError} for an unknown option (naming the closest one) or an option of the wrong type; {@link EcoweaveError} `invalid_argument` when the sheets are not texts.
 * @example
 * fromKumuSheets({ elements: "Label,Type\nA,Funder\nB,Developer\n", connections: "From,To,Type\nA,B,funding\n" }).size; // 1
 * @see {@link toKumuSheets}
 * @category Import and export
 */
export function fromKumuSheets(sheets: KumuSheets, options: FromKumuOptions = {}): Ecosystem {
  checkFromKumuOptions("fromKumuSheets", options);
  checkResult(
    "fromKumuSheets",
    sheets,
    "the sheets { elements, connections }",
    "toKumuSheets, or read from files",
    [],
  );
  checkText("fromKumuSheets", "sheets.elements", sheets.elements);
  checkText("fromKumuSheets", "sheets.connections", sheets.connections);
  const files = { ...FROM_KUMU_DEFAULTS.files, ...options.files };
  const issues: ValidationIssue[] = [];
  const elementTable = parseTable(sheets.elements, files.elements, issues);
  const connectionTable = parseTable(sheets.connections, files.connections, issues);
  if (elementTable.header.length > 0 && headerIndex(elementTable, "label") < 0) {
    issues.push(
      readerIssue("missing_column", cellPath(files.elements, 1), "io.table.missingColumn", { name: "Label" }),
    );
  }
  for (const required of ["From", "To"]) {
    if (connectionTable.header.length > 0 && headerIndex(connectionTable, required) < 0) {
      issues.push(
        readerIssue("missing_column", cellPath(files.connections, 1), "io.table.missingColumn", {
          name: required,
        }),
      );
    }
  }
  const core = (table: Table, name: string, cells: readonly string[]): string => {
    const index = headerIndex(table, name);
    return index < 0 ? "" : (cells[index] ?? "");
  };

  const attributeColumns = elementTable.header
    .map((header, index) => ({ header, index }))
    .filter((column) => column.header !== "" && !SHEET_ELEMENT_CORE.has(column.header.toLowerCase()));
  const elementRows: number[] = [];
  const elementHeaders: Map<string, string>[] = [];
  const elements = elementTable.rows.map((row) => {
    const element: Record<string, unknown> = {};
    const id = core(elementTable, "id", row.cells);
    if (id !== "") element.id = id;
    const label = core(elementTable, "label", row.cells);
    if (label !== "") element.label = label;
    const type = core(elementTable, "type", row.cells);
    if (type !== "") element.type = type;
    const { attributes, headers } = readAttributeCells(elementTable, row, attributeColumns, issues);
    readStandardColumns(elementTable, row, ELEMENT_STANDARD, headers, element, issues);
    for (const [name, value] of Object.entries(attributes ?? {})) {
      Object.defineProperty(element, name, { value, enumerable: true, writable: true, configurable: true });
    }
    elementRows.push(row.row);
    elementHeaders.push(headers);
    return element;
  });

  const known = new Set(["id", ...CONNECTION_HEADERS.map((header) => header.toLowerCase())]);
  const connectionAttributeColumns: { header: string; index: number }[] = [];
  connectionTable.header.forEach((header, index) => {
    if (header === "" || known.has(header.toLowerCase())) return;
    // Any other column is an attribute, as in Kumu, except a near miss of a core column, which is
    // far more likely a typo than an attribute.
    const near = nearName(header, CONNECTION_HEADERS);
    if (near !== null && !header.includes(":") && !header.endsWith("[]")) {
      issues.push(
        readerIssue("unknown_column", cellPath(files.connections, 1, header), "io.kumu.unknownColumn", {
          name: header,
          hint: nearNameHint(header, CONNECTION_HEADERS),
        }),
      );
      return;
    }
    if (!CONNECTION_STANDARD.has(header.toLowerCase())) connectionAttributeColumns.push({ header, index });
  });
  const connectionRows: number[] = [];
  const connectionHeaders: Map<string, string>[] = [];
  const connections = connectionTable.rows.map((row) => {
    const connection: Record<string, unknown> = {};
    const { attributes, headers } = readAttributeCells(
      connectionTable,
      row,
      connectionAttributeColumns,
      issues,
    );
    readStandardColumns(connectionTable, row, CONNECTION_STANDARD, headers, connection, issues);
    for (const [name, value] of Object.entries(attributes ?? {})) {
      Object.defineProperty(connection, name, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    connectionHeaders.push(headers);
    for (const header of CONNECTION_HEADERS) {
      const cell = core(connectionTable, header, row.cells);
      if (cell === "") continue;
      const key = header.toLowerCase();
      if (key === "strength" || key === "amount") {
        const value = parseNumberCell(cell);
        if (value === undefined) {
          issues.push(
            readerIssue(
              "invalid_number",
              cellPath(
                files.connections,
                row.row,
                connectionTable.header[headerIndex(connectionTable, header)],
              ),
              "io.cell.notNumber",
              { value: JSON.stringify(cell) },
            ),
          );
        } else connection[key] = value;
      } else connection[key] = cell;
    }
    connectionRows.push(row.row);
    return connection;
  });

  const place: Placer = (list, index, field) => {
    if (list === "connections") {
      const header =
        (field === undefined ? undefined : connectionHeaders[index]?.get(field)) ??
        (field === undefined ? undefined : connectionTable.header[headerIndex(connectionTable, field)]);
      return cellPath(files.connections, connectionRows[index], header ?? field);
    }
    const byAttribute = field === undefined ? undefined : elementHeaders[index]?.get(field);
    const header =
      byAttribute ??
      (field === undefined ? undefined : elementTable.header[headerIndex(elementTable, field)]);
    return cellPath(files.elements, elementRows[index], header ?? field);
  };
  const conversion = convert(elements, connections, options, undefined, place);
  appendAll(conversion.issues, issues);
  return buildChecked(
    conversion.data,
    conversion.issues,
    documentMapper(conversion, place, "options.roles"),
    sourceName("kumuSheets", separatorNote([elementTable, connectionTable])),
  );
}

/**
 * Writes an ecosystem as Kumu's two import sheets (CSV text) that {@link fromKumuSheets} reads back.
 *
 * @remarks
 * Elements: `ID`, `Label` (the id when the actor has none), `Type` (the role), `Tags` (the `tags`
 * list attribute, `|`-separated), `Description`, then one typed column per other attribute as in
 * {@link toCsv}. Connections: `From`, `To` (actor ids), `Type`, `Direction`, `Strength`, `Amount`,
 * `Since`, `Until`. Roles, name and description are not in the sheets; keep them beside (pass them to
 * {@link fromKumuSheets} as options). Lossless otherwise, with the two normalisations of
 * {@link toKumu} (a label equal to the id; a `directed` flag equal to the kind's default) and that of
 * {@link toCsv} (an empty label reads back absent). Attributes named `id`, `_id`, `label` or `type`
 * (any letter case) or starting with `attribute:` get an `attribute:` column, as in {@link toKumu}.
 * Spreadsheet-safe by default, as {@link toCsv}:
 * cells a spreadsheet could run as a formula get a leading `'`, which reading keeps.
 * Time complexity: O(n · a + m).
 *
 * Format: https://docs.kumu.io/guides/import/import (sheets).
 *
 * @param eco - the ecosystem (not modified).
 * @param options - `spreadsheetSafe` (default `true`).
 * @returns the two sheets as CSV text.
 * @throws {@link InvalidOptionError} for an unknown option (naming the closest one); {@link EcoweaveError} `invalid_argument` when `eco` is not an ecosystem.
 * @example
 * toKumuSheets(createEcosystem({ actors: [{ id: "f1", role: "funder" }], ties: [] })).elements; // "ID,Label,Type\r\nf1,f1,funder\r\n"
 * @see {@link fromKumuSheets}
 * @category Import and export
 */
export function toKumuSheets(eco: Ecosystem, options: SpreadsheetOptions = {}): KumuSheets {
  checkArguments("toKumuSheets", eco, options, SPREADSHEET_OPTION_KEYS);
  checkOptionType("toKumuSheets", "spreadsheetSafe", options.spreadsheetSafe, "boolean");
  const safe = options.spreadsheetSafe ?? SPREADSHEET_DEFAULTS.spreadsheetSafe;
  const data = toEcosystemData(eco);
  const isTags = (value: AttributeValue | undefined): value is string[] =>
    Array.isArray(value) && value.length > 0 && value.every((item) => item !== "" && !item.includes("|"));
  const isDescription = (value: AttributeValue | undefined): value is string =>
    typeof value === "string" && value !== "";
  const hasTags = data.actors.some((actor) => isTags(actor.attributes?.tags));
  const hasDescription = data.actors.some((actor) => isDescription(actor.attributes?.description));
  const rest = data.actors.map((actor) => {
    if (actor.attributes === undefined) return undefined;
    const copy: Record<string, AttributeValue> = {};
    for (const [key, value] of Object.entries(actor.attributes)) {
      if ((key === "tags" && isTags(value)) || (key === "description" && isDescription(value))) continue;
      escapedFields({ [key]: value }, SHEET_ESCAPED, copy);
    }
    return copy;
  });
  const columns = planAttributeColumns(rest, SHEET_ELEMENT_CORE);
  const header = ["ID", "Label", "Type"];
  if (hasTags) header.push("Tags");
  if (hasDescription) header.push("Description");
  for (const column of columns) header.push(column.header);
  const elements = writeTable(
    header,
    data.actors.map((actor, index) => {
      const row = [actor.id, actor.label ?? actor.id, actor.role];
      const tags = actor.attributes?.tags;
      const description = actor.attributes?.description;
      if (hasTags) row.push(isTags(tags) ? tags.join("|") : "");
      if (hasDescription) row.push(isDescription(description) ? description : "");
      appendAll(row, attributeCells(rest[index], columns));
      return row;
    }),
    safe,
  );
  const standardFits = (name: string, value: AttributeValue | undefined): boolean =>
    name === "tags" ? isTags(value) : CONNECTION_STANDARD.has(name) && isDescription(value);
  const standard = [...CONNECTION_STANDARD].filter((name) =>
    data.ties.some((tie) => tie.attributes !== undefined && standardFits(name, tie.attributes[name])),
  );
  const tieRest = data.ties.map((tie) => {
    if (tie.attributes === undefined) return undefined;
    const copy: Record<string, AttributeValue> = {};
    for (const [key, value] of Object.entries(tie.attributes)) {
      if (standard.includes(key) && standardFits(key, value)) continue;
      escapedFields({ [key]: value }, CONNECTION_CORE, copy);
    }
    return copy;
  });
  // A plain header near a core one would read back as its typo: such a text column says its type.
  const tieColumns = planAttributeColumns(tieRest, new Set([...CONNECTION_CORE, ...CONNECTION_STANDARD])).map(
    (column) =>
      column.header === column.name && nearName(column.header, CONNECTION_HEADERS) !== null
        ? { ...column, header: `${column.name}:string` }
        : column,
  );
  const standardHeaders = standard.map((name) => name.charAt(0).toUpperCase() + name.slice(1));
  const connections = writeTable(
    [...CONNECTION_HEADERS, ...standardHeaders, ...tieColumns.map((column) => column.header)],
    data.ties.map((tie, index) => {
      const row = [
        tie.source,
        tie.target,
        tie.kind,
        (tie.directed ?? DIRECTED_TIE_KINDS.has(tie.kind)) ? "directed" : "undirected",
        tie.weight === undefined ? "" : formatNumber(tie.weight),
        tie.amount === undefined ? "" : formatNumber(tie.amount),
        tie.since ?? "",
        tie.until ?? "",
      ];
      for (const name of standard) {
        const value = tie.attributes?.[name];
        row.push(
          value !== undefined && standardFits(name, value)
            ? name === "tags"
              ? (value as string[]).join("|")
              : (value as string)
            : "",
        );
      }
      appendAll(row, attributeCells(tieRest[index], tieColumns));
      return row;
    }),
    safe,
  );
  return { elements, connections };
}
