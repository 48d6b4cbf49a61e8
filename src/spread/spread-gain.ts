/**
 * Which new ties would carry an innovation further: the increase in expected reach from each
 * candidate tie, estimated on common random numbers so that differences between candidates are not
 * noise.
 *
 * @packageDocumentation
 */

import { compareIds } from "../internal/compare.js";
import type { GroupBy } from "../metrics/group-by.js";
import { checkArguments, optionKeys } from "../model/check-arguments.js";
import { actorLabel, type Ecosystem } from "../model/ecosystem.js";
import { InvalidOptionError } from "../model/errors.js";
import {
  mustBeBare,
  mustBeGot,
  optionError,
  ruleFiniteGt,
  ruleNonEmptyString,
} from "../model/option-errors.js";
import { isTieDirected } from "../model/roles.js";
import { OPTION_JOINS_ITSELF, OPTION_NOT_ACTOR, OPTION_TIES_EMPTY } from "../text/catalogues/en/options.js";
import {
  type CascadeScratch,
  createOverlay,
  createScratch,
  overlayLive,
  runCascade,
  setOverlay,
} from "./cascade.js";
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
import { type SpreadReason, tieGainReason } from "./reasons.js";
import { createSpreadGraph, resolveSeeds } from "./spread-graph.js";

/** The keys of {@link SpreadGainOptions}, checked at run time (see `checkOptionKeys`). */
const SPREAD_GAIN_OPTION_KEYS = optionKeys<SpreadGainOptions>({
  seeds: true,
  ties: true,
  runs: true,
  maxSteps: true,
  groupBy: true,
  ...SPREAD_MODEL_OPTION_KEYS,
});

/** A tie that does not exist yet, to be scored by {@link spreadGain}. */
export interface SpreadTieCandidate {
  source: string;
  target: string;
  /**
   * Its kind, for the probability rule and its direction.
   * @defaultValue "collaboration"
   */
  kind?: string;
  /**
   * Its strength (> 0), for `probability: "weight"` and the linear threshold.
   * @defaultValue 1
   */
  weight?: number;
  /**
   * Whether it is directed (read only with `directed: true`).
   * @defaultValue the kind's default (funding and training are directed)
   */
  directed?: boolean;
}

/** Options of {@link spreadGain}. */
export interface SpreadGainOptions extends SpreadModelOptions {
  /** Ids of the actors the innovation starts with. */
  seeds: readonly string[];
  /** The candidate ties (at least one). */
  ties: readonly SpreadTieCandidate[];
  /**
   * Number of runs, an integer in [1, 10⁷]; each candidate is scored on the same runs.
   * @defaultValue 1000
   */
  runs?: number;
  /**
   * Stop every run after this many steps; `null` runs until nobody new is reached.
   * @defaultValue null
   */
  maxSteps?: number | null;
  /**
   * A grouping (such as `"region"`) for the groups each tie newly reaches; role is always used.
   * @defaultValue undefined
   */
  groupBy?: GroupBy;
}

/** The defaults of {@link SpreadGainOptions}. */
export const SPREAD_GAIN_DEFAULTS = Object.freeze({
  ...SPREAD_MODEL_DEFAULTS,
  runs: 1000,
  maxSteps: null,
  kind: "collaboration",
  weight: 1,
});

/** A group's share of a tie's gain. */
export interface SpreadGroupGain {
  group: string;
  /** Increase in the expected number of the group's actors reached. */
  gain: number;
}

/** What one candidate tie does to the spread. */
export interface SpreadTieGain {
  source: string;
  target: string;
  kind: string;
  /** Increase in expected reach (actors); may be negative under the linear threshold, where a new tie dilutes the receivers' other ties. */
  gain: number;
  /** Standard error of `gain`: sample standard deviation of the per-run differences over √runs; `null` with one run. */
  standardError: number | null;
  /** Expected reach with the tie. */
  expectedReach: number;
  /** Gain by role, roles sorted by id. */
  byRole: SpreadGroupGain[];
  /** Gain by `groupBy` group, sorted by name; `null` without `groupBy`. */
  byGroup: SpreadGroupGain[] | null;
  /** Groups (of `groupBy`, else roles) reached in at least half the runs with the tie but not without. */
  newlyReached: string[];
  reason: SpreadReason;
}

/** What {@link spreadGain} found. */
export interface SpreadGainResult {
  model: SpreadModel;
  /** The seeds, sorted by id. */
  seeds: string[];
  runs: number;
  seed: number;
  /** Expected reach without any new tie, on the same runs. */
  baseReach: number;
  /** The candidates, in the order given. */
  ties: SpreadTieGain[];
}

const FUNCTION = "spreadGain";

interface Candidate {
  readonly source: string;
  readonly target: string;
  readonly kind: string;
  readonly weight: number;
  readonly tail: number;
  readonly head: number;
  readonly both: boolean;
}

