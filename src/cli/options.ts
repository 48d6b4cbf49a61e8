/** Option parsing shared by the analysis commands: view options, seed, top, output. */
import { resolve } from "node:path";
import type { Ecosystem } from "../model/ecosystem.js";
import { EcoweaveError } from "../model/errors.js";
import type { ViewOptions } from "../model/view.js";
import { readEcosystemFile, writeTextFiles } from "../node.js";
import { formatReportDate } from "../report/text.js";
import { type Message, message } from "../text/message.js";
import type { OptionValues } from "./command.js";
import type { CliIo } from "./io.js";
import { roleMapOf } from "./role-map.js";
import { readStdinEcosystem } from "./stdin-input.js";
import { UsageError } from "./usage-error.js";
import { localeOf, sayer } from "./words.js";

/** The view options every analysis command accepts. */
export const VIEW_CLI_OPTIONS = {
  kinds: { type: "string" },
  at: { type: "string" },
} as const;

/** The help lines of `--kinds` and `--at`, in every language. */
export const VIEW_CLI_HELP: Message = message("help.view");

/** Reads `--kinds` and `--at` into view options. */
export function viewOptionsOf(values: OptionValues): ViewOptions {
  const options: ViewOptions = {};
  if (typeof values.kinds === "string") {
    const kinds = values.kinds.split(",").filter((kind) => kind !== "");
    if (kinds.length === 0) throw new UsageError(message("cli.usage.kinds"));
    options.kinds = kinds;
  }
  if (typeof values.at === "string") options.at = values.at;
  return options;
}

/** `--group-by` and `--coverage-by`, for the commands that take them. */
export function groupingOptionsOf(values: OptionValues): { groupBy?: string; coverageBy?: string } {
  return {
    ...(typeof values["group-by"] === "string" ? { groupBy: values["group-by"] } : {}),
    ...(typeof values["coverage-by"] === "string" ? { coverageBy: values["coverage-by"] } : {}),
  };
}

/** Reads a whole-number option, refusing anything else with a usage error. */
export function integerOption(
  values: OptionValues,
  name: string,
  fallback: number,
  { min = Number.MIN_SAFE_INTEGER } = {},
): number {
  const raw = values[name];
  if (raw === undefined) return fallback;
  if (typeof raw !== "string" || !/^-?\d+$/.test(raw) || Number(raw) < min) {
    throw new UsageError(
      min > Number.MIN_SAFE_INTEGER
        ? message("cli.usage.wholeNumberFrom", { name, min: String(min), value: String(raw) })
        : message("cli.usage.wholeNumber", { name, value: String(raw) }),
    );
  }
  return Number(raw);
}

/** Reads an option that must be one of `choices`. */
export function choiceOption<T extends string>(
  values: OptionValues,
  name: string,
  choices: readonly T[],
  fallback: T,
): T {
  const raw = values[name];
  if (raw === undefined) return fallback;
  if (typeof raw !== "string" || !(choices as readonly string[]).includes(raw)) {
    throw new UsageError(
      message("cli.usage.choice", { name, choices: choices.join(", "), value: String(raw) }),
    );
  }
  return raw as T;
}

/**
 * Writes a text file for a command all or nothing (see `writeTextFiles`): a failed run leaves any
 * existing file unchanged. Fails as an `EcoweaveError` (`file_unwritable`) naming `shown`.
 */
export async function writeTextFile(path: string, text: string, shown: string): Promise<void> {
  try {
    await writeTextFiles([{ path, text }], { action: "ecoweave" });
  } catch (error) {
    const reason = error instanceof Error ? (/\(([^()]*)\)$/.exec(error.message)?.[1] ?? error.message) : "";
    throw new EcoweaveError("file_unwritable", `cannot write ${shown} (${reason})`);
  }
}

/** Writes `text` to `--out` if given (and says where), else to stdout. */
export async function writeOutput(text: string, values: OptionValues, io: CliIo): Promise<void> {
  if (typeof values.out !== "string") {
    io.stdout(text.endsWith("\n") ? text : `${text}\n`);
    return;
  }
  await writeTextFile(resolve(io.cwd, values.out), text, values.out);
  if (values.quiet !== true) io.stderr(`${sayer(io)("cli.wrote", { path: values.out })}\n`);
}

/** `--format text|json` and `--out <path>`, shared by the commands that print a result. */
export const OUTPUT_CLI_OPTIONS = {
  format: { type: "string" },
  out: { type: "string" },
} as const;

/** The help lines of `--format` (text or json) and `--out`, in every language. */
export const OUTPUT_CLI_HELP: Message = message("help.output");

/** Reads `--format` (text or json); called before the work, so a bad value costs nothing. */
export function outputFormat(values: OptionValues): "text" | "json" {
  return choiceOption(values, "format", ["text", "json"] as const, "text");
}

/**
 * Writes a command's result as JSON (indented, the same in every language) or as the lines `text`
 * renders, to `--out` or stdout; text starts with "As of <date>." (in the command line's language) when
 * the command ran as of a date.
 */
export async function writeResult<T>(
  result: T,
  text: (result: T) => readonly string[],
  format: "text" | "json",
  values: OptionValues,
  io: CliIo,
): Promise<void> {
  const locale = localeOf(io);
  const asOf =
    typeof values.at === "string"
      ? [sayer(io)("cli.asOf", { date: formatReportDate(values.at, locale) }), ""]
      : [];
  await writeOutput(
    format === "json" ? JSON.stringify(result, null, 2) : [...asOf, ...text(result)].join("\n"),
    values,
    io,
  );
}

/**
 * Reads the ecosystem file named by a command's argument, relative to the working directory, with
 * the role map of `--role-map` and `--role-map-file`; `-` reads standard input in the format of
 * `--from` (or the one its start shows), and `--from` with a named file is a usage error.
 */
export async function readInputEcosystem(path: string, io: CliIo, values: OptionValues): Promise<Ecosystem> {
  const roleMap = await roleMapOf(values, io);
  if (path === "-") return readStdinEcosystem(values, io, roleMap);
  if (values.from !== undefined) throw new UsageError(message("cli.usage.fromWithoutStdin"));
  return readEcosystemFile(resolve(io.cwd, path), roleMap === undefined ? {} : { roleMap });
}

/** The weaving strategies, for option checks. */
export const STRATEGY_CHOICES = [
  "close-gaps",
  "balanced",
  "close-triangles",
  "bridge-clusters",
  "fill-role-gaps",
  "connect-periphery",
] as const;

/** `--scope <attribute=value>` and `--scope-ends one|both`, for the weaving commands. */
export const SCOPE_CLI_OPTIONS = {
  scope: { type: "string" },
  "scope-ends": { type: "string" },
} as const;

/** The help lines of `--scope` and `--scope-ends`, in every language. */
export const SCOPE_CLI_HELP: Message = message("help.scope");

/** Reads `--scope` and `--scope-ends` into a weaving scope (none without `--scope`). */
export function scopeOption(
  values: OptionValues,
): { attribute: string; value: string; ends: "one" | "both" } | undefined {
  const ends = choiceOption(values, "scope-ends", ["one", "both"] as const, "one");
  const raw = values.scope;
  if (raw === undefined) {
    if (values["scope-ends"] !== undefined) throw new UsageError(message("cli.usage.scopeEnds"));
    return undefined;
  }
  const at = typeof raw === "string" ? raw.indexOf("=") : -1;
  if (typeof raw !== "string" || at <= 0 || at === raw.length - 1) {
    throw new UsageError(message("cli.usage.scope", { value: String(raw) }));
  }
  return { attribute: raw.slice(0, at), value: raw.slice(at + 1), ends };
}
