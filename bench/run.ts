/**
 * `npm run bench` (= `tsx bench/run.ts`): runs every case of bench/cases/*.ts at each of its sizes, each
 * in its own child process (node --expose-gc), and updates the tables in docs/performance.md.
 * `--help` prints the usage below.
 *
 * Other benchmark groups add a file bench/cases/<group>.ts exporting `cases: BenchCase[]` and a pair
 * of markers `<!-- bench:<group> -->` `<!-- /bench:<group> -->` in docs/performance.md (the table is
 * appended at the end of the file when the markers are missing). A cases file may also export
 * `extraSizes: Record<caseName, sizeName[]>` to run cases declared elsewhere at more sizes (how
 * bench/cases/targets.ts adds the performance targets' sizes).
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { fileURLToPath, pathToFileURL } from "node:url";
import {
  ALL_SIZES,
  type BenchCase,
  type BenchResult,
  formatRow,
  runCase,
  SIZES,
  sizesOf,
  tieCount,
  updateTable,
} from "./harness.js";

const CASES_DIR = fileURLToPath(new URL("./cases/", import.meta.url));
const DOC = fileURLToPath(new URL("../docs/performance.md", import.meta.url));
const SELF = fileURLToPath(import.meta.url);

const USAGE = `Usage: npm run bench [-- options]      (or: npx tsx bench/run.ts [options])

Runs the benchmark cases of bench/cases/*.ts, each (case, size) in its own child process, and writes
their tables into docs/performance.md between <!-- bench:<group> --> markers (only the rows that ran
are replaced). With no options it runs every case at every one of its sizes: about 35-45 minutes on
2 cores, most of it the 100k size (generating 1M ties takes 15-30 s per case).

Options:
  --only a,b        run only the named cases (exact names, as in the tables' "case" column)
  --group g,h       run only the cases of these groups (${"`"}foundation${"`"}, ${"`"}metrics${"`"}, ${"`"}answers${"`"}, ...)
  --sizes s,t       run only at these sizes (a case still runs only at the sizes it declares)
  --runs N          timed runs per case (default per size: ${ALL_SIZES.map((s) => `${s.name} ${s.runs}`).join(", ")})
  --no-write        print the rows, do not touch docs/performance.md
  --list            list the cases and their sizes, run nothing
  --help            print this text

Sizes (generateEcosystem, seed 1):
${ALL_SIZES.map((s) => `  ${s.name.padEnd(8)} ${String(s.actors).padStart(7)} actors ${String(tieCount(s)).padStart(8)} ties (mean degree ${s.meanDegree})${SIZES.includes(s) ? ", standard" : ", target size"}`).join("\n")}
Cases that name no sizes run at the standard sizes (1k, 10k, 100k).

Examples:
  npx tsx bench/run.ts --only createView --sizes 1k,10k
  npx tsx bench/run.ts --group metrics --sizes 10k/50k --no-write
  npx tsx bench/run.ts --only createEcosystem --sizes 100k --runs 3 --no-write
`;

const FLAGS_WITH_VALUE = ["--only", "--group", "--sizes", "--runs", "--child", "--size", "--file"];
const FLAGS = ["--no-write", "--list", "--help", "-h"];

/** Rejects unknown flags and flags missing their value (exit 2 with the usage). */
function checkArguments(): void {
  const args = process.argv.slice(2);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (FLAGS_WITH_VALUE.includes(arg) && args[i + 1] !== undefined && !args[i + 1]!.startsWith("--")) i++;
    else if (!FLAGS.includes(arg)) {
      process.stderr.write(`bench: unknown or incomplete argument "${arg}"\n\n${USAGE}`);
      process.exit(2);
    }
  }
}

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}

/** A case and the cases file that declares it. */
type LoadedCase = BenchCase & { readonly file: string };

interface CasesModule {
  cases?: readonly BenchCase[];
  extraSizes?: Readonly<Record<string, readonly string[]>>;
}

async function importCases(file: string): Promise<CasesModule> {
  const module = (await import(pathToFileURL(`${CASES_DIR}${file}`).href)) as CasesModule;
  if (module.cases === undefined) throw new Error(`bench: ${file} exports no \`cases\``);
  return module;
}

/**
 * Every case of bench/cases/*.ts, with the sizes `extraSizes` adds. A file that fails to import (the
 * tree is shared and may be mid-edit) is skipped with a warning and listed in `broken`.
 */
