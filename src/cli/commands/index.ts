import type { Command } from "../command.js";
import { analyzeCommand } from "./analyze.js";
import { brokersCommand } from "./brokers.js";
import { clinicsCommand } from "./clinics.js";
import { convertCommand } from "./convert.js";
import { demoCommand } from "./demo.js";
import { gapsCommand } from "./gaps.js";
import { planCommand } from "./plan.js";
import { scenarioCommand } from "./scenario.js";
import { spreadCommand } from "./spread.js";
import { suggestCommand } from "./suggest.js";
import { validateCommand } from "./validate.js";

/** Every command, in the order `ecoweave --help` lists them. */
export const COMMANDS: readonly Command[] = [
  analyzeCommand,
  validateCommand,
  gapsCommand,
  brokersCommand,
  suggestCommand,
  planCommand,
  clinicsCommand,
  spreadCommand,
  scenarioCommand,
  convertCommand,
  demoCommand,
];
