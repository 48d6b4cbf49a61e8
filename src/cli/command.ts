import type { ParseArgsConfig } from "node:util";
import type { Message } from "../text/message.js";
import type { CliIo } from "./io.js";

/** Parsed option values of a command. */
export type OptionValues = Record<string, string | boolean | undefined>;

/** One `ecoweave` sub-command. */
export interface Command {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** Usage line, e.g. `ecoweave validate <file>`. */
  readonly usage: string;
  /** Longer help: what it does, options and examples, rendered in the command line's language. */
  readonly help: Message;
  readonly options: NonNullable<ParseArgsConfig["options"]>;
  /** How many positional arguments the command takes. */
  readonly positionals: { readonly min: number; readonly max: number };
  run(positionals: readonly string[], options: OptionValues, io: CliIo): Promise<number>;
}
