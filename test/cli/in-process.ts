// Runs the CLI in this process (no build, no child process), capturing what it writes.
import { runCli } from "../../src/cli/run.js";

export interface InProcessRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runInProcess(
  cwd: string,
  args: readonly string[],
  { tty = false }: { tty?: boolean } = {},
): Promise<InProcessRun> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    stderrIsTty: tty,
    color: tty,
    cwd,
  });
  return { code, stdout, stderr };
}
