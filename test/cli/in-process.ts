// Runs the CLI in this process (no build, no child process), capturing what it writes.
import type { CliIo } from "../../src/cli/io.js";
import { runCli } from "../../src/cli/run.js";

export interface InProcessRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runInProcess(
  cwd: string,
  args: readonly string[],
  { tty = false, io: extra = {} }: { tty?: boolean; io?: Partial<CliIo> } = {},
): Promise<InProcessRun> {
  let stdout = "";
  let stderr = "";
  // A variable, not a literal, so fields other branches add to CliIo (e.g. `today`) pass either way.
  const io = {
    stdout: (text: string) => {
      stdout += text;
    },
    stderr: (text: string) => {
      stderr += text;
    },
    stderrIsTty: tty,
    color: tty,
    cwd,
    today: "2026-12-07",
    ...extra,
  };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

/**
 * A CliIo for calling one command's `run` directly: it keeps what the command writes to stdout
 * (`written()`), drops stderr, and dates the run `today`.
 */
export function recordingIo(cwd: string, today = "2025-06-30"): { io: CliIo; written: () => string } {
  let stdout = "";
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: () => {},
    stderrIsTty: false,
    today,
    color: false,
    cwd,
  };
  return { io, written: () => stdout };
}
