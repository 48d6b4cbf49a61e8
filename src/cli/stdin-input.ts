/**
 * `-` as the input file: the ecosystem read from standard input, in the format `--from` names or,
 * without it, the one its first characters show.
 */
import { fromAffiliations } from "../io/affiliations.js";
import { detectJsonFormat } from "../io/format.js";
import { fromGexf } from "../io/gexf.js";
import { fromGraphml } from "../io/graphml-reader.js";
import { parseJsonText } from "../io/json.js";
import { type FromKumuOptions, fromKumu } from "../io/kumu.js";
import { sourceName } from "../io/reader-messages.js";
import { createEcosystem, type Ecosystem } from "../model/ecosystem.js";
import { EcoweaveError } from "../model/errors.js";
import { message } from "../text/message.js";
import type { OptionValues } from "./command.js";
import type { CliIo } from "./io.js";
import { UsageError } from "./usage-error.js";

/** The formats `--from` names. */
export const STDIN_FORMATS = ["json", "csv", "kumu", "gexf", "graphml"] as const;

/** A format standard input can be in. */
export type StdinFormat = (typeof STDIN_FORMATS)[number];

/**
 * The format of a text from how it starts (after a byte-order mark and white space): `{` or `[` is
 * JSON, an XML text holding `<gexf` is GEXF and one holding `<graphml` GraphML; anything else, CSV
 * included (whose first line could be any text), is not told.
 */
export function sniffFormat(text: string): StdinFormat | undefined {
  const body = text.replace(/^\ufeff?\s*/, "");
  if (body.startsWith("{") || body.startsWith("[")) return "json";
  if (!body.startsWith("<")) return undefined;
  if (/<gexf[\s>]/.test(body)) return "gexf";
  if (/<graphml[\s>]/.test(body)) return "graphml";
  return undefined;
}

/** The format `--from` names (the check of `choiceOption`, which imports this module's user). */
function fromOption(raw: OptionValues[string]): StdinFormat {
  if (typeof raw !== "string" || !(STDIN_FORMATS as readonly string[]).includes(raw)) {
    throw new UsageError(
      message("cli.usage.choice", { name: "from", choices: STDIN_FORMATS.join(", "), value: String(raw) }),
    );
  }
  return raw as StdinFormat;
}

/** Reads the ecosystem on standard input; `--role-map` applies to Kumu blueprints as for files. */
export async function readStdinEcosystem(
  values: OptionValues,
  io: CliIo,
  roleMap: FromKumuOptions["roleMap"],
): Promise<Ecosystem> {
  const named = values.from === undefined ? undefined : fromOption(values.from);
  if (named === "csv") throw new UsageError(message("cli.usage.stdinCsv"));
  if (io.readStdin === undefined) throw new UsageError(message("cli.usage.noStdin"));
  const text = await io.readStdin();
  const format = named ?? sniffFormat(text);
  if (format === undefined) throw new UsageError(message("cli.usage.stdinFormat"));
  const kumuOptions = roleMap === undefined ? {} : { roleMap };
  switch (format) {
    case "gexf":
      return fromGexf(text);
    case "graphml":
      return fromGraphml(text);
    default: {
      const value = parseJsonText(text, sourceName("json"));
      const kind = detectJsonFormat(value, "standard input");
      if (format === "kumu" && kind !== "kumu-json") {
        throw new EcoweaveError(
          "file_format_mismatch",
          "standard input: --from kumu but the JSON is not a Kumu blueprint (elements and connections)",
        );
      }
      if (kind === "kumu-json") return fromKumu(value, kumuOptions);
      if (kind === "affiliations-json") return fromAffiliations(value);
      return createEcosystem(value);
    }
  }
}
