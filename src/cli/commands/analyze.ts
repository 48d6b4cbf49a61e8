import { basename } from "node:path";
import { analyzeEcosystem } from "../../report/analyze-ecosystem.js";
import { toHtml } from "../../report/html.js";
import { toMarkdown } from "../../report/markdown.js";
import { formatMessage } from "../../text/message.js";
import type { Command } from "../command.js";
import {
  choiceOption,
  groupingOptionsOf,
  integerOption,
  readInputEcosystem,
  STRATEGY_CHOICES,
  VIEW_CLI_HELP,
  VIEW_CLI_OPTIONS,
  viewOptionsOf,
  writeOutput,
} from "../options.js";
import { progressReporter } from "../progress.js";
import { localeOf } from "../words.js";

/** `ecoweave analyze <file>`: the whole report, as Markdown, JSON or a self-contained HTML page. */
export const analyzeCommand: Command = {
  name: "analyze",
  summary: formatMessage({ id: "cli.summary.analyze" }),
  usage: "ecoweave analyze <file> [options]",
  help: `The report holds the overview and stage, structural gaps, bridge actors, key players and weaver
candidates, suggested connections, a weaving plan, the role-mixing matrix and a per-actor table.

Options:
  --format <f>        md, json or html (default md)
  --out <path>        write to a file instead of standard output (html is best written to a file)
${VIEW_CLI_HELP}
  --seed <n>          seed of every random part (default 1); the same seed gives the same report
  --budget <n>        ties in the weaving plan (default 5)
  --strategy <s>      ${STRATEGY_CHOICES.join(", ")} (default close-gaps)
  --top <n>           bridge actors and suggestions to list (default 10)
  --group-by <attr>   group actors by this attribute for role pairs and brokerage (default: role)
  --coverage-by <attr> break coverage gaps down by this attribute (e.g. region)
  -q, --quiet         no progress messages (progress is shown only when stderr is a terminal)

Examples:
  ecoweave analyze ecosystem.json --format html --out report.html
  ecoweave analyze ecosystem.json --at 2023-06-30 --budget 10 --strategy fill-role-gaps`,
  options: {
    ...VIEW_CLI_OPTIONS,
    format: { type: "string" },
    out: { type: "string" },
    seed: { type: "string" },
    budget: { type: "string" },
    strategy: { type: "string" },
    top: { type: "string" },
    "group-by": { type: "string" },
    "coverage-by": { type: "string" },
  },
  positionals: { min: 1, max: 1 },
  async run(positionals, values, io) {
    const format = choiceOption(values, "format", ["md", "json", "html"] as const, "md");
    const options = {
      ...viewOptionsOf(values),
      seed: integerOption(values, "seed", 1),
      budget: integerOption(values, "budget", 5, { min: 1 }),
      top: integerOption(values, "top", 10, { min: 1 }),
      strategy: choiceOption(values, "strategy", STRATEGY_CHOICES, "close-gaps"),
      ...groupingOptionsOf(values),
    };
    const eco = await readInputEcosystem(positionals[0]!, io);
    if (eco.getAttribute("name") === undefined) eco.setAttribute("name", basename(positionals[0]!));
    const onProgress = progressReporter(values, io);
    const report = analyzeEcosystem(eco, { ...options, ...(onProgress ? { onProgress } : {}) });
    const text =
      format === "json"
        ? JSON.stringify(report, null, 2)
        : format === "html"
          ? toHtml(report, eco, { locale: localeOf(io) })
          : toMarkdown(report, { locale: localeOf(io) });
    await writeOutput(text, values, io);
    return 0;
  },
};
