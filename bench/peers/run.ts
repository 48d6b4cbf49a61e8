/**
 * The side-by-side benchmark of issue 16: the same Barabási–Albert graphs (bench/peers/graphs.ts)
 * through ecoweave, python-igraph and NetworkX, each step of each tool in its own process, interleaved
 * in one run (run 1 of every tool, then run 2, …) so that the load of the machine falls on all of them
 * alike; prints the median seconds, peak memory and the ratio ecoweave / peer per step.
 *
 * `npx tsx bench/peers/run.ts [--graphs G10k,G100k] [--steps build,cut,louvain,constraint,betweenness]
 * [--runs 3] [--tools ecoweave,igraph,networkx] [--timeout 600] [--python /usr/bin/python3] [--workers 1,2]
 * [--write]`. `--workers` runs ecoweave's all-pairs steps (betweenness) once per thread count listed
 * (default: the measure's own default, the machine's parallelism); the peers run single-threaded. A
 * peer that is not installed (Debian's
 * python3-igraph and python3-networkx) is skipped with a note. NetworkX's exact betweenness and
 * constraint take many minutes on G100k; they run there only when named in `--steps`. `--write` puts
 * the table into docs/performance.md between `<!-- bench:peers -->` markers.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { fileURLToPath } from "node:url";
import { maxOf } from "../../src/internal/arrays.js";
import { median } from "../harness.js";
import { edgeListFile, PEER_GRAPHS } from "./graphs.js";

const HERE = fileURLToPath(new URL("./", import.meta.url));
const DOC = fileURLToPath(new URL("../../docs/performance.md", import.meta.url));
const TOOLS = ["ecoweave", "igraph", "networkx"] as const;
type Tool = (typeof TOOLS)[number];
const ALL_STEPS = ["build", "cut", "louvain", "constraint", "betweenness"];
/** Steps NetworkX is too slow for on the 100k graph unless asked for by name. */
const SLOW_FOR_NETWORKX = new Set([
  "G100k:betweenness",
  "G100k:constraint",
  "G10k:betweenness",
  "G10k:constraint",
]);

interface Measured {
  readonly seconds: number;
  readonly peakMB: number;
  readonly value: number | null;
  readonly version?: string;
}

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : (process.argv[at + 1] ?? fallback);
}

const graphs = PEER_GRAPHS.filter((g) => option("--graphs", "G10k,G100k").split(",").includes(g.name));
const askedSteps = option("--steps", "");
const steps = askedSteps === "" ? ALL_STEPS : askedSteps.split(",");
const runs = Number(option("--runs", "3"));
const python = option("--python", "/usr/bin/python3");
const tools = TOOLS.filter((tool) => option("--tools", TOOLS.join(",")).split(",").includes(tool));
const timeoutSeconds = Number(option("--timeout", "600"));
const folder = option("--folder", `${os.tmpdir()}/ecoweave-peers`);
/** Steps whose ecoweave measure takes a `workers` option. */
const WORKER_STEPS = new Set(["betweenness"]);
const workerCounts = option("--workers", "")
  .split(",")
  .filter((count) => count !== "");

/** ecoweave's variants of a step: one per `--workers` count where the step takes it. */
function variantsOf(step: string): readonly (string | undefined)[] {
  return WORKER_STEPS.has(step) && workerCounts.length > 0 ? workerCounts : [undefined];
}

function available(tool: Exclude<Tool, "ecoweave">): string | null {
  const module = tool === "igraph" ? "igraph" : "networkx";
  const probe = spawnSync(python, ["-c", `import ${module}; print(${module}.__version__)`], {
    encoding: "utf8",
  });
  return probe.status === 0 ? probe.stdout.trim() : null;
}

