import { findStructuralGaps } from "../../gaps/find-structural-gaps.js";
import { STRUCTURAL_GAP_KINDS, type StructuralGapKind } from "../../gaps/types.js";
import { messageText } from "../../report/words.js";
import { formatMessage, message } from "../../text/message.js";
import type { Command } from "../command.js";
import {
  groupingOptionsOf,
  integerOption,
  OUTPUT_CLI_HELP,
  OUTPUT_CLI_OPTIONS,
  outputFormat,
  readInputEcosystem,
  VIEW_CLI_HELP,
  VIEW_CLI_OPTIONS,
  viewOptionsOf,
  writeResult,
} from "../options.js";
import { UsageError } from "../usage-error.js";
import { fixed, localeOf, sayer } from "../words.js";

/** `ecoweave gaps <file>`: the structural gaps, most severe first. */
export const gapsCommand: Command = {
  name: "gaps",
  summary: formatMessage({ id: "cli.summary.gaps" }),
  usage: "ecoweave gaps <file> [options]",
  help: `Options:
${VIEW_CLI_HELP}
  --group-by <attr>   group actors by this attribute for role-pair gaps (default: role)
  --coverage-by <attr> also break coverage gaps down by this attribute (e.g. region)
  --max-distance <n>  steps within which a needed role counts as reachable (default 2)
  --include <k1,k2>   gap kinds to run: ${STRUCTURAL_GAP_KINDS.join(", ")} (default: all)
  --horizon <months>  ties ending within this many months after --at are reported (default 12)
  --min-severity <x>  leave out gaps below this severity, 0–1 (default 0)
  --seed <n>          seed of the permutation test and communities (default 1)
${OUTPUT_CLI_HELP}

Example:
  ecoweave gaps ecosystem.json --coverage-by region --min-severity 0.2`,
  options: {
    ...VIEW_CLI_OPTIONS,
    "group-by": { type: "string" },
    "coverage-by": { type: "string" },
    "max-distance": { type: "string" },
    include: { type: "string" },
    horizon: { type: "string" },
    "min-severity": { type: "string" },
    seed: { type: "string" },
    ...OUTPUT_CLI_OPTIONS,
  },
  positionals: { min: 1, max: 1 },
  async run(positionals, values, io) {
    const format = outputFormat(values);
    const eco = await readInputEcosystem(positionals[0]!, io, values);
    const include =
      typeof values.include === "string" ? (values.include.split(",") as StructuralGapKind[]) : undefined;
    let minSeverity = 0;
    if (typeof values["min-severity"] === "string") {
      minSeverity = Number(values["min-severity"]);
      if (!Number.isFinite(minSeverity)) throw new UsageError(message("cli.usage.minSeverity"));
    }
    const gaps = findStructuralGaps(eco, {
      ...viewOptionsOf(values),
      ...groupingOptionsOf(values),
      ...(include ? { include } : {}),
      maxDistance: integerOption(values, "max-distance", 2, { min: 1 }),
      horizonMonths: integerOption(values, "horizon", 12, { min: 1 }),
      seed: integerOption(values, "seed", 1),
      minSeverity,
    });
    await writeResult(
      gaps,
      (found) =>
        found.length === 0
          ? [sayer(io)("cli.gaps.none")]
          : found.map(
              (gap, index) =>
                `${index + 1}. [${fixed(gap.severity, 2, localeOf(io))}] ${messageText(gap.title, gap.titleMessage, localeOf(io))}\n   ${messageText(gap.detail, gap.detailMessage, localeOf(io))}`,
            ),
      format,
      values,
      io,
    );
    return 0;
  },
};
