/**
 * Where to start an innovation so that it travels furthest: IMM (Tang, Shi & Xiao 2015) on
 * reverse-reachable sets, with CELF lazy greedy (Leskovec et al. 2007) for reach spread over groups.
 *
 * @packageDocumentation
 */

import { compareIds } from "../internal/compare.js";
import { createRandom, type Random } from "../internal/rng.js";
import type { GroupBy } from "../metrics/group-by.js";
import { checkArguments, optionKeys } from "../model/check-arguments.js";
import { actorLabel, type Ecosystem } from "../model/ecosystem.js";
import { InvalidOptionError } from "../model/errors.js";
import { mustBeGot, optionError, ruleNumberWithin, ruleOneOf } from "../model/option-errors.js";
import { OPTION_NO_ACTORS } from "../text/catalogues/en/options.js";
import { spreadGroups } from "./groups.js";
import {
  integerIn,
  SPREAD_MODEL_DEFAULTS,
  SPREAD_MODEL_OPTION_KEYS,
  type SpreadModel,
  type SpreadModelOptions,
  spreadModelOf,
  spreadSeedOf,
} from "./options.js";
import { type SpreadReason, seedGroupsReason, seedReachReason } from "./reasons.js";
import { invertRrSets, RrSets } from "./rr-sets.js";
import { celfGroupCoverage, greedyCoverage, type Selection } from "./selection.js";
import { createSpreadGraph, type SpreadGraph } from "./spread-graph.js";

/** The keys of {@link FindSpreadSeedsOptions}, checked at run time (see `checkOptionKeys`). */
const FIND_SPREAD_SEEDS_OPTION_KEYS = optionKeys<FindSpreadSeedsOptions>({
  k: true,
  objective: true,
  epsilon: true,
  groupBy: true,
  groupShare: true,
  maxSamples: true,
  ...SPREAD_MODEL_OPTION_KEYS,
});

/**
 * What the seeds are chosen for.
 *
 * - `reach`: the expected number of actors reached (IMM: within 1 − 1/e − ε of the optimum with
 *   probability at least 1 − 1/n).
 * - `groups`: Σ over groups g of min(expected reach in g / (groupShare · |g|), 1): how many groups
 *   (regions) reach their target share, counting partial progress, so the seeds spread over groups.
 */
export type SpreadObjective = "reach" | "groups";

/** Options of {@link findSpreadSeeds}. */
export interface FindSpreadSeedsOptions extends SpreadModelOptions {
  /**
   * Number of seeds, an integer in [1, number of actors].
   * @defaultValue 5
   */
  k?: number;
  /**
   * What the seeds are chosen for (see {@link SpreadObjective}).
   * @defaultValue "reach"
   */
  objective?: SpreadObjective;
  /**
   * IMM's ε in (0, 1): the seeds are within 1 − 1/e − ε of the best k (for `reach`). Smaller is
   * closer and slower: the number of RR sets grows as 1/ε².
   * @defaultValue 0.1
   */
  epsilon?: number;
  /**
   * The groups of the `groups` objective, and of the estimated reach by group in the result (an
   * attribute name, `"role"` or a function).
   * @defaultValue "region" for the `groups` objective, none for `reach`
   */
  groupBy?: GroupBy;
  /**
   * The `groups` objective's target: the share of each group to reach, in (0, 1].
   * @defaultValue 0.5
   */
  groupShare?: number;
  /**
   * At most this many RR sets (an integer ≥ 1). When IMM's bound asks for more, it is used anyway
   * and `guaranteed` is false.
   * @defaultValue 10 000 000
   */
  maxSamples?: number;
}

/** The defaults of {@link FindSpreadSeedsOptions}. */
export const FIND_SPREAD_SEEDS_DEFAULTS = Object.freeze({
  ...SPREAD_MODEL_DEFAULTS,
  k: 5,
  objective: "reach",
  epsilon: 0.1,
  groupShare: 0.5,
  maxSamples: 10_000_000,
} satisfies Omit<FindSpreadSeedsOptions, "groupBy">);

