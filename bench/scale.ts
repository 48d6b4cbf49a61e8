/**
 * `npx tsx bench/scale.ts [case] [size] [timeout-seconds]`: the scale-safety runs of issue 14, one per
 * child process (so each peak RSS is its own), figures printed as Markdown rows for
 * docs/performance.md.
 *
 * Cases: `validate` (validateEcosystem, createEcosystem and fromCsv on `size` ties naming unknown
 * actors), `cli` (the CLI's `validate` on such a JSON file), and `gaps`, `analyze`, `compare` on a
 * path of `size` actors and a star of `size` leaves (`analyze` with the time of each phase). A shape
 * that has not finished after `timeout-seconds` (default 1800) is reported as such.
 * Default: every case at 10⁶.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runCli } from "../src/cli/run.js";
import {
  compareEcosystems,
  createEcosystem,
  type EcosystemData,
  EcosystemValidationError,
  findStructuralGaps,
  validateEcosystem,
} from "../src/index.js";
import { fromCsv } from "../src/io.js";
import { type AnalyzePhase, analyzeEcosystem } from "../src/report.js";

const SELF = fileURLToPath(import.meta.url);
const ROLES = ["developer", "funder", "upskiller"] as const;

function shape(kind: "path" | "star", n: number): EcosystemData {
  const actors = Array.from({ length: n }, (_, i) => ({ id: `a${i}`, role: ROLES[i % 3]! }));
  const ties = Array.from({ length: n - 1 }, (_, i) => ({
    source: kind === "path" ? `a${i}` : "a0",
    target: `a${i + 1}`,
    kind: "collaboration",
  }));
  return { actors, ties };
}

function seconds(run: () => unknown): string {
  const start = performance.now();
  try {
    run();
  } catch (error) {
    if (!(error instanceof EcosystemValidationError)) throw error;
  }
  return ((performance.now() - start) / 1000).toFixed(1);
}

/** `analyzeEcosystem` with the seconds each phase took: `12.3 s (gaps 1.2, suggestions 9.8, …)`. */
function analyzeWithPhases(eco: ReturnType<typeof createEcosystem>): string {
  const start = performance.now();
  let phaseStart = start;
  let current: AnalyzePhase | null = null;
  const phases: string[] = [];
  analyzeEcosystem(eco, {
    onProgress: ({ phase }) => {
      const now = performance.now();
      if (current !== null) phases.push(`${current} ${((now - phaseStart) / 1000).toFixed(1)}`);
      current = phase === "complete" ? null : phase;
      phaseStart = now;
    },
  });
  return `${((performance.now() - start) / 1000).toFixed(1)} s (${phases.join(", ")})`;
}

async function child(name: string, n: number, shapes: readonly ("path" | "star")[]): Promise<string> {
  if (name === "validate") {
    const actors = [
      { id: "a", role: "developer" },
      { id: "b", role: "funder" },
    ];
    const ties = Array.from({ length: n }, (_, i) => ({ source: "a", target: `x${i}`, kind: "funding" }));
    const validate = seconds(() => validateEcosystem({ actors, ties }));
    const create = seconds(() => createEcosystem({ actors, ties }));
    const rows = ["source,target,kind"];
    for (let i = 0; i < n; i++) rows.push(`a,x${i},funding`);
    const csv = seconds(() => fromCsv({ actors: "id,role\na,developer\nb,funder\n", ties: rows.join("\n") }));
    return `validateEcosystem ${validate} s, createEcosystem ${create} s, fromCsv ${csv} s`;
  }
  if (name === "cli") {
    const folder = mkdtempSync(join(os.tmpdir(), "ecoweave-scale-"));
    try {
      const actors = [
        { id: "a", role: "developer" },
        { id: "b", role: "funder" },
      ];
      const ties = Array.from({ length: n }, (_, i) => ({ source: "a", target: `x${i}`, kind: "funding" }));
      const text = JSON.stringify({ actors, ties });
      writeFileSync(join(folder, "bad.json"), text);
      let stderr = "";
      const io = {
        stdout: () => {},
        stderr: (chunk: string) => {
          stderr += chunk;
        },
        stderrIsTty: false,
        color: false,
        cwd: folder,
        today: "2026-01-01",
      };
      const start = performance.now();
      const code = await runCli(["validate", "bad.json"], io);
      const took = ((performance.now() - start) / 1000).toFixed(1);
      const lines = stderr.split("\n").filter((line) => line.trim() !== "").length;
      return `ecoweave validate (${(text.length / 1e6).toFixed(0)} MB file) ${took} s, exit ${code}, ${lines} lines of message`;
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }
  const out: string[] = [];
  for (const kind of shapes) {
    const eco = createEcosystem(shape(kind, n));
    if (name === "analyze") out.push(`${kind} ${analyzeWithPhases(eco)}`);
    else {
      const run = name === "gaps" ? () => findStructuralGaps(eco) : () => compareEcosystems(eco, eco);
      out.push(`${kind} ${seconds(run)} s`);
    }
  }
  return out.join(", ");
}

const [, , onlyCase, sizeArg, timeoutArg, childFlag, shapeArg] = process.argv;
const size = Number(sizeArg ?? 1_000_000);
const timeout = Number(timeoutArg ?? 1800);
if (childFlag === "--child") {
  const shapes: readonly ("path" | "star")[] =
    shapeArg === "path" || shapeArg === "star" ? [shapeArg] : ["path", "star"];
  const line = await child(onlyCase!, size, shapes);
  console.log(`${line}; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
} else {
  const cases =
    onlyCase === undefined || onlyCase === "all"
      ? ["validate", "cli", "gaps", "analyze", "compare"]
      : [onlyCase];
  for (const name of cases) {
    // One child per shape, so that a shape past the timeout does not hide the other's figure.
    const shapes = name === "validate" || name === "cli" ? ["both"] : ["path", "star"];
    for (const shapeName of shapes) {
      const started = os.loadavg()[0]!.toFixed(1);
      const result = spawnSync(
        process.execPath,
        ["--import", "tsx", SELF, name, String(size), String(timeout), "--child", shapeName],
        {
          encoding: "utf8",
          env: { ...process.env, NODE_OPTIONS: "--max-old-space-size=12000" },
          timeout: timeout * 1000,
          killSignal: "SIGKILL",
        },
      );
      const text =
        result.status === 0
          ? result.stdout.trim()
          : result.signal !== null
            ? `${shapeName === "both" ? "" : `${shapeName} `}not finished after ${timeout} s`
            : `failed: ${result.stderr.trim().split("\n").slice(-3).join(" ")}`;
      console.log(`| ${name} | ${size} | ${text} | ${started} |`);
    }
  }
}
