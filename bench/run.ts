/**
 * `npm run bench` (= `tsx bench/run.ts`): runs every case of bench/cases/*.ts at each size, each in
 * its own child process (node --expose-gc), and updates the tables in docs/performance.md.
 *
 *   npx tsx bench/run.ts [--only name[,name…]] [--sizes 1k,10k,100k] [--runs N] [--no-write]
 *
 * Other benchmark groups add a file bench/cases/<group>.ts exporting `cases: BenchCase[]` and a pair
 * of markers `<!-- bench:<group> -->` `<!-- /bench:<group> -->` in docs/performance.md (the table is
 * appended at the end of the file when the markers are missing).
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { fileURLToPath, pathToFileURL } from "node:url";
import { type BenchCase, type BenchResult, formatRow, runCase, SIZES, updateTable } from "./harness.js";

const CASES_DIR = fileURLToPath(new URL("./cases/", import.meta.url));
const DOC = fileURLToPath(new URL("../docs/performance.md", import.meta.url));
const SELF = fileURLToPath(import.meta.url);

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}

async function loadCases(): Promise<BenchCase[]> {
  const all: BenchCase[] = [];
  for (const file of readdirSync(CASES_DIR)
    .filter((f) => f.endsWith(".ts"))
    .sort()) {
    const module = (await import(pathToFileURL(`${CASES_DIR}${file}`).href)) as {
      cases?: readonly BenchCase[];
    };
    if (module.cases === undefined) throw new Error(`bench: ${file} exports no \`cases\``);
    all.push(...module.cases);
  }
  const names = new Set<string>();
  for (const c of all) {
    if (names.has(c.name)) throw new Error(`bench: duplicate case name "${c.name}"`);
    names.add(c.name);
  }
  return all;
}

async function child(): Promise<void> {
  const name = argument("--child")!;
  const size = SIZES.find((s) => s.name === argument("--size"))!;
  const runs = argument("--runs");
  const benchCase = (await loadCases()).find((c) => c.name === name)!;
  const result = runCase(benchCase, size, runs === undefined ? size.runs : Number(runs));
  process.stdout.write(`\n${JSON.stringify(result)}\n`);
}

async function main(): Promise<void> {
  const only = argument("--only")?.split(",");
  const sizeNames = argument("--sizes")?.split(",") ?? SIZES.map((s) => s.name);
  const runs = argument("--runs");
  const write = !process.argv.includes("--no-write");
  for (const name of sizeNames) {
    if (!SIZES.some((s) => s.name === name))
      throw new Error(`bench: unknown size "${name}"; use ${SIZES.map((s) => s.name).join(",")}`);
  }
  const cases = (await loadCases()).filter((c) => only === undefined || only.includes(c.name));
  if (cases.length === 0) throw new Error(`bench: no case matches --only ${only?.join(",")}`);
  const results: BenchResult[] = [];
  for (const benchCase of cases) {
    for (const size of SIZES) {
      if (!sizeNames.includes(size.name)) continue;
      if (benchCase.sizes !== undefined && !benchCase.sizes.includes(size.name)) continue;
      const args = [...process.execArgv, "--expose-gc", SELF, "--child", benchCase.name, "--size", size.name];
      if (runs !== undefined) args.push("--runs", runs);
      const spawned = spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 26 });
      if (spawned.status !== 0) {
        process.stderr.write(spawned.stderr);
        throw new Error(`bench: ${benchCase.name} at ${size.name} failed (exit ${spawned.status})`);
      }
      const lines = spawned.stdout.trim().split("\n");
      const result = JSON.parse(lines[lines.length - 1]!) as BenchResult;
      results.push(result);
      console.log(formatRow(result));
    }
  }
  if (!write) return;
  let markdown = readFileSync(DOC, "utf8");
  const groups = [...new Set(results.map((r) => r.group))];
  const allCases = await loadCases();
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
      SIZES.map((s) => s.name),
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
