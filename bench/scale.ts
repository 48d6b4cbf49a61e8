/**
 * `npx tsx bench/scale.ts [case] [size]`: the scale-safety runs of issue 14, one per child process
 * (so each peak RSS is its own), figures printed as Markdown rows for docs/performance.md.
 *
 * Cases: `validate` (validateEcosystem, createEcosystem and fromCsv on `size` ties naming unknown
 * actors), and `gaps`, `analyze`, `compare` on a path of `size` actors and a star of `size` leaves.
 * Default: every case at 10⁶.
 */
import { spawnSync } from "node:child_process";
import os from "node:os";
import { fileURLToPath } from "node:url";
import {
  analyzeEcosystem,
  compareEcosystems,
  createEcosystem,
  type EcosystemData,
  EcosystemValidationError,
  findStructuralGaps,
  fromCsv,
  validateEcosystem,
} from "../src/index.js";

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

function child(name: string, n: number): string {
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
  const out: string[] = [];
  for (const kind of ["path", "star"] as const) {
    const eco = createEcosystem(shape(kind, n));
    const run =
      name === "gaps"
        ? () => findStructuralGaps(eco)
        : name === "analyze"
          ? () => analyzeEcosystem(eco)
          : () => compareEcosystems(eco, eco);
    out.push(`${kind} ${seconds(run)} s`);
  }
  return out.join(", ");
}

const [, , onlyCase, sizeArg, childFlag] = process.argv;
const size = Number(sizeArg ?? 1_000_000);
if (childFlag === "--child") {
  const line = child(onlyCase!, size);
  console.log(`${line}; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
} else {
  const cases =
    onlyCase === undefined || onlyCase === "all" ? ["validate", "gaps", "analyze", "compare"] : [onlyCase];
  for (const name of cases) {
    const started = os.loadavg()[0]!.toFixed(1);
    const result = spawnSync(process.execPath, ["--import", "tsx", SELF, name, String(size), "--child"], {
      encoding: "utf8",
      env: { ...process.env, NODE_OPTIONS: "--max-old-space-size=12000" },
    });
    const text =
      result.status === 0
        ? result.stdout.trim()
        : `failed: ${result.stderr.trim().split("\n").slice(-3).join(" ")}`;
    console.log(`| ${name} | ${size} | ${text} | ${started} |`);
  }
}
