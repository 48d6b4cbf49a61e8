import { actorLabel } from "../../model/ecosystem.js";
import { closureText, introductionText, proposedTieWords, reasonTexts } from "../../report/words.js";
import type { Locale } from "../../text/locale.js";
import { formatMessage, message } from "../../text/message.js";
import { numberFormat } from "../../text/numbers.js";
import type { NetworkFigures } from "../../weave/network-figures.js";
import { planWeaving } from "../../weave/plan-weaving.js";
import type { WeavingSpreadOptions } from "../../weave/spread-objective.js";
import type { Command, OptionValues } from "../command.js";
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
import { UsageError } from "../usage-error.js";
import { fixed, localeOf, sayer } from "../words.js";
import { MODELS, probabilityOf } from "./spread.js";

function figures(label: string, figures: NetworkFigures, locale: Locale): string {
  const largest =
    locale === "en"
      ? `${(figures.largestComponentShare * 100).toFixed(1)}%`
      : numberFormat(locale, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
          figures.largestComponentShare,
        );
  return formatMessage(
    {
      id: "cli.plan.figures",
      params: {
        label,
        efficiency: fixed(figures.globalEfficiency, 4, locale),
        components: figures.components,
        largest,
        unmet: figures.coverageGaps,
        spof: figures.singlePointsOfFailure,
      },
    },
    locale,
  );
}

const SPREAD_FLAGS = ["seeds", "model", "p", "p-kind", "runs", "group-by"] as const;

/** The `spread` option of the spread objective from its flags; refuses them with another objective. */
function spreadOption(values: OptionValues, wanted: boolean): WeavingSpreadOptions | undefined {
  if (!wanted) {
    const given = SPREAD_FLAGS.find((flag) => values[flag] !== undefined);
    if (given !== undefined) throw new UsageError(message("cli.usage.spreadOnly", { option: `--${given}` }));
    return undefined;
  }
  if (typeof values.seeds !== "string" || values.seeds.trim() === "")
    throw new UsageError(message("cli.usage.needsSeeds"));
  const modelName = choiceOption(values, "model", Object.keys(MODELS), "ic");
  const probability = probabilityOf(values);
  const runs = integerOption(values, "runs", 1000, { min: 1 });
  const groupBy = values["group-by"];
  return {
    seeds: values.seeds.split(",").filter((id) => id !== ""),
    model: MODELS[modelName]!,
    ...(probability === undefined ? {} : { probability }),
    runs,
    ...(typeof groupBy === "string" ? { groupBy } : {}),
  };
}

/** `ecoweave plan <file> --budget <n>`: a weaving plan, tie by tie, with before and after figures. */
export const planCommand: Command = {
  name: "plan",
  summary: formatMessage({ id: "cli.summary.plan" }),
  usage: "ecoweave plan <file> --budget <n> [options]",
  help: message("help.plan", {
    view: VIEW_CLI_HELP,
    output: OUTPUT_CLI_HELP,
    scope: SCOPE_CLI_HELP,
    strategies: STRATEGY_CHOICES.join(", "),
  }),
  options: {
    ...VIEW_CLI_OPTIONS,
    budget: { type: "string" },
    objective: { type: "string" },
    strategy: { type: "string" },
    seeds: { type: "string" },
    model: { type: "string" },
    p: { type: "string" },
    "p-kind": { type: "string" },
    runs: { type: "string" },
    "group-by": { type: "string" },
    ...SCOPE_CLI_OPTIONS,
    seed: { type: "string" },
    ...OUTPUT_CLI_OPTIONS,
  },
  positionals: { min: 1, max: 1 },
  async run(positionals, values, io) {
    const format = outputFormat(values);
    const scope = scopeOption(values);
    const options = {
      ...viewOptionsOf(values),
      budget: integerOption(values, "budget", Number.NaN, { min: 1 }),
      objective: choiceOption(
        values,
        "objective",
        ["gaps", "efficiency", "coverage", "balanced", "spread"] as const,
        "gaps",
      ),
      strategy: choiceOption(values, "strategy", STRATEGY_CHOICES, "close-gaps"),
      seed: integerOption(values, "seed", 1),
      ...(scope === undefined ? {} : { scope }),
    };
    if (Number.isNaN(options.budget)) throw new UsageError(message("cli.usage.budget"));
    const spread = spreadOption(values, options.objective === "spread");
    const eco = await readInputEcosystem(positionals[0]!, io, values);
    const name = (id: string) => actorLabel(eco, id);
    const say = sayer(io);
    const locale = localeOf(io);
    await writeResult(
      planWeaving(eco, spread === undefined ? options : { ...options, spread }),
      (plan) => {
        const lines = [figures(say("cli.plan.before"), plan.before, locale), ""];
        plan.steps.forEach((step, index) => {
          const how = introductionText(step.introduction, step.introducers.map(name), locale);
          lines.push(
            `${index + 1}. ${name(step.source)} – ${name(step.target)}: ${proposedTieWords(step.tieKind, locale)}, ${how}`,
          );
          const spreadReasons = step.spread === undefined ? 0 : 1;
          if (step.spread !== undefined) lines.push(`   ${formatMessage(step.spread.reason, locale)}`);
          if (step.closing.length === 0) lines.push(`   ${say("cli.closesNoGap")}`);
          for (const closure of step.closing)
            lines.push(
              `   ${say("cli.closesGap", { gap: closure.gap, what: closureText(closure, locale) })}`,
            );
          // The first reasons say what the tie does to the spread and what each closure closes, as the lines above do.
          for (const reason of reasonTexts(step, locale).slice(spreadReasons + step.closing.length))
            lines.push(`   - ${reason}`);
        });
        if (plan.steps.length === 0) lines.push(say("cli.plan.noImprovement"));
        lines.push("", figures(say("cli.plan.after"), plan.after, locale));
        if (plan.spread !== undefined) {
          lines.push(
            say("cli.plan.spread", {
              seeds: plan.spread.seeds,
              before: Number(plan.spread.before.toFixed(2)),
              after: Number(plan.spread.after.toFixed(2)),
            }),
          );
        }
        lines.push(
          say("cli.plan.gaps", {
            before: plan.gaps.before,
            after: plan.gaps.after,
            closed: plan.gaps.closed.length,
            closedIds: plan.gaps.closed.length === 0 ? "" : ` (${plan.gaps.closed.join(", ")})`,
            narrowed: plan.gaps.narrowed.length,
            opened: plan.gaps.opened.length,
          }),
        );
        return lines;
      },
      format,
      values,
      io,
    );
    return 0;
  },
};