/** One chosen seed. */
export interface SpreadSeed {
  id: string;
  label: string;
  role: string;
  /** Its marginal gain on the objective when picked: actors for `reach`, groups at target for `groups`. */
  marginalGain: number;
  /** The estimated expected reach it adds, in actors. */
  reachGain: number;
  reason: SpreadReason;
}

/** Estimated reach in one group. */
export interface SpreadSeedGroupRow {
  group: string;
  actors: number;
  /** Estimated expected number of the group's actors reached. */
  expectedReach: number;
  /** `expectedReach / actors`. */
  share: number;
}

/** What {@link findSpreadSeeds} found. */
export interface SpreadSeedsResult {
  model: SpreadModel;
  objective: SpreadObjective;
  k: number;
  epsilon: number;
  seed: number;
  /** The seeds in the order picked, each with its marginal gain and reason. */
  seeds: SpreadSeed[];
  /** Estimated expected reach of the seeds together (actors, seeds included), from the RR sets. */
  expectedReach: number;
  /** The objective's value: `expectedReach` for `reach`, groups at target for `groups`. */
  objectiveValue: number;
  /** Name of the grouping (`"custom"` for a function), or `null`. */
  groupBy: string | null;
  /** Estimated reach by group, groups sorted by name; `null` without a grouping. */
  byGroup: SpreadSeedGroupRow[] | null;
  /** Number of RR sets the seeds were chosen on. */
  samples: number;
  /** IMM's lower bound on the best k actors' expected reach, which set `samples`. */
  lowerBound: number;
  /** Whether IMM's sample size was met (false when `maxSamples` capped it). */
  guaranteed: boolean;
}

const FUNCTION = "findSpreadSeeds";

/** ln C(n, k). */
function logBinomial(n: number, k: number): number {
  let sum = 0;
  for (let i = 1; i <= k; i++) sum += Math.log(n - k + i) - Math.log(i);
  return sum;
}

/**
 * IMM's number of RR sets (Tang, Shi & Xiao 2015, Algorithms 1-2, with ℓ raised to ℓ(1 + ln 2 / ln n)
 * for the overall 1 − 1/nˡ) and the lower bound it rests on. The sampling phase's sets are thrown
 * away and the final sets drawn afresh, as Chen (2018) showed is needed for the guarantee to hold.
 */
function immSampleSize(
  graph: SpreadGraph,
  k: number,
  epsilon: number,
  maxSamples: number,
  random: Random,
): { theta: number; lowerBound: number; capped: boolean } {
  const n = Math.max(graph.order, 2);
  const logN = Math.log(n);
  const ell = 1 + Math.log(2) / logN;
  const logC = logBinomial(n, Math.min(k, n));
  const epsilonPrime = Math.SQRT2 * epsilon;
  const lambdaPrime =
    ((2 + (2 / 3) * epsilonPrime) * (logC + ell * logN + Math.log(Math.max(Math.log2(n), 1))) * n) /
    (epsilonPrime * epsilonPrime);
  const sets = new RrSets(graph);
  let lowerBound = 1;
  let capped = false;
  for (let i = 1; i < Math.log2(n); i++) {
    const x = n / 2 ** i;
    let thetaI = Math.ceil(lambdaPrime / x);
    if (thetaI > maxSamples) {
      thetaI = maxSamples;
      capped = true;
    }
    sets.fill(thetaI, random);
    const selection = greedyCoverage(sets, invertRrSets(sets, graph.order), graph.order, k);
    const estimate = (n * selection.covered) / sets.count;
    if (estimate >= (1 + epsilonPrime) * x) {
      lowerBound = estimate / (1 + epsilonPrime);
      break;
    }
    if (capped) break;
  }
  const alpha = Math.sqrt(ell * logN + Math.log(2));
  const beta = Math.sqrt((1 - 1 / Math.E) * (logC + ell * logN + Math.log(2)));
  const lambdaStar = (2 * n * ((1 - 1 / Math.E) * alpha + beta) ** 2) / (epsilon * epsilon);
  let theta = Math.ceil(lambdaStar / lowerBound);
  if (theta > maxSamples) {
    theta = maxSamples;
    capped = true;
  }
  return { theta, lowerBound, capped };
}

