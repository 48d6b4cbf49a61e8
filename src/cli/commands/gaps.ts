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
  help: message("help.gaps", {
    view: VIEW_CLI_HELP,
    output: OUTPUT_CLI_HELP,
    kinds: STRUCTURAL_GAP_KINDS.join(", "),
  }),
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
