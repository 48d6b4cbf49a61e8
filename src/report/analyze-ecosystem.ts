/**
 * `analyzeEcosystem`: every answer of ecoweave in one JSON-serialisable report — overview, structural
 * gaps, bridge actors, key players, weaver candidates, suggested ties and a weaving plan, the role
 * mixing matrix and a per-actor table — the input of `toMarkdown` and `toHtml`.
 *
 * @packageDocumentation
 */
import {
  type BetweennessSample,
  betweennessPivots,
  sharedBetweenness,
} from "../brokers/betweenness-sample.js";
import { type BridgeActor, findBridgeActors } from "../brokers/find-bridge-actors.js";
import { findKeyPlayers, type KeyPlayersResult } from "../brokers/key-players.js";
import { findWeaverCandidates, type WeaverCandidatesResult } from "../brokers/weaver-candidates.js";
import { findStructuralGaps } from "../gaps/find-structural-gaps.js";
import type { StructuralGap } from "../gaps/types.js";
import { communities } from "../metrics/communities.js";
import { coreNumbers } from "../metrics/core-numbers.js";
import type { GroupBy } from "../metrics/group-by.js";
import { mixingMatrix } from "../metrics/groups.js";
import { structuralHoles } from "../metrics/structural-holes.js";
import { checkArguments, optionKeys } from "../model/check-arguments.js";
import { checkOptionType } from "../model/check-inputs.js";
import { actorLabel, type Ecosystem } from "../model/ecosystem.js";
import { InvalidOptionError, NotApplicableError } from "../model/errors.js";
import { mustBe, ruleFinite, ruleIntegerAtLeast } from "../model/option-errors.js";
import type { AttributeValue } from "../model/schema.js";
import { checkViewOptionTypes, VIEW_OPTION_KEYS, type ViewOptions } from "../model/view.js";
import { getView } from "../model/view-cache.js";
import {
  type PlanWeavingOptions,
  planWeaving,
  type WeavingObjective,
  type WeavingPlan,
} from "../weave/plan-weaving.js";
import type { WeaverStrategy } from "../weave/strategies.js";
import {
  type SuggestConnectionsOptions,
  suggestConnections,
  type WeaverSuggestion,
} from "../weave/suggest-connections.js";
import { type EcosystemOverview, ecosystemOverview } from "./overview.js";

/** The phases of {@link analyzeEcosystem}, in the order they run. */
export const ANALYZE_PHASES = Object.freeze([
  "overview",
  "gaps",
  "bridgeActors",
  "keyPlayers",
  "weaverCandidates",
  "suggestions",
  "plan",
  "mixing",
  "actors",
] as const);

/** A phase of {@link analyzeEcosystem}. */
export type AnalyzePhase = (typeof ANALYZE_PHASES)[number];

/** What {@link AnalyzeEcosystemOptions.onProgress} receives. */
export interface AnalyzeProgress {
  /** The phase about to run, or `"complete"` once the report is ready. */
  phase: AnalyzePhase | "complete";
  /** Phases finished so far. */
  done: number;
  /** Number of phases. */
  total: number;
}

