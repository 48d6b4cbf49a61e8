/**
 * The benchmark harness: cases registered in bench/cases/*.ts, each measured in its own child process
 * (so peak memory is per case) as the median wall time of a few runs, next to a fixed baseline task
 * run in the same process, and written as a markdown table between markers in docs/performance.md.
 *
 * Benchmarks are never unit tests: no timing is asserted anywhere; the ratio to the baseline is what
 * compares across machines and runs.
 */

/** A problem size: a generated ecosystem of `actors` actors and round(actors · meanDegree / 2) ties. */
export interface BenchSize {
  /** Short name used on the command line (`--sizes 1k,10k`) and in the tables. */
  readonly name: string;
  readonly actors: number;
  readonly meanDegree: number;
  /** Default number of timed runs at this size (`--runs` overrides). */
  readonly runs: number;
}

/** The standard sizes: mean degree 20, so 10 ties per actor (100k actors → 1M ties). */
export const SIZES: readonly BenchSize[] = Object.freeze([
  { name: "1k", actors: 1_000, meanDegree: 20, runs: 5 },
  { name: "10k", actors: 10_000, meanDegree: 20, runs: 3 },
  { name: "100k", actors: 100_000, meanDegree: 20, runs: 1 },
]);

/**
 * The sizes of the issues' performance targets, run only by the cases that name them in `sizes` (or
 * through an `extraSizes` export, see bench/run.ts): mean degree 10, as in the targets' "10 000 actors /
 * 50 000 ties"; 2k for the key-player and weaving targets, 5k for exact betweenness (O(n·m)).
 */
export const TARGET_SIZES: readonly BenchSize[] = Object.freeze([
  { name: "2k", actors: 2_000, meanDegree: 10, runs: 3 },
  { name: "5k", actors: 5_000, meanDegree: 10, runs: 3 },
  { name: "10k/50k", actors: 10_000, meanDegree: 10, runs: 2 },
]);

/** Every size, in table order (by actors, then ties). */
export const ALL_SIZES: readonly BenchSize[] = Object.freeze(
  [...SIZES, ...TARGET_SIZES].sort((a, b) => a.actors - b.actors || a.meanDegree - b.meanDegree),
);

/** The sizes a case runs at: its `sizes`, or the standard {@link SIZES} when it names none. */
export function sizesOf(benchCase: BenchCase): readonly string[] {
  return benchCase.sizes ?? SIZES.map((s) => s.name);
}

/** The number of ties of a size. */
export function tieCount(size: BenchSize): number {
  return Math.round((size.actors * size.meanDegree) / 2);
}

/**
 * One benchmark case. `setup` prepares the input outside the timing (e.g. generates the ecosystem);
 * `run` is the timed work, called `runs` times on the same state and expected not to mutate it.
 */
export interface BenchCase<State = unknown> {
  /** Unique name, used by `--only` and as the table row label (e.g. `createView`). */
  readonly name: string;
  /** The table it belongs to: docs/performance.md holds `<!-- bench:<group> -->` … `<!-- /bench:<group> -->`. */
  readonly group: string;
  /** Size names it runs at (from {@link ALL_SIZES}); default the standard {@link SIZES}. */
  readonly sizes?: readonly string[];
  setup(size: BenchSize): State;
  run(state: State): unknown;
}

/** Declares a case with its state type inferred from `setup` (the list of cases stays `BenchCase[]`). */
export function defineCase<State>(benchCase: BenchCase<State>): BenchCase {
  return benchCase as unknown as BenchCase;
}

/** What {@link measure} reports. */
export interface Measurement {
  readonly name: string;
  readonly runs: number;
  /** Median wall time of the runs, milliseconds (performance.now). */
  readonly medianMs: number;
  readonly minMs: number;
  /** Process high-water resident set (process.resourceUsage().maxRSS) after the runs, bytes. */
  readonly peakRssBytes: number;
  /** Highest heapUsed + arrayBuffers sampled right after a run (the result still alive), bytes. */
  readonly peakHeapBytes: number;
  /** heapUsed + arrayBuffers right after a run minus before it (after a GC when available): what the result holds, bytes. */
  readonly retainedHeapBytes: number;
}

function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc !== undefined) gc();
}

/** JS heap in use plus ArrayBuffer memory (typed arrays live outside the JS heap). */
function heapAndBuffers(): number {
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}

/** The median of `values` (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Runs `fn` `warmup` times untimed (default 0), then `runs` times (default 5), and reports the median wall time and memory high-water marks. Memory is
 * sampled between runs (a synchronous `fn` cannot be sampled during its run); for a true per-case
 * peak, run each case in its own process, as bench/run.ts does. Run node with `--expose-gc` so the
 * heap is collected before each run.
 */
export function measure(
  name: string,
  fn: () => unknown,
  options: { runs?: number; warmup?: number } = {},
): Measurement {
  const runs = Math.max(1, options.runs ?? 5);
  for (let w = 0; w < (options.warmup ?? 0); w++) fn();
  const times: number[] = [];
  let peakHeap = 0;
  let retained = 0;
  for (let r = 0; r < runs; r++) {
    collectGarbage();
    const heapBefore = heapAndBuffers();
    const start = performance.now();
    let result: unknown = fn();
    times.push(performance.now() - start);
    const heapAfter = heapAndBuffers();
    peakHeap = Math.max(peakHeap, heapAfter);
    retained = Math.max(retained, heapAfter - heapBefore);
    result = undefined;
    void result;
  }
  return {
    name,
    runs,
    medianMs: median(times),
    minMs: Math.min(...times),
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    peakHeapBytes: peakHeap,
    retainedHeapBytes: retained,
  };
}

