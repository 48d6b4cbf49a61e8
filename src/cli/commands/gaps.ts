import { resolve } from "node:path";
import { findStructuralGaps } from "../../gaps/find-structural-gaps.js";
import { STRUCTURAL_GAP_KINDS, type StructuralGapKind } from "../../gaps/types.js";
import { readEcosystemFile } from "../../node.js";
import type { Command } from "../command.js";
import {
  choiceOption,
  integerOption,
  VIEW_CLI_HELP,
  VIEW_CLI_OPTIONS,
  viewOptionsOf,
  writeOutput,
} from "../options.js";
import { UsageError } from "../usage-error.js";

/** `ecoweave gaps <file>`: the structural gaps, most severe first. */
export const gapsCommand: Command = {
  name: "gaps",
  summary: "list the structural gaps, most severe first, with the numbers behind them",
  usage: "ecoweave gaps <file> [options]",
  help: `Options:
${VIEW_CLI_HELP}
  --group-by <attr>   group actors by this attribute for role-pair gaps (default: role)
  --coverage-by <attr> also break coverage gaps down by this attribute (e.g. region)
  --max-distance <n>  steps within which a needed role counts as reachable (default 2)
  --include <k1,k2>   gap kinds to run: ${STRUCTURAL_GAP_KINDS.join(", ")} (default: all)
  --min-severity <x>  leave out gaps below this severity, 0–1 (default 0)
  --seed <n>          seed of the permutation test and communities (default 1)
  --format <f>        text or json (default text)
  --out <path>        write to a file instead of standard output

Example:
  ecoweave gaps ecosystem.json --coverage-by region --min-severity 0.2`,
  options: {
    ...VIEW_CLI_OPTIONS,
    "group-by": { type: "string" },
    "coverage-by": { type: "string" },
    "max-distance": { type: "string" },
    include: { type: "string" },
    "min-severity": { type: "string" },
    seed: { type: "string" },
    format: { type: "string" },
    out: { type: "string" },
  },
  positionals: { min: 1, max: 1 },
  async run(positionals, values, io) {
    const eco = await readEcosystemFile(resolve(io.cwd, positionals[0]!));
    const format = choiceOption(values, "format", ["text", "json"] as const, "text");
    const include =
      typeof values.include === "string" ? (values.include.split(",") as StructuralGapKind[]) : undefined;
    let minSeverity = 0;
    if (typeof values["min-severity"] === "string") {
      minSeverity = Number(values["min-severity"]);
      if (!Number.isFinite(minSeverity)) throw new UsageError(`--min-severity must be a number from 0 to 1`);
    }
    const gaps = findStructuralGaps(eco, {
      ...viewOptionsOf(values),
      ...(typeof values["group-by"] === "string" ? { groupBy: values["group-by"] } : {}),
      ...(typeof values["coverage-by"] === "string" ? { coverageBy: values["coverage-by"] } : {}),
      ...(include ? { include } : {}),
      maxDistance: integerOption(values, "max-distance", 2, { min: 1 }),
      seed: integerOption(values, "seed", 1),
      minSeverity,
    });
    if (format === "json") {
      await writeOutput(JSON.stringify(gaps, null, 2), values, io);
      return 0;
    }
    const lines =
      gaps.length === 0
        ? ["No structural gaps found."]
        : gaps.map(
            (gap, index) => `${index + 1}. [${gap.severity.toFixed(2)}] ${gap.title}\n   ${gap.detail}`,
          );
    await writeOutput(lines.join("\n"), values, io);
    return 0;
  },
};
