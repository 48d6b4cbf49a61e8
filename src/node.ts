/**
 * The `ecoweave/node` entry: reading and writing ecosystem files on disk. The only module besides
 * the CLI that imports `node:` modules, so the root entry stays browser-safe.
 *
 * @packageDocumentation
 */
import { randomBytes } from "node:crypto";
import { chmod, copyFile, mkdir, readFile, rename, stat, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { decodeUtf8 } from "./internal/utf8.js";
import { fromAffiliations } from "./io/affiliations.js";
import { fromCsv, type SpreadsheetOptions, toCsv } from "./io/csv.js";
import { detectJsonFormat, type EcosystemFileFormat, formatFromFileName } from "./io/format.js";
import { fromGexf, toGexf } from "./io/gexf.js";
import { toGraphml } from "./io/graphml.js";
import { fromGraphml } from "./io/graphml-reader.js";
import { parseJsonText, stringifyEcosystem } from "./io/json.js";
import { type FromKumuOptions, fromKumu, fromKumuSheets, toKumu, toKumuSheets } from "./io/kumu.js";
import { readerIssue, readerMessage, sourceName } from "./io/reader-messages.js";
import { createEcosystem, type Ecosystem } from "./model/ecosystem.js";
import { documentName, EcosystemValidationError, EcoweaveError } from "./model/errors.js";
import { parseScenario, type Scenario } from "./scenario/scenario-schema.js";
import type { Message } from "./text/message.js";

export type { SpreadsheetOptions } from "./io/csv.js";
export type { EcosystemFileFormat } from "./io/format.js";

/** Options of {@link readEcosystemFile}. */
export interface ReadEcosystemFileOptions {
  /**
   * The format, instead of detecting it from the name and content.
   * @defaultValue detected
   */
  format?: EcosystemFileFormat;
  /**
   * Kumu element type → role id, for Kumu files (see `fromKumu`).
   * @defaultValue `{}`
   */
  roleMap?: Readonly<Record<string, string>>;
}

/** Defaults of {@link ReadEcosystemFileOptions}. */
export const READ_ECOSYSTEM_FILE_DEFAULTS = Object.freeze({
  roleMap: Object.freeze({}),
} satisfies ReadEcosystemFileOptions);

function errorCode(error: unknown): string | undefined {
  return error !== null && typeof error === "object" && "code" in error ? String(error.code) : undefined;
}

function fileError(action: string, path: string, error: unknown): EcoweaveError {
  const code = errorCode(error);
  if (code === "ENOENT" || code === "ENOTDIR") {
    return new EcoweaveError("file_not_found", `${action}: file not found: ${path}`);
  }
  const reason =
    code === "EACCES" || code === "EPERM"
      ? "permission denied"
      : code === "EISDIR"
        ? "is a directory"
        : (code ?? "unknown error").toLowerCase();
  return new EcoweaveError("file_unreadable", `${action}: cannot read ${path} (${reason})`);
}

/**
 * Reads a file as UTF-8, refusing (as a validation error of the file, at line and column) any byte
 * that is not UTF-8 instead of silently turning it into U+FFFD.
 */
async function readText(path: string, action = "readEcosystemFile"): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw fileError(action, path, error);
  }
  const decoded = decodeUtf8(bytes);
  if ("text" in decoded) return decoded.text;
  const { line, column, byte } = decoded.error;
  throw new EcosystemValidationError(
    [
      readerIssue("invalid_utf8", `line ${line}, column ${column}`, "io.file.notUtf8", {
        byte: byte.toString(16).padStart(2, "0"),
      }),
    ],
    fileName(path),
  );
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch (error) {
    throw fileError("readEcosystemFile", path, error);
  }
}

/**
 * `file <path>` as a message, keeping the note of `inner` (how a reader split its tables): the
 * headline of an error in a file.
 */
