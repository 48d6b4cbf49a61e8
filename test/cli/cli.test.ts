// The built `ecoweave` command, run as a child process: every command, every exit code.
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { sampleEcosystemData } from "../../src/index.js";
import { ensureBuilt } from "./ensure-built.js";

/** "Today" for every run: 2025-06-30 (UTC), so outputs do not depend on the day the tests run. */
const TODAY_EPOCH = String(Date.UTC(2025, 5, 30) / 1000);

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
      {
        cwd: dir,
        env: { ...process.env, NO_COLOR: "1", SOURCE_DATE_EPOCH: TODAY_EPOCH },
        maxBuffer: 64 * 1024 * 1024,
      },
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
    for (const command of [
      "analyze",
      "validate",
      "gaps",
      "brokers",
      "suggest",
      "plan",
      "scenario",
      "convert",
      "demo",
    ]) {
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

  it("lists the first 1000 of 120 000 problems, counts the rest, and exits 2 (issue 14)", async () => {
    const ties = Array.from({ length: 120_000 }, (_, i) => ({
      source: "a",
      target: `x${i}`,
      kind: "funding",
    }));
    writeFileSync(
      join(dir, "many-bad.json"),
      JSON.stringify({ actors: [{ id: "a", role: "developer" }], ties }),
    );
    const result = await run("validate", "many-bad.json");
    expect(result.code).toBe(2);
    expectNoStackTrace(result);
    const lines = result.stderr.trim().split("\n");
    expect(lines[0]).toMatch(/120000 problems:$/);
    expect(lines).toHaveLength(1 + 1000 + 1);
    expect(lines.at(-1)).toBe("  and 119000 more of the same kinds (unknown_actor 119000)");
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
  it("analyses as of today: the ESF+ ties ending this year and the Lappi silo first", async () => {
    // "Today" is 2025-06-30 (SOURCE_DATE_EPOCH): ESF+'s funding ties are active and end on 2025-12-31.
    const result = await run("gaps", "sample.json", "--min-severity", "0.5");
    expect(result.code).toBe(0);
    const lines = result.stdout.split("\n");
    expect(lines[0]).toBe("As of 2025-06-30.");
    expect(lines[2]).toMatch(
      /^1\. \[0\.69\] 13 funding ties of ESF\+ Inclusion Programme \(fictional\) end by 2025-12-31/,
    );
    expect(result.stdout).toMatch(/^2\. \[0\.67\] The community around Hiekka Association \(8 actors\)/m);
  });

  it("takes an explicit --at, and --at all for every tie whatever its dates", async () => {
    const dated = await run("gaps", "sample.json", "--at", "2026-12-07", "--include", "ties-ending");
    expect(dated.stdout).toBe("As of 2026-12-07.\n\nNo structural gaps found.\n");
    const all = await run("gaps", "sample.json", "--at", "all", "--min-severity", "0.5");
    expect(all.stdout).toMatch(/^1\. \[0\.67\] The community around Hiekka Association \(8 actors\)/);
    expect(all.stdout).not.toContain("ties of");
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
    expect(result).toMatchObject({ code: 0, stdout: "As of 2025-06-30.\n\nNo structural gaps found.\n" });
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
    // As of 2025-06-30 the competence centre lies on 39% of shortest paths; ESF+ on 22%, holding 9 pendants (its gap named).
    expect(result.stdout).toMatch(
      /^1\. National Competence Centre for Social Innovation \(fictional\) \(upskiller\) score 0\.\d{3}\n {3}- lies on 39% of the shortest paths/m,
    );
    expect(result.stdout).toContain("2. ESF+ Inclusion Programme (fictional) (funder) score");
    expect(result.stdout).toContain("   gap: single-point-of-failure:actor:f-esf");
  });

  it("counts brokerage across the groupings listed in --group-by", async () => {
    const result = await run(
      "brokers",
      "sample.json",
      "--top",
      "1",
      "--group-by",
      "role, region",
      "--format",
      "json",
    );
    expect(result.code).toBe(0);
    const [first] = JSON.parse(result.stdout) as { brokerage: { grouping: string }[] }[];
    expect(first!.brokerage.map((row) => row.grouping)).toEqual(["role", "region"]);
    const empty = await run("brokers", "sample.json", "--group-by", " , ");
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain("names no grouping");
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

describe("ecoweave analyze", () => {
  it("writes a Markdown report to standard output", async () => {
    const result = await run("analyze", "sample.json", "--budget", "2", "--top", "3");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^# /);
    expect(result.stdout).toContain("Hiekka Association");
  });

  it("writes the same JSON report twice for the same seed", async () => {
    const first = await run("analyze", "sample.json", "--format", "json", "--budget", "2", "--seed", "7");
    const second = await run("analyze", "sample.json", "--format", "json", "--budget", "2", "--seed", "7");
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(second.stdout);
    const report = JSON.parse(first.stdout) as { plan: { steps: unknown[] }; overview: { actors: number } };
    expect(report.overview.actors).toBe(115);
    expect(report.plan.steps).toHaveLength(2);
  });

  it("writes a self-contained HTML file and says where", async () => {
    const result = await run(
      "analyze",
      "sample.json",
      "--format",
      "html",
      "--out",
      "report.html",
      "--budget",
      "1",
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("wrote report.html");
    const html = readFileSync(join(dir, "report.html"), "utf8");
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href="https?:/);
  });

  it("refuses an unknown strategy with exit 2", async () => {
    const result = await run("analyze", "sample.json", "--strategy", "random");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--strategy must be one of close-gaps, balanced, close-triangles");
  });

  it("reports an empty ecosystem without failing", async () => {
    const result = await run("analyze", "empty.json");
    expect(result.code).toBe(0);
  });
});

describe("ecoweave suggest", () => {
  it("lists introductions with who can make them", async () => {
    const result = await run("suggest", "sample.json", "--top", "3");
    expect(result.code).toBe(0);
    expect(result.stdout.split("\n").filter((line) => /^\d+\. /.test(line))).toHaveLength(3);
  });
});

describe("ecoweave plan", () => {
  it("plans the ties with the figures before and after", async () => {
    const result = await run("plan", "sample.json", "--budget", "2", "--objective", "coverage");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Before: global efficiency/m);
    expect(result.stdout).toMatch(/\nAfter: global efficiency/);
  });

  it("requires --budget", async () => {
    const result = await run("plan", "sample.json");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--budget <n> is required");
  });
});

describe("ecoweave scenario", () => {
  it("applies a scenario to its base and reports what changes", async () => {
    writeFileSync(
      join(dir, "esf-ends.json"),
      JSON.stringify({
        name: "ESF+ ends",
        base: "sample.json",
        changes: [{ op: "removeActor", id: "f-esf" }],
      }),
    );
    const result = await run("scenario", "esf-ends.json", "--save", "after.json");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^ESF\+ ends: 1 change\n/);
    const after = JSON.parse(readFileSync(join(dir, "after.json"), "utf8")) as { actors: { id: string }[] };
    expect(after.actors.some((actor) => actor.id === "f-esf")).toBe(false);
  });

  it("lists every problem of a bad scenario with its index and exits 2", async () => {
    writeFileSync(
      join(dir, "bad-scenario.json"),
      JSON.stringify({
        base: "sample.json",
        changes: [{ op: "removeActor", id: "nobody" }, { op: "fly" }],
      }),
    );
    const result = await run("scenario", "bad-scenario.json");
    expect(result.code).toBe(2);
    expectNoStackTrace(result);
    expect(result.stderr).toContain("changes[1]");
  });

  it("needs a base", async () => {
    writeFileSync(join(dir, "no-base.json"), JSON.stringify({ changes: [] }));
    const result = await run("scenario", "no-base.json");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("no base ecosystem");
  });
});

describe("ecoweave demo", () => {
  it("prints the findings and writes report.md and report.html", async () => {
    // A folder that does not exist is a bad argument: exit 2, nothing half-written.
    const result = await run("demo", "--out-dir", "demo-out");
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("cannot write");
    mkdirSync(join(dir, "demo-out"));
    const again = await run("demo", "--out-dir", "demo-out");
    expect(again.code).toBe(0);
    for (const heading of [
      "Actors: 115",
      "Where are the structural gaps?",
      "Who are the bridge actors?",
      "Which connections should the weaver make first?",
      "A 5-tie weaving plan",
    ]) {
      expect(again.stdout).toContain(heading);
    }
    expect(readFileSync(join(dir, "demo-out", "report.md"), "utf8")).toMatch(/^# /);
    expect(readFileSync(join(dir, "demo-out", "report.html"), "utf8")).toMatch(/^<!doctype html>/i);
  });
});
