/**
 * The `ecoweave/node` entry: reading and writing ecosystem files on disk. The only module besides
 * the CLI that imports `node:` modules, so the root entry stays browser-safe.
 *
 * @packageDocumentation
 */
import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { fromAffiliations } from "./io/affiliations.js";
import { fromCsv, toCsv } from "./io/csv.js";
import { detectJsonFormat, type EcosystemFileFormat, formatFromFileName } from "./io/format.js";
import { fromGexf, toGexf } from "./io/gexf.js";
import { toGraphml } from "./io/graphml.js";
import { parseJsonText, stringifyEcosystem } from "./io/json.js";
import { type FromKumuOptions, fromKumu, fromKumuSheets, toKumu, toKumuSheets } from "./io/kumu.js";
import { createEcosystem, type Ecosystem } from "./model/ecosystem.js";
import { EcosystemValidationError, EcoweaveError } from "./model/errors.js";
import { parseScenario, type Scenario } from "./scenario/scenario-schema.js";

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

async function readText(path: string, action = "readEcosystemFile"): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    throw fileError(action, path, error);
  }
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

/** Re-throws a validation error with the file named in its message; issues are unchanged. */
function inFile<T>(path: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof EcosystemValidationError)
      throw new EcosystemValidationError(error.issues, `file ${path}`, error);
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
 * - `.graphml` is written but not read: ecoweave has no GraphML parser among its dependencies.
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
      `readEcosystemFile: cannot tell the format of ${path}; use .json, .kumu.json, .gexf, actors.csv/ties.csv, elements.csv/connections.csv or a directory`,
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
    case "graphml":
      throw new EcoweaveError(
        "file_format_unsupported",
        `readEcosystemFile: reading GraphML is not supported (${path}); convert it to GEXF or JSON, or read it with graphology-graphml`,
      );
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
      const value = inFile(path, () => parseJsonText(text, "JSON"));
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

async function writeText(path: string, text: string): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text, "utf8");
  } catch (error) {
    const code = errorCode(error);
    throw new EcoweaveError(
      "file_unwritable",
      `writeEcosystemFile: cannot write ${path} (${code === "EACCES" || code === "EPERM" ? "permission denied" : (code ?? "unknown error").toLowerCase()})`,
    );
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
  return inFile(path, () => parseScenario(parseJsonText(text, "scenario")));
}

/**
 * Writes an ecosystem to a file in the format its name asks for, and returns the paths written.
 *
 * @remarks
 * `.kumu.json` → Kumu blueprint; other `.json` → ecosystem document; `.gexf` → GEXF; `.graphml` →
 * GraphML; `…actors.csv` → the CSV pair beside it (`…ties.csv`, and `…roles.csv` when roles are
 * declared); `elements.csv` → the Kumu sheets (`elements.csv`, `connections.csv`); a path ending in
 * `/` or naming an existing directory → `actors.csv`, `ties.csv` (and `roles.csv`) in it. Missing
 * directories are created; existing files are replaced. The CSV and sheet forms hold no name or
 * description (see `toCsv`). Time complexity: that of the writer.
 *
 * @param eco - the ecosystem (not modified).
 * @param path - where to write.
 * @returns the paths written, in order.
 * @throws {@link EcoweaveError} `file_format_unknown` for a name announcing no format,
 * `file_unwritable` when a file cannot be written.
 * @example
 * await writeEcosystemFile(eco, "out/map.gexf"); // ["out/map.gexf"]
 * @see {@link readEcosystemFile}
 * @category Files
 */
export async function writeEcosystemFile(eco: Ecosystem, path: string): Promise<string[]> {
  const directory = path.endsWith("/") || path.endsWith("\\") || (await isExistingDirectory(path));
  const format = directory ? "csv" : formatFromFileName(path);
  const written: string[] = [];
  const put = async (file: string, text: string): Promise<void> => {
    await writeText(file, text);
    written.push(file);
  };
  switch (format) {
    case "ecosystem-json":
      await put(path, stringifyEcosystem(eco));
      break;
    case "kumu-json":
      await put(path, `${JSON.stringify(toKumu(eco), null, 2)}\n`);
      break;
    case "gexf":
      await put(path, toGexf(eco));
      break;
    case "graphml":
      await put(path, toGraphml(eco));
      break;
    case "csv": {
      const [actors, ties, roles] = directory
        ? ["actors.csv", "ties.csv", "roles.csv"].map((name) => join(path, name))
        : csvSiblings(path, ["actors.csv", "ties.csv", "roles.csv"]);
      const tables = toCsv(eco);
      await put(actors!, tables.actors);
      await put(ties!, tables.ties);
      if (tables.roles !== undefined) await put(roles!, tables.roles);
      break;
    }
    case "kumu-sheets": {
      const [elements, connections] = csvSiblings(path, ["elements.csv", "connections.csv"]);
      const sheets = toKumuSheets(eco);
      await put(elements!, sheets.elements);
      await put(connections!, sheets.connections);
      break;
    }
    default:
      throw new EcoweaveError(
        "file_format_unknown",
        `writeEcosystemFile: cannot tell the format for ${path}; use .json, .kumu.json, .gexf, .graphml, actors.csv, elements.csv or a directory`,
      );
  }
  return written;
}