/** Options of {@link analyzeEcosystem}: passed on to each analysis. */
export interface AnalyzeEcosystemOptions extends ViewOptions {
  /**
   * Seed of every random part: role-pair permutations, Louvain communities, betweenness pivots,
   * key-player restarts, and the suggestions' and plan's estimates.
   * @defaultValue 1
   */
  seed?: number;
  /**
   * How actors are grouped for role-pair gaps, brokerage, bridge actors and the mixing matrix:
   * `"role"`, a single-valued actor attribute, or a function of the actor (recorded as `"function"`
   * in `generatedWith`).
   * @defaultValue "role"
   */
  groupBy?: GroupBy;
  /**
   * Break coverage gaps down by this actor attribute (e.g. `"region"`).
   * @defaultValue none
   */
  coverageBy?: string;
  /**
   * Coverage gaps, suggestions and plan: the largest number of steps at which a needed role counts as
   * reachable.
   * @defaultValue 2
   */
  maxDistance?: number;
  /**
   * `ties-ending` gaps, suggestions and plan: ties active on `at` whose `until` falls at most this many
   * months after `at` are ending (an integer ≥ 1; without `at` there are no ties-ending gaps).
   * @defaultValue 12
   */
  horizonMonths?: number;
  /**
   * Role-pair gaps: label permutations behind each p-value.
   * @defaultValue 1000
   */
  permutations?: number;
  /**
   * How many bridge actors and suggested ties to list (an integer ≥ 1).
   * @defaultValue 10
   */
  top?: number;
  /**
   * Size of the key-player set (fragmentation objective); lowered to n − 1 in smaller ecosystems.
   * @defaultValue 3
   */
  keyPlayers?: number;
  /**
   * Size of the weaving team of `findWeaverCandidates`; lowered to n − 1 in smaller ecosystems.
   * @defaultValue 3
   */
  teamSize?: number;
  /**
   * The weaving strategy of the suggestions and the plan.
   * @defaultValue "close-gaps"
   */
  strategy?: WeaverStrategy;
  /**
   * Number of ties in the weaving plan (an integer ≥ 1).
   * @defaultValue 5
   */
  budget?: number;
  /**
   * What each step of the plan maximises: `"gaps"` (what it closes of the structural gaps),
   * `"balanced"` (the strategy's score), `"efficiency"` or `"coverage"` (see `planWeaving`).
   * @defaultValue "gaps"
   */
  objective?: WeavingObjective;
  /**
   * How betweenness is computed for bridge actors and the actor table: `"auto"` (exact up to 2 000
   * actors, 500 seeded pivots above, down to 100 on the largest ecosystems: see `betweennessPivots`),
   * `"exact"`, or a number of pivots.
   * @defaultValue "auto"
   */
  betweennessSample?: BetweennessSample;
  /**
   * Called before each phase and once at the end (`phase: "complete"`), so a caller can show
   * progress on a large ecosystem. Not recorded in the report.
   * @defaultValue none
   */
  onProgress?: (progress: AnalyzeProgress) => void;
}

/** The defaults of {@link AnalyzeEcosystemOptions}. */
export const ANALYZE_ECOSYSTEM_DEFAULTS = Object.freeze({
  seed: 1,
  groupBy: "role",
  maxDistance: 2,
  horizonMonths: 12,
  permutations: 1000,
  top: 10,
  keyPlayers: 3,
  teamSize: 3,
  strategy: "close-gaps",
  budget: 5,
  objective: "gaps",
  betweennessSample: "auto",
} satisfies AnalyzeEcosystemOptions);

/** The options a report was made with, as JSON values (no version or date, so reports are reproducible). */
export interface AnalyzeSettings {
  /** Tie kinds that counted; `null` for all. */
  kinds: string[] | null;
  /** The date ties were active on; `null` for every tie. */
  at: string | null;
  seed: number;
  /** The grouping: `"role"`, an attribute name, or `"function"`. */
  groupBy: string;
  coverageBy: string | null;
  maxDistance: number;
  horizonMonths: number;
  permutations: number;
  top: number;
  keyPlayers: number;
  teamSize: number;
  strategy: WeaverStrategy;
  budget: number;
  objective: WeavingObjective;
  /** `"auto"`, `"exact"` or a number of pivots. */
  betweennessSample: BetweennessSample;
}

/** The role mixing matrix, with the numbers a heatmap shows. */
export interface ReportMixing {
  /** What the groups are: `"role"`, an attribute name, or `"function"`. */
  groupBy: string;
  /** Group ids, sorted by code units: the rows and columns. */
  groups: string[];
  /** `mixingMatrix` counts: tie ends, so a tie between g and h adds 1 to [g][h] and [h][g], 2 to [g][g]. */
  counts: number[][];
  /** Adjacent pairs joining g and h (g ≠ h), or inside g (diagonal). */
  ties: number[][];
  /** Pairs expected from the groups' degree sums D: D_g·D_h / 2m (g ≠ h), D_g² / 4m (diagonal). */
  expected: number[][];
  /** ties / expected; `null` where expected is 0. Below 1: the groups are tied less than their activity predicts. */
  ratio: (number | null)[][];
}

