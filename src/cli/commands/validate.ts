import type { Command } from "../command.js";
import { readInputEcosystem } from "../options.js";

function countBy(values: Iterable<string>): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([value, count]) => `${count} ${value}`)
    .join(", ");
}

/** `ecoweave validate <file>`: checks a file and says what it holds. */
export const validateCommand: Command = {
  name: "validate",
  summary: "check an ecosystem file and list every problem with its place",
  usage: "ecoweave validate <file>",
  help: `Reads the file (JSON, Kumu JSON, affiliations JSON, GEXF, GraphML, or a CSV pair: actors.csv with
ties.csv beside it), validates it, and prints its size. Exits 2 if it is invalid, listing the first 1000
problems in path order and then how many more there are of each kind.

Example:
  ecoweave validate ecosystem.json`,
  options: {},
  positionals: { min: 1, max: 1 },
  async run(positionals, values, io) {
    const eco = await readInputEcosystem(positionals[0]!, io, values);
    const roles = countBy(eco.mapNodes((_id, actor) => actor.role));
    const kinds = countBy(eco.mapEdges((_edge, tie) => tie.kind));
    io.stdout(
      `${positionals[0]}: valid ecosystem with ${eco.order} actors (${roles || "none"}) and ${eco.size} ties (${kinds || "none"})\n`,
    );
    return 0;
  },
};
