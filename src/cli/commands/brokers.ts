import { findBridgeActors } from "../../brokers/find-bridge-actors.js";
import type { Command } from "../command.js";
import {
  groupingOptionsOf,
  integerOption,
  OUTPUT_CLI_HELP,
  OUTPUT_CLI_OPTIONS,
  outputFormat,
  readInputEcosystem,
  VIEW_CLI_HELP,
  VIEW_CLI_OPTIONS,
  viewOptionsOf,
  writeResult,
} from "../options.js";

/** `ecoweave brokers <file>`: the bridge actors, best first, with reasons. */
export const brokersCommand: Command = {
  name: "brokers",
  summary: "rank the bridge actors who span groups and clusters, with reasons",
  usage: "ecoweave brokers <file> [options]",
  help: `Options:
${VIEW_CLI_HELP}
  --group-by <attr>   group actors by this attribute for brokerage (default: role)
  --top <n>           how many to list (default 10)
  --seed <n>          seed of the community detection (default 1)
${OUTPUT_CLI_HELP}

Example:
  ecoweave brokers ecosystem.json --top 5`,
  options: {
    ...VIEW_CLI_OPTIONS,
    "group-by": { type: "string" },
    top: { type: "string" },
    seed: { type: "string" },
    ...OUTPUT_CLI_OPTIONS,
  },
  positionals: { min: 1, max: 1 },
  async run(positionals, values, io) {
    const format = outputFormat(values);
    const eco = await readInputEcosystem(positionals[0]!, io);
    const actors = findBridgeActors(eco, {
      ...viewOptionsOf(values),
      ...groupingOptionsOf(values),
      top: integerOption(values, "top", 10, { min: 1 }),
      seed: integerOption(values, "seed", 1),
    });
    await writeResult(
      actors,
      (ranked) =>
        ranked.length === 0
          ? ["No bridge actors: the ecosystem has no ties."]
          : ranked.map(
              (actor, index) =>
                `${index + 1}. ${actor.label} (${actor.role}) score ${actor.score.toFixed(2)}\n${actor.reasons.map((reason) => `   - ${reason}`).join("\n")}`,
            ),
      format,
      values,
      io,
    );
    return 0;
  },
};