function fileName(path: string, inner?: EcosystemValidationError): Message {
  const note = inner?.whatMessage?.params.note;
  return readerMessage("io.what.file", {
    path,
    note: typeof note === "object" && note !== null && "id" in note ? note : "",
  });
}

/**
 * Re-throws a validation error with the file named in its message; issues are unchanged, and so is
 * a reader's note in parentheses (how its tables were split).
 */
function inFile<T>(path: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof EcosystemValidationError)
      throw new EcosystemValidationError(error.issues, fileName(path, error), error);
    throw error;
  }
}

/** The partner files of a CSV table: `x/actors.csv` → `x/actors.csv`, `x/ties.csv`, `x/roles.csv`. */
function csvSiblings(path: string, names: readonly string[]): string[] {
  const name = basename(path);
  const lower = name.toLowerCase();
  const own = names.find((candidate) => lower.endsWith(candidate))!;
  const prefix = name.slice(0, name.length - own.length);
  return names.map((candidate) => join(dirname(path), prefix + candidate));
}

async function readCsvPair(actorsPath: string, tiesPath: string, rolesPath: string): Promise<Ecosystem> {
  const [actors, ties] = await Promise.all([readText(actorsPath), readText(tiesPath)]);
  const roles = (await exists(rolesPath)) ? await readText(rolesPath) : undefined;
  return inFile(dirname(actorsPath), () =>
    fromCsv(
      { actors, ties, roles },
      { files: { actors: basename(actorsPath), ties: basename(tiesPath), roles: basename(rolesPath) } },
    ),
  );
}

async function readKumuSheets(
  elementsPath: string,
  connectionsPath: string,
  roleMap: FromKumuOptions["roleMap"],
) {
  const [elements, connections] = await Promise.all([readText(elementsPath), readText(connectionsPath)]);
  return inFile(dirname(elementsPath), () =>
    fromKumuSheets(
      { elements, connections },
      {
        roleMap: roleMap ?? {},
        files: { elements: basename(elementsPath), connections: basename(connectionsPath) },
      },
    ),
  );
}

/**
 * Reads an ecosystem from a file, choosing the reader from the file name and content.
 *
 * @remarks
 * - `.json`: by content, an ecosystem document (`actors`, `ties`), a Kumu blueprint (`elements`,
 *   `connections`) or an affiliation document (`initiatives`); `.kumu.json` must be a blueprint.
 * - `.gexf`: GEXF (`fromGexf`); the text must hold a `<gexf>` element.
 * - `…actors.csv` or `…ties.csv`: the CSV pair, the other table read from beside it (same prefix),
 *   with `…roles.csv` when it exists; `elements.csv` or `connections.csv`: the Kumu sheets.
 * - a directory: `actors.csv` and `ties.csv` in it (or `elements.csv` and `connections.csv`).
 * - `.graphml`: GraphML (`fromGraphml`); the text must hold a `<graphml>` element.
 * Validation errors keep their issues (JSON paths, or `file:row N:column` for tables) and name the
 * file in their message. Time complexity: that of the reader.
 *
 * @param path - the file or directory.
 * @param options - `format` to skip detection, `roleMap` for Kumu files.
 * @returns the ecosystem.
 * @throws {@link EcoweaveError} `file_not_found` (with the path), `file_unreadable`,
 * `file_format_unknown`, `file_format_mismatch`, `file_format_unsupported`;
 * {@link EcosystemValidationError} for invalid content.
 * @example
 * const eco = await readEcosystemFile("data/actors.csv"); // reads data/ties.csv too
 * @see {@link writeEcosystemFile}
 * @category Files
 */
