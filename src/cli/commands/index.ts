import type { Command } from "../command.js";
import { brokersCommand } from "./brokers.js";
import { convertCommand } from "./convert.js";
import { demoCommand } from "./demo.js";
import { gapsCommand } from "./gaps.js";
import { validateCommand } from "./validate.js";

/** Every command, in the order `ecoweave --help` lists them. */
export const COMMANDS: readonly Command[] = [
  validateCommand,
  gapsCommand,
  brokersCommand,
  convertCommand,
  demoCommand,
];
