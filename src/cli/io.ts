/** The CLI's streams and environment, passed in so commands can be tested without a process. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Whether stderr is a terminal (progress is shown only then). */
  readonly stderrIsTty: boolean;
  /** Whether colour may be used (false when NO_COLOR is set or the stream is not a terminal). */
  readonly color: boolean;
  readonly cwd: string;
}
