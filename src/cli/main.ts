/** The `ecoweave` executable: runs the CLI on the process's arguments and exits with its code. */
import process from "node:process";
import { runCli } from "./run.js";

const color = process.env.NO_COLOR === undefined && process.stderr.isTTY === true;
// SOURCE_DATE_EPOCH (seconds), the reproducible-builds convention, fixes "today" for stable output.
const epoch = Number(process.env.SOURCE_DATE_EPOCH);
const today = (
  Number.isFinite(epoch) && process.env.SOURCE_DATE_EPOCH !== "" ? new Date(epoch * 1000) : new Date()
)
  .toISOString()
  .slice(0, 10);
runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stderrIsTty: process.stderr.isTTY === true,
  color,
  cwd: process.cwd(),
  today,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `ecoweave: unexpected failure: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
