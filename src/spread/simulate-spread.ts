/**
 * How far an innovation travels from where it starts: Monte Carlo runs of the independent cascade or
 * the linear threshold model (Kempe, Kleinberg & Tardos 2003) on the analysis view.
 *
 * @packageDocumentation
 */

import { createRecord, type IdRecord } from "../internal/records.js";
import { createRandom } from "../internal/rng.js";
import type { GroupBy } from "../metrics/group-by.js";
import { checkArguments, optionKeys } from "../model/check-arguments.js";
import type { Ecosystem } from "../model/ecosystem.js";
import { createScratch, runCascadeFast } from "./cascade.js";
import { runKeyOf } from "./coins.js";
import { type SpreadGroups, spreadGroups } from "./groups.js";
import {
  integerIn,
  SPREAD_MODEL_DEFAULTS,
  SPREAD_MODEL_OPTION_KEYS,
  type SpreadModel,
  type SpreadModelOptions,
  spreadModelOf,
  spreadSeedOf,
} from "./options.js";
import { createSpreadGraph, resolveSeeds, type SpreadGraph } from "./spread-graph.js";

/** The keys of {@link SimulateSpreadOptions}, checked at run time (see `checkOptionKeys`). */
const SIMULATE_SPREAD_OPTION_KEYS = optionKeys<SimulateSpreadOptions>({
  seeds: true,
  runs: true,
  maxSteps: true,
  groupBy: true,
  ...SPREAD_MODEL_OPTION_KEYS,
});

/** Options of {@link simulateSpread}. */
export interface SimulateSpreadOptions extends SpreadModelOptions {
  /** Ids of the actors the innovation starts with (at least one; no id twice). */
  seeds: readonly string[];
  /**
   * Number of Monte Carlo runs, an integer in [1, 10⁷].
   * @defaultValue 1000
   */
  runs?: number;
  /**
   * Stop every run after this many steps (an integer ≥ 0; 0 reaches the seeds only); `null` runs
   * until nobody new is reached.
   * @defaultValue null
   */
  maxSteps?: number | null;
  /**
   * A second grouping, besides role, to total the reach by (an attribute such as `"region"`, or a
   * function); every actor must have it. Without it `byGroup` and `groupsReached` are `null`.
   * @defaultValue undefined
   */
  groupBy?: GroupBy;
}

/** The defaults of {@link SimulateSpreadOptions}. */
export const SIMULATE_SPREAD_DEFAULTS = Object.freeze({
  ...SPREAD_MODEL_DEFAULTS,
  runs: 1000,
  maxSteps: null,
});

/** The reach of an innovation in one group of actors (a role, a region). */
export interface SpreadGroupRow {
  /** The group's name (role id or attribute value). */
  group: string;
  /** Number of actors in the group. */
  actors: number;
  /** Mean number of the group's actors reached (seeds included). */
  expectedReach: number;
  /** `expectedReach / actors`. */
  share: number;
  /** Share of runs in which at least one of the group's actors was reached. */
  reachedProbability: number;
}

/** What {@link simulateSpread} found. */
export interface SpreadSimulation {
  model: SpreadModel;
  /** The seeds, sorted by id. */
  seeds: string[];
  runs: number;
  seed: number;
  maxSteps: number | null;
  /** Number of actors in the view. */
  actors: number;
  /** Mean number of actors reached over the runs, seeds included. */
  expectedReach: number;
  /** Sample standard deviation of the reached counts over √runs; `null` with one run. */
  standardError: number | null;
  /** Each actor's share of runs in which it was reached (null-prototype record by id). */
  reachProbability: IdRecord<number>;
  /** Reach by role, roles sorted by id. */
  byRole: SpreadGroupRow[];
  /** Name of the `groupBy` attribute (`"custom"` for a function), or `null`. */
  groupBy: string | null;
  /** Reach by `groupBy` group, groups sorted by name; `null` without `groupBy`. */
  byGroup: SpreadGroupRow[] | null;
  /** The `groupBy` groups reached (at least one actor) in at least half the runs; `null` without `groupBy`. */
  groupsReached: string[] | null;
  /**
   * Mean number of actors reached by the end of each step, from step 0 (the seeds) to the last step
   * any run reached someone new.
   */
  curve: number[];
}

const FUNCTION = "simulateSpread";

/** Per-run tallies of one grouping: how many runs reached each group at least once. @internal */
export class GroupHits {
  readonly runsReached: Float64Array;
  private readonly lastRun: Int32Array;

  constructor(readonly groups: SpreadGroups) {
    this.runsReached = new Float64Array(groups.names.length);
    this.lastRun = new Int32Array(groups.names.length).fill(-1);
  }

  /** Counts run `run` for the groups of `queue[0 … count−1]`, once each. */
  addRun(queue: Int32Array, count: number, run: number): void {
    const { codes } = this.groups;
    const { lastRun, runsReached } = this;
    for (let h = 0; h < count; h++) {
      const code = codes[queue[h]!]!;
      if (lastRun[code] !== run) {
        lastRun[code] = run;
        runsReached[code]!++;
      }
    }
  }

  rows(reachCount: Float64Array, runs: number): SpreadGroupRow[] {
    const { names, sizes, codes } = this.groups;
    const reached = new Float64Array(names.length);
    for (let v = 0; v < codes.length; v++) reached[codes[v]!]! += reachCount[v]!;
    return names.map((group, code) => {
      const expectedReach = reached[code]! / runs;
      return {
        group,
        actors: sizes[code]!,
        expectedReach,
        share: expectedReach / sizes[code]!,
        reachedProbability: this.runsReached[code]! / runs,
      };
    });
  }
}

