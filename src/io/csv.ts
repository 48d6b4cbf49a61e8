import { checkArguments, checkOptionKeys, optionKeys } from "../model/check-arguments.js";
import { checkOptionType, checkResult, checkText } from "../model/check-inputs.js";
import { type Ecosystem, toEcosystemData } from "../model/ecosystem.js";
import type { ValidationIssue } from "../model/errors.js";
import type { Actor, EcosystemData, Role, RoleLabels, Tie } from "../model/schema.js";
import { buildChecked, splitDocumentPath, splitFirstKey } from "./issues.js";
import { nearNameHint, readerIssue, sourceName } from "./reader-messages.js";
import {
  attributeCells,
  cellPath,
  formatNumber,
  parseAttributeHeader,
  parseNumberCell,
  parseTable,
  planAttributeColumns,
  readAttributeCells,
  SPREADSHEET_DEFAULTS,
  SPREADSHEET_OPTION_KEYS,
  type SpreadsheetOptions,
  separatorNote,
  type Table,
  writeTable,
} from "./table.js";

export {
  detectSeparator,
  type Separator,
  SPREADSHEET_DEFAULTS,
  type SpreadsheetOptions,
} from "./table.js";

/** The texts of a CSV pair (and optional roles table), as read by {@link fromCsv}. */
export interface CsvInput {
  /** Text of the actors table: columns `id`, `label`, `role`, then attribute columns. */
  actors: string;
  /** Text of the ties table: columns `source`, `target`, `kind`, `directed`, `weight`, `amount`, `since`, `until`. */
  ties: string;
  /** Text of the roles table: columns `id`, `label`, `needs`, `label_fi`, `label_sv`, `label_en`. */
  roles?: string | undefined;
  /** The ecosystem's name. */
  name?: string | undefined;
  /** The ecosystem's description. */
  description?: string | undefined;
}

/** The tables written by {@link toCsv}: what {@link fromCsv} reads back. */
export interface CsvOutput {
  actors: string;
  ties: string;
  /** Present when the ecosystem declares roles. */
  roles?: string;
  /** The name and description, which no table holds. */
  name?: string;
  description?: string;
}

/** Options of {@link fromCsv}. */
export interface FromCsvOptions {
  /**
   * File names used in the places of issues (`actors.csv:row 4:role`).
   * @defaultValue `{ actors: "actors.csv", ties: "ties.csv", roles: "roles.csv" }`
   */
  files?: { actors?: string; ties?: string; roles?: string };
}

const FROM_CSV_OPTION_KEYS = optionKeys<FromCsvOptions>({ files: true });

/** The runtime checks of {@link fromCsv}'s arguments: texts where texts go, and known option keys. */
function checkFromCsvArguments(input: unknown, options: unknown): void {
  checkResult("fromCsv", input, "the tables { actors, ties }", "toCsv, or read from files", []);
  const texts = input as Record<keyof CsvInput, unknown>;
  checkText("fromCsv", "input.actors", texts.actors);
  checkText("fromCsv", "input.ties", texts.ties);
  for (const name of ["roles", "name", "description"] as const) {
    if (texts[name] !== undefined) checkText("fromCsv", `input.${name}`, texts[name]);
  }
  checkOptionKeys("fromCsv", options, FROM_CSV_OPTION_KEYS);
  checkOptionType("fromCsv", "files", (options as FromCsvOptions | undefined)?.files, "object");
}

/** Defaults of {@link FromCsvOptions}. */
export const FROM_CSV_DEFAULTS = Object.freeze({
  files: Object.freeze({ actors: "actors.csv", ties: "ties.csv", roles: "roles.csv" }),
} satisfies FromCsvOptions);

const ACTOR_CORE = new Set(["id", "label", "role"]);
const TIE_COLUMNS = ["source", "target", "kind", "directed", "weight", "amount", "since", "until"] as const;
const ROLE_COLUMNS = ["id", "label", "needs"] as const;

/**
 * The columns of `roles.csv` that hold a role's display name per language (`roles[].labels`), in the
 * order written; written only when a role has such a name, so a file without them keeps its columns.
 */
