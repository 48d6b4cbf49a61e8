import { resolve } from "node:path";
import { writeEcosystemFile } from "../../node.js";
import { formatMessage } from "../../text/message.js";
import type { Command } from "../command.js";
import { readInputEcosystem } from "../options.js";
import { sayer } from "../words.js";

/** `ecoweave convert <in> <out>`: between JSON, CSV pair, Kumu JSON, GEXF and GraphML. */
export const convertCommand: Command = {
  name: "convert",
  summary: formatMessage({ id: "cli.summary.convert" }),
  usage: "ecoweave convert <in> <out>",
  help: `The formats follow the file names:
  .json         ecosystem JSON (reading also recognises Kumu blueprints and affiliation documents)
  .kumu.json    Kumu blueprint JSON
  .csv / folder actors.csv and ties.csv side by side (name either file, or the folder)
  .gexf         GEXF (written as 1.2, which NetworkX and Gephi read; 1.2 and 1.3 read)
  .graphml      GraphML
The input is validated first; every problem is listed with its place. The output files are written
all or nothing: if one cannot be written, no existing file is changed.
CSV and Kumu sheet cells that start with =, +, -, @, tab or carriage return (and are not numbers) are
written with a leading ' so a spreadsheet shows them as text instead of running them as formulas;
reading keeps the ', so use --no-spreadsheet-safe for tables only ecoweave will read.

Options:
  --no-spreadsheet-safe  write such cells as they are

Examples:
  ecoweave convert map.kumu.json ecosystem.json
  ecoweave convert ecosystem.json out/actors.csv`,
  options: { "no-spreadsheet-safe": { type: "boolean" } },
  positionals: { min: 2, max: 2 },
  async run(positionals, values, io) {
    const eco = await readInputEcosystem(positionals[0]!, io, values);
    const written = await writeEcosystemFile(eco, resolve(io.cwd, positionals[1]!), {
      spreadsheetSafe: values["no-spreadsheet-safe"] !== true,
    });
    if (values.quiet !== true) io.stderr(`${sayer(io)("cli.wrote", { path: written.join(", ") })}\n`);
    return 0;
  },
};
