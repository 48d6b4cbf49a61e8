import { basename } from "node:path";
import type { Ecosystem } from "../../model/ecosystem.js";
import { ANALYZE_PHASES, type AnalyzeProgress, analyzeEcosystem } from "../../report/analyze-ecosystem.js";
import { toHtml } from "../../report/html.js";
import { toMarkdown } from "../../report/markdown.js";
import { type SpreadSimulation, simulateSpread } from "../../spread/simulate-spread.js";
import { formatMessage, message } from "../../text/message.js";
import type { Command, OptionValues } from "../command.js";
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
import { UsageError } from "../usage-error.js";
import { localeOf } from "../words.js";
import { MODELS, probabilityOf } from "./spread.js";

const SPREAD_FLAGS = ["spread-model", "spread-p", "spread-runs", "spread-group-by"] as const;

/**
 * The spread section's simulation when `--spread-seeds` is given: by `--spread-group-by`, else by
 * region when every actor has one.
 */
function spreadOf(eco: Ecosystem, values: OptionValues, seed: number): SpreadSimulation | undefined {
  const seeds = values["spread-seeds"];
  if (typeof seeds !== "string") {
    const given = SPREAD_FLAGS.find((flag) => values[flag] !== undefined);
    if (given !== undefined)
      throw new UsageError(
        message("cli.usage.needsSpreadSeeds", { command: "analyze", option: `--${given}` }),
      );
    return undefined;
  }
  const modelName = choiceOption(values, "spread-model", Object.keys(MODELS), "ic");
  const probability = probabilityOf(values, "spread-p");
  const named = values["spread-group-by"];
  const everyRegion = eco.everyNode((_id, actor) => actor.attributes?.region !== undefined);
  const groupBy = typeof named === "string" ? named : everyRegion && eco.order > 0 ? "region" : undefined;
  return simulateSpread(eco, {
    ...viewOptionsOf(values),
    seeds: seeds.split(",").filter((id) => id !== ""),
    model: MODELS[modelName]!,
    ...(probability === undefined ? {} : { probability }),
    runs: integerOption(values, "spread-runs", 1000, { min: 1 }),
    seed,
    ...(groupBy === undefined ? {} : { groupBy }),
  });
}

/** `ecoweave analyze <file>`: the whole report, as Markdown, JSON or a self-contained HTML page. */
export const analyzeCommand: Command = {
  name: "analyze",
  summary: formatMessage({ id: "cli.summary.analyze" }),
  usage: "ecoweave analyze <file> [options]",
  help: message("help.analyze", { view: VIEW_CLI_HELP, strategies: STRATEGY_CHOICES.join(", ") }),
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
    "spread-seeds": { type: "string" },
    "spread-model": { type: "string" },
    "spread-p": { type: "string" },
    "spread-runs": { type: "string" },
    "spread-group-by": { type: "string" },
    progress: { type: "boolean" },
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
    const progress = progressReporter(values, io);
    // Reading the file and writing the report are phases too: at 10⁵ actors they take seconds.
    const total = ANALYZE_PHASES.length + 2;
    progress?.({ phase: "read", done: 0, total });
    const eco = await readInputEcosystem(positionals[0]!, io, values);
    if (eco.getAttribute("name") === undefined) eco.setAttribute("name", basename(positionals[0]!));
    const onProgress =
      progress === undefined
        ? undefined
        : ({ phase, done }: AnalyzeProgress) => {
            if (phase !== "complete") progress({ phase, done: done + 1, total });
          };
    const spread = spreadOf(eco, values, options.seed);
    const report = analyzeEcosystem(eco, { ...options, ...(onProgress ? { onProgress } : {}) });
    progress?.({ phase: "write", done: total - 1, total });
    const sections = spread === undefined ? {} : { spread };
    const text =
      format === "json"
        ? JSON.stringify({ ...report, ...sections }, null, 2)
        : format === "html"
          ? toHtml(report, eco, { ...sections, locale: localeOf(io) })
          : toMarkdown(report, { ...sections, locale: localeOf(io) });
    await writeOutput(text, values, io);
    progress?.({ phase: "complete", done: total, total });
    return 0;
  },
};