/** One row of the per-actor table. */
export interface ReportActorRow {
  /** Actor id. */
  id: string;
  /** Its label, or its id when it has none. */
  label: string;
  /** Its role. */
  role: string;
  /** A copy of its attributes (`{}` when it has none). */
  attributes: Record<string, AttributeValue>;
  /** Number of distinct contacts on the undirected view. */
  degree: number;
  /** Normalised betweenness (estimated above 2 000 actors with `betweennessSample: "auto"`). */
  betweenness: number;
  /** Burt's constraint (weighted); `null` for an isolate. */
  constraint: number | null;
  /** Burt's effective size (weighted); `null` for an isolate. */
  effectiveSize: number | null;
  /** Index of its Louvain community (0 = the largest). */
  community: number;
  /** Its core number (largest k of a k-core containing it). */
  coreNumber: number;
}

/** The report of {@link analyzeEcosystem}. Plain JSON data. */
export interface EcosystemReport {
  /** The options the report was made with. */
  generatedWith: AnalyzeSettings;
  /** Who is in the ecosystem, how they are tied, and the network's stage. */
  overview: EcosystemOverview;
  /** `findStructuralGaps`: the structural gaps, most severe first. */
  gaps: StructuralGap[];
  /** `findBridgeActors`: the `top` bridge actors, best first. */
  bridgeActors: BridgeActor[];
  /** `findKeyPlayers` (fragmentation): the set whose loss fragments the network most; `null` below 2 actors. */
  keyPlayers: KeyPlayersResult | null;
  /** `findWeaverCandidates`: the team that reaches the most actors and the best hosts; `null` below 2 actors. */
  weaverCandidates: WeaverCandidatesResult | null;
  /** `suggestConnections`: the `top` ties to make, best first. */
  suggestions: WeaverSuggestion[];
  /** `planWeaving`: `budget` ties chosen one at a time, with the network before and after; `null` below 2 actors. */
  plan: WeavingPlan | null;
  /** The role (or `groupBy`) mixing matrix. */
  mixing: ReportMixing;
  /** One row per actor, in id order (code units), whatever the order of the input. */
  actors: ReportActorRow[];
}

const FN = "analyzeEcosystem";

const ANALYZE_ECOSYSTEM_OPTION_KEYS = optionKeys<AnalyzeEcosystemOptions>({
  ...VIEW_OPTION_KEYS,
  seed: true,
  groupBy: true,
  coverageBy: true,
  maxDistance: true,
  horizonMonths: true,
  permutations: true,
  top: true,
  keyPlayers: true,
  teamSize: true,
  strategy: true,
  budget: true,
  objective: true,
  betweennessSample: true,
  onProgress: true,
});

function groupByName(groupBy: GroupBy): string {
  return typeof groupBy === "function" ? "function" : groupBy;
}

function checkInteger(name: string, value: number, least: number): void {
  if (!(Number.isInteger(value) && value >= least)) {
    throw mustBe(FN, name, String(value), ruleIntegerAtLeast(least));
  }
}

function copyAttributes(
  attributes: Record<string, AttributeValue> | undefined,
): Record<string, AttributeValue> {
  const copy: Record<string, AttributeValue> = {};
  for (const [key, value] of Object.entries(attributes ?? {}))
    copy[key] = Array.isArray(value) ? [...value] : value;
  return copy;
}

/** The mixing matrix with observed pairs, expected pairs and their ratio. */
function reportMixing(eco: Ecosystem, viewOptions: ViewOptions, groupBy: GroupBy): ReportMixing {
  const matrix = mixingMatrix(eco, { ...viewOptions, groupBy });
  const size = matrix.groups.length;
  const degreeSums = matrix.counts.map((row) => row.reduce((sum, value) => sum + value, 0));
  const twiceM = degreeSums.reduce((sum, value) => sum + value, 0);
  const ties: number[][] = [];
  const expected: number[][] = [];
  const ratio: (number | null)[][] = [];
  for (let g = 0; g < size; g++) {
    const tieRow: number[] = [];
    const expectedRow: number[] = [];
    const ratioRow: (number | null)[] = [];
    for (let h = 0; h < size; h++) {
      const observed = g === h ? matrix.counts[g]![h]! / 2 : matrix.counts[g]![h]!;
      const product = degreeSums[g]! * degreeSums[h]!;
      const expect = twiceM === 0 ? 0 : g === h ? product / (2 * twiceM) : product / twiceM;
      tieRow.push(observed);
      expectedRow.push(expect);
      ratioRow.push(expect > 0 ? observed / expect : null);
    }
    ties.push(tieRow);
    expected.push(expectedRow);
    ratio.push(ratioRow);
  }
  return {
    groupBy: groupByName(groupBy),
    groups: matrix.groups,
    counts: matrix.counts,
    ties,
    expected,
    ratio,
  };
}