async function loadCases(): Promise<{ cases: LoadedCase[]; broken: string[] }> {
  const all: LoadedCase[] = [];
  const broken: string[] = [];
  const extraSizes = new Map<string, string[]>();
  for (const file of readdirSync(CASES_DIR)
    .filter((f) => f.endsWith(".ts"))
    .sort()) {
    let module: CasesModule;
    try {
      module = await importCases(file);
    } catch (error) {
      process.stderr.write(
        `bench: skipping ${file}: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      broken.push(file);
      continue;
    }
    all.push(...module.cases!.map((c) => ({ ...c, file })));
    for (const [name, sizes] of Object.entries(module.extraSizes ?? {}))
      extraSizes.set(name, [...(extraSizes.get(name) ?? []), ...sizes]);
  }
  const names = new Set<string>();
  for (const c of all) {
    if (names.has(c.name)) throw new Error(`bench: duplicate case name "${c.name}"`);
    names.add(c.name);
  }
  const extended = all.map((c) => {
    const extra = extraSizes.get(c.name);
    return extra === undefined ? c : { ...c, sizes: [...new Set([...sizesOf(c), ...extra])] };
  });
  for (const name of extraSizes.keys()) {
    if (names.has(name)) continue;
    const message = `bench: extraSizes names an unknown case "${name}"`;
    if (broken.length === 0) throw new Error(message);
    process.stderr.write(`${message} (its file may be one of the skipped ones)\n`);
  }
  for (const c of extended) {
    for (const size of sizesOf(c)) {
      if (!ALL_SIZES.some((s) => s.name === size))
        throw new Error(`bench: case "${c.name}" names an unknown size "${size}"`);
    }
  }
  return { cases: extended, broken };
}

/** The child process: imports only the case's own file, runs it at one size, prints the result as JSON. */
async function child(): Promise<void> {
  const name = argument("--child")!;
  const size = ALL_SIZES.find((s) => s.name === argument("--size"))!;
  const runs = argument("--runs");
  const benchCase = (await importCases(argument("--file")!)).cases!.find((c) => c.name === name);
  if (benchCase === undefined) throw new Error(`bench: no case "${name}" in ${argument("--file")}`);
  const result = runCase(benchCase, size, runs === undefined ? size.runs : Number(runs));
  process.stdout.write(`\n${JSON.stringify(result)}\n`);
}

async function main(): Promise<void> {
  checkArguments();
  if (process.argv.includes("--help") || process.argv.includes("-h")) {
    process.stdout.write(USAGE);
    return;
  }
  const only = argument("--only")?.split(",");
  const groupNames = argument("--group")?.split(",");
  const sizeNames = argument("--sizes")?.split(",") ?? ALL_SIZES.map((s) => s.name);
  const runs = argument("--runs");
  const write = !process.argv.includes("--no-write");
  for (const name of sizeNames) {
    if (!ALL_SIZES.some((s) => s.name === name))
      throw new Error(`bench: unknown size "${name}"; use ${ALL_SIZES.map((s) => s.name).join(",")}`);
  }
  if (runs !== undefined && !(Number.isInteger(Number(runs)) && Number(runs) >= 1))
    throw new Error(`bench: --runs must be an integer ≥ 1, got "${runs}"`);
  const { cases: allCases, broken } = await loadCases();
  if (process.argv.includes("--list")) {
    for (const c of allCases)
      console.log(`${c.group.padEnd(12)} ${c.name.padEnd(48)} ${sizesOf(c).join(", ")}`);
    return;
  }
  const cases = allCases.filter(
    (c) =>
      (only === undefined || only.includes(c.name)) &&
      (groupNames === undefined || groupNames.includes(c.group)),
  );
  if (cases.length === 0) throw new Error(`bench: no case matches the --only/--group selection`);
  const results: BenchResult[] = [];
  const failures: string[] = [];
  const loads: number[] = [];
  const started = performance.now();
  for (const benchCase of cases) {
    for (const size of ALL_SIZES) {
      if (!sizeNames.includes(size.name) || !sizesOf(benchCase).includes(size.name)) continue;
      const args = [...process.execArgv, "--expose-gc", SELF, "--file", benchCase.file];
      args.push("--child", benchCase.name, "--size", size.name);
      if (runs !== undefined) args.push("--runs", runs);
      const load = os.loadavg()[0]!;
      loads.push(load);
      const spawned = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 26 });
      if (spawned.status !== 0) {
        // Keep going: the rows that did run are still written; the exit code reports the failure.
        process.stderr.write(spawned.stderr);
        process.stderr.write(`bench: ${benchCase.name} at ${size.name} failed (exit ${spawned.status})\n`);
        failures.push(`${benchCase.name} at ${size.name}`);
        continue;
      }
      const lines = spawned.stdout.trim().split("\n");
      const result = JSON.parse(lines[lines.length - 1]!) as BenchResult;
      results.push(result);
      console.log(`${formatRow(result)} load ${load.toFixed(1)}`);
    }
  }
  const minutes = (performance.now() - started) / 60_000;
  const loadRange =
    loads.length === 0 ? "-" : `${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}`;
  console.log(`${results.length} rows in ${minutes.toFixed(1)} min, 1-minute load average ${loadRange}`);
  if (failures.length > 0 || broken.length > 0) {
    process.exitCode = 1;
    const skipped = broken.length > 0 ? `; skipped files: ${broken.join(", ")}` : "";
    process.stderr.write(`bench: failed: ${failures.join("; ") || "none"}${skipped}\n`);
  }
  if (!write || results.length === 0) return;
  let markdown = readFileSync(DOC, "utf8");
  const groups = [...new Set(results.map((r) => r.group))];
  for (const group of groups) {
    const rows = new Map(
      results.filter((r) => r.group === group).map((r) => [`${r.name}@${r.size}`, formatRow(r)]),
    );
    const order = allCases.filter((c) => c.group === group).map((c) => c.name);
    markdown = updateTable(
      markdown,
      group,
      rows,
      order,
      ALL_SIZES.map((s) => s.name),
    );
  }
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? "unknown CPU"}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.arch()}`;
  markdown = markdown.replace(
    /<!-- bench:machine -->[\s\S]*?<!-- \/bench:machine -->/,
    `<!-- bench:machine -->${machine}, ${new Date().toISOString().slice(0, 10)}<!-- /bench:machine -->`,
  );
  writeFileSync(DOC, markdown);
  console.log(`updated ${DOC}`);
}

if (process.argv.includes("--child")) await child();
else await main();