/** Per-candidate sums over the runs. */
interface Tally {
  sum: number;
  sumOfSquares: number;
  readonly roleGain: Float64Array;
  readonly groupGain: Float64Array | null;
  /** Runs reaching each group (of `groupBy`, else role) with the tie, minus without. */
  readonly runsDelta: Float64Array;
}

function checkCandidates(
  ties: readonly SpreadTieCandidate[] | undefined,
  index: ReadonlyMap<string, number>,
  directedView: boolean,
): Candidate[] {
  if (!Array.isArray(ties) || ties.length === 0) {
    throw optionError("options.tiesEmpty", OPTION_TIES_EMPTY, { fn: FUNCTION, form: "{ source, target }" });
  }
  return ties.map((tie, at) => {
    const where = `ties[${at}]`;
    const tail = index.get(tie.source);
    const head = index.get(tie.target);
    if (tail === undefined)
      throw optionError("options.notActor", OPTION_NOT_ACTOR, {
        fn: FUNCTION,
        option: `${where}.source`,
        id: `"${String(tie.source)}"`,
      });
    if (head === undefined)
      throw optionError("options.notActor", OPTION_NOT_ACTOR, {
        fn: FUNCTION,
        option: `${where}.target`,
        id: `"${String(tie.target)}"`,
      });
    if (tail === head)
      throw optionError("options.joinsItself", OPTION_JOINS_ITSELF, {
        fn: FUNCTION,
        option: where,
        actor: "no",
        id: tie.source,
      });
    const kind = tie.kind ?? SPREAD_GAIN_DEFAULTS.kind;
    if (typeof kind !== "string" || kind.trim() === "")
      throw mustBeBare(FUNCTION, `${where}.kind`, ruleNonEmptyString());
    const weight = tie.weight ?? SPREAD_GAIN_DEFAULTS.weight;
    if (typeof weight !== "number" || !Number.isFinite(weight) || weight <= 0) {
      throw mustBeGot(FUNCTION, `${where}.weight`, String(weight), ruleFiniteGt(0));
    }
    const both = !directedView || !isTieDirected({ kind, directed: tie.directed });
    return { source: tie.source, target: tie.target, kind, weight, tail, head, both };
  });
}

/** Adds `sign` for each actor of `queue[0 … count−1]` to its group's entry. */
function addByGroup(
  target: Float64Array,
  groups: SpreadGroups,
  queue: Int32Array,
  count: number,
  sign: number,
): void {
  for (let h = 0; h < count; h++) target[groups.codes[queue[h]!]!]! += sign;
}

/** Marks in `hit` (with `mark`) the groups of the actors in `queue[0 … count−1]`. */
function markGroups(
  hit: Int32Array,
  mark: number,
  groups: SpreadGroups,
  queue: Int32Array,
  count: number,
): void {
  for (let h = 0; h < count; h++) hit[groups.codes[queue[h]!]!] = mark;
}

/**
 * The increase in the expected reach of an innovation started by `seeds` from each candidate tie.
 *
 * @remarks
 * Common random numbers: every run r draws its coins (independent cascade) or thresholds (linear
 * threshold) from a hash of (seed, r, actors' ranks in id order), and each
 * candidate's new arcs draw their own coins. Run r with a candidate therefore sees the same live
 * ties as run r without it, and its gain in run r is the exact difference the tie makes to that run.
 * A run is simulated again only when the tie can change it: under the independent cascade when one
 * end is reached and the other not; under the linear threshold when either end is reached (the new
 * tie dilutes its receivers' other weights, so the gain may be negative). `gain` is the mean
 * difference, `standardError` the standard deviation of the differences over √runs — paired, so
 * far smaller than the error of two separate simulations.
 *
 * For weaving: planWeaving's `spread` objective scores each candidate by `gain`, and the reasons say
 * which groups (regions) or roles the tie newly reaches.
 *
 * Time O(runs · (base cascade + Σ over affected candidates of a cascade)); memory O(n + m +
 * candidates · groups).
 *
 * @throws {@link InvalidOptionError} for bad seeds or model options (as {@link simulateSpread}),
 * an empty candidate list, an unknown or repeated end, a non-positive weight.
 * @category Spread
 */
