// The README's quick start runs as written (with "ecoweave" pointing at the source).
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { withSourceImports } from "../helpers.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

describe("README.md", () => {
  it("has a quick start of at most 20 lines that runs and prints gaps, bridge actors and suggestions", async () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const code = /## Quick start\n\n```ts\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(code).toBeDefined();
    expect(code!.trimEnd().split("\n").length).toBeLessThanOrEqual(20);
    const file = join(mkdtempSync(join(tmpdir(), "ecoweave-readme-")), "quick-start.mts");
    writeFileSync(file, withSourceImports(code!, ROOT));
    const output = await new Promise<string>((resolve, reject) => {
      execFile(
        process.execPath,
        [join(ROOT, "node_modules/tsx/dist/cli.mjs"), file],
        { cwd: ROOT },
        (error, stdout, stderr) =>
          error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout),
      );
    });
    expect(output).toContain("1 of 2 developers cannot reach a funder within 2 steps");
    expect(output).toMatch(/^uni lies on 67% of the shortest paths/m);
    expect(output).toMatch(/↔/);
  }, 60_000);
});
