// The notebook's code cells run as one script, so docs/notebooks/weaving.ipynb cannot rot: under Deno
// (the notebook's own kernel's runtime) with the notebook's import map, docs/notebooks/deno.json, when
// a deno binary is present; and under tsx with the imports pointed at the source, always. Each cell's
// last expression is what the kernel would display; a value with a Symbol.for("Jupyter.display")
// method is replaced by the MIME bundle that method returns, which is what Deno's kernel shows.
import { execFile, execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { withSourceImports } from "../helpers.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const NOTEBOOKS = join(ROOT, "docs/notebooks");

interface NotebookCell {
  cell_type: "code" | "markdown";
  source: string[];
}

/** A MIME bundle as Deno's display protocol returns it. */
type Bundle = Record<string, string>;

/** The deno binary: $ECOWEAVE_DENO (set by .ci/run), else `deno` on the PATH, else none. */
function findDeno(): string | null {
  const candidates = [process.env.ECOWEAVE_DENO, "deno"].filter((path): path is string => Boolean(path));
  for (const candidate of candidates) {
    try {
      execFileSync(candidate, ["--version"], { stdio: "ignore" });
      return candidate;
    } catch {
      // not this one
    }
  }
  return null;
}

function cellsScript(): string {
  const notebook = JSON.parse(readFileSync(join(NOTEBOOKS, "weaving.ipynb"), "utf8")) as {
    cells: NotebookCell[];
  };
  const body = notebook.cells
    .filter((cell) => cell.cell_type === "code")
    .map((cell) => {
      const lines = cell.source.join("").trimEnd().split("\n");
      const last = lines.pop() ?? "";
      return [
        ...lines,
        last.startsWith("import ") || last.startsWith("}") ? last : `shown.push(${last.replace(/;$/, "")});`,
      ].join("\n");
    })
    .join("\n\n");
  return `const shown: unknown[] = [];
${body}
const display = Symbol.for("Jupyter.display");
const bundles = shown.map((value) => {
  const show = (value as Record<symbol, unknown> | null)?.[display];
  return typeof show === "function" ? show.call(value) : { "text/plain": JSON.stringify(value) };
});
console.log(JSON.stringify(bundles));
`;
}

function run(command: string, args: string[], cwd: string): Promise<Bundle[]> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${error.message}\n${stderr}`));
      else resolve(JSON.parse(stdout.trim().split("\n").pop()!) as Bundle[]);
    });
  });
}

/** The rows of a displayed table, read back from its text, after checking its HTML has one row each. */
function tableRows(bundle: Bundle): Record<string, unknown>[] {
  const rows = JSON.parse(bundle["text/plain"]!) as Record<string, unknown>[];
  expect(bundle["text/html"]).toMatch(/^<table><thead>/);
  expect(bundle["text/html"]!.match(/<tr>/g)).toHaveLength(rows.length + 1);
  return rows;
}

function checkDisplays(bundles: Bundle[]): void {
  expect(bundles).toHaveLength(9);
  expect(tableRows(bundles[0]!)[0]).toMatchObject({ actors: 115, ties: 286 });
  expect(tableRows(bundles[1]!)[0]).toMatchObject({ kind: "siloed-community" });
  expect(tableRows(bundles[2]!)).toHaveLength(5);
  expect(tableRows(bundles[3]!)).toHaveLength(5);
  expect(tableRows(bundles[4]!)).toHaveLength(5);
  expect(tableRows(bundles[5]!).map((row) => row.figure)).toEqual([
    "globalEfficiency",
    "components",
    "coverageGaps",
    "singlePointsOfFailure",
  ]);
  expect(bundles[6]!["image/svg+xml"]).toMatch(/^<svg[\s\S]*<\/svg>$/);
  expect(tableRows(bundles[7]!)).toHaveLength(5);
  expect(tableRows(bundles[8]!).length).toBeGreaterThan(0);
}

function writeScript(code: string): string {
  const file = join(mkdtempSync(join(tmpdir(), "ecoweave-notebook-")), "notebook.mts");
  writeFileSync(file, code);
  return file;
}

const deno = findDeno();
let tsxBundles: Bundle[] | null = null;

describe("docs/notebooks/weaving.ipynb", () => {
  it("runs every code cell as a script (tsx, imports from the source) and displays tables and a picture", async () => {
    const file = writeScript(withSourceImports(cellsScript(), ROOT));
    tsxBundles = await run(process.execPath, [join(ROOT, "node_modules/tsx/dist/cli.mjs"), file], ROOT);
    checkDisplays(tsxBundles);
  }, 240_000);

  it.skipIf(deno === null)(
    `runs under Deno with its import map, no permissions, and displays the same${deno === null ? " (skipped: no deno on the PATH and ECOWEAVE_DENO unset; .ci/run installs one)" : ""}`,
    async () => {
      const file = writeScript(cellsScript());
      const bundles = await run(
        deno!,
        ["run", "--no-prompt", "--config", join(NOTEBOOKS, "deno.json"), file],
        NOTEBOOKS,
      );
      checkDisplays(bundles);
      if (tsxBundles !== null) expect(bundles).toEqual(tsxBundles);
    },
    240_000,
  );
});
