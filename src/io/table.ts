/**
 * CSV tables for the spreadsheet formats (ecoweave CSV and Kumu sheets): parsing with row numbers,
 * the place of a cell (`actors.csv:row 4:role`), and the typed attribute columns.
 *
 * Attribute column headers:
 * - `name` — a string; `name:string` says the same explicitly (used when the bare name would be
 *   read as something else);
 * - `name:number` — a finite number written in decimal or exponent notation (`12`, `-0.5`, `1e+21`);
 * - `name:boolean` — `true` or `false` (any letter case);
 * - `name[]` — a list of strings separated by `|` (`inclusion|youth`);
 * - `name:json` — any attribute value as JSON (`""`, `[]`, `["a|b"]`), for what the others cannot say.
 * An empty cell means the attribute is absent.
 *
 * @packageDocumentation
 */
import Papa from "papaparse";
import { optionKeys } from "../model/check-arguments.js";
import { checkText } from "../model/check-inputs.js";
import type { ValidationIssue } from "../model/errors.js";
import type { AttributeValue } from "../model/schema.js";
import { issueMessage } from "../text/issue-message.js";
import type { Message } from "../text/message.js";
import { issueOf, readerIssue, readerMessage } from "./reader-messages.js";

/** One data record of a table: its 1-based row number in the file (the header is row 1) and its cells. */
export interface TableRow {
  readonly row: number;
  readonly cells: readonly string[];
}

/** A cell separator the readers recognise: what spreadsheets write, by locale and by choice. */
export type Separator = "," | ";" | "\t";

/** A parsed CSV table. */
export interface Table {
  readonly file: string;
  readonly header: readonly string[];
  readonly rows: readonly TableRow[];
  /** The separator its header row showed (see {@link detectSeparator}). */
  readonly separator: Separator;
}

const SEPARATORS: readonly Separator[] = [",", ";", "\t"];

/** The separator in words, for messages: `comma`, `semicolon`, `tab`. */
export function separatorName(separator: Separator): string {
  return separator === "," ? "comma" : separator === ";" ? "semicolon" : "tab";
}

/**
 * The cell separator of a CSV text, read from its header row: whichever of `,`, `;` and tab occurs
 * most often outside quotes in the first line, `,` when none does or on a tie (then `;` before tab).
 * Excel writes `;` where the decimal mark is a comma (Finnish, Swedish, German locales) and "Text
 * (tab-delimited)" writes tabs; a header row (column names) holds no separator of another kind unless
 * quoted, so the count decides without looking at data. Time complexity: O(length of the first line).
 *
 * @param text - the CSV text (a leading byte-order mark is ignored).
 * @returns `","`, `";"` or `"\t"`.
 * @throws {@link EcoweaveError} `invalid_argument` when `text` is not a string.
 * @example
 * detectSeparator("id;role\nf1;funder\n"); // ";"
 * @category Import and export
 */
export function detectSeparator(text: string): Separator {
  checkText("detectSeparator", "text", text);
  const counts = [0, 0, 0];
  let quoted = false;
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted) {
      const index = SEPARATORS.indexOf(char as Separator);
      if (index >= 0) counts[index]!++;
    }
  }
  let best = 0;
  for (let index = 1; index < SEPARATORS.length; index++) if (counts[index]! > counts[best]!) best = index;
  return SEPARATORS[best]!;
}

/** The place of a cell, row or header in a file: `actors.csv:row 4:role`, `ties.csv:row 7`. */
export function cellPath(file: string, row?: number, column?: string): string {
  if (row === undefined) return file;
  return column === undefined ? `${file}:row ${row}` : `${file}:row ${row}:${column}`;
}

/**
 * Parses CSV text (RFC 4180 quoting, cells separated by what {@link detectSeparator} finds in the
 * header row, a leading byte-order mark skipped). Rows whose
 * cells are all empty are skipped but still counted, so row numbers match a spreadsheet's. A row with
 * a different number of cells than the header, and a quoting error, are issues.
 */
