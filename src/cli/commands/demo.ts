import { sampleEcosystem } from "../../datasets/sample-ecosystem.js";
import { components } from "../../metrics/components.js";
import type { Command } from "../command.js";

function tally(values: Iterable<string>): [string, number][] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

/** `ecoweave demo`: analyses the bundled illustrative ecosystem and prints the findings. */
export const demoCommand: Command = {
  name: "demo",
  summary: "analyse the bundled illustrative (fictional) ecosystem and print the findings",
  usage: "ecoweave demo",
  help: `Runs the analyses on the sample ecosystem that ships with ecoweave: 115 fictional actors in real
Finnish regions with planted features (see docs/sample-ecosystem.md).

Example:
  ecoweave demo`,
  options: {},
  positionals: { min: 0, max: 0 },
  async run(_positionals, _options, io) {
    const eco = sampleEcosystem();
    const roles = tally(eco.mapNodes((_id, actor) => actor.role));
    const kinds = tally(eco.mapEdges((_edge, tie) => tie.kind));
    const { sizes } = components(eco);
    const isolates = sizes.filter((size) => size === 1).length;
    const lines = [
      `${eco.getAttribute("name") ?? "Ecosystem"}`,
      "",
      `Actors: ${eco.order} (${roles.map(([role, count]) => `${count} ${role}s`).join(", ")})`,
      `Ties:   ${eco.size} (${kinds.map(([kind, count]) => `${count} ${kind}`).join(", ")})`,
      `Components: ${sizes.length}; the largest holds ${sizes[0] ?? 0} of ${eco.order} actors; ${isolates} isolate${isolates === 1 ? "" : "s"}`,
    ];
    io.stdout(`${lines.join("\n")}\n`);
    return 0;
  },
};
