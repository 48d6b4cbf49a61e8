import { actorLabel } from "../../model/ecosystem.js";
import type { NetworkFigures } from "../../weave/network-figures.js";
import { planWeaving } from "../../weave/plan-weaving.js";
import { introductionWords, tieKindWords } from "../../weave/tie-proposal.js";
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
import { UsageError } from "../usage-error.js";

function figures(label: string, figures: NetworkFigures): string {
  return `${label}: global efficiency ${figures.globalEfficiency.toFixed(4)}, ${figures.components} components, largest holds ${(figures.largestComponentShare * 100).toFixed(1)}%, ${figures.coverageGaps} unmet needs, ${figures.singlePointsOfFailure} single points of failure`;
}

/** `ecoweave plan <file> --budget <n>`: a weaving plan, tie by tie, with before and after figures. */
export const planCommand: Command = {
  name: "plan",
  summary: "plan which ties to weave, one at a time, with the network before and after",
  usage: "ecoweave plan <file> --budget <n> [options]",
  help: `Options:
  --budget <n>        how many ties to plan (required)
  --objective <o>     gaps, efficiency, coverage or balanced (default gaps: what each tie closes of
                      the structural gaps, found again after each tie)
  --strategy <s>      ${STRATEGY_CHOICES.join(", ")} (default close-gaps)
${SCOPE_CLI_HELP}
${VIEW_CLI_HELP}
  --seed <n>          seed of the estimates on large ecosystems (default 1)
${OUTPUT_CLI_HELP}

Example:
  ecoweave plan ecosystem.json --budget 5 --scope region=Lappi`,
  options: {
    ...VIEW_CLI_OPTIONS,
    budget: { type: "string" },
    objective: { type: "string" },
    strategy: { type: "string" },
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
        ["gaps", "efficiency", "coverage", "balanced"] as const,
        "gaps",
      ),
      strategy: choiceOption(values, "strategy", STRATEGY_CHOICES, "close-gaps"),
      seed: integerOption(values, "seed", 1),
      ...(scope === undefined ? {} : { scope }),
    };
    if (Number.isNaN(options.budget))
      throw new UsageError("plan: --budget <n> is required (how many ties to plan)");
    const eco = await readInputEcosystem(positionals[0]!, io, values);
    const name = (id: string) => actorLabel(eco, id);
    await writeResult(
      planWeaving(eco, options),
      (plan) => {
        const lines = [figures("Before", plan.before), ""];
        plan.steps.forEach((step, index) => {
          const how = introductionWords(step.introduction, step.introducers.map(name));
          lines.push(
            `${index + 1}. ${name(step.source)} – ${name(step.target)}: ${tieKindWords(step.tieKind)}, ${how}`,
          );
          if (step.closing.length === 0) lines.push("   closes no gap");
          for (const closure of step.closing) lines.push(`   closes ${closure.gap}: ${closure.what}`);
          // The first reasons say what each closure closes, as the lines above do.
          for (const reason of step.reasons.slice(step.closing.length)) lines.push(`   - ${reason}`);
        });
        if (plan.steps.length === 0) lines.push("No tie improves the objective.");
        lines.push("", figures("After", plan.after));
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