export function spreadGain(eco: Ecosystem, options: SpreadGainOptions): SpreadGainResult {
  checkArguments("spreadGain", eco, options, SPREAD_GAIN_OPTION_KEYS);
  const model = spreadModelOf(options, FUNCTION);
  const seed = spreadSeedOf(options, FUNCTION);
  const runs = integerIn(options.runs, SPREAD_GAIN_DEFAULTS.runs, 1, 1e7, "runs", FUNCTION);
  const maxSteps =
    options.maxSteps === undefined || options.maxSteps === null
      ? Number.MAX_SAFE_INTEGER
      : integerIn(options.maxSteps, 0, 0, Number.MAX_SAFE_INTEGER, "maxSteps", FUNCTION);
  const graph = createSpreadGraph(eco, options, model, FUNCTION);
  const seeds = resolveSeeds(graph, options.seeds, FUNCTION);
  const candidates = checkCandidates(options.ties, graph.index, graph.view.directed);
  const roles = spreadGroups(eco, graph, "role", FUNCTION);
  const groups = options.groupBy === undefined ? null : spreadGroups(eco, graph, options.groupBy, FUNCTION);
  const reachGroups = groups ?? roles;
  const groupCount = reachGroups.names.length;

  const tallies: Tally[] = candidates.map(() => ({
    sum: 0,
    sumOfSquares: 0,
    roleGain: new Float64Array(roles.names.length),
    groupGain: groups === null ? null : new Float64Array(groups.names.length),
    runsDelta: new Float64Array(groupCount),
  }));
  const base: CascadeScratch = createScratch(graph);
  const work: CascadeScratch = createScratch(graph);
  const overlay = createOverlay();
  const baseHit = new Int32Array(groupCount).fill(-1);
  const workHit = new Int32Array(groupCount).fill(-1);
  const baseRuns = new Float64Array(groupCount);
  let baseSum = 0;
  let workMark = 0;
  const linearThreshold = model === "linear-threshold";

  for (let run = 0; run < runs; run++) {
    const runKey = runKeyOf(seed, run);
    const baseCount = runCascade(graph, seeds, runKey, maxSteps, base, null);
    baseSum += baseCount;
    markGroups(baseHit, run, reachGroups, base.queue, baseCount);
    for (let g = 0; g < groupCount; g++) if (baseHit[g] === run) baseRuns[g]!++;
    const stamp = base.stamp;
    for (let c = 0; c < candidates.length; c++) {
      const candidate = candidates[c]!;
      const tailIn = base.reached[candidate.tail] === stamp;
      const headIn = base.reached[candidate.head] === stamp;
      const affected = linearThreshold
        ? tailIn || headIn
        : (tailIn && !headIn) || (candidate.both && headIn && !tailIn);
      if (!affected) continue;
      setOverlay(
        overlay,
        graph,
        candidate.tail,
        candidate.head,
        candidate.both,
        candidate.kind,
        candidate.weight,
      );
      // Under the independent cascade a tie whose own coin is dead in this run changes nothing.
      if (!linearThreshold && !overlayLive(overlay, tailIn ? 0 : 1, runKey)) continue;
      const count = runCascade(graph, seeds, runKey, maxSteps, work, overlay);
      const difference = count - baseCount;
      const tally = tallies[c]!;
      tally.sum += difference;
      tally.sumOfSquares += difference * difference;
      addByGroup(tally.roleGain, roles, work.queue, count, 1);
      addByGroup(tally.roleGain, roles, base.queue, baseCount, -1);
      if (groups !== null) {
        addByGroup(tally.groupGain!, groups, work.queue, count, 1);
        addByGroup(tally.groupGain!, groups, base.queue, baseCount, -1);
      }
      workMark++;
      markGroups(workHit, workMark, reachGroups, work.queue, count);
      for (let g = 0; g < groupCount; g++) {
        const withTie = workHit[g] === workMark;
        const without = baseHit[g] === run;
        if (withTie !== without) tally.runsDelta[g]! += withTie ? 1 : -1;
      }
    }
  }

  const baseReach = baseSum / runs;
  const ties = candidates.map((candidate, c): SpreadTieGain => {
    const tally = tallies[c]!;
    const gain = tally.sum / runs;
    const variance = runs > 1 ? Math.max(0, (tally.sumOfSquares - runs * gain * gain) / (runs - 1)) : null;
    const byRole = roles.names.map((group, g) => ({ group, gain: tally.roleGain[g]! / runs }));
    const byGroup =
      groups === null ? null : groups.names.map((group, g) => ({ group, gain: tally.groupGain![g]! / runs }));
    const newlyReached = reachGroups.names.filter(
      (_name, g) => baseRuns[g]! < runs / 2 && baseRuns[g]! + tally.runsDelta[g]! >= runs / 2,
    );
    const grownRoles = byRole
      .filter((row) => row.gain > 0)
      .sort((a, b) => b.gain - a.gain || compareIds(a.group, b.group))
      .slice(0, 2)
      .map((row) => row.group);
    return {
      source: candidate.source,
      target: candidate.target,
      kind: candidate.kind,
      gain,
      standardError: variance === null ? null : Math.sqrt(variance / runs),
      expectedReach: baseReach + gain,
      byRole,
      byGroup,
      newlyReached,
      reason: tieGainReason(
        actorLabel(eco, candidate.source),
        actorLabel(eco, candidate.target),
        gain,
        newlyReached,
        grownRoles,
      ),
    };
  });
  return { model, seeds: Array.from(seeds, (s) => graph.ids[s]!), runs, seed, baseReach, ties };
}
