import { escapeControl } from "../internal/escape-control.js";
import type { AnalyzeProgress } from "../report/analyze-ecosystem.js";
import type { OptionValues } from "./command.js";
import type { CliIo } from "./io.js";
import { fixed, localeOf, sayer } from "./words.js";

/**
 * A progress callback that writes `[3/9] finding bridge actors (1.2 s)` lines to stderr, in the
 * command line's language, the time being that since the callback was made (when the streams give
 * a clock); only when stderr is a terminal and `--quiet` is not given, so pipes and CI logs stay clean.
 */
export function progressReporter(
  values: OptionValues,
  io: CliIo,
): ((progress: AnalyzeProgress) => void) | undefined {
  if (values.quiet === true || !io.stderrIsTty) return undefined;
  const say = sayer(io);
  const started = io.now?.();
  return ({ phase, done, total }) => {
    const phaseText = say(`cli.progress.${phase}`);
    const seconds = started === undefined ? undefined : ((io.now?.() ?? started) - started) / 1000;
    const line =
      seconds === undefined
        ? `[${Math.min(done + 1, total)}/${total}] ${phaseText}`
        : say("cli.progress.line", {
            step: String(Math.min(done + 1, total)),
            total: String(total),
            phase: phaseText,
            seconds: fixed(seconds, 1, localeOf(io)),
          });
    const text = escapeControl(line, { lineBreaks: false });
    const write = io.styledStderr ?? io.stderr;
    write(io.color ? `\u001b[2m${text}\u001b[22m\n` : `${text}\n`);
  };
}