/**
 * The baseline task for a size: a plain typed-array pass over an edge list of the same size — count
 * degrees, prefix-sum them and scatter the arcs into a CSR adjacency (what createView does after it
 * has read the ties, without graphology). Its input is prepared here, outside the timing.
 */
export function baselineTask(size: BenchSize): () => unknown {
  const n = size.actors;
  const m = tieCount(size);
  const tails = new Int32Array(m);
  const heads = new Int32Array(m);
  let state = 0x9e3779b9;
  const next = () => {
    // xorshift32: a fixed input, the same on every machine.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) % n;
  };
  for (let e = 0; e < m; e++) {
    tails[e] = next();
    heads[e] = next();
  }
  return () => {
    const offsets = new Int32Array(n + 1);
    for (let e = 0; e < m; e++) {
      offsets[tails[e]! + 1]!++;
      offsets[heads[e]! + 1]!++;
    }
    for (let i = 0; i < n; i++) offsets[i + 1]! += offsets[i]!;
    const cursor = offsets.slice(0, n);
    const targets = new Int32Array(2 * m);
    for (let e = 0; e < m; e++) {
      targets[cursor[tails[e]!]!++] = heads[e]!;
      targets[cursor[heads[e]!]!++] = tails[e]!;
    }
    return targets;
  };
}

/** One row of a results table: a case at a size, with its baseline measured in the same process. */
export interface BenchResult {
  readonly group: string;
  readonly name: string;
  readonly size: string;
  readonly actors: number;
  readonly ties: number;
  readonly case: Measurement;
  readonly baseline: Measurement;
}

/** Runs a case at a size in the current process: setup, baseline, then the case. */
export function runCase(benchCase: BenchCase, size: BenchSize, runs = size.runs): BenchResult {
  // The baseline is cheap: warm it up (JIT) and take more runs, so the ratio's denominator is stable.
  const baseline = measure("baseline", baselineTask(size), { runs: 7, warmup: 3 });
  const state = benchCase.setup(size);
  const result = measure(benchCase.name, () => benchCase.run(state), { runs });
  return {
    group: benchCase.group,
    name: benchCase.name,
    size: size.name,
    actors: size.actors,
    ties: tieCount(size),
    case: result,
    baseline,
  };
}

const HEADER = [
  "| case | size | actors | ties | runs | median (ms) | min (ms) | baseline (ms) | ratio | peak RSS (MB) | retained heap (MB) |",
  "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
];

function mb(bytes: number): string {
  return (bytes / 2 ** 20).toFixed(0);
}

function ms(value: number): string {
  return value >= 100 ? value.toFixed(0) : value.toFixed(value >= 10 ? 1 : 2);
}

/** A table row for a result. */
export function formatRow(r: BenchResult): string {
  const ratio = r.case.medianMs / r.baseline.medianMs;
  return `| ${r.name} | ${r.size} | ${r.actors} | ${r.ties} | ${r.case.runs} | ${ms(r.case.medianMs)} | ${ms(r.case.minMs)} | ${ms(r.baseline.medianMs)} | ${ratio.toFixed(ratio >= 100 ? 0 : 1)} | ${mb(r.case.peakRssBytes)} | ${mb(Math.max(0, r.case.retainedHeapBytes))} |`;
}

/**
 * Replaces (or appends) the table of `group` in a markdown text. Rows of cases and sizes not in
 * `rows` are kept from the old table, so `--only` and `--sizes` runs update their own rows only.
 * `order` lists case names in the order rows should appear.
 */
export function updateTable(
  markdown: string,
  group: string,
  rows: ReadonlyMap<string, string>,
  order: readonly string[],
  sizeOrder: readonly string[],
): string {
  const open = `<!-- bench:${group} -->`;
  const close = `<!-- /bench:${group} -->`;
  const start = markdown.indexOf(open);
  const end = markdown.indexOf(close);
  const merged = new Map<string, string>();
  if (start !== -1 && end > start) {
    for (const line of markdown.slice(start + open.length, end).split("\n")) {
      const cells = line.split("|").map((cell) => cell.trim());
      if (cells.length > 3 && cells[1] !== "case" && !cells[1]!.startsWith("---"))
        merged.set(`${cells[1]}@${cells[2]}`, line);
    }
  }
  for (const [key, line] of rows) merged.set(key, line);
  const rank = (key: string) => {
    const [name = "", size = ""] = key.split("@");
    const caseRank = order.indexOf(name);
    return [caseRank === -1 ? order.length : caseRank, sizeOrder.indexOf(size), name] as const;
  };
  const keys = [...merged.keys()].sort((a, b) => {
    const [ca, sa, na] = rank(a);
    const [cb, sb, nb] = rank(b);
    return ca - cb || sa - sb || (na < nb ? -1 : na > nb ? 1 : 0);
  });
  const table = [open, ...HEADER, ...keys.map((key) => merged.get(key)!), close].join("\n");
  if (start !== -1 && end > start)
    return markdown.slice(0, start) + table + markdown.slice(end + close.length);
  return `${markdown.trimEnd()}\n\n${table}\n`;
}
