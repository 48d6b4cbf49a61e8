import { findSpreadSeeds } from "../../spread/find-spread-seeds.js";
import type { SpreadModel, SpreadProbability } from "../../spread/options.js";
import { simulateSpread } from "../../spread/simulate-spread.js";
import { toSpreadMarkdown } from "../../spread/spread-markdown.js";
import { formatMessage, message } from "../../text/message.js";
import type { Command, OptionValues } from "../command.js";
import {
  choiceOption,
  integerOption,
  readInputEcosystem,
  VIEW_CLI_HELP,
  VIEW_CLI_OPTIONS,
  viewOptionsOf,
  writeOutput,
} from "../options.js";
import { UsageError } from "../usage-error.js";
import { fixed, localeOf, roleTextOf, sayer } from "../words.js";

/** The `--model` names and the models they stand for. */
export const MODELS: Readonly<Record<string, SpreadModel>> = {
  ic: "independent-cascade",
  "independent-cascade": "independent-cascade",
  lt: "linear-threshold",
  "linear-threshold": "linear-threshold",
};

function chance(text: string, option: string): number {
  const value = Number(text);
  if (text.trim() === "" || !(value >= 0 && value <= 1)) {
    throw new UsageError(message("cli.usage.chance", { name: option, value: text }));
  }
  return value;
}

/** `--p 0.1`, `--p weight`, `--p weight:0.2`, or `--p-kind funding=0.2,collaboration=0.1[,*=0.05]`. */
export function probabilityOf(values: OptionValues, flag = "p"): SpreadProbability | undefined {
  const p = values[flag];
  const byKind = values[`${flag}-kind`];
  if (typeof p === "string" && typeof byKind === "string")
    throw new UsageError(message("cli.usage.pOrPKind"));
  if (typeof p === "string") {
    if (p === "weight") return "weight";
    if (p.startsWith("weight:")) return { weight: chance(p.slice("weight:".length), flag) };
    return chance(p, flag);
  }
  if (typeof byKind !== "string") return undefined;
  const kind: Record<string, number> = {};
  let otherwise: number | undefined;
  for (const entry of byKind.split(",")) {
    const [name, value] = entry.split("=");
    if (name === undefined || name === "" || value === undefined) {
      throw new UsageError(message("cli.usage.pKind", { value: entry }));
    }
    if (name === "*") otherwise = chance(value, "p-kind");
    else kind[name] = chance(value, "p-kind");
  }
  return otherwise === undefined ? { kind } : { kind, otherwise };
}

/** `ecoweave spread <file> --seeds a,b` or `--find k`: how far an innovation travels, and where to start it. */
export const spreadCommand: Command = {
  name: "spread",
  summary: formatMessage({ id: "cli.summary.spread" }),
  usage: "ecoweave spread <file> (--seeds <a,b> | --find <k>) [options]",
  help: message("help.spread", { view: VIEW_CLI_HELP }),
  options: {
    ...VIEW_CLI_OPTIONS,
    seeds: { type: "string" },
    find: { type: "string" },
    model: { type: "string" },
    p: { type: "string" },
    "p-kind": { type: "string" },
    runs: { type: "string" },
    "max-steps": { type: "string" },
    "group-by": { type: "string" },
    objective: { type: "string" },
    epsilon: { type: "string" },
    directed: { type: "boolean" },
    seed: { type: "string" },
    format: { type: "string" },
    out: { type: "string" },
  },
  positionals: { min: 1, max: 1 },
  async run(positionals, values, io) {
    const format = choiceOption(values, "format", ["text", "md", "json"] as const, "text");
    const modelName = choiceOption(values, "model", Object.keys(MODELS), "ic");
    const find = integerOption(values, "find", 0, { min: 1 });
    if ((find === 0) === (typeof values.seeds !== "string")) {
      throw new UsageError(message("cli.usage.seedsOrFind"));
    }
    const epsilon = typeof values.epsilon === "string" ? Number(values.epsilon) : undefined;
    if (epsilon !== undefined && !(epsilon > 0 && epsilon < 1)) {
      throw new UsageError(message("cli.usage.epsilon", { value: String(values.epsilon) }));
    }
    const probability = probabilityOf(values);
    const objective = choiceOption(values, "objective", ["reach", "groups"] as const, "reach");
    // The groups objective spreads seeds over regions by default; the simulation then reports them too.
    const groupBy =
      typeof values["group-by"] === "string"
        ? values["group-by"]
        : objective === "groups"
          ? "region"
          : undefined;
    const common = {
      ...viewOptionsOf(values),
      ...(values.directed === true ? { directed: true } : {}),
      model: MODELS[modelName]!,
      ...(probability === undefined ? {} : { probability }),
      seed: integerOption(values, "seed", 1),
    };
    const eco = await readInputEcosystem(positionals[0]!, io, values);
    const found =
      find === 0
        ? null
        : findSpreadSeeds(eco, {
            ...common,
            k: find,
            objective,
            ...(epsilon === undefined ? {} : { epsilon }),
            ...(groupBy === undefined ? {} : { groupBy }),
          });
    const seeds =
      found === null
        ? String(values.seeds)
            .split(",")
            .filter((id) => id !== "")
        : found.seeds.map((s) => s.id);
    const maxSteps = integerOption(values, "max-steps", -1, { min: 0 });
    const simulation = simulateSpread(eco, {
      ...common,
      seeds,
      runs: integerOption(values, "runs", 1000, { min: 1 }),
      ...(maxSteps === -1 ? {} : { maxSteps }),
      ...(groupBy === undefined ? {} : { groupBy }),
    });
    let text: string;
    if (format === "json")
      text = JSON.stringify(found === null ? simulation : { seeds: found, simulation }, null, 2);
    else if (format === "md") text = toSpreadMarkdown(simulation, found, { locale: localeOf(io) });
    else {
      const say = sayer(io);
      const locale = localeOf(io);
      const role = roleTextOf(eco, locale);
      const lines: string[] = [];
      if (found !== null) {
        lines.push(
          say("cli.spread.best", {
            count: found.k,
            objective: found.objective,
            reach: fixed(found.expectedReach, 1, locale),
          }),
        );
        found.seeds.forEach((seed, index) => {
          lines.push(
            `${index + 1}. ${seed.label} (${role(seed.role)}) — ${formatMessage(seed.reason, locale)}`,
          );
        });
        lines.push("");
      }
      const error =
        simulation.standardError === null ? "" : ` ± ${fixed(simulation.standardError, 2, locale)}`;
      const groupReach = (row: { group: string; expectedReach: number; actors: number }, name: string) =>
        `${name} ${fixed(row.expectedReach, 1, locale)}/${row.actors}`;
      lines.push(
        say("cli.spread.reach", {
          seeds: simulation.seeds.join(", "),
          reach: fixed(simulation.expectedReach, 2, locale),
          error,
          actors: simulation.actors,
          model: simulation.model,
          runs: simulation.runs,
        }),
        say("cli.spread.byRole", {
          groups: simulation.byRole.map((row) => groupReach(row, role(row.group))).join(", "),
        }),
      );
      if (simulation.byGroup !== null) {
        lines.push(
          say("cli.spread.byGroup", {
            groupBy: String(simulation.groupBy),
            groups: simulation.byGroup.map((row) => groupReach(row, row.group)).join(", "),
          }),
          say("cli.spread.reached", {
            groups:
              simulation.groupsReached!.length === 0 ? say("cli.none") : simulation.groupsReached!.join(", "),
          }),
        );
      }
      text = lines.join("\n");
    }
    await writeOutput(text, values, io);
    return 0;
  },
};
