import { type Say, tieKindName } from "../../report/words.js";
import { formatMessage, message } from "../../text/message.js";
import type { Command } from "../command.js";
import { readInputEcosystem } from "../options.js";
import { localeOf, roleTextOf, sayer } from "../words.js";

function countBy(values: Iterable<string>, say: Say, name: (value: string) => string): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([value, count]) => say("cli.count", { count: String(count), name: name(value) }))
    .join(", ");
}

/** `ecoweave validate <file>`: checks a file and says what it holds. */
export const validateCommand: Command = {
  name: "validate",
  summary: formatMessage({ id: "cli.summary.validate" }),
  usage: "ecoweave validate <file>",
  help: message("help.validate"),
  options: {},
  positionals: { min: 1, max: 1 },
  async run(positionals, values, io) {
    const eco = await readInputEcosystem(positionals[0]!, io, values);
    const say = sayer(io);
    const locale = localeOf(io);
    const roles = countBy(
      eco.mapNodes((_id, actor) => actor.role),
      say,
      roleTextOf(eco, locale),
    );
    const kinds = countBy(
      eco.mapEdges((_edge, tie) => tie.kind),
      say,
      (kind) => tieKindName(kind, locale),
    );
    io.stdout(
      `${say("cli.validate.valid", {
        file: positionals[0]!,
        actors: eco.order,
        roles: roles || say("cli.none"),
        ties: eco.size,
        kinds: kinds || say("cli.none"),
      })}\n`,
    );
    return 0;
  },
};