/**
 * The whole analysis of an ecosystem in one JSON-serialisable report: overview, structural gaps,
 * bridge actors, key players, weaver candidates, suggested ties, a weaving plan, the mixing matrix
 * and a per-actor table. The input of `toMarkdown` and `toHtml`.
 *
 * @remarks
 * Runs, on the undirected view of `kinds` and `at` and with one `seed`: `ecosystemOverview`,
 * `findStructuralGaps` (`groupBy`, `coverageBy`, `maxDistance`, `horizonMonths`, `permutations`), `findBridgeActors`
 * (brokerage across `groupBy` and the communities, `top`, `betweennessSample`), `findKeyPlayers` (fragmentation, k = `keyPlayers`),
 * `findWeaverCandidates` (`teamSize`), `suggestConnections` (`strategy`, `top`, `maxDistance`,
 * `horizonMonths`), `planWeaving` (`strategy`, `budget`, `objective`, `maxDistance`, `horizonMonths`), `mixingMatrix` (`groupBy`), and for the actor table `betweenness` (the
 * pivots of `betweennessSample`, as in `findBridgeActors`), `structuralHoles` (weighted),
 * `communities` and `coreNumbers`. Nothing is computed here that those functions compute: the report
 * collects their results. The mixing section adds the pairs a configuration model expects,
 * E[g,h] = D_g·D_h / 2m for g ≠ h and D_g² / 4m within g (D_g the degree sum of group g, m the tied
 * pairs), and the ratio observed / expected, as the role-pair gaps read them.
 * Key-player and team sizes are lowered to n − 1 when the ecosystem is smaller; below 2 actors those
 * sections and the plan are `null`.
 * Deterministic: the same ecosystem, options and seed give a byte-identical `JSON.stringify(report)`;
 * `generatedWith` records the options (no version, no date). The ecosystem is not mutated.
 * Time complexity: the sum of the analyses'; on 10 000 actors and 50 000 ties the whole report takes
 * well under a minute (docs/reports.md gives the measured time of each phase).
 *
 * @param options - view options (`directed: true` is refused), `seed`, `groupBy`, `coverageBy`,
 *   `maxDistance`, `horizonMonths`, `permutations`, `top`, `keyPlayers`, `teamSize`, `strategy`, `budget`,
 *   `objective`, `betweennessSample`, `onProgress`.
 * @returns the report.
 * @throws {@link NotApplicableError} with `directed: true` (the gaps, stage and weaving read the
 *   undirected view).
 * @throws {@link InvalidOptionError} for an unknown option (naming the closest one), an option of the
 *   wrong type or out of range (also from the analyses it runs).
 * @throws {@link EcoweaveError} `invalid_argument` when `eco` is not an ecosystem.
 * @example
 * const report = analyzeEcosystem(sampleEcosystem());
 * report.overview.actors; // 115
 * @see {@link toMarkdown}
 * @see {@link toHtml}
 * @category Reports
 */
