import { actorLabel } from "../../model/ecosystem.js";
import { introductionText, proposedTieWords, reasonTexts } from "../../report/words.js";
import { formatMessage, message } from "../../text/message.js";
import { suggestConnections } from "../../weave/suggest-connections.js";
import type { Command } from "../command.js";
import {
  choiceOption,
  integerOption,
  OUTPUT_CLI_HELP,
  OUTPUT_CLI_OPTIONS,
  outputFormat,
  readInputEcosystem,
  SCOPE_CLI_HELP,
  SCOPE_CLI_OPTIONS,
  STRATEGY_CHOICES,
  scopeOption,
  VIEW_CLI_HELP,
  VIEW_CLI_OPTIONS,
  viewOptionsOf,
  writeResult,
} from "../options.js";
import { localeOf, sayer } from "../words.js";

/** `ecoweave suggest <file>`: the introductions to make first, with the gaps they close and who introduces. */
export const suggestCommand: Command = {
  name: "suggest",
  summary: formatMessage({ id: "cli.summary.suggest" }),
  usage: "ecoweave suggest <file> [options]",
  help: message("help.suggest", {
    view: VIEW_CLI_HELP,
    output: OUTPUT_CLI_HELP,
    scope: SCOPE_CLI_HELP,
    strategies: STRATEGY_CHOICES.join(", "),
  }),
  options: {
    ...VIEW_CLI_OPTIONS,
    top: { type: "string" },
    strategy: { type: "string" },
    ...SCOPE_CLI_OPTIONS,
    "max-per-actor": { type: "string" },
    seed: { type: "string" },
    ...OUTPUT_CLI_OPTIONS,
  },
  positionals: { min: 1, max: 1 },
  async run(positionals, values, io) {
    const format = outputFormat(values);
    const scope = scopeOption(values);
    const options = {
      ...viewOptionsOf(values),
      top: integerOption(values, "top", 20, { min: 1 }),
      strategy: choiceOption(values, "strategy", STRATEGY_CHOICES, "close-gaps"),
      maxPerActor: integerOption(values, "max-per-actor", 3, { min: 1 }),
      seed: integerOption(values, "seed", 1),
      ...(scope === undefined ? {} : { scope }),
    };
    const eco = await readInputEcosystem(positionals[0]!, io, values);
    const name = (id: string) => actorLabel(eco, id);
    const say = sayer(io);
    const locale = localeOf(io);
    await writeResult(
      suggestConnections(eco, options),
      (suggestions) =>
        suggestions.length === 0
          ? [say("cli.suggest.none")]
          : suggestions.map((suggestion, index) => {
              const how = introductionText(suggestion.introduction, suggestion.introducers.map(name), locale);
              const closes =
                suggestion.closes.length === 0
                  ? say("cli.closesNoGap")
                  : say("cli.closes", { gaps: suggestion.closes.join(", ") });
              return `${index + 1}. ${name(suggestion.source)} – ${name(suggestion.target)}: ${proposedTieWords(suggestion.tieKind, locale)}, ${how}\n   ${closes}\n${reasonTexts(
                suggestion,
                locale,
              )
                .map((reason) => `   - ${reason}`)
                .join("\n")}`;
            }),
      format,
      values,
      io,
    );
    return 0;
  },
};