export function parseTable(text: string, file: string, issues: ValidationIssue[]): Table {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const separator = detectSeparator(body);
  const result = Papa.parse<string[]>(body, { delimiter: separator, header: false, skipEmptyLines: false });
  for (const error of result.errors) {
    const row = error.row === undefined ? undefined : error.row + 1;
    issues.push(
      readerIssue("invalid_csv", cellPath(file, row), "io.csv.quotes", {
        problem: error.code,
        text: `${error.message.charAt(0).toLowerCase()}${error.message.slice(1).replace(/\.$/, "")}`,
      }),
    );
  }
  const records = result.data;
  const header = records[0] ?? [];
  if (records.length === 0 || header.every((cell) => cell === "")) {
    issues.push(readerIssue("missing_header", cellPath(file, 1), "io.table.noHeader"));
    return { file, header: [], rows: [], separator };
  }
  const seen = new Set<string>();
  header.forEach((name, index) => {
    if (name === "") {
      issues.push(
        readerIssue("missing_header", cellPath(file, 1), "io.table.unnamedColumn", { column: index + 1 }),
      );
    } else if (seen.has(name)) {
      issues.push(
        readerIssue("duplicate_column", cellPath(file, 1, name), "io.table.duplicateColumn", { name }),
      );
    }
    seen.add(name);
  });
  const rows: TableRow[] = [];
  for (let i = 1; i < records.length; i++) {
    const cells = records[i]!;
    if (cells.every((cell) => cell === "")) continue;
    if (cells.length !== header.length) {
      issues.push(
        readerIssue("wrong_cell_count", cellPath(file, i + 1), "io.table.cellCount", {
          cells: cells.length,
          header: header.length,
        }),
      );
      continue;
    }
    rows.push({ row: i + 1, cells });
  }
  return { file, header, rows, separator };
}

/**
 * The words a reader's error headline adds to say how its tables were split, for tables not
 * comma-separated (` (actors.csv, ties.csv read as semicolon-separated)`), so a wrong separator shows
 * at once; `""` when every table is comma-separated.
 */
export function separatorNote(tables: readonly Table[]): Message | "" {
  const bySeparator = new Map<Separator, string[]>();
  for (const table of tables) {
    if (table.separator === ",") continue;
    const files = bySeparator.get(table.separator);
    if (files === undefined) bySeparator.set(table.separator, [table.file]);
    else files.push(table.file);
  }
  let parts: Message | undefined;
  for (const [separator, files] of bySeparator) {
    const part = readerMessage("io.what.separated", {
      files: files.join(", "),
      separator: separatorName(separator),
    });
    parts = parts === undefined ? part : readerMessage("io.what.more", { first: parts, rest: part });
  }
  return parts === undefined ? "" : readerMessage("io.what.note", { parts });
}

/** Options of the spreadsheet writers (`toCsv`, `toKumuSheets`). */
export interface SpreadsheetOptions {
  /**
   * Whether cells a spreadsheet could run as a formula (starting with `=`, `+`, `-`, `@`, tab or
   * carriage return, and not a plain number) are written with a leading `'` (OWASP "CSV Injection"
   * guidance). Reading never removes the `'`: such a cell reads back with it, so write with `false`
   * when only ecoweave will read the tables and an exact round trip matters.
   * @defaultValue `true`
   */
  spreadsheetSafe?: boolean;
}

/**
 * The keys of {@link SpreadsheetOptions}, checked at run time by the spreadsheet writers.
 * @internal
 */
export const SPREADSHEET_OPTION_KEYS = optionKeys<SpreadsheetOptions>({ spreadsheetSafe: true });

/** Defaults of {@link SpreadsheetOptions}. */
export const SPREADSHEET_DEFAULTS = Object.freeze({ spreadsheetSafe: true } satisfies SpreadsheetOptions);