export async function readEcosystemFile(
  path: string,
  options: ReadEcosystemFileOptions = {},
): Promise<Ecosystem> {
  const roleMap = options.roleMap ?? READ_ECOSYSTEM_FILE_DEFAULTS.roleMap;
  const folderFormat =
    options.format === undefined || options.format === "csv" || options.format === "kumu-sheets";
  if (folderFormat && (await isDirectory(path))) {
    if ((await exists(join(path, "actors.csv"))) || !(await exists(join(path, "elements.csv")))) {
      return readCsvPair(join(path, "actors.csv"), join(path, "ties.csv"), join(path, "roles.csv"));
    }
    return readKumuSheets(join(path, "elements.csv"), join(path, "connections.csv"), roleMap);
  }
  const format = options.format ?? formatFromFileName(path);
  if (format === undefined) {
    throw new EcoweaveError(
      "file_format_unknown",
      `readEcosystemFile: cannot tell the format of ${path}; use .json, .kumu.json, .gexf, .graphml, actors.csv/ties.csv, elements.csv/connections.csv or a directory`,
    );
  }
  switch (format) {
    case "csv": {
      const [actors, ties, roles] = csvSiblings(path, ["actors.csv", "ties.csv", "roles.csv"]);
      return readCsvPair(actors!, ties!, roles!);
    }
    case "kumu-sheets": {
      const [elements, connections] = csvSiblings(path, ["elements.csv", "connections.csv"]);
      return readKumuSheets(elements!, connections!, roleMap);
    }
    case "graphml": {
      const text = await readText(path);
      if (!/<graphml[\s>]/.test(text)) {
        throw new EcoweaveError(
          "file_format_mismatch",
          `readEcosystemFile: ${path} is named .graphml but holds no <graphml> element`,
        );
      }
      return inFile(path, () => fromGraphml(text));
    }
    case "gexf": {
      const text = await readText(path);
      if (!/<gexf[\s>]/.test(text)) {
        throw new EcoweaveError(
          "file_format_mismatch",
          `readEcosystemFile: ${path} is named .gexf but holds no <gexf> element`,
        );
      }
      return inFile(path, () => fromGexf(text));
    }
    default: {
      const text = await readText(path);
      const value = inFile(path, () => parseJsonText(text, sourceName("json")));
      const kind = options.format ?? detectJsonFormat(value, path);
      if (format === "kumu-json" && kind !== "kumu-json") {
        throw new EcoweaveError(
          "file_format_mismatch",
          `readEcosystemFile: ${path} is named .kumu.json but is not a Kumu blueprint`,
        );
      }
      if (kind === "kumu-json") return inFile(path, () => fromKumu(value, { roleMap }));
      if (kind === "affiliations-json") return inFile(path, () => fromAffiliations(value));
      return inFile(path, () => createEcosystem(value));
    }
  }
}

async function isExistingDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

function writeFailure(action: string, path: string, error: unknown): EcoweaveError {
  if (error instanceof EcoweaveError) return error;
  const code = errorCode(error);
  const reason =
    code === "EACCES" || code === "EPERM"
      ? "permission denied"
      : code === "EISDIR" || code === "ENOTEMPTY" || code === "EEXIST"
        ? "is a directory"
        : code === "ENOENT" || code === "ENOTDIR"
          ? "its folder does not exist"
          : (code ?? "unknown error").toLowerCase();
  return new EcoweaveError("file_unwritable", `${action}: cannot write ${path} (${reason})`);
}

async function removeQuietly(path: string): Promise<void> {
  await unlink(path).catch(() => undefined);
}

/** Options of {@link writeTextFiles}. */
export interface WriteTextFilesOptions {
  /**
   * The name error messages start with.
   * @defaultValue `"writeTextFiles"`
   */
  action?: string;
  /**
   * Whether missing folders are created (they stay when the write then fails).
   * @defaultValue `false`: a missing folder is an error
   */
  createFolders?: boolean;
}

/** One file for {@link writeTextFiles}: where, and what. */
export interface TextFile {
  readonly path: string;
  /** The text, or `null` to remove the file if it exists (a table the new set no longer has). */
  readonly text: string | null;
}

