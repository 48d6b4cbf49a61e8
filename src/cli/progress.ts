import { escapeControl } from "../internal/escape-control.js";
import type { AnalyzePhase } from "../report/analyze-ecosystem.js";
import type { OptionValues } from "./command.js";
import type { CliIo } from "./io.js";
import { fixed, localeOf, sayer } from "./words.js";

/** A step of a long command: the analysis phases, and reading the file and writing the report around them. */
export interface CliProgress {
  /** The phase about to run, or `"complete"` once the command is done. */
  phase: AnalyzePhase | "read" | "write" | "complete";
  /** Phases finished so far. */
  done: number;
  /** Number of phases. */
  total: number;
}

const BYTES_PER_MEGABYTE = 1024 * 1024;

/**
 * A progress callback that writes `[3/9] finding bridge actors (1.2 s, peak memory 812 MB)` lines to
 * stderr, in the command line's language, the time being that since the callback was made (when the
 * streams give a clock) and the memory the process's peak resident set (when they give it). Shown
 * when stderr is a terminal or `--progress` is given, never with `--quiet`, so pipes and CI logs stay
 * clean unless asked.
 */
export function progressReporter(
  values: OptionValues,
  io: CliIo,
): ((progress: CliProgress) => void) | undefined {
  if (values.quiet === true || !(io.stderrIsTty || values.progress === true)) return undefined;
  const say = sayer(io);
  const locale = localeOf(io);
  const started = io.now?.();
  return ({ phase, done, total }) => {
    const step = String(Math.min(done + 1, total));
    const phaseText = say(`cli.progress.${phase}`);
    const seconds = started === undefined ? undefined : ((io.now?.() ?? started) - started) / 1000;
    const peak = io.peakMemory?.();
    const line =
      seconds === undefined
        ? `[${step}/${total}] ${phaseText}`
        : peak === undefined
          ? say("cli.progress.line", {
              step,
              total: String(total),
              phase: phaseText,
              seconds: fixed(seconds, 1, locale),
            })
          : say("cli.progress.lineMemory", {
              step,
              total: String(total),
              phase: phaseText,
              seconds: fixed(seconds, 1, locale),
              megabytes: fixed(peak / BYTES_PER_MEGABYTE, 0, locale),
            });
    const text = escapeControl(line, { lineBreaks: false });
    const write = io.styledStderr ?? io.stderr;
    write(io.color ? `\u001b[2m${text}\u001b[22m\n` : `${text}\n`);
  };
}
