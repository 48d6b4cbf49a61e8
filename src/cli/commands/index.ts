import type { Command } from "../command.js";
import { demoCommand } from "./demo.js";
import { validateCommand } from "./validate.js";

/** Every command, in the order `ecoweave --help` lists them. */
export const COMMANDS: readonly Command[] = [validateCommand, demoCommand];
