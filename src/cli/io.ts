import { escapeControl } from "../internal/escape-control.js";
import type { Locale } from "../text/locale.js";

/** The CLI's streams and environment, passed in so commands can be tested without a process. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Whether stderr is a terminal (progress is shown only then). */
  readonly stderrIsTty: boolean;
  /** Whether colour may be used (false when NO_COLOR is set or the stream is not a terminal). */
  readonly color: boolean;
  readonly cwd: string;
  /**
   * Today's date, `YYYY-MM-DD` (UTC): the analysis date of commands run without `--at`. Passed in, so
   * the library never reads the clock and a test can fix it.
   */
  readonly today: string;
  /**
   * The process's environment, from which the language is taken when `--lang` is not given
   * (`LC_ALL`, `LC_MESSAGES`, `LANG`). Absent: English.
   */
  readonly environment?: Readonly<Record<string, string | undefined>>;
  /**
   * Reads all of standard input as UTF-8 text, for `-` as the file. Absent: `-` is a usage error.
   */
  readonly readStdin?: () => Promise<string>;
  /**
   * A monotonic clock in milliseconds, for the elapsed time in progress lines. Absent: progress
   * shows no time (the library itself never reads the clock).
   */
  readonly now?: () => number;
  /**
   * The process's peak resident memory so far, in bytes (`process.resourceUsage().maxRSS`), for the
   * progress lines. Absent: progress shows no memory.
   */
  readonly peakMemory?: () => number;
  /** The language of the output, set by `runCli` from `--lang` or the environment. */
  readonly locale?: Locale;
  /**
   * Standard error without escaping, for the CLI's own styling of its own words (progress is dimmed);
   * never for text that comes from data. Set by {@link terminalSafe}.
   */
  readonly styledStderr?: (text: string) => void;
}

/**
 * The streams with every control character of what is written shown as a visible `\uXXXX` escape
 * (see `escapeControl`): a label or id holding an escape sequence or a bidi override cannot retitle
 * the terminal, clear the screen or reorder what is read. JSON output stays valid, since these are
 * JSON's own escapes and JSON text has control characters only inside strings.
 */
export function terminalSafe(io: CliIo): CliIo {
  return {
    ...io,
    stdout: (text) => io.stdout(escapeControl(text)),
    stderr: (text) => io.stderr(escapeControl(text)),
    styledStderr: io.styledStderr ?? io.stderr,
  };
}
