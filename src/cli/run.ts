/**
 * The `ecoweave` command line, as a function of its arguments and streams so it can be tested
 * without a process. Exit codes: 0 success, 2 invalid input or usage, 1 anything else.
 */

import { parseArgs } from "node:util";
import { maxOf } from "../internal/arrays.js";
import { didYouMean } from "../internal/closest.js";
import {
  EcosystemValidationError,
  EcoweaveError,
  InvalidOptionError,
  omittedIssuesLine,
} from "../model/errors.js";
import type { Command, OptionValues } from "./command.js";
import { COMMANDS } from "./commands/index.js";
import { type CliIo, terminalSafe } from "./io.js";
import { ROLE_MAP_CLI_HELP, ROLE_MAP_CLI_OPTIONS } from "./role-map.js";
import { UsageError } from "./usage-error.js";
import { VERSION } from "./version.js";

const GLOBAL_OPTIONS = {
  help: { type: "boolean", short: "h" },
  debug: { type: "boolean" },
  quiet: { type: "boolean", short: "q" },
  ...ROLE_MAP_CLI_OPTIONS,
} as const;

function mainHelp(): string {
  const width = maxOf(COMMANDS.map((command) => command.name.length));
  const list = COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`).join("\n");
  return `ecoweave ${VERSION}: find the structural gaps, bridge actors and connections to weave in an innovation ecosystem

Usage: ecoweave <command> [options]

Commands:
${list}

Options:
  -h, --help     show help (also: ecoweave <command> --help)
  --version      print the version
  --debug        print stack traces of unexpected errors
  -q, --quiet    no progress messages
${ROLE_MAP_CLI_HELP}

Exit codes: 0 success, 2 invalid input or usage, 1 anything else.
`;
}

function commandHelp(command: Command): string {
  return `Usage: ${command.usage}\n\n${command.summary}\n\n${command.help.trimEnd()}\n`;
}

/** Writes an error as one paragraph and returns the exit code. */
function reportError(error: unknown, io: CliIo, debug: boolean): number {
  if (error instanceof EcosystemValidationError) {
    const count = error.issueCount;
    const lines = error.issues.map(
      (issue) => `  ${issue.path === "" ? "(document)" : issue.path}: ${issue.message}`,
    );
    const more = omittedIssuesLine(error.issues, error);
    if (more !== "") lines.push(`  ${more}`);
    io.stderr(
      `ecoweave: invalid ${error.what}, ${count} problem${count === 1 ? "" : "s"}:\n${lines.join("\n")}\n`,
    );
    return 2;
  }
  if (error instanceof UsageError) {
    io.stderr(`ecoweave: ${error.message}\nRun "ecoweave --help" for usage.\n`);
    return 2;
  }
  if (
    error instanceof InvalidOptionError ||
    (error instanceof EcoweaveError && error.code.startsWith("file_"))
  ) {
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
    const message = error instanceof Error ? error.message : String(error);
    const cleaned = message.replace(/\. To specify.*$/s, "").replace(/\.$/, "");
    const unknown = /^Unknown option '--([^']*)'/.exec(cleaned)?.[1];
    const names = Object.keys({ ...GLOBAL_OPTIONS, ...command.options });
    const hint = unknown === undefined ? "" : didYouMean(unknown, names).replace(/"([^"]*)"/, '"--$1"');
    throw new UsageError(`${command.name}: ${cleaned.charAt(0).toLowerCase()}${cleaned.slice(1)}${hint}`);
  }
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

/**
 * Runs the CLI with `argv` (without the node and script paths) and returns the exit code. Everything
 * written to the streams passes through {@link terminalSafe}, so no control character from a file,
 * an argument or an error reaches the terminal raw.
 */
export async function runCli(argv: readonly string[], streams: CliIo): Promise<number> {
  const io = terminalSafe(streams);
  const debug = argv.includes("--debug");
  try {
    const [first, ...rest] = argv;
    if (first === undefined || first === "--help" || first === "-h" || first === "help") {
      io.stdout(mainHelp());
      return first === undefined ? 2 : 0;
    }
    if (first === "--version" || first === "-v") {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    const command = COMMANDS.find((candidate) => candidate.name === first);
    if (command === undefined) {
      throw new UsageError(
        first.startsWith("-")
          ? `unknown option "${first}"`
          : `unknown command "${first}"${didYouMean(
              first,
              COMMANDS.map((c) => c.name),
            )}; commands: ${COMMANDS.map((c) => c.name).join(", ")}`,
      );
    }
    const { values, positionals } = parseCommandLine(command, rest);
    if (values.help === true) {
      io.stdout(commandHelp(command));
      return 0;
    }
    if (positionals.length < command.positionals.min || positionals.length > command.positionals.max) {
      throw new UsageError(`${command.name}: expected ${command.usage.replace(/^ecoweave /, "")}`);
    }
    return await command.run(positionals, withAnalysisDate(command, values, io), io);
  } catch (error) {
    return reportError(error, io, debug);
  }
}
