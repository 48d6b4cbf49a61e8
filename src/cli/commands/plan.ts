import { actorLabel } from "../../model/ecosystem.js";
import type { NetworkFigures } from "../../weave/network-figures.js";
import { planWeaving } from "../../weave/plan-weaving.js";
import type { WeavingSpreadOptions } from "../../weave/spread-objective.js";
import { introductionWords, tieKindWords } from "../../weave/tie-proposal.js";
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
import { MODELS, probabilityOf } from "./spread.js";

function figures(label: string, figures: NetworkFigures): string {
  return `${label}: global efficiency ${figures.globalEfficiency.toFixed(4)}, ${figures.components} components, largest holds ${(figures.largestComponentShare * 100).toFixed(1)}%, ${figures.coverageGaps} unmet needs, ${figures.singlePointsOfFailure} single points of failure`;
}

const SPREAD_FLAGS = ["seeds", "model", "p", "p-kind", "runs", "group-by"] as const;

/** The `spread` option of the spread objective from its flags; refuses them with another objective. */
function spreadOption(values: OptionValues, wanted: boolean): WeavingSpreadOptions | undefined {
  if (!wanted) {
    const given = SPREAD_FLAGS.find((flag) => values[flag] !== undefined);
    if (given !== undefined) throw new UsageError(`plan: --${given} applies to --objective spread only`);
    return undefined;
  }
  if (typeof values.seeds !== "string" || values.seeds.trim() === "")
    throw new UsageError(
      "plan: --objective spread needs --seeds <a,b>, the actors the innovation starts with",
    );
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
  summary: "plan which ties to weave, one at a time, with the network before and after",
  usage: "ecoweave plan <file> --budget <n> [options]",
  help: `Options:
  --budget <n>        how many ties to plan (required)
  --objective <o>     gaps, efficiency, coverage, balanced or spread (default gaps: what each tie
                      closes of the structural gaps, found again after each tie; spread: how much
                      further the innovation started by --seeds travels)
  --seeds <a,b>       with --objective spread: the actors the innovation starts with
  --model <m>         with spread: ic (independent cascade, default) or lt (linear threshold)
  --p <chance>        with spread: chance a tie passes it on (default 0.1), "weight" or "weight:<p0>"
  --p-kind <k=p,...>  with spread: chance per tie kind, *=<p> for the rest
  --runs <n>          with spread: runs per step (default 1000)
  --group-by <attr>   with spread: name the groups (e.g. region) a tie newly reaches
  --strategy <s>      ${STRATEGY_CHOICES.join(", ")} (default close-gaps)
${SCOPE_CLI_HELP}
${VIEW_CLI_HELP}
  --seed <n>          seed of the estimates on large ecosystems (default 1)
${OUTPUT_CLI_HELP}

Examples:
  ecoweave plan ecosystem.json --budget 5 --scope region=Lappi
  ecoweave plan ecosystem.json --budget 3 --objective spread --seeds a1,a7 --p 0.1 --group-by region`,
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
    if (Number.isNaN(options.budget))
      throw new UsageError("plan: --budget <n> is required (how many ties to plan)");
    const spread = spreadOption(values, options.objective === "spread");
    const eco = await readInputEcosystem(positionals[0]!, io, values);
    const name = (id: string) => actorLabel(eco, id);
    await writeResult(
      planWeaving(eco, spread === undefined ? options : { ...options, spread }),
      (plan) => {
        const lines = [figures("Before", plan.before), ""];
        plan.steps.forEach((step, index) => {
          const how = introductionWords(step.introduction, step.introducers.map(name));
          lines.push(
            `${index + 1}. ${name(step.source)} – ${name(step.target)}: ${tieKindWords(step.tieKind)}, ${how}`,
          );
          const spreadReasons = step.spread === undefined ? 0 : 1;
          if (step.spread !== undefined) lines.push(`   ${step.spread.reason.text}`);
          if (step.closing.length === 0) lines.push("   closes no gap");
          for (const closure of step.closing) lines.push(`   closes ${closure.gap}: ${closure.what}`);
          // The first reasons say what the tie does to the spread and what each closure closes, as the lines above do.
          for (const reason of step.reasons.slice(spreadReasons + step.closing.length))
            lines.push(`   - ${reason}`);
        });
        if (plan.steps.length === 0) lines.push("No tie improves the objective.");
        lines.push("", figures("After", plan.after));
        if (plan.spread !== undefined) {
          lines.push(
            `Spread from ${plan.spread.seeds.join(", ")}: expected reach ${plan.spread.before.toFixed(2)} before, ${plan.spread.after.toFixed(2)} after`,
          );
        }
        lines.push(
          `Gaps: ${plan.gaps.before} before, ${plan.gaps.after} after; closed ${plan.gaps.closed.length}${
            plan.gaps.closed.length === 0 ? "" : ` (${plan.gaps.closed.join(", ")})`
          }; narrowed ${plan.gaps.narrowed.length}; opened ${plan.gaps.opened.length}`,
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