/**
 * The spreadsheet-safe form of a cell (OWASP "CSV Injection"): a cell that starts with `=`, `+`, `-`,
 * `@`, a tab or a carriage return, which a spreadsheet may run as a formula, gets a leading `'`, unless
 * it is a plain number (`-0.5`, `+3`, `-1e3`), which a spreadsheet reads as that number.
 */
export function spreadsheetSafeCell(cell: string): string {
  const first = cell.charAt(0);
  const risky =
    first === "=" || first === "+" || first === "-" || first === "@" || first === "\t" || first === "\r";
  return risky && parseNumberCell(cell) === undefined ? `'${cell}` : cell;
}

/**
 * Writes a table as CSV text (RFC 4180: quotes where needed, CRLF line ends); with `spreadsheetSafe`,
 * every cell, headers included, in its {@link spreadsheetSafeCell} form.
 */
export function writeTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  spreadsheetSafe: boolean,
): string {
  const safe = (cells: readonly string[]) => (spreadsheetSafe ? cells.map(spreadsheetSafeCell) : [...cells]);
  return `${Papa.unparse({ fields: safe(header), data: rows.map(safe) }, { newline: "\r\n" })}\r\n`;
}

/** The type of an attribute column. */
export type ColumnType = "string" | "number" | "boolean" | "list" | "json";

const TYPE_SUFFIX = /^(.*):(string|number|boolean|json)$/s;

/** Splits a column header into the attribute name and the column type. */
export function parseAttributeHeader(header: string): { name: string; type: ColumnType } {
  if (header.endsWith("[]")) return { name: header.slice(0, -2), type: "list" };
  const match = TYPE_SUFFIX.exec(header);
  if (match !== null) return { name: match[1]!, type: match[2] as ColumnType };
  return { name: header, type: "string" };
}

/** The header of an attribute column; `reserved` names (core columns) get an explicit type. */
export function attributeHeader(name: string, type: ColumnType, reserved: ReadonlySet<string>): string {
  if (type === "list") return `${name}[]`;
  if (type !== "string") return `${name}:${type}`;
  const bare = parseAttributeHeader(name);
  const ambiguous = bare.type !== "string" || bare.name !== name || reserved.has(name.toLowerCase());
  return ambiguous ? `${name}:string` : name;
}

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** A number cell: strict decimal syntax, finite; `undefined` if it is not one. */
export function parseNumberCell(cell: string): number | undefined {
  if (!NUMBER.test(cell)) return undefined;
  const value = Number(cell);
  return Number.isFinite(value) ? value : undefined;
}

/** Writes a number so that {@link parseNumberCell} reads the same value back (`-0` included). */
export function formatNumber(value: number): string {
  return Object.is(value, -0) ? "-0" : String(value);
}

/** Whether a list can be written as a plain `a|b` cell and read back equal. */
export function isPlainList(value: readonly string[]): boolean {
  return value.length > 0 && value.every((item) => item.length > 0 && !item.includes("|"));
}

/** The column type a value is written in. */
export function columnTypeOf(value: AttributeValue): ColumnType {
  if (typeof value === "number") return "number";
  if (typeof value === "boolean") return "boolean";
  if (Array.isArray(value)) return isPlainList(value) ? "list" : "json";
  return value === "" ? "json" : "string";
}

/** Writes a value in a column of the given type (the type {@link columnTypeOf} chose). */
export function formatCell(value: AttributeValue, type: ColumnType): string {
  switch (type) {
    case "number":
      return formatNumber(value as number);
    case "boolean":
      return String(value);
    case "list":
      return (value as string[]).join("|");
    case "json":
      return JSON.stringify(value);
    default:
      return value as string;
  }
}

