import { resolve } from "node:path";
import { findBridgeActors } from "../../brokers/find-bridge-actors.js";
import { readEcosystemFile } from "../../node.js";
import type { Command } from "../command.js";
import {
  choiceOption,
  integerOption,
  VIEW_CLI_HELP,
  VIEW_CLI_OPTIONS,
  viewOptionsOf,
  writeOutput,
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
  --format <f>        text or json (default text)
  --out <path>        write to a file instead of standard output

Example:
  ecoweave brokers ecosystem.json --top 5`,
  options: {
    ...VIEW_CLI_OPTIONS,
    "group-by": { type: "string" },
    top: { type: "string" },
    seed: { type: "string" },
    format: { type: "string" },
    out: { type: "string" },
  },
  positionals: { min: 1, max: 1 },
  async run(positionals, values, io) {
    const eco = await readEcosystemFile(resolve(io.cwd, positionals[0]!));
    const format = choiceOption(values, "format", ["text", "json"] as const, "text");
    const actors = findBridgeActors(eco, {
      ...viewOptionsOf(values),
      ...(typeof values["group-by"] === "string" ? { groupBy: values["group-by"] } : {}),
      top: integerOption(values, "top", 10, { min: 1 }),
      seed: integerOption(values, "seed", 1),
    });
    if (format === "json") {
      await writeOutput(JSON.stringify(actors, null, 2), values, io);
      return 0;
    }
    const lines =
      actors.length === 0
        ? ["No bridge actors: the ecosystem has no ties."]
        : actors.map(
            (actor, index) =>
              `${index + 1}. ${actor.label} (${actor.role}) score ${actor.score.toFixed(2)}\n${actor.reasons.map((reason) => `   - ${reason}`).join("\n")}`,
          );
    await writeOutput(lines.join("\n"), values, io);
    return 0;
  },
};