const versions = new Map<Tool, string | null>([
  ["ecoweave", JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")).version],
  ["igraph", available("igraph")],
  ["networkx", available("networkx")],
]);
for (const tool of TOOLS)
  if (versions.get(tool) === null) console.error(`skipping ${tool}: not installed for ${python}`);

const spawnOptions = { encoding: "utf8", maxBuffer: 1 << 24, timeout: timeoutSeconds * 1000 } as const;

function measure(tool: Tool, file: string, step: string, workers?: string): Measured | null {
  const command =
    tool === "ecoweave"
      ? spawnSync(
          "npx",
          ["tsx", `${HERE}ecoweave-step.ts`, file, step, ...(workers === undefined ? [] : [workers])],
          spawnOptions,
        )
      : spawnSync(python, [`${HERE}peer.py`, tool, file, step], spawnOptions);
  if (command.status !== 0) {
    const why = command.error?.message ?? command.stderr.trim().split("\n").slice(-3).join(" | ");
    console.error(`${tool} ${step} failed or passed ${timeoutSeconds} s: ${why}`);
    return null;
  }
  return JSON.parse(command.stdout.trim().split("\n").pop()!) as Measured;
}

const rows: string[] = [];
const load = os.loadavg()[0]!.toFixed(1);
for (const graph of graphs) {
  const file = edgeListFile(graph, folder);
  const results = new Map<string, Measured[]>();
  for (let run = 0; run < runs; run++) {
    for (const step of steps) {
      for (const tool of tools) {
        if (versions.get(tool) === null) continue;
        const slow = tool === "networkx" && SLOW_FOR_NETWORKX.has(`${graph.name}:${step}`);
        if (slow && askedSteps === "") continue;
        for (const workers of tool === "ecoweave" ? variantsOf(step) : [undefined]) {
          const measured = measure(tool, file, step, workers);
          if (measured === null) continue;
          const key = `${step}\u0000${tool}\u0000${workers ?? ""}`;
          results.set(key, [...(results.get(key) ?? []), measured]);
          const label = workers === undefined ? "" : ` (${workers} workers)`;
          console.error(
            `${graph.name} run ${run + 1} ${step} ${tool}${label}: ${measured.seconds.toFixed(3)} s`,
          );
        }
      }
    }
  }
  for (const [step, workers] of steps.flatMap((name) => variantsOf(name).map((w) => [name, w] as const))) {
    const cell = (tool: Tool) => {
      const measured = results.get(`${step}\u0000${tool}\u0000${tool === "ecoweave" ? (workers ?? "") : ""}`);
      if (measured === undefined) return null;
      return {
        seconds: median(measured.map((m) => m.seconds)),
        peakMB: maxOf(measured.map((m) => m.peakMB)),
        value: measured[0]!.value,
      };
    };
    const ours = cell("ecoweave");
    const text = (tool: Tool) => {
      const theirs = cell(tool);
      if (theirs === null) return "—";
      const modularity = theirs.value === null ? "" : `, Q ${theirs.value.toFixed(3)}`;
      return `${theirs.seconds.toFixed(3)} s, ${Math.round(theirs.peakMB)} MB${modularity}`;
    };
    const ratio = (tool: Tool) => {
      const theirs = cell(tool);
      return ours === null || theirs === null ? "—" : `${(ours.seconds / theirs.seconds).toFixed(2)}×`;
    };
    const stepLabel =
      workers === undefined ? step : `${step}, ${workers} worker${workers === "1" ? "" : "s"}`;
    rows.push(
      `| ${graph.name} | ${stepLabel} | ${text("ecoweave")} | ${text("igraph")} | ${ratio("igraph")} | ${text("networkx")} | ${ratio("networkx")} |`,
    );
  }
}

const table = [
  `Median of ${runs} interleaved runs, each in its own process; load average ${load} at the start; ecoweave ${versions.get("ecoweave")}, python-igraph ${versions.get("igraph") ?? "absent"}, NetworkX ${versions.get("networkx") ?? "absent"}, Node ${process.version}, ${os.cpus().length} cores.`,
  "",
  "| graph | step | ecoweave | igraph | ecoweave / igraph | NetworkX | ecoweave / NetworkX |",
  "|---|---|---:|---:|---:|---:|---:|",
  ...rows,
].join("\n");
console.log(table);
if (process.argv.includes("--write")) {
  const doc = readFileSync(DOC, "utf8");
  const start = "<!-- bench:peers -->";
  const end = "<!-- /bench:peers -->";
  const block = `${start}\n${table}\n${end}`;
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  writeFileSync(
    DOC,
    from === -1 || to === -1
      ? `${doc.trimEnd()}\n\n${block}\n`
      : `${doc.slice(0, from)}${block}${doc.slice(to + end.length)}`,
  );
}