/** Reads a non-empty cell of a typed column; a `problem` result says why it is not valid. */
export function parseCell(cell: string, type: ColumnType): { value: AttributeValue } | { problem: Message } {
  switch (type) {
    case "number": {
      const value = parseNumberCell(cell);
      return value === undefined
        ? { problem: readerMessage("io.cell.notNumber", { value: JSON.stringify(cell) }) }
        : { value };
    }
    case "boolean": {
      const lower = cell.toLowerCase();
      if (lower === "true") return { value: true };
      if (lower === "false") return { value: false };
      return { problem: readerMessage("io.cell.notBoolean", { value: JSON.stringify(cell) }) };
    }
    case "list":
      return { value: cell.split("|") };
    case "json": {
      let value: unknown;
      try {
        value = JSON.parse(cell);
      } catch {
        return { problem: readerMessage("io.cell.notJson", { value: JSON.stringify(cell) }) };
      }
      const ok =
        typeof value === "string" ||
        typeof value === "boolean" ||
        (typeof value === "number" && Number.isFinite(value)) ||
        (Array.isArray(value) && value.every((item) => typeof item === "string"));
      return ok ? { value: value as AttributeValue } : { problem: issueMessage("issues.attributeValue") };
    }
    default:
      return { value: cell };
  }
}

/** A column of attribute values planned for writing. */
export interface AttributeColumn {
  readonly header: string;
  readonly name: string;
  readonly type: ColumnType;
}

/**
 * Plans the attribute columns of a table: one per (attribute name, column type) pair, in the order
 * first met, so a name holding numbers on one actor and text on another keeps both types.
 */
export function planAttributeColumns(
  records: readonly (Readonly<Record<string, AttributeValue>> | undefined)[],
  reserved: ReadonlySet<string>,
): AttributeColumn[] {
  const columns: AttributeColumn[] = [];
  const seen = new Set<string>();
  for (const attributes of records) {
    if (attributes === undefined) continue;
    for (const [name, value] of Object.entries(attributes)) {
      const type = columnTypeOf(value);
      const key = `${type}\u0000${name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      columns.push({ header: attributeHeader(name, type, reserved), name, type });
    }
  }
  return columns;
}

/** The cells of one record under planned attribute columns. */
export function attributeCells(
  attributes: Readonly<Record<string, AttributeValue>> | undefined,
  columns: readonly AttributeColumn[],
): string[] {
  return columns.map((column) => {
    const value = attributes === undefined ? undefined : attributes[column.name];
    if (value === undefined || !Object.hasOwn(attributes ?? {}, column.name)) return "";
    return columnTypeOf(value) === column.type ? formatCell(value, column.type) : "";
  });
}

/**
 * Reads the attribute cells of a row. `columns` gives, for each attribute column, its index in the
 * row and its header. Returns the attributes (or `undefined` when none) and which header each came
 * from; bad cells and a name given twice in one row become issues.
 */
export function readAttributeCells(
  table: Table,
  row: TableRow,
  columns: readonly { readonly index: number; readonly header: string }[],
  issues: ValidationIssue[],
): { attributes: Record<string, AttributeValue> | undefined; headers: Map<string, string> } {
  const attributes: Record<string, AttributeValue> = {};
  const headers = new Map<string, string>();
  for (const column of columns) {
    const cell = row.cells[column.index] ?? "";
    if (cell === "") continue;
    const { name, type } = parseAttributeHeader(column.header);
    const parsed = parseCell(cell, type);
    if ("problem" in parsed) {
      issues.push(issueOf(`invalid_${type}`, cellPath(table.file, row.row, column.header), parsed.problem));
      continue;
    }
    const earlier = headers.get(name);
    if (earlier !== undefined) {
      issues.push(
        readerIssue(
          "duplicate_attribute",
          cellPath(table.file, row.row, column.header),
          "io.table.duplicateAttribute",
          {
            name,
            earlier,
          },
        ),
      );
      continue;
    }
    headers.set(name, column.header);
    Object.defineProperty(attributes, name, {
      value: parsed.value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return { attributes: headers.size === 0 ? undefined : attributes, headers };
}