/** The estimated reach each pick adds, in covered sets, replaying the picks in order. */
function coverageGains(
  sets: RrSets,
  inverted: { offsets: Int32Array; setsOf: Int32Array },
  seeds: readonly number[],
): number[] {
  const covered = new Uint8Array(sets.count);
  return seeds.map((v) => {
    let gain = 0;
    for (let j = inverted.offsets[v]!, end = inverted.offsets[v + 1]!; j < end; j++) {
      const s = inverted.setsOf[j]!;
      if (covered[s] === 0) {
        covered[s] = 1;
        gain++;
      }
    }
    return gain;
  });
}

/**
 * The k actors to start an innovation with, so that it reaches the most actors (`reach`) or the
 * most groups' target shares (`groups`).
 *
 * @remarks
 * IMM (Tang, Shi & Xiao 2015): draw reverse-reachable sets — the actors from whom a random actor is
 * reached in a random live-edge graph of the model (independent cascade: each arc live with its
 * chance; linear threshold: each actor keeps one incoming arc with probability its weight, Kempe et
 * al. 2003) — as many as the martingale bound asks for ε and confidence 1 − 1/n, then pick the k
 * actors covering the most sets greedily. With `reach` the seeds' expected reach is at least
 * (1 − 1/e − ε) of the best k actors' with probability at least 1 − 1/n. The final sets are drawn
 * afresh after the bound is set (Chen 2018's correction).
 *
 * With `groups` the same sets are covered by CELF lazy greedy (Leskovec et al. 2007) on the
 * submodular Σ_g min(reach in g / (groupShare · |g|), 1): greedy is within 1 − 1/e of the best on
 * the sampled objective; the sample size is IMM's for reach, so the bound on the true objective is
 * not proven.
 *
 * Ties between equally good actors go to the smaller id. `expectedReach` is the RR-set estimate;
 * check it with {@link simulateSpread} on the same options if a second opinion is wanted.
 *
 * Time O(samples · mean RR-set cost + k·n); memory O(total size of the RR sets).
 *
 * @throws {@link InvalidOptionError} for k outside [1, n], ε outside (0, 1), an unknown objective,
 * a groupShare outside (0, 1], a missing `groupBy` attribute, or the errors of the model options.
 * @category Spread
 */
