/** The `ecoweave` executable: runs the CLI on the process's arguments and exits with its code. */

import { performance } from "node:perf_hooks";
import process from "node:process";
import { escapeControl } from "../internal/escape-control.js";
import { isLocale, localeFromEnvironment } from "../text/locale.js";
import { formatMessage } from "../text/message.js";
import { runCli } from "./run.js";
import { withoutLang } from "./words.js";

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
  environment: process.env,
  now: () => performance.now(),
  // maxRSS is in kibibytes.
  peakMemory: () => process.resourceUsage().maxRSS * 1024,
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  },
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const { lang } = withoutLang(process.argv.slice(2));
    const locale = isLocale(lang) ? lang : localeFromEnvironment(process.env);
    const text = escapeControl(error instanceof Error ? error.message : String(error));
    process.stderr.write(
      `ecoweave: ${formatMessage({ id: "cli.error.unexpected", params: { message: text } }, locale)}\n`,
    );
    process.exitCode = 1;
  },
);
