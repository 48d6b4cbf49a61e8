/**
 * `--role-map Rahoittaja=funder,Kehittäjä=developer` and `--role-map-file roles.json`: how a map's
 * own element types (Kumu's `Type`, often in the map's language) name ecoweave roles.
 */
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { detectSeparator } from "../io/table.js";
import { EcoweaveError } from "../model/errors.js";
import { type Message, message } from "../text/message.js";
import type { OptionValues } from "./command.js";
import type { CliIo } from "./io.js";
import { UsageError } from "./usage-error.js";

/** The options every command reading an ecosystem accepts. */
export const ROLE_MAP_CLI_OPTIONS = {
  "role-map": { type: "string" },
  "role-map-file": { type: "string" },
} as const;

/** The help lines of `--role-map` and `--role-map-file`, in every language. */
export const ROLE_MAP_CLI_HELP: Message = message("help.roleMap");

function addPair(map: Map<string, string>, type: string, role: string, where: string): void {
  if (type === "" || role === "")
    throw new UsageError(message("cli.roleMap.pair", { where, pair: `${type}=${role}` }));
  if (map.has(type) && map.get(type) !== role) {
    throw new UsageError(
      message("cli.roleMap.twice", { where, type, first: map.get(type) ?? "", second: role }),
    );
  }
  map.set(type, role);
}

/** Parses `type=role` pairs separated by commas (a type may hold spaces; it may not hold `=` or `,`). */
export function parseRolePairs(text: string, where = "--role-map"): Map<string, string> {
  const map = new Map<string, string>();
  for (const pair of text.split(",")) {
    if (pair.trim() === "") continue;
    const at = pair.indexOf("=");
    if (at < 0) throw new UsageError(message("cli.roleMap.pair", { where, pair }));
    addPair(map, pair.slice(0, at).trim(), pair.slice(at + 1).trim(), where);
  }
  if (map.size === 0) throw new UsageError(message("cli.roleMap.empty", { where }));
  return map;
}

/** Parses a role map file: a JSON object of strings, or a `type,role` table with a header row. */
export function parseRoleMapFile(text: string, shown: string): Map<string, string> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const map = new Map<string, string>();
  if (body.trimStart().startsWith("{")) {
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch (error) {
      throw new UsageError(
        message("cli.roleMap.json", {
          where: shown,
          problem: error instanceof Error ? error.message : String(error),
        }),
      );
    }
    for (const [type, role] of Object.entries(value as Record<string, unknown>)) {
      if (typeof role !== "string")
        throw new UsageError(message("cli.roleMap.notString", { where: shown, type }));
      addPair(map, type, role, shown);
    }
    return map;
  }
  const separator = detectSeparator(body);
  const lines = body.split(/\r?\n/).filter((line) => line.trim() !== "");
  const header = (lines[0] ?? "").split(separator).map((cell) => cell.trim().toLowerCase());
  const typeAt = header.indexOf("type");
  const roleAt = header.indexOf("role");
  if (typeAt < 0 || roleAt < 0) {
    throw new UsageError(message("cli.roleMap.columns", { where: shown }));
  }
  lines.slice(1).forEach((line, index) => {
    const cells = line.split(separator).map((cell) => cell.trim().replace(/^"(.*)"$/s, "$1"));
    addPair(map, cells[typeAt] ?? "", cells[roleAt] ?? "", `${shown}:row ${index + 2}`);
  });
  return map;
}

/**
 * The role map the command line asks for: the file's pairs, then `--role-map`'s (which win).
 * `undefined` when neither option is given.
 */
export async function roleMapOf(
  values: OptionValues,
  io: CliIo,
): Promise<Readonly<Record<string, string>> | undefined> {
  const file = values["role-map-file"];
  const pairs = values["role-map"];
  if (typeof file !== "string" && typeof pairs !== "string") return undefined;
  const map = new Map<string, string>();
  if (typeof file === "string") {
    let text: string;
    try {
      text = await readFile(resolve(io.cwd, file), "utf8");
    } catch {
      throw new EcoweaveError("file_not_found", `--role-map-file: cannot read ${file}`);
    }
    for (const [type, role] of parseRoleMapFile(text, file)) map.set(type, role);
  }
  if (typeof pairs === "string") for (const [type, role] of parseRolePairs(pairs)) map.set(type, role);
  const record: Record<string, string> = Object.create(null);
  for (const [type, role] of map) record[type] = role;
  return record;
}