const ROLE_LABEL_COLUMNS = [
  ["label_fi", "fi"],
  ["label_sv", "sv"],
  ["label_en", "en"],
] as const;

const ROLE_COLUMNS_READ = [...ROLE_COLUMNS, ...ROLE_LABEL_COLUMNS.map(([column]) => column)];
const TIE_CORE: ReadonlySet<string> = new Set(TIE_COLUMNS);

/** Whether a header says its type (`note:string`, `n:number`, `tags[]`): an attribute column of ties.csv. */
function isTypedHeader(header: string): boolean {
  const parsed = parseAttributeHeader(header);
  return parsed.name !== header && parsed.name !== "";
}

function requireColumns(table: Table, required: readonly string[], issues: ValidationIssue[]): boolean {
  let ok = true;
  for (const name of required) {
    if (!table.header.includes(name)) {
      issues.push(readerIssue("missing_column", cellPath(table.file, 1), "io.table.missingColumn", { name }));
      ok = false;
    }
  }
  return ok;
}

/**
 * Refuses columns that are neither `known` nor, where the table takes them (`attributeColumns` given),
 * attribute columns; the message names a near known column and, there, how to write an attribute.
 */
function refuseUnknownColumns(
  table: Table,
  known: readonly string[],
  issues: ValidationIssue[],
  attributeColumns?: readonly string[],
): void {
  for (const name of table.header) {
    if (name === "" || known.includes(name) || attributeColumns?.includes(name) === true) continue;
    issues.push(
      readerIssue("unknown_column", cellPath(table.file, 1, name), "io.table.unknownColumn", {
        name,
        hint: nearNameHint(name, known),
        expected: known.map((k) => `"${k}"`).join(", "),
        attribute: attributeColumns === undefined ? "no" : "yes",
      }),
    );
  }
}

function cellOf(table: Table, cells: readonly string[], column: string): string {
  const index = table.header.indexOf(column);
  return index < 0 ? "" : (cells[index] ?? "");
}

/** A `|`-separated list cell; `[…]` is read as a JSON list (written for lists a plain cell cannot hold). */
function parseListCell(cell: string): string[] | undefined {
  if (!cell.startsWith("[")) return cell.split("|");
  try {
    const value: unknown = JSON.parse(cell);
    return Array.isArray(value) && value.every((item) => typeof item === "string") ? value : undefined;
  } catch {
    return undefined;
  }
}

function formatListCell(items: readonly string[]): string {
  const plain =
    items.length > 0 &&
    items.every((item) => item !== "" && !item.includes("|")) &&
    !items[0]!.startsWith("[");
  return plain ? items.join("|") : JSON.stringify(items);
}

