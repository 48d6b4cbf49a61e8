// The notebook's code cells run as one script, so docs/notebooks/weaving.ipynb cannot rot. The cells
// import "npm:ecoweave" (Deno's way); here that import points at the source, and Deno.jupyter's
// display helpers are stood in by functions that return what they would display.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { withSourceImports } from "../helpers.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

interface NotebookCell {
  cell_type: "code" | "markdown";
  source: string[];
}

function script(): string {
  const notebook = JSON.parse(readFileSync(join(ROOT, "docs/notebooks/weaving.ipynb"), "utf8")) as {
    cells: NotebookCell[];
  };
  const cells = notebook.cells
    .filter((cell) => cell.cell_type === "code")
    .map((cell) => cell.source.join(""));
  const shim = `const display = (strings: TemplateStringsArray, ...values: unknown[]) => String.raw(strings, ...values);
const Deno = { jupyter: { svg: display, html: display, md: display } };
const shown: unknown[] = [];
`;
  // Each cell's last expression is what Deno would display: keep it so the run can check it.
  const body = cells
    .map((cell) => {
      const lines = cell.trimEnd().split("\n");
      const last = lines.pop() ?? "";
      return [
        ...lines,
        last.startsWith("import ") || last.startsWith("}") ? last : `shown.push(${last.replace(/;$/, "")});`,
      ].join("\n");
    })
    .join("\n\n");
  return `${shim}${withSourceImports(body, ROOT, "npm:")}\nconsole.log(JSON.stringify(shown));\n`;
}

describe("docs/notebooks/weaving.ipynb", () => {
  it("runs every code cell as a script and displays tables, a picture and a comparison", async () => {
    const directory = mkdtempSync(join(tmpdir(), "ecoweave-notebook-"));
    const file = join(directory, "notebook.mts");
    writeFileSync(file, script());
    const output = await new Promise<string>((resolve, reject) => {
      execFile(
        process.execPath,
        [join(ROOT, "node_modules/tsx/dist/cli.mjs"), file],
        { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 },
        (error, stdout, stderr) =>
          error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout),
      );
    });
    const shown = JSON.parse(output.trim().split("\n").pop()!) as unknown[];
    expect(shown).toHaveLength(7);
    expect(shown[0]).toMatchObject({ actors: 115, ties: 286 });
    expect((shown[1] as { kind: string }[])[0]).toMatchObject({ kind: "siloed-community" });
    expect(shown[2] as unknown[]).toHaveLength(5);
    expect(shown[3] as unknown[]).toHaveLength(5);
    expect((shown[4] as { ties: string[] }).ties).toHaveLength(5);
    expect(shown[5]).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    expect((shown[6] as string[]).length).toBeGreaterThan(0);
  }, 120_000);
});
