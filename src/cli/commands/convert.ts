import { resolve } from "node:path";
import { writeEcosystemFile } from "../../node.js";
import type { Command } from "../command.js";
import { readInputEcosystem } from "../options.js";

/** `ecoweave convert <in> <out>`: between JSON, CSV pair, Kumu JSON, GEXF and GraphML. */
export const convertCommand: Command = {
  name: "convert",
  summary: "convert between JSON, a CSV pair, Kumu JSON, GEXF and GraphML (by extension)",
  usage: "ecoweave convert <in> <out>",
  help: `The formats follow the file names:
  .json         ecosystem JSON (reading also recognises Kumu blueprints and affiliation documents)
  .kumu.json    Kumu blueprint JSON
  .csv / folder actors.csv and ties.csv side by side (name either file, or the folder)
  .gexf         GEXF 1.3
  .graphml      GraphML (write only)
The input is validated first; every problem is listed with its place.

Examples:
  ecoweave convert map.kumu.json ecosystem.json
  ecoweave convert ecosystem.json out/actors.csv`,
  options: {},
  positionals: { min: 2, max: 2 },
  async run(positionals, values, io) {
    const eco = await readInputEcosystem(positionals[0]!, io);
    const written = await writeEcosystemFile(eco, resolve(io.cwd, positionals[1]!));
    if (values.quiet !== true) io.stderr(`wrote ${written.join(", ")}\n`);
    return 0;
  },
};
