import { findBridgeActors } from "../../brokers/find-bridge-actors.js";
import { reasonTexts } from "../../report/words.js";
import { formatMessage, message } from "../../text/message.js";
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
import { fixed, localeOf, roleTextOf, sayer } from "../words.js";

/** `role,region` → `["role", "region"]`; a list without names is a usage error. */
function groupByList(raw: string): string[] {
  const names = raw
    .split(",")
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
  if (names.length === 0) throw new UsageError(message("cli.usage.groupBy", { value: raw }));
  return names;
}

/** `ecoweave brokers <file>`: the bridge actors, best first, with reasons. */
export const brokersCommand: Command = {
  name: "brokers",
  summary: formatMessage({ id: "cli.summary.brokers" }),
  usage: "ecoweave brokers <file> [options]",
  help: message("help.brokers", { view: VIEW_CLI_HELP, output: OUTPUT_CLI_HELP }),
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
    const say = sayer(io);
    const locale = localeOf(io);
    const role = roleTextOf(eco, locale);
    await writeResult(
      actors,
      (ranked) =>
        ranked.length === 0
          ? [say("cli.brokers.none")]
          : ranked.map(
              (actor, index) =>
                `${say("cli.brokers.line", {
                  rank: String(index + 1),
                  actor: actor.label,
                  role: role(actor.role),
                  score: fixed(actor.score, 3, locale),
                })}\n${reasonTexts(actor, locale)
                  .map((reason) => `   - ${reason}`)
                  .join("\n")}${
                  actor.gapId === null ? "" : `\n   ${say("cli.brokers.gap", { gap: actor.gapId })}`
                }`,
            ),
      format,
      values,
      io,
    );
    return 0;
  },
};
