/**
 * The `ecoweave` command line, as a function of its arguments and streams so it can be tested
 * without a process. Exit codes: 0 success, 2 invalid input or usage, 1 anything else.
 */

import { parseArgs } from "node:util";
import { maxOf } from "../internal/arrays.js";
import { closestName } from "../internal/closest.js";
import {
  EcosystemValidationError,
  EcoweaveError,
  InvalidOptionError,
  omittedIssues,
} from "../model/errors.js";
import type { Locale } from "../text/locale.js";
import { formatMessage, message } from "../text/message.js";
import type { Command, OptionValues } from "./command.js";
import { COMMANDS } from "./commands/index.js";
import { type CliIo, terminalSafe } from "./io.js";
import { ROLE_MAP_CLI_HELP, ROLE_MAP_CLI_OPTIONS } from "./role-map.js";
import { UsageError } from "./usage-error.js";
import { VERSION } from "./version.js";
import { cliLocale, localeOf, sayer, withoutLang } from "./words.js";

const GLOBAL_OPTIONS = {
  help: { type: "boolean", short: "h" },
  debug: { type: "boolean" },
  quiet: { type: "boolean", short: "q" },
  from: { type: "string" },
  json: { type: "boolean" },
  ...ROLE_MAP_CLI_OPTIONS,
} as const;

/** A command's one-line summary in `locale`. */
function summaryOf(command: Command, locale: Locale): string {
  return formatMessage({ id: `cli.summary.${command.name}`, text: command.summary }, locale);
}

function mainHelp(locale: Locale): string {
  const width = maxOf(COMMANDS.map((command) => command.name.length));
  const list = COMMANDS.map(
    (command) => `  ${command.name.padEnd(width)}  ${summaryOf(command, locale)}`,
  ).join("\n");
  return formatMessage(
    { id: "cli.help.main", params: { version: VERSION, commands: list, roleMapHelp: ROLE_MAP_CLI_HELP } },
    locale,
  );
}

function commandHelp(command: Command, locale: Locale): string {
  const usageLine = command.usage.replace("[options]", formatMessage({ id: "help.usageOptions" }, locale));
  const usage = formatMessage({ id: "cli.help.usage", params: { usage: usageLine } }, locale);
  return `${usage}\n\n${summaryOf(command, locale)}\n\n${formatMessage(command.help, locale).trimEnd()}\n`;
}

/** Writes an error as one paragraph and returns the exit code. */
function reportError(error: unknown, io: CliIo, debug: boolean): number {
  const say = sayer(io);
  if (error instanceof EcosystemValidationError) {
    const count = error.issueCount;
    const locale = localeOf(io);
    const lines = error.issues.map(
      (issue) =>
        `  ${issue.path === "" ? say("cli.error.document") : issue.path}: ${issue.messageData === undefined ? issue.message : formatMessage(issue.messageData, locale)}`,
    );
    const more = omittedIssues(error.issues, error);
    if (more !== undefined)
      lines.push(`  ${say("cli.error.more", { count: more.count, perCode: more.perCode })}`);
    io.stderr(
      `ecoweave: ${say("cli.error.invalid", { what: error.whatMessage ?? error.what, shown: String(count), count })}\n${lines.join("\n")}\n`,
    );
    return 2;
  }
  if (error instanceof UsageError) {
    io.stderr(`ecoweave: ${formatMessage(error.detail, localeOf(io))}\n${say("cli.usage.seeHelp")}\n`);
    return 2;
  }
  if (error instanceof InvalidOptionError) {
    const detail = error.detail === undefined ? error.message : formatMessage(error.detail, localeOf(io));
    io.stderr(`ecoweave: ${detail}\n`);
    return 2;
  }
  if (error instanceof EcoweaveError && error.code.startsWith("file_")) {
    io.stderr(`ecoweave: ${error.message}\n`);
    return 2;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr(
    `ecoweave: ${message}\n${debug && error instanceof Error && error.stack ? `${error.stack}\n` : ""}`,
  );
  return 1;
}

function parseCommandLine(command: Command, args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args],
      options: { ...GLOBAL_OPTIONS, ...command.options },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(
      parseProblem(command.name, error, Object.keys({ ...GLOBAL_OPTIONS, ...command.options })),
    );
  }
}