/**
 * Reads an ecosystem from its CSV tables: `actors.csv`, `ties.csv` and, when roles are declared,
 * `roles.csv`.
 *
 * @remarks
 * Tables are comma-separated with RFC 4180 quoting (a cell may hold commas, quotes and line breaks);
 * the first row is the header; an empty cell means the field is absent; rows whose cells are all
 * empty are skipped. `actors.csv` has `id`, `role` and optionally `label`; every other column is an
 * attribute, typed by its header: `region` (text), `founded:number`, `active:boolean`, `themes[]`
 * (a `|`-separated list), `note:json` (any value as JSON, e.g. `""` or `["a|b"]`), `label:string`
 * (text, for a name that would otherwise be read as a core column or a typed header).
 * `ties.csv` has `source`, `target`, `kind` and optionally `directed` (`true`/`false`), `weight`,
 * `amount`, `since`, `until`; no other column. `roles.csv` has `id` and optionally `label`, `needs`
 * (`|`-separated, or a JSON list such as `[]`) and the role's display names per language `label_fi`,
 * `label_sv`, `label_en` (`roles[].labels`; an empty cell is no name in that language).
 *
 * Every problem is reported at once, each at its place `file:row N:column` with the header as row 1,
 * as spreadsheets number rows: `ties.csv:row 12:target: unknown actor "x9"`. Numbers must be written
 * in full (`1e3` and `-0.5` are fine, `1,5` and `12 €` are not). Nothing is trimmed or coerced, except
 * that booleans may be written in any letter case.
 * Cells may be separated by `,`, `;` (Excel's CSV where the decimal mark is a comma, as in Finland)
 * or tab: each table's separator is the one its header row shows (see `detectSeparator`), so a file
 * means the same on every machine; an invalid table's error names any separator other than `,`.
 * Time complexity: O(L) for tables of total length L.
 *
 * Format: https://www.rfc-editor.org/rfc/rfc4180 (CSV) and docs/formats.md (the columns).
 *
 * @param input - the table texts, and the `name` and `description` no table holds.
 * @param options - `files`, the file names used in issue places.
 * @returns the ecosystem.
 * @throws {@link EcosystemValidationError} listing every problem at its file, row and column.
 * @throws {@link InvalidOptionError} for an unknown option (naming the closest one); {@link EcoweaveError} `invalid_argument` when `input` is not an object of texts.
 * @example
 * fromCsv({ actors: "id,role\nf1,funder\nd1,developer\n", ties: "source,target,kind\nf1,d1,funding\n" }).size; // 1
 * @see {@link toCsv}
 * @category Import and export
 */
