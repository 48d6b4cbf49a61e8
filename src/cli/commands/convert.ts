import { resolve } from "node:path";
import { writeEcosystemFile } from "../../node.js";
import { formatMessage, message } from "../../text/message.js";
import type { Command } from "../command.js";
import { readInputEcosystem } from "../options.js";
import { sayer } from "../words.js";

/** `ecoweave convert <in> <out>`: between JSON, CSV pair, Kumu JSON, GEXF and GraphML. */
export const convertCommand: Command = {
  name: "convert",
  summary: formatMessage({ id: "cli.summary.convert" }),
  usage: "ecoweave convert <in> <out>",
  help: message("help.convert"),
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