/** An unknown command, with the closest command's name. */
function unknownCommand(name: string) {
  const commands = COMMANDS.map((c) => c.name);
  const suggestion = closestName(name, commands);
  return suggestion === null
    ? message("cli.usage.unknownCommand", { command: name, commands: commands.join(", ") })
    : message("cli.usage.unknownCommandNear", { command: name, suggestion, commands: commands.join(", ") });
}

/**
 * What `parseArgs` found wrong, as a message: an unknown option or one without its value by name
 * (from the error's code), anything else in Node's own words.
 */
function parseProblem(command: string, error: unknown, optionNames: readonly string[]) {
  const text = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown }).code;
  const quoted = /'([^']*)'/.exec(text)?.[1];
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && quoted !== undefined) {
    const suggestion = quoted.startsWith("--") ? closestName(quoted.slice(2), optionNames) : null;
    return suggestion === null
      ? message("cli.usage.parse.unknownOption", { command, option: quoted })
      : message("cli.usage.parse.unknownOptionNear", {
          command,
          option: quoted,
          suggestion: `--${suggestion}`,
        });
  }
  if (
    code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" &&
    quoted !== undefined &&
    / argument missing/.test(text)
  )
    return message("cli.usage.parse.missingValue", { command, option: quoted });
  const cleaned = text.replace(/\. To specify.*$/s, "").replace(/\.$/, "");
  return message("cli.usage.parse.other", {
    command,
    problem: `${cleaned.charAt(0).toLowerCase()}${cleaned.slice(1)}`,
  });
}

/**
 * Analyses run as of a date: a command that takes `--at` gets today's date unless `--at` names one;
 * `--at all` counts every tie whatever its dates.
 */
function withAnalysisDate(command: Command, values: OptionValues, io: CliIo): OptionValues {
  if (!("at" in command.options)) return values;
  const dated: OptionValues = { ...values };
  if (dated.at === undefined) dated.at = io.today;
  else if (dated.at === "all") delete dated.at;
  return dated;
}

/** `--json` as `--format json`, for the commands that have `--format`. */
function withJson(command: Command, values: OptionValues): OptionValues {
  if (values.json !== true) return values;
  if (!("format" in command.options))
    throw new UsageError(message("cli.usage.jsonNoFormat", { command: command.name }));
  if (values.format !== undefined && values.format !== "json")
    throw new UsageError(message("cli.usage.jsonAndFormat", { format: String(values.format) }));
  const { json: _json, ...rest } = values;
  return { ...rest, format: "json" };
}

/**
 * Runs the CLI with `argv` (without the node and script paths) and returns the exit code. Everything
 * written to the streams passes through {@link terminalSafe}, so no control character from a file,
 * an argument or an error reaches the terminal raw.
 */
export async function runCli(commandLine: readonly string[], streams: CliIo): Promise<number> {
  const { args: argv, lang } = withoutLang(commandLine);
  const environment = streams.environment ?? {};
  let locale: Locale;
  let langProblem: unknown = null;
  try {
    locale = cliLocale(lang, environment);
  } catch (error) {
    locale = cliLocale(undefined, environment);
    langProblem = error;
  }
  const io = terminalSafe({ ...streams, locale });
  const debug = argv.includes("--debug");
  try {
    if (langProblem !== null) throw langProblem;
    const [first, ...rest] = argv;
    if (first === undefined || first === "--help" || first === "-h" || first === "help") {
      io.stdout(mainHelp(locale));
      return first === undefined ? 2 : 0;
    }
    if (first === "--version" || first === "-v") {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    const command = COMMANDS.find((candidate) => candidate.name === first);
    if (command === undefined) {
      throw new UsageError(
        first.startsWith("-") ? message("cli.usage.unknownOption", { option: first }) : unknownCommand(first),
      );
    }
    const { values, positionals } = parseCommandLine(command, rest);
    if (values.help === true) {
      io.stdout(commandHelp(command, locale));
      return 0;
    }
    if (positionals.length < command.positionals.min || positionals.length > command.positionals.max) {
      throw new UsageError(
        message("cli.usage.expected", {
          command: command.name,
          usage: command.usage.replace(/^ecoweave /, ""),
        }),
      );
    }
    return await command.run(positionals, withAnalysisDate(command, withJson(command, values), io), io);
  } catch (error) {
    return reportError(error, io, debug);
  }
}
