import { escapeControl } from "../internal/escape-control.js";
import type { AnalyzeProgress } from "../report/analyze-ecosystem.js";
import type { OptionValues } from "./command.js";
import type { CliIo } from "./io.js";

/**
 * A progress callback that writes `[3/9] bridgeActors` lines to stderr, only when stderr is a terminal
 * and `--quiet` is not given (so pipes and CI logs stay clean).
 */
export function progressReporter(
  values: OptionValues,
  io: CliIo,
): ((progress: AnalyzeProgress) => void) | undefined {
  if (values.quiet === true || !io.stderrIsTty) return undefined;
  return ({ phase, done, total }) => {
    const label = phase === "complete" ? "done" : phase;
    const text = escapeControl(`[${Math.min(done + 1, total)}/${total}] ${label}`, { lineBreaks: false });
    const write = io.styledStderr ?? io.stderr;
    write(io.color ? `\u001b[2m${text}\u001b[22m\n` : `${text}\n`);
  };
}