export function findSpreadSeeds(eco: Ecosystem, options: FindSpreadSeedsOptions = {}): SpreadSeedsResult {
  checkArguments("findSpreadSeeds", eco, options, FIND_SPREAD_SEEDS_OPTION_KEYS);
  const model = spreadModelOf(options, FUNCTION);
  const seed = spreadSeedOf(options, FUNCTION);
  const graph = createSpreadGraph(eco, options, model, FUNCTION);
  const n = graph.order;
  if (n === 0) throw optionError("options.noActors", OPTION_NO_ACTORS, { fn: FUNCTION });
  const k = integerIn(options.k, Math.min(FIND_SPREAD_SEEDS_DEFAULTS.k, n), 1, n, "k", FUNCTION);
  const objective = options.objective ?? FIND_SPREAD_SEEDS_DEFAULTS.objective;
  if (objective !== "reach" && objective !== "groups") {
    throw mustBeGot(
      FUNCTION,
      "objective",
      String(JSON.stringify(objective)),
      ruleOneOf(['"reach"', '"groups"']),
    );
  }
  const epsilon = options.epsilon ?? FIND_SPREAD_SEEDS_DEFAULTS.epsilon;
  if (typeof epsilon !== "number" || !(epsilon > 0 && epsilon < 1)) {
    throw mustBeGot(FUNCTION, "epsilon", String(epsilon), ruleNumberWithin("(0, 1)"));
  }
  const groupShare = options.groupShare ?? FIND_SPREAD_SEEDS_DEFAULTS.groupShare;
  if (typeof groupShare !== "number" || !(groupShare > 0 && groupShare <= 1)) {
    throw mustBeGot(FUNCTION, "groupShare", String(groupShare), ruleNumberWithin("(0, 1]"));
  }
  const maxSamples = integerIn(
    options.maxSamples,
    FIND_SPREAD_SEEDS_DEFAULTS.maxSamples,
    1,
    2 ** 31 - 1,
    "maxSamples",
    FUNCTION,
  );
  const groupBy = options.groupBy ?? (objective === "groups" ? "region" : undefined);
  const groups = groupBy === undefined ? null : spreadGroups(eco, graph, groupBy, FUNCTION);

  // The final sets continue the stream past the sampling phase's: independent of them.
  const random = createRandom(seed);
  const { theta, lowerBound, capped } = immSampleSize(graph, k, epsilon, maxSamples, random);
  const sets = new RrSets(graph);
  sets.fill(theta, random);
  const inverted = invertRrSets(sets, n);
  const perSet = n / sets.count;

  let selection: Selection;
  let groupOfRoot: Int32Array | null = null;
  let caps: Float64Array | null = null;
  if (groups !== null) {
    groupOfRoot = new Int32Array(sets.count);
    for (let s = 0; s < sets.count; s++) groupOfRoot[s] = groups.codes[sets.roots[s]!]!;
    caps = Float64Array.from(groups.sizes, (size) => (groupShare * size) / perSet);
  }
  if (objective === "groups") selection = celfGroupCoverage(sets, inverted, n, k, groupOfRoot!, caps!);
  else selection = greedyCoverage(sets, inverted, n, k);

  const reachGains = coverageGains(sets, inverted, selection.seeds);
  const covered = new Uint8Array(sets.count);
  const coveredByGroup = groups === null ? null : new Float64Array(groups.names.length);
  let total = 0;
  const seeds: SpreadSeed[] = selection.seeds.map((v, pick) => {
    const before = coveredByGroup === null ? null : Float64Array.from(coveredByGroup);
    for (let j = inverted.offsets[v]!, end = inverted.offsets[v + 1]!; j < end; j++) {
      const s = inverted.setsOf[j]!;
      if (covered[s] === 1) continue;
      covered[s] = 1;
      if (coveredByGroup !== null) coveredByGroup[groupOfRoot![s]!]!++;
    }
    const reachGain = reachGains[pick]! * perSet;
    total += reachGain;
    const id = graph.ids[v]!;
    const label = actorLabel(eco, id);
    let reason: SpreadReason;
    if (objective === "groups") {
      const moved = groups!.names
        .map((name, g) => ({
          name,
          progress: Math.min(coveredByGroup![g]! / caps![g]!, 1) - Math.min(before![g]! / caps![g]!, 1),
        }))
        .filter((row) => row.progress > 0)
        .sort((a, b) => b.progress - a.progress || compareIds(a.name, b.name))
        .slice(0, 3)
        .map((row) => row.name);
      reason = seedGroupsReason(label, selection.gains[pick]!, moved, groupShare);
    } else reason = seedReachReason(label, reachGain, pick === 0, total);
    return {
      id,
      label,
      role: eco.getNodeAttribute(id, "role"),
      marginalGain: objective === "reach" ? reachGain : selection.gains[pick]!,
      reachGain,
      reason,
    };
  });
  const expectedReach = total;
  return {
    model,
    objective,
    k,
    epsilon,
    seed,
    seeds,
    expectedReach,
    objectiveValue: objective === "reach" ? expectedReach : selection.gains.reduce((a, b) => a + b, 0),
    groupBy: groupBy === undefined ? null : typeof groupBy === "string" ? groupBy : "custom",
    byGroup:
      groups === null
        ? null
        : groups.names.map((group, g) => {
            const reach = coveredByGroup![g]! * perSet;
            return { group, actors: groups.sizes[g]!, expectedReach: reach, share: reach / groups.sizes[g]! };
          }),
    samples: sets.count,
    lowerBound,
    guaranteed: !capped,
  };
}
