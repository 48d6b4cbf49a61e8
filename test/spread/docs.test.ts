// docs/spread.md's example runs as written (with "ecoweave" pointing at the source).
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { withSourceImports } from "../helpers.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** Runs the page's `index`-th TypeScript example (with "ecoweave" pointing at the source) and returns its output. */
async function runExample(index: number): Promise<string> {
  const page = readFileSync(join(ROOT, "docs/spread.md"), "utf8");
  const code = [...page.matchAll(/```ts\n([\s\S]*?)```/g)][index]?.[1];
  expect(code).toBeDefined();
  const file = join(mkdtempSync(join(tmpdir(), "ecoweave-spread-doc-")), "example.mts");
  writeFileSync(file, withSourceImports(code!, ROOT));
  return new Promise<string>((resolve, reject) => {
    execFile(
      process.execPath,
      [join(ROOT, "node_modules/tsx/dist/cli.mjs"), file],
      { cwd: ROOT },
      (error, stdout, stderr) => (error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout)),
    );
  });
}

describe("docs/spread.md", () => {
  it("has an example that runs on the sample and prints reach, seeds and tie gains", async () => {
    const output = await runExample(0);
    expect(output).toMatch(/^\d+\.\d ± \d\.\d\d of 115$/m);
    expect(output).toMatch(/^developer [\d.]+\/88, funder/m);
    expect(output).toMatch(/^Starting with .* reaches an estimated/m);
    expect(output).toMatch(/A tie between .* would/);
  }, 60_000);

  it("has a weaving example whose plan carries the innovation further", async () => {
    const output = await runExample(1);
    expect(output).toMatch(/^\S+ \S+ \d+\.\d\d A tie between .* would carry the innovation/m);
    const [, before, after] = /^reach (\d+\.\d) → (\d+\.\d)$/m.exec(output) ?? [];
    expect(Number(after)).toBeGreaterThan(Number(before));
  }, 60_000);
});