/**
 * Writes one or more text files (UTF-8) all or nothing: either every file holds its new text, or
 * every existing file is byte-identical to before and no new file is left behind.
 *
 * @remarks
 * Each text is first written to a temporary file in its target's folder (`.<name>.<random>.tmp`,
 * so the final rename never crosses file systems), and only when all are written are they renamed
 * over their targets. Renaming is atomic per file on POSIX; for several files each existing target
 * is first copied to a backup beside it, and if a later rename fails the earlier targets are put
 * back from their backups (or removed when they did not exist). A file with `text: null` is removed
 * in the same way (backed up first, put back if a later step fails). Temporary files and backups are
 * removed in every case. An existing target keeps its permission bits. Time complexity: O(total size).
 *
 * @param files - the files, renamed in this order.
 * @param options - `action` (error messages), `createFolders`.
 * @throws {@link EcoweaveError} `file_unwritable` naming the file that could not be written and why
 * (`permission denied`, `is a directory`, or the system's code).
 * @example
 * await writeTextFiles([{ path: "out/actors.csv", text: a }, { path: "out/ties.csv", text: t }]);
 * @category Files
 */
export async function writeTextFiles(
  files: readonly TextFile[],
  options: WriteTextFilesOptions = {},
): Promise<void> {
  const action = options.action ?? "writeTextFiles";
  const staged: {
    target: string;
    temporary: string;
    backup: string | undefined;
    existed: boolean;
    remove: boolean;
  }[] = [];
  const cleanUp = async (): Promise<void> => {
    for (const file of staged) {
      await removeQuietly(file.temporary);
      if (file.backup !== undefined) await removeQuietly(file.backup);
    }
  };
  try {
    for (const { path, text } of files) {
      const suffix = `${randomBytes(6).toString("hex")}.tmp`;
      const temporary = join(dirname(path), `.${basename(path)}.${suffix}`);
      // A directory (or anything but a file) in the way fails at its rename, which puts back the
      // files renamed before it.
      const info = await stat(path).catch(() => undefined);
      const mode = info?.isFile() === true ? info.mode & 0o777 : undefined;
      const existed = mode !== undefined;
      if (text === null && !existed) continue;
      const backup =
        existed && (files.length > 1 || text === null)
          ? join(dirname(path), `.${basename(path)}.${suffix}.bak`)
          : undefined;
      try {
        if (options.createFolders === true) await mkdir(dirname(path), { recursive: true });
        staged.push({ target: path, temporary, backup, existed, remove: text === null });
        if (text !== null) {
          await writeFile(temporary, text, { encoding: "utf8", flag: "wx" });
          if (mode !== undefined) await chmod(temporary, mode);
        }
        if (backup !== undefined) await copyFile(path, backup);
      } catch (error) {
        throw writeFailure(action, path, error);
      }
    }
    const renamed: typeof staged = [];
    for (const file of staged) {
      try {
        if (file.remove) await unlink(file.target);
        else await rename(file.temporary, file.target);
        renamed.push(file);
      } catch (error) {
        for (const done of renamed) {
          if (done.backup !== undefined) await rename(done.backup, done.target).catch(() => undefined);
          else if (!done.existed) await removeQuietly(done.target);
        }
        throw writeFailure(action, file.target, error);
      }
    }
  } finally {
    await cleanUp();
  }
}

/**
 * Reads and validates a scenario document (JSON): `{ name?, description?, base?, changes }`.
 *
 * @remarks
 * The file must be JSON; a syntax error is reported with its line and column, and every problem of
 * the document with its JSON path (see `parseScenario`). `base` is returned as written: resolve it
 * against the scenario file's folder before reading it with {@link readEcosystemFile}.
 * Time complexity: O(size of the file).
 *
 * @param path - the scenario file.
 * @returns the validated scenario.
 * @throws {@link EcoweaveError} `file_not_found` or `file_unreadable`;
 * {@link EcosystemValidationError} for JSON that is not a valid scenario.
 * @example
 * const scenario = await readScenarioFile("esf-ends.json");
 * scenario.changes.length; // 1
 * @category Files
 */
