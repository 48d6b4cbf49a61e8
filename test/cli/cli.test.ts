// The built `ecoweave` command, run as a child process: every command, every exit code.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { sampleEcosystemData } from "../../src/index.js";
import { ensureBuilt } from "./ensure-built.js";

let cli = "";
let dir = "";

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [cli, ...args],
      { cwd: dir, env: { ...process.env, NO_COLOR: "1" }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === "number" ? error.code : 1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

function expectNoStackTrace(result: Run): void {
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

beforeAll(() => {
  cli = ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), "ecoweave-cli-"));
  writeFileSync(join(dir, "sample.json"), JSON.stringify(sampleEcosystemData()));
  writeFileSync(join(dir, "empty.json"), JSON.stringify({ actors: [], ties: [] }));
  writeFileSync(
    join(dir, "malformed.json"),
    '{ "actors": [ { "id": "a", "role": "developer" ], "ties": [] }',
  );
  writeFileSync(
    join(dir, "invalid.json"),
    JSON.stringify({
      actors: [
        { id: "a", role: "developer" },
        { id: "a", role: "funder" },
        { id: "__proto__", role: "developer" },
      ],
      ties: [{ source: "a", target: "x9", kind: "funding", weight: -1 }],
    }),
  );
}, 120_000);

describe("ecoweave", () => {
  it("prints its version and exits 0", async () => {
    const result = await run("--version");
    expect(result).toMatchObject({
      code: 0,
      stdout: `${JSON.parse(readFileSync("package.json", "utf8")).version}\n`,
    });
  });

  it("prints help listing every command and exits 0", async () => {
    const result = await run("--help");
    expect(result.code).toBe(0);
    for (const command of ["validate", "gaps", "brokers", "convert", "demo"]) {
      expect(result.stdout).toContain(`  ${command}`);
    }
  });

  it("prints help and exits 2 when run without a command", async () => {
    const result = await run();
    expect(result.code).toBe(2);
    expect(result.stdout).toContain("Usage: ecoweave <command>");
  });

  it("exits 2 on an unknown command", async () => {
    const result = await run("analyse-this");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown command "analyse-this"');
  });

  it("exits 2 on an unknown option, without a stack trace", async () => {
    const result = await run("validate", "sample.json", "--colour");
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown option '--colour'/);
    expectNoStackTrace(result);
  });

  it("exits 2 when an argument is missing", async () => {
    const result = await run("validate");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("expected validate <file>");
  });

  it("shows a command's help", async () => {
    const result = await run("gaps", "--help");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Usage: ecoweave gaps <file> [options]");
  });
});

describe("ecoweave validate", () => {
  it("describes a valid file and exits 0", async () => {
    const result = await run("validate", "sample.json");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^sample\.json: valid ecosystem with 115 actors \(88 developer, 14 upskiller, 13 funder\) and 286 ties/,
    );
  });

  it("accepts an empty ecosystem", async () => {
    const result = await run("validate", "empty.json");
    expect(result).toMatchObject({ code: 0 });
    expect(result.stdout).toContain("0 actors (none) and 0 ties (none)");
  });

  it("lists every problem with its path in one paragraph and exits 2", async () => {
    const result = await run("validate", "invalid.json");
    expect(result.code).toBe(2);
    expectNoStackTrace(result);
    expect(result.stderr.trim().split("\n\n")).toHaveLength(1);
    for (const path of ["actors[1].id", "actors[2].id", "ties[0].target", "ties[0].weight"]) {
      expect(result.stderr).toContain(`  ${path}: `);
    }
    expect(result.stderr).toContain('unknown actor "x9"');
  });

  it("reports malformed JSON with its line and column and exits 2", async () => {
    const result = await run("validate", "malformed.json");
    expect(result.code).toBe(2);
    expectNoStackTrace(result);
    expect(result.stderr).toMatch(/line 1/);
  });

  it("reports a missing file and exits 2", async () => {
    const result = await run("validate", "nowhere.json");
    expect(result.code).toBe(2);
    expectNoStackTrace(result);
    expect(result.stderr).toContain("file not found");
  });
});

describe("ecoweave gaps", () => {
  it("lists the sample's Lappi silo first", async () => {
    const result = await run("gaps", "sample.json", "--min-severity", "0.5");
    expect(result.code).toBe(0);
    expect(result.stdout.split("\n")[0]).toMatch(
      /^1\. \[1\.00\] The community around Hiekka Association \(8 actors\)/,
    );
  });

  it("writes JSON to a file", async () => {
    const result = await run(
      "gaps",
      "sample.json",
      "--format",
      "json",
      "--out",
      "gaps.json",
      "--include",
      "fragmentation",
    );
    expect(result.code).toBe(0);
    const gaps = JSON.parse(readFileSync(join(dir, "gaps.json"), "utf8")) as { kind: string }[];
    expect(gaps.map((gap) => gap.kind)).toEqual(["fragmentation", "fragmentation"]);
  });

  it("says so when there is nothing to report", async () => {
    const result = await run("gaps", "empty.json");
    expect(result).toMatchObject({ code: 0, stdout: "No structural gaps found.\n" });
  });

  it("refuses a bad option value with exit 2", async () => {
    const result = await run("gaps", "sample.json", "--max-distance", "two");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--max-distance must be a whole number");
  });

  it("refuses an at that is not a date with exit 2", async () => {
    const result = await run("gaps", "sample.json", "--at", "2023-02-30");
    expect(result.code).toBe(2);
    expectNoStackTrace(result);
  });
});

describe("ecoweave brokers", () => {
  it("ranks the sample's bridge actors with reasons", async () => {
    const result = await run("brokers", "sample.json", "--top", "2");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^1\. ESF\+ Inclusion Programme \(fictional\) \(funder\) score/);
    expect(result.stdout).toContain("   - lies on");
  });
});

describe("ecoweave convert", () => {
  it("converts JSON to a CSV pair and back, keeping every actor and tie", async () => {
    expect((await run("convert", "sample.json", "csv/actors.csv")).code).toBe(0);
    expect((await run("convert", "csv/actors.csv", "back.json")).code).toBe(0);
    const back = JSON.parse(readFileSync(join(dir, "back.json"), "utf8"));
    // A CSV pair has no place for the document's name and description.
    const { actors, ties } = sampleEcosystemData();
    expect(back).toEqual({ actors, ties });
  });

  it("converts to GEXF and back without loss", async () => {
    expect((await run("convert", "sample.json", "sample.gexf")).code).toBe(0);
    expect((await run("convert", "sample.gexf", "from-gexf.json")).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, "from-gexf.json"), "utf8"))).toEqual(sampleEcosystemData());
  });
});

describe("ecoweave demo", () => {
  it("analyses the sample ecosystem", async () => {
    const result = await run("demo");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Actors: 115");
  });
});