/** Monte Carlo runs of the cascade on a built graph, with their tallies. @internal */
export function simulateOnGraph(
  graph: SpreadGraph,
  seeds: Int32Array,
  runs: number,
  seed: number,
  maxSteps: number,
  groupings: readonly GroupHits[],
): { sum: number; sumOfSquares: number; reachCount: Float64Array; newAt: Float64Array; steps: number } {
  const scratch = createScratch(graph);
  const random = createRandom(seed);
  const reachCount = new Float64Array(graph.order);
  const newAt = new Float64Array(graph.order + 1);
  let sum = 0;
  let sumOfSquares = 0;
  let steps = 0;
  for (let run = 0; run < runs; run++) {
    const count = runCascadeFast(graph, seeds, random, runKeyOf(seed, run), maxSteps, scratch);
    sum += count;
    sumOfSquares += count * count;
    const { queue } = scratch;
    for (let h = 0; h < count; h++) reachCount[queue[h]!]!++;
    for (let g = 0; g < groupings.length; g++) groupings[g]!.addRun(queue, count, run);
    for (let s = 0; s <= scratch.steps; s++) newAt[s]! += scratch.newAt[s]!;
    if (scratch.steps > steps) steps = scratch.steps;
  }
  return { sum, sumOfSquares, reachCount, newAt, steps };
}

/**
 * Simulates the spread of an innovation that starts with `seeds`.
 *
 * @remarks
 * **Independent cascade** (default): an actor reached at step t has one chance, at step t + 1, to
 * pass the innovation to each contact not yet reached, with the tie's probability (see
 * {@link SpreadProbability}). In the undirected view (default) each end of a tie has its own
 * independent chance; with `directed: true` a directed tie passes along its direction only.
 * **Linear threshold** (Kempe, Kleinberg & Tardos 2003): the influence weight of u on v is the
 * strength of their tie over the summed strength of v's ties (1/in-degree when unweighted); v adopts
 * at the step its adopting contacts' weights first sum to at least its threshold, drawn uniformly
 * from [0, 1] in each run.
 *
 * Actors are visited in sorted-id order and their ties in sorted order, so the draws (one seeded
 * stream; linear-threshold thresholds are hashes of seed, run and the actor's rank) do not depend on
 * the order of actors or ties in the file. The cascade skips geometrically between the ties it tries
 * (one draw per try at the row's largest chance, then thinning), so a run costs about p times the
 * ties it could try. `expectedReach` is the mean count of reached actors (seeds included),
 * `standardError` its sample standard deviation over √runs.
 *
 * The probabilities are assumptions the user chooses: results compare starting points and ties under
 * the same assumptions; they do not forecast adoption.
 *
 * Time O(runs · (reached actors + their ties)) plus O(n log n + m) to build the graph; memory O(n + m).
 *
 * @throws {@link InvalidOptionError} for empty, unknown or repeated seeds, a probability outside
 * [0, 1], an unknown model, `probability` with the linear threshold, runs or maxSteps out of range,
 * or a `groupBy` attribute missing on some actor.
 * @category Spread
 */
export function simulateSpread(eco: Ecosystem, options: SimulateSpreadOptions): SpreadSimulation {
  checkArguments("simulateSpread", eco, options, SIMULATE_SPREAD_OPTION_KEYS);
  const model = spreadModelOf(options, FUNCTION);
  const seed = spreadSeedOf(options, FUNCTION);
  const runs = integerIn(options.runs, SIMULATE_SPREAD_DEFAULTS.runs, 1, 1e7, "runs", FUNCTION);
  const maxSteps =
    options.maxSteps === undefined || options.maxSteps === null
      ? null
      : integerIn(options.maxSteps, 0, 0, Number.MAX_SAFE_INTEGER, "maxSteps", FUNCTION);
  const graph = createSpreadGraph(eco, options, model, FUNCTION);
  const seeds = resolveSeeds(graph, options.seeds, FUNCTION);
  const byRole = new GroupHits(spreadGroups(eco, graph, "role", FUNCTION));
  const byGroup =
    options.groupBy === undefined ? null : new GroupHits(spreadGroups(eco, graph, options.groupBy, FUNCTION));

  const tally = simulateOnGraph(
    graph,
    seeds,
    runs,
    seed,
    maxSteps ?? Number.MAX_SAFE_INTEGER,
    byGroup === null ? [byRole] : [byRole, byGroup],
  );
  const mean = tally.sum / runs;
  const variance = runs > 1 ? Math.max(0, (tally.sumOfSquares - runs * mean * mean) / (runs - 1)) : null;
  const reachProbability = createRecord<number>();
  for (let v = 0; v < graph.order; v++) reachProbability[graph.ids[v]!] = tally.reachCount[v]! / runs;
  const curve: number[] = [];
  let cumulative = 0;
  for (let s = 0; s <= tally.steps; s++) {
    cumulative += tally.newAt[s]!;
    curve.push(cumulative / runs);
  }
  const groupRows = byGroup === null ? null : byGroup.rows(tally.reachCount, runs);
  return {
    model,
    seeds: Array.from(seeds, (s) => graph.ids[s]!),
    runs,
    seed,
    maxSteps,
    actors: graph.order,
    expectedReach: mean,
    standardError: variance === null ? null : Math.sqrt(variance / runs),
    reachProbability,
    byRole: byRole.rows(tally.reachCount, runs),
    groupBy:
      options.groupBy === undefined ? null : typeof options.groupBy === "string" ? options.groupBy : "custom",
    byGroup: groupRows,
    groupsReached:
      groupRows === null
        ? null
        : groupRows.filter((row) => row.reachedProbability >= 0.5).map((row) => row.group),
    curve,
  };
}