export async function readScenarioFile(path: string): Promise<Scenario> {
  const text = await readText(path, "readScenarioFile");
  return inFile(path, () => parseScenario(parseJsonText(text, documentName("scenario"))));
}

/**
 * Writes an ecosystem to a file in the format its name asks for, and returns the paths written.
 *
 * @remarks
 * `.kumu.json` → Kumu blueprint; other `.json` → ecosystem document; `.gexf` → GEXF; `.graphml` →
 * GraphML; `…actors.csv` → the CSV pair beside it (`…ties.csv`, and `…roles.csv` when roles are
 * declared); `elements.csv` → the Kumu sheets (`elements.csv`, `connections.csv`); a path ending in
 * `/` or naming an existing directory → `actors.csv`, `ties.csv` (and `roles.csv`) in it; a
 * `roles.csv` left beside the pair by an earlier write is removed when the ecosystem declares no
 * roles, since it would be read back as this one's. Missing
 * directories are created; existing files are replaced. The CSV and sheet forms hold no name or
 * description (see `toCsv`). The CSV and sheet forms are spreadsheet-safe unless
 * `spreadsheetSafe: false` (see `toCsv`). Every file is written all or nothing (see
 * {@link writeTextFiles}): when one of a pair fails, no existing file has changed.
 * Time complexity: that of the writer.
 *
 * @param eco - the ecosystem (not modified).
 * @param path - where to write.
 * @param options - `spreadsheetSafe` for the CSV and sheet forms (default `true`).
 * @returns the paths written, in order.
 * @throws {@link EcoweaveError} `file_format_unknown` for a name announcing no format,
 * `file_unwritable` when a file cannot be written.
 * @example
 * await writeEcosystemFile(eco, "out/map.gexf"); // ["out/map.gexf"]
 * @see {@link readEcosystemFile}
 * @category Files
 */
export async function writeEcosystemFile(
  eco: Ecosystem,
  path: string,
  options: SpreadsheetOptions = {},
): Promise<string[]> {
  const directory = path.endsWith("/") || path.endsWith("\\") || (await isExistingDirectory(path));
  const format = directory ? "csv" : formatFromFileName(path);
  const files: TextFile[] = [];
  const put = (file: string, text: string): void => {
    files.push({ path: file, text });
  };
  switch (format) {
    case "ecosystem-json":
      put(path, stringifyEcosystem(eco));
      break;
    case "kumu-json":
      put(path, `${JSON.stringify(toKumu(eco), null, 2)}\n`);
      break;
    case "gexf":
      put(path, toGexf(eco));
      break;
    case "graphml":
      put(path, toGraphml(eco));
      break;
    case "csv": {
      const [actors, ties, roles] = directory
        ? ["actors.csv", "ties.csv", "roles.csv"].map((name) => join(path, name))
        : csvSiblings(path, ["actors.csv", "ties.csv", "roles.csv"]);
      const tables = toCsv(eco, options);
      put(actors!, tables.actors);
      put(ties!, tables.ties);
      // A roles.csv left from an earlier write would be read back as this ecosystem's roles.
      files.push({ path: roles!, text: tables.roles ?? null });
      break;
    }
    case "kumu-sheets": {
      const [elements, connections] = csvSiblings(path, ["elements.csv", "connections.csv"]);
      const sheets = toKumuSheets(eco, options);
      put(elements!, sheets.elements);
      put(connections!, sheets.connections);
      break;
    }
    default:
      throw new EcoweaveError(
        "file_format_unknown",
        `writeEcosystemFile: cannot tell the format for ${path}; use .json, .kumu.json, .gexf, .graphml, actors.csv, elements.csv or a directory`,
      );
  }
  await writeTextFiles(files, { action: "writeEcosystemFile", createFolders: true });
  return files.filter((file) => file.text !== null).map((file) => file.path);
}
