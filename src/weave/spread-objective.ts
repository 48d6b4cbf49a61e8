/**
 * The `spread` objective of `planWeaving`: ties that make one innovation, started by given actors,
 * travel further, scored by `spreadGain` on the network as planned so far.
 *
 * @packageDocumentation
 */
import type { GroupBy } from "../metrics/group-by.js";
import type { Ecosystem } from "../model/ecosystem.js";
import { optionError } from "../model/option-errors.js";
import type { ViewOptions } from "../model/view.js";
import type { SpreadModel, SpreadProbability } from "../spread/options.js";
import { type SpreadTieGain, spreadGain } from "../spread/spread-gain.js";
import { OPTION_NO_PROPOSED_KIND_CHANCE, OPTION_SPREAD_NEEDS_SEEDS } from "../text/catalogues/en/options.js";
import type { ProposedTieKind } from "./tie-proposal.js";

/** What the `spread` objective of `planWeaving` reads: the innovation and how it travels. */
export interface WeavingSpreadOptions {
  /** Ids of the actors the innovation starts with (at least one; no id twice). */
  seeds: readonly string[];
  /**
   * The diffusion model (see `simulateSpread`).
   * @defaultValue "independent-cascade"
   */
  model?: SpreadModel;
  /**
   * Chance that a tie passes the innovation on, independent cascade only (see `SpreadProbability`);
   * a planned tie counts as a tie of its proposed kind (`tieKind`).
   * @defaultValue 0.1
   */
  probability?: SpreadProbability;
  /**
   * Runs per step; every candidate of a step is scored on the same runs.
   * @defaultValue 1000
   */
  runs?: number;
  /**
   * Seed of the runs.
   * @defaultValue the plan's `seed`
   */
  seed?: number;
  /**
   * Stop every run after this many steps; `null` runs until nobody new is reached.
   * @defaultValue null
   */
  maxSteps?: number | null;
  /**
   * A grouping (such as `"region"`) the reasons name when a tie newly reaches one of its groups;
   * without it they name roles.
   * @defaultValue undefined
   */
  groupBy?: GroupBy;
}

/** What the innovation's spread was before the plan and is estimated to be after it. */
export interface PlanSpread {
  /** The seeds, sorted by id. */
  seeds: string[];
  /** Expected reach before any planned tie (on the first step's runs). */
  before: number;
  /** Expected reach once every planned tie is made (on the last step's runs; `before` for an empty plan). */
  after: number;
}

/** A candidate of one step: its ends (ids) and the tie it would be. @internal */
export interface SpreadCandidate {
  readonly source: string;
  readonly target: string;
  readonly kind: ProposedTieKind;
}

/** A planned tie: its ends and proposed kind. @internal */
export type PlannedTie = SpreadCandidate;

/** The per-candidate gains of one step. @internal */
export interface SpreadStepValues {
  readonly values: Float64Array;
  readonly gains: readonly SpreadTieGain[];
  readonly baseReach: number;
  readonly seeds: readonly string[];
}

/** Checks the `spread` option of the objective, before any work. @internal */
export function checkSpreadOptions(
  spread: WeavingSpreadOptions | undefined,
  fn: string,
): WeavingSpreadOptions {
  if (typeof spread !== "object" || spread === null) {
    throw optionError("options.spreadNeedsSeeds", OPTION_SPREAD_NEEDS_SEEDS, {
      fn,
      form: "{ seeds: [...] }",
    });
  }
  return spread;
}

/**
 * A tie kind of `used` for the planned ties of proposed kind `kind`: `woven-funding`, else
 * `woven-funding-2`, …, so a planned tie never merges with an existing tie of the same kind and its
 * chance can still be the proposed kind's.
 */
function plannedKindName(used: ReadonlySet<string>, kind: ProposedTieKind): string {
  let name = `woven-${kind}`;
  for (let k = 2; used.has(name); k++) name = `woven-${kind}-${k}`;
  return name;
}

/**
 * The probability rule with the planned kinds given the chance of their proposed kind; other rules do
 * not read kinds and are kept as they are.
 */
