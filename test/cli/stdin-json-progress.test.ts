// `-` reads standard input (format from --from or sniffed), `--json` is `--format json`, and progress
// names each phase in words with the time since the start.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { CliIo } from "../../src/cli/io.js";
import { toCsv } from "../../src/io/csv.js";
import { toGexf } from "../../src/io/gexf.js";
import { toGraphml } from "../../src/io/graphml.js";
import { stringifyEcosystem } from "../../src/io/json.js";
import { createEcosystem } from "../../src/model/ecosystem.js";
import { ANALYZE_PHASES } from "../../src/report/analyze-ecosystem.js";
import { SAMPLE } from "../io/sample.js";
import { runInProcess } from "./in-process.js";

const eco = createEcosystem(SAMPLE);
const dir = mkdtempSync(join(tmpdir(), "ecoweave-stdin-"));
writeFileSync(join(dir, "eco.json"), stringifyEcosystem(eco));

async function run(args: string[], stdin: string | undefined, extra: Partial<CliIo> = {}) {
  let reads = 0;
  const readStdin =
    stdin === undefined
      ? {}
      : {
          readStdin: async () => {
            reads++;
            return stdin;
          },
        };
  const result = await runInProcess(dir, args, { io: { today: "2025-06-30", ...readStdin, ...extra } });
  return { ...result, reads };
}

describe("- as the file", () => {
  it("reads GraphML, GEXF and JSON from standard input, told by how they start", async () => {
    const fromFile = await run(["gaps", "eco.json", "--format", "json"], undefined);
    expect(fromFile.code).toBe(0);
    for (const text of [toGraphml(eco), toGexf(eco), stringifyEcosystem(eco)]) {
      const piped = await run(["gaps", "-", "--format", "json"], text);
      expect(piped).toMatchObject({ code: 0, stdout: fromFile.stdout, reads: 1 });
    }
  });

  it("reads the format --from names", async () => {
    const piped = await run(["validate", "-", "--from", "graphml"], toGraphml(eco));
    expect(piped.code).toBe(0);
    expect(piped.stdout).toContain(`${SAMPLE.actors.length} actors`);
    const wrong = await run(["validate", "-", "--from", "gexf"], toGraphml(eco));
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/GEXF/);
  });

  it("asks for --from when the start shows no format, and refuses csv and unknown formats", async () => {
    const csv = await run(["validate", "-"], toCsv(eco).actors);
    expect(csv.code).toBe(2);
    expect(csv.stderr).toContain("--from json, kumu, gexf or graphml");
    const named = await run(["validate", "-", "--from", "csv"], toCsv(eco).actors);
    expect(named).toMatchObject({ code: 2, reads: 0 });
    expect(named.stderr).toContain("two tables");
    const unknown = await run(["validate", "-", "--from", "xlsx"], "{}");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("--from must be one of json, csv, kumu, gexf, graphml");
  });

  it("refuses --from with a named file, and - where no standard input is given", async () => {
    const named = await run(["validate", "eco.json", "--from", "json"], "{}");
    expect(named).toMatchObject({ code: 2, reads: 0 });
    expect(named.stderr).toContain("give - as the file");
    const none = await run(["validate", "-"], undefined);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("standard input cannot be read here");
  });
});

describe("--json", () => {
  it("is --format json", async () => {
    const long = await run(["brokers", "eco.json", "--format", "json"], undefined);
    const short = await run(["brokers", "eco.json", "--json"], undefined);
    expect(short).toMatchObject({ code: 0, stdout: long.stdout });
    expect(() => JSON.parse(short.stdout) as unknown).not.toThrow();
  });

  it("refuses another --format, and commands without --format", async () => {
    const both = await run(["gaps", "eco.json", "--json", "--format", "text"], undefined);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--format says "text"');
    const convert = await run(["convert", "eco.json", "out.gexf", "--json"], undefined);
    expect(convert.code).toBe(2);
    expect(convert.stderr).toContain("convert: --json needs a command that has --format");
  });
});

describe("progress", () => {
  const clock = () => {
    let now = 1000;
    return () => {
      const current = now;
      now += 250;
      return current;
    };
  };

  it("names each phase in words with the seconds since the start, on a terminal", async () => {
    const result = await run(["analyze", "eco.json", "--format", "json", "--at", "all"], undefined, {
      stderrIsTty: true,
      now: clock(),
    });
    expect(result.code).toBe(0);
    const lines = result.stderr.trimEnd().split("\n");
    // Reading the file and writing the report around the analysis phases.
    const total = ANALYZE_PHASES.length + 2;
    expect(lines).toHaveLength(total + 1);
    expect(lines[0]).toBe(`[1/${total}] reading the ecosystem (0.3 s)`);
    expect(lines[1]).toBe(`[2/${total}] counting actors, ties and components (0.5 s)`);
    expect(lines[3]).toBe(`[4/${total}] finding bridge actors (1.0 s)`);
    expect(lines[total - 1]).toBe(`[${total}/${total}] writing the report (2.8 s)`);
    expect(lines[total]).toBe(`[${total}/${total}] done (${((total + 1) * 0.25).toFixed(1)} s)`);
    for (const line of lines) expect(line).not.toMatch(/[a-z][A-Z]/);
  });

  it("speaks Finnish and Swedish, with a decimal comma", async () => {
    const fi = await run(["analyze", "eco.json", "--format", "json", "--lang", "fi"], undefined, {
      stderrIsTty: true,
      now: clock(),
    });
    expect(fi.stderr).toContain("etsitään siltatoimijoita (1,0 s)");
    const sv = await run(["analyze", "eco.json", "--format", "json", "--lang", "sv"], undefined, {
      stderrIsTty: true,
      now: clock(),
    });
    expect(sv.stderr).toContain("klart");
  });

  it("shows no time without a clock, and nothing when stderr is not a terminal", async () => {
    const noClock = await run(["analyze", "eco.json", "--format", "json"], undefined, { stderrIsTty: true });
    expect(noClock.stderr.split("\n")[1]).toBe(
      `[2/${ANALYZE_PHASES.length + 2}] counting actors, ties and components`,
    );
    const piped = await run(["analyze", "eco.json", "--format", "json"], undefined, { now: clock() });
    expect(piped.stderr).toBe("");
  });

  it("shows every phase with the peak memory when --progress asks, even in a pipe", async () => {
    const megabytes = 1536;
    const result = await run(["analyze", "eco.json", "--format", "json", "--progress"], undefined, {
      now: clock(),
      peakMemory: () => megabytes * 1024 * 1024,
    });
    expect(result.code).toBe(0);
    const lines = result.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(ANALYZE_PHASES.length + 3);
    expect(lines[0]).toBe(
      `[1/${ANALYZE_PHASES.length + 2}] reading the ecosystem (0.3 s, peak memory 1536 MB)`,
    );
    for (const line of lines) expect(line).toMatch(/, peak memory 1536 MB\)$/);
    const quiet = await run(["analyze", "eco.json", "--format", "json", "--progress", "-q"], undefined, {
      now: clock(),
    });
    expect(quiet.stderr).toBe("");
  });
});