export function fromCsv(input: CsvInput, options: FromCsvOptions = {}): Ecosystem {
  checkFromCsvArguments(input, options);
  const files = { ...FROM_CSV_DEFAULTS.files, ...options.files };
  const issues: ValidationIssue[] = [];
  const data: EcosystemData = { actors: [], ties: [] };
  if (input.name !== undefined) data.name = input.name;
  if (input.description !== undefined) data.description = input.description;

  // Where each record came from, to map the document's issues back to cells.
  const actorRows: number[] = [];
  const actorHeaders: Map<string, string>[] = [];
  const tieRows: number[] = [];
  const roleRows: number[] = [];

  let roleTable: Table | undefined;
  if (input.roles !== undefined) {
    const table = parseTable(input.roles, files.roles, issues);
    roleTable = table;
    if (table.header.length > 0) {
      requireColumns(table, ["id"], issues);
      refuseUnknownColumns(table, ROLE_COLUMNS_READ, issues);
    }
    const roles: Role[] = [];
    for (const row of table.rows) {
      const role: Partial<Role> = {};
      const id = cellOf(table, row.cells, "id");
      if (id !== "") role.id = id;
      const label = cellOf(table, row.cells, "label");
      if (label !== "") role.label = label;
      const labels: { -readonly [L in keyof RoleLabels]?: string } = {};
      for (const [column, locale] of ROLE_LABEL_COLUMNS) {
        const name = cellOf(table, row.cells, column);
        if (name !== "") labels[locale] = name;
      }
      if (Object.keys(labels).length > 0) role.labels = labels;
      const needs = cellOf(table, row.cells, "needs");
      if (needs !== "") {
        const list = parseListCell(needs);
        if (list === undefined) {
          issues.push(
            readerIssue("invalid_list", cellPath(table.file, row.row, "needs"), "io.cell.notList", {
              value: JSON.stringify(needs),
            }),
          );
        } else role.needs = list;
      }
      roles.push(role as Role);
      roleRows.push(row.row);
    }
    data.roles = roles;
  }

  const actorTable = parseTable(input.actors, files.actors, issues);
  if (actorTable.header.length > 0) requireColumns(actorTable, ["id", "role"], issues);
  const attributeColumns = actorTable.header
    .map((header, index) => ({ header, index }))
    .filter((column) => column.header !== "" && !ACTOR_CORE.has(column.header));
  for (const row of actorTable.rows) {
    const actor: Partial<Actor> = {};
    const id = cellOf(actorTable, row.cells, "id");
    if (id !== "") actor.id = id;
    const label = cellOf(actorTable, row.cells, "label");
    if (label !== "") actor.label = label;
    const role = cellOf(actorTable, row.cells, "role");
    if (role !== "") actor.role = role;
    const { attributes, headers } = readAttributeCells(actorTable, row, attributeColumns, issues);
    if (attributes !== undefined) actor.attributes = attributes;
    data.actors.push(actor as Actor);
    actorRows.push(row.row);
    actorHeaders.push(headers);
  }

  const tieTable = parseTable(input.ties, files.ties, issues);
  const tieAttributeColumns = tieTable.header
    .map((header, index) => ({ header, index }))
    .filter((column) => isTypedHeader(column.header));
  if (tieTable.header.length > 0) {
    requireColumns(tieTable, ["source", "target", "kind"], issues);
    refuseUnknownColumns(
      tieTable,
      TIE_COLUMNS,
      issues,
      tieAttributeColumns.map((column) => column.header),
    );
  }
  const tieHeaders: Map<string, string>[] = [];
  for (const row of tieTable.rows) {
    const tie: Record<string, unknown> = {};
    const { attributes, headers } = readAttributeCells(tieTable, row, tieAttributeColumns, issues);
    if (attributes !== undefined) tie.attributes = attributes;
    tieHeaders.push(headers);
    for (const column of ["source", "target", "kind", "since", "until"] as const) {
      const cell = cellOf(tieTable, row.cells, column);
      if (cell !== "") tie[column] = cell;
    }
    const directed = cellOf(tieTable, row.cells, "directed");
    if (directed !== "") {
      const lower = directed.toLowerCase();
      if (lower === "true" || lower === "false") tie.directed = lower === "true";
      else {
        issues.push(
          readerIssue("invalid_boolean", cellPath(tieTable.file, row.row, "directed"), "io.cell.notBoolean", {
            value: JSON.stringify(directed),
          }),
        );
      }
    }
    for (const column of ["weight", "amount"] as const) {
      const cell = cellOf(tieTable, row.cells, column);
      if (cell === "") continue;
      const value = parseNumberCell(cell);
      if (value === undefined) {
        issues.push(
          readerIssue("invalid_number", cellPath(tieTable.file, row.row, column), "io.cell.notNumber", {
            value: JSON.stringify(cell),
          }),
        );
      } else tie[column] = value;
    }
    data.ties.push(tie as unknown as Tie);
    tieRows.push(row.row);
  }

  const mapPath = (path: string): string => {
    const place = splitDocumentPath(path);
    if (place === undefined) return path;
    if (place.list === "actors") {
      const row = actorRows[place.index];
      if (place.key === "attributes") {
        const attribute = splitFirstKey(place.rest);
        const header = attribute === undefined ? undefined : actorHeaders[place.index]?.get(attribute.key);
        return cellPath(files.actors, row, header);
      }
      return cellPath(files.actors, row, place.key);
    }
    if (place.list === "ties") {
      if (place.key === "attributes") {
        const attribute = splitFirstKey(place.rest);
        const header = attribute === undefined ? undefined : tieHeaders[place.index]?.get(attribute.key);
        return cellPath(files.ties, tieRows[place.index], header);
      }
      return cellPath(files.ties, tieRows[place.index], place.key);
    }
    const locale = place.key === "labels" ? splitFirstKey(place.rest)?.key : undefined;
    const labelColumn = ROLE_LABEL_COLUMNS.find(([, language]) => language === locale)?.[0];
    return cellPath(files.roles, roleRows[place.index], labelColumn ?? place.key);
  };
  const tables = [actorTable, tieTable];
  if (roleTable !== undefined) tables.push(roleTable);
  return buildChecked(data, issues, mapPath, sourceName("csv", separatorNote(tables)));
}

