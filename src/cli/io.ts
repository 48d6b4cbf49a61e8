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
}