export function analyzeEcosystem(eco: Ecosystem, options: AnalyzeEcosystemOptions = {}): EcosystemReport {
  checkArguments(FN, eco, options, ANALYZE_ECOSYSTEM_OPTION_KEYS);
  checkViewOptionTypes(FN, options);
  checkOptionType(FN, "onProgress", options.onProgress, "function");
  checkOptionType(FN, "coverageBy", options.coverageBy, "string");
  if (options.directed === true) {
    throw new NotApplicableError(`${FN}: the report reads the undirected view; drop directed: true`);
  }
  const settings = { ...ANALYZE_ECOSYSTEM_DEFAULTS, ...options };
  if (!Number.isFinite(settings.seed)) {
    throw mustBe(FN, "seed", String(settings.seed), ruleFinite());
  }
  checkInteger("top", settings.top, 1);
  checkInteger("keyPlayers", settings.keyPlayers, 1);
  checkInteger("teamSize", settings.teamSize, 1);
  checkInteger("budget", settings.budget, 1);
  checkInteger("horizonMonths", settings.horizonMonths, 1);
  const viewOptions: ViewOptions = {};
  if (options.kinds !== undefined) viewOptions.kinds = [...options.kinds];
  if (options.at !== undefined) viewOptions.at = options.at;
  const view = getView(eco, viewOptions);
  const n = view.order;
  const { seed, groupBy } = settings;
  const generatedWith: AnalyzeSettings = {
    kinds: viewOptions.kinds === undefined ? null : [...viewOptions.kinds],
    at: viewOptions.at ?? null,
    seed,
    groupBy: groupByName(groupBy),
    coverageBy: settings.coverageBy ?? null,
    maxDistance: settings.maxDistance,
    horizonMonths: settings.horizonMonths,
    permutations: settings.permutations,
    top: settings.top,
    keyPlayers: settings.keyPlayers,
    teamSize: settings.teamSize,
    strategy: settings.strategy,
    budget: settings.budget,
    objective: settings.objective,
    betweennessSample: settings.betweennessSample,
  };

  let done = 0;
  const total = ANALYZE_PHASES.length;
  const step = (phase: AnalyzePhase | "complete") => {
    settings.onProgress?.({ phase, done, total });
    if (phase !== "complete") done++;
  };

  step("overview");
  const overview = ecosystemOverview(eco, { ...viewOptions, seed });

  step("gaps");
  const gaps = findStructuralGaps(eco, {
    ...viewOptions,
    seed,
    groupBy,
    maxDistance: settings.maxDistance,
    horizonMonths: settings.horizonMonths,
    permutations: settings.permutations,
    ...(settings.coverageBy === undefined ? {} : { coverageBy: settings.coverageBy }),
  });

  step("bridgeActors");
  const bridgeActors = findBridgeActors(eco, {
    ...viewOptions,
    seed,
    // Brokerage across the report's grouping and across the communities the ties draw.
    groupBy: groupBy === "community" ? groupBy : [groupBy, "community"],
    top: settings.top,
    betweennessSample: settings.betweennessSample,
  });

  step("keyPlayers");
  const keyPlayers =
    n < 2 ? null : findKeyPlayers(eco, { ...viewOptions, seed, k: Math.min(settings.keyPlayers, n - 1) });

  step("weaverCandidates");
  const weaverCandidates =
    n < 2
      ? null
      : findWeaverCandidates(eco, { ...viewOptions, seed, teamSize: Math.min(settings.teamSize, n - 1) });

  const weaving: SuggestConnectionsOptions & PlanWeavingOptions = {
    ...viewOptions,
    seed,
    strategy: settings.strategy,
    maxDistance: settings.maxDistance,
    horizonMonths: settings.horizonMonths,
    ...(settings.coverageBy === undefined ? {} : { coverageBy: settings.coverageBy }),
  };
  step("suggestions");
  const suggestions = suggestConnections(eco, { ...weaving, top: settings.top });

  step("plan");
  const plan =
    n < 2 ? null : planWeaving(eco, { ...weaving, budget: settings.budget, objective: settings.objective });

  step("mixing");
  const mixing = reportMixing(eco, viewOptions, groupBy);

  step("actors");
  const pivots = betweennessPivots(FN, settings.betweennessSample, n, view.targets.length);
  const between = sharedBetweenness(eco, viewOptions, pivots, seed);
  const holes = structuralHoles(eco, viewOptions);
  const partition = communities(eco, { ...viewOptions, seed });
  const cores = coreNumbers(eco, viewOptions);
  const actors: ReportActorRow[] = [];
  for (let i = 0; i < n; i++) {
    const id = view.ids[i]!;
    const attributes = eco.getNodeAttributes(id);
    actors.push({
      id,
      label: actorLabel(eco, id),
      role: attributes.role,
      attributes: copyAttributes(attributes.attributes),
      degree: view.offsets[i + 1]! - view.offsets[i]!,
      betweenness: between[id]!,
      constraint: holes[id]!.constraint,
      effectiveSize: holes[id]!.effectiveSize,
      community: partition.assignment[id]!,
      coreNumber: cores[id]!,
    });
  }

  step("complete");
  return {
    generatedWith,
    overview,
    gaps,
    bridgeActors,
    keyPlayers,
    weaverCandidates,
    suggestions,
    plan,
    mixing,
    actors,
  };
}