/**
 * Writes an ecosystem as CSV tables that {@link fromCsv} reads back to an equal ecosystem.
 *
 * @remarks
 * `actors.csv` holds `id`, `label`, `role` and one column per attribute name and value type (headers
 * as in {@link fromCsv}: `themes[]` for lists, `founded:number`, `note:json` for an empty text or a
 * list a `|`-separated cell cannot hold), in the order first met. `ties.csv` holds all eight tie
 * columns. `roles.csv` is written only when roles are declared, with the columns `label_fi`,
 * `label_sv` and `label_en` when a role has display names per language. Cells are quoted where needed;
 * lines end with CRLF (RFC 4180). Spreadsheet-safe by default: a cell that starts with `=`, `+`, `-`,
 * `@`, tab or carriage return and is not a plain number is written with a leading `'`, so a
 * spreadsheet shows it as text instead of running it (OWASP "CSV Injection"); {@link fromCsv} keeps
 * the `'`, so such a cell does not read back equal unless written with `spreadsheetSafe: false`.
 * Lossless except that an empty label (`label: ""`) and an empty attribute object (`attributes: {}`)
 * cannot be told from none and read back absent. The name and description are returned beside the tables, since no table holds them.
 * Time complexity: O(n · a + m) for n actors with a attribute columns and m ties.
 *
 * Format: https://www.rfc-editor.org/rfc/rfc4180 (CSV) and docs/formats.md (the columns).
 *
 * @param eco - the ecosystem (not modified).
 * @param options - `spreadsheetSafe` (default `true`).
 * @returns the table texts, and the name and description.
 * @throws {@link InvalidOptionError} for an unknown option (naming the closest one); {@link EcoweaveError} `invalid_argument` when `eco` is not an ecosystem.
 * @example
 * toCsv(createEcosystem({ actors: [{ id: "f1", role: "funder" }], ties: [] })).actors; // "id,label,role\r\nf1,,funder\r\n"
 * @see {@link fromCsv}
 * @category Import and export
 */
export function toCsv(eco: Ecosystem, options: SpreadsheetOptions = {}): CsvOutput {
  checkArguments("toCsv", eco, options, SPREADSHEET_OPTION_KEYS);
  checkOptionType("toCsv", "spreadsheetSafe", options.spreadsheetSafe, "boolean");
  const safe = options.spreadsheetSafe ?? SPREADSHEET_DEFAULTS.spreadsheetSafe;
  const data = toEcosystemData(eco);
  const columns = planAttributeColumns(
    data.actors.map((actor) => actor.attributes),
    ACTOR_CORE,
  );
  const actors = writeTable(
    ["id", "label", "role", ...columns.map((column) => column.header)],
    data.actors.map((actor) => [
      actor.id,
      actor.label ?? "",
      actor.role,
      ...attributeCells(actor.attributes, columns),
    ]),
    safe,
  );
  const optionalNumber = (value: number | undefined): string =>
    value === undefined ? "" : formatNumber(value);
  // Tie attribute columns always say their type, so a plain header in ties.csv stays a typo.
  const tieColumns = planAttributeColumns(
    data.ties.map((tie) => tie.attributes),
    TIE_CORE,
  ).map((column) =>
    column.header === column.name ? { ...column, header: `${column.name}:string` } : column,
  );
  const ties = writeTable(
    [...TIE_COLUMNS, ...tieColumns.map((column) => column.header)],
    data.ties.map((tie) => [
      tie.source,
      tie.target,
      tie.kind,
      tie.directed === undefined ? "" : String(tie.directed),
      optionalNumber(tie.weight),
      optionalNumber(tie.amount),
      tie.since ?? "",
      tie.until ?? "",
      ...attributeCells(tie.attributes, tieColumns),
    ]),
    safe,
  );
  const output: CsvOutput = { actors, ties };
  if (data.roles !== undefined) {
    const withLabels = data.roles.some((role) => role.labels !== undefined);
    output.roles = writeTable(
      withLabels ? ROLE_COLUMNS_READ : ROLE_COLUMNS,
      data.roles.map((role) => [
        role.id,
        role.label ?? "",
        role.needs === undefined ? "" : formatListCell(role.needs),
        ...(withLabels ? ROLE_LABEL_COLUMNS.map(([, locale]) => role.labels?.[locale] ?? "") : []),
      ]),
      safe,
    );
  }
  if (data.name !== undefined) output.name = data.name;
  if (data.description !== undefined) output.description = data.description;
  return output;
}
