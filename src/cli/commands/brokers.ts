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
import { UsageError } from "../usage-error.js";

/** `role,region` → `["role", "region"]`; a list without names is a usage error. */
function groupByList(raw: string): string[] {
  const names = raw
    .split(",")
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
  if (names.length === 0) throw new UsageError(`--group-by "${raw}" names no grouping`);
  return names;
}

/** `ecoweave brokers <file>`: the bridge actors, best first, with reasons. */
export const brokersCommand: Command = {
  name: "brokers",
  summary: "rank the bridge actors who span groups and clusters, with reasons",
  usage: "ecoweave brokers <file> [options]",
  help: `Options:
${VIEW_CLI_HELP}
  --group-by <list>   groupings brokerage counts across, comma-separated: role, community or an
                      attribute such as region (default: role,community)
  --top <n>           how many to list (default 10)
  --seed <n>          seed of the community detection (default 1)
${OUTPUT_CLI_HELP}

Example:
  ecoweave brokers ecosystem.json --group-by role,region --top 5`,
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
    const eco = await readInputEcosystem(positionals[0]!, io, values);
    const { groupBy } = groupingOptionsOf(values);
    const actors = findBridgeActors(eco, {
      ...viewOptionsOf(values),
      ...(groupBy === undefined ? {} : { groupBy: groupByList(groupBy) }),
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
                `${index + 1}. ${actor.label} (${actor.role}) score ${actor.score.toFixed(3)}\n${actor.reasons.map((reason) => `   - ${reason}`).join("\n")}${actor.gapId === null ? "" : `\n   gap: ${actor.gapId}`}`,
            ),
      format,
      values,
      io,
    );
    return 0;
  },
};
