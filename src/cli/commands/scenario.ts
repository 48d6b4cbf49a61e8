import { dirname, resolve } from "node:path";
import { readScenarioFile, writeEcosystemFile } from "../../node.js";
import { applyScenario } from "../../scenario/apply-scenario.js";
import { compareEcosystems } from "../../scenario/compare-ecosystems.js";
import { formatMessage, message } from "../../text/message.js";
import type { Command } from "../command.js";
import {
  integerOption,
  OUTPUT_CLI_OPTIONS,
  outputFormat,
  readInputEcosystem,
  writeResult,
} from "../options.js";
import { UsageError } from "../usage-error.js";
import { localeOf, sayer } from "../words.js";

/** `ecoweave scenario <scenario.json>`: applies a what-if scenario and reports what changes. */
export const scenarioCommand: Command = {
  name: "scenario",
  summary: formatMessage({ id: "cli.summary.scenario" }),
  usage: "ecoweave scenario <scenario.json> [options]",
  help: message("help.scenario"),
  options: {
    base: { type: "string" },
    save: { type: "string" },
    seed: { type: "string" },
    ...OUTPUT_CLI_OPTIONS,
  },
  positionals: { min: 1, max: 1 },
  async run(positionals, values, io) {
    const format = outputFormat(values);
    const seed = integerOption(values, "seed", 1);
    const scenarioPath = resolve(io.cwd, positionals[0]!);
    const scenario = await readScenarioFile(scenarioPath);
    const basePath =
      typeof values.base === "string"
        ? resolve(io.cwd, values.base)
        : scenario.base !== undefined
          ? resolve(dirname(scenarioPath), scenario.base)
          : undefined;
    if (basePath === undefined) {
      throw new UsageError(message("cli.usage.noBase"));
    }
    const before = await readInputEcosystem(basePath, io, values);
    const after = applyScenario(before, scenario.changes);
    if (typeof values.save === "string") {
      const written = await writeEcosystemFile(after, resolve(io.cwd, values.save));
      if (values.quiet !== true) io.stderr(`${sayer(io)("cli.wrote", { path: written.join(", ") })}\n`);
    }
    const title = scenario.name ?? positionals[0]!;
    await writeResult(
      compareEcosystems(before, after, { seed }),
      (comparison) => [
        sayer(io)("cli.scenario.changes", { title, count: scenario.changes.length }),
        "",
        ...(comparison.identical
          ? [sayer(io)("cli.scenario.noChange")]
          : comparison.summaryMessages.map((sentence) => `- ${formatMessage(sentence, localeOf(io))}`)),
      ],
      format,
      values,
      io,
    );
    return 0;
  },
};