function probabilityWithPlanned(
  probability: SpreadProbability | undefined,
  planned: ReadonlyMap<string, ProposedTieKind>,
): SpreadProbability | undefined {
  if (typeof probability !== "object" || probability === null || !("kind" in probability)) return probability;
  const kind: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const [name, p] of Object.entries(probability.kind)) kind[name] = p;
  for (const [name, proposed] of planned) {
    const p = Object.hasOwn(probability.kind, proposed) ? probability.kind[proposed] : probability.otherwise;
    if (p !== undefined) kind[name] = p;
  }
  return probability.otherwise === undefined ? { kind } : { kind, otherwise: probability.otherwise };
}

/**
 * Refuses a per-kind probability that gives no chance to a proposed tie kind of the candidates, which
 * `spreadGain` would otherwise find only for candidates some run reaches.
 */
function checkKindsCovered(
  probability: SpreadProbability | undefined,
  candidates: readonly SpreadCandidate[],
  fn: string,
): void {
  if (typeof probability !== "object" || probability === null || !("kind" in probability)) return;
  if (probability.otherwise !== undefined) return;
  for (const candidate of candidates) {
    if (!Object.hasOwn(probability.kind, candidate.kind)) {
      throw optionError("options.noProposedKindChance", OPTION_NO_PROPOSED_KIND_CHANCE, {
        fn,
        kind: candidate.kind,
        source: candidate.source,
        target: candidate.target,
      });
    }
  }
}

/**
 * The gain in expected reach of every candidate (at least one) on `eco` with the `planned` ties made: `spreadGain`
 * on one set of runs (common random numbers), each planned tie an undirected tie of weight 1 whose
 * chance is that of its proposed kind. O(runs · (a cascade + Σ over the candidates a run can change
 * of a cascade)).
 * @internal
 */
export function spreadStepValues(
  eco: Ecosystem,
  viewOptions: ViewOptions,
  planned: readonly PlannedTie[],
  candidates: readonly SpreadCandidate[],
  spread: WeavingSpreadOptions,
  planSeed: number,
  fn: string,
): SpreadStepValues {
  checkKindsCovered(spread.probability, candidates, fn);
  let spreadEco = eco;
  const plannedKinds = new Map<string, ProposedTieKind>();
  if (planned.length > 0) {
    const used = new Set<string>();
    eco.forEachEdge((_edge, tie) => {
      used.add(tie.kind);
    });
    const nameOf = new Map<ProposedTieKind, string>();
    spreadEco = eco.copy() as Ecosystem;
    for (const tie of planned) {
      let name = nameOf.get(tie.kind);
      if (name === undefined) {
        name = plannedKindName(used, tie.kind);
        nameOf.set(tie.kind, name);
        plannedKinds.set(name, tie.kind);
      }
      spreadEco.addUndirectedEdge(tie.source, tie.target, { kind: name });
    }
  }
  const options: ViewOptions = { ...viewOptions };
  if (viewOptions.kinds !== undefined) options.kinds = [...viewOptions.kinds, ...plannedKinds.keys()];
  const probability = probabilityWithPlanned(spread.probability, plannedKinds);
  const values = new Float64Array(candidates.length);
  const result = spreadGain(spreadEco, {
    ...options,
    seeds: spread.seeds,
    ...(spread.model === undefined ? {} : { model: spread.model }),
    ...(probability === undefined ? {} : { probability }),
    ...(spread.runs === undefined ? {} : { runs: spread.runs }),
    seed: spread.seed ?? planSeed,
    ...(spread.maxSteps === undefined ? {} : { maxSteps: spread.maxSteps }),
    ...(spread.groupBy === undefined ? {} : { groupBy: spread.groupBy }),
    ties: candidates.map((candidate) => ({
      source: candidate.source,
      target: candidate.target,
      kind: candidate.kind,
    })),
  });
  for (let p = 0; p < candidates.length; p++) values[p] = result.ties[p]!.gain;
  return { values, gains: result.ties, baseReach: result.baseReach, seeds: result.seeds };
}
