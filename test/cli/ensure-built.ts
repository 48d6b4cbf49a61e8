// Builds dist/ when it is missing or older than the sources, so the tests that run the built CLI as a
// child process test what users run, also from a fresh clone (where `npm test` comes before a build).
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

function newestSource(directory: string): number {
  let newest = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds dist/ unless it is up to date; returns the path of the built CLI. */
export function ensureBuilt(): string {
  const cli = join(ROOT, "dist", "cli.js");
  const sources = Math.max(newestSource(join(ROOT, "src")), statSync(join(ROOT, "package.json")).mtimeMs);
  if (!existsSync(cli) || statSync(cli).mtimeMs < sources) {
    execFileSync("npx", ["tsup"], { cwd: ROOT, stdio: "ignore" });
  }
  return cli;
}
