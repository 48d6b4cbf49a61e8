/**
 * `planWeaving`: a sequence of introductions chosen one at a time, each scored as if the earlier ones
 * had been made, with the network's figures before, after each step, and after.
 *
 * @packageDocumentation
 */

import { checkArguments, optionKeys } from "../model/check-arguments.js";
import type { Ecosystem } from "../model/ecosystem.js";
import { InvalidOptionError } from "../model/errors.js";
import { isNot, mustBe, ruleIntegerAtLeast, ruleOneOfList } from "../model/option-errors.js";
import type { SpreadTieGain } from "../spread/spread-gain.js";
import type { Message } from "../text/message.js";
import type { CandidateSet } from "./candidates.js";
import { addTie, createDistanceMatrix, type DistanceMatrix, globalEfficiencyOf } from "./distance-matrix.js";
import { efficiencyGain, sampledEfficiencyGain } from "./efficiency-gain.js";
import { exactGainsAffordable } from "./exact-gain-work.js";
import {
  closuresOf,
  countedGaps,
  createGapState,
  createRemedyScratch,
  type GapClosure,
  type GapState,
  remedyOf,
} from "./gap-remedies.js";
import { introducersOf } from "./introducers.js";
import {
  type NetworkFigures,
  networkFigures,
  PLAN_ENGINE,
  unusedKind,
  wovenBase,
} from "./network-figures.js";
import { bestByGaps, followUpOf, type PlanSoFar, type WovenStep, wovenStep } from "./plan-lookahead.js";
import { reasonsOf } from "./reasons.js";
import { closureMessages } from "./remedy-words.js";
import {
  coveredBy,
  createCoverageScratch,
  createScoringContext,
  rankCandidates,
  type ScoringContext,
  scoreCandidates,
} from "./score-components.js";
import {
  checkSpreadOptions,
  type PlannedTie,
  type PlanSpread,
  type SpreadCandidate,
  type SpreadStepValues,
  spreadStepValues,
  type WeavingSpreadOptions,
} from "./spread-objective.js";
import {
  CANDIDATE_OPTION_KEYS,
  contextCandidates,
  contextSettings,
  EXACT_GAIN_LIMIT,
  endsOf,
  GAP_VALUE_TOLERANCE,
  gapValues,
  pairFilter,
  rankByGaps,
  SHORTLIST_SIZE,
  type SuggestConnectionsOptions,
  subset,
  weavingSettings,
} from "./suggest-connections.js";
import {
  type IntroductionKind,
  introductionKindOf,
  type ProposedTieKind,
  proposedTieKind,
} from "./tie-proposal.js";

/** The keys of {@link PlanWeavingOptions}, checked at run time (see `checkOptionKeys`). */
const PLAN_WEAVING_OPTION_KEYS = optionKeys<PlanWeavingOptions>({
  budget: true,
  objective: true,
  spread: true,
  ...CANDIDATE_OPTION_KEYS,
});

/** What a plan maximises step by step. */
export type WeavingObjective = "gaps" | "efficiency" | "coverage" | "balanced" | "spread";

const OBJECTIVES: readonly WeavingObjective[] = ["gaps", "efficiency", "coverage", "balanced", "spread"];

/** Options of {@link planWeaving}: those of `suggestConnections` (but `top`), and the plan's own. */
export interface PlanWeavingOptions extends Omit<SuggestConnectionsOptions, "top"> {
  /**
   * Number of ties to plan (a positive integer). The plan stops earlier when no candidate is left, or,
   * for `coverage`, when no candidate covers another need.
   * @defaultValue 5
   */
  budget?: number;
  /**
   * What each step maximises: `gaps` (the gap value of `suggestConnections`: the loss the tie takes
   * away from actors over the structural gaps found before the plan, recomputed after each tie), `efficiency` (the rise in
   * global efficiency), `coverage` (the number of (actor, needed role) pairs newly covered within
   * `maxDistance`), `balanced` (the strategy's weighted score, as `suggestConnections` computes it),
   * or `spread` (the rise in the expected reach of the innovation described by `spread`).
   * @defaultValue "gaps"
   */
  objective?: WeavingObjective;
  /**
   * With `objective: "spread"` (and required by it): the innovation's seeds and how it travels.
   * @defaultValue undefined
   */
  spread?: WeavingSpreadOptions;
}

/** The defaults of {@link PlanWeavingOptions} (with those of `SUGGEST_CONNECTIONS_DEFAULTS`). */
export const PLAN_WEAVING_DEFAULTS = Object.freeze({
  budget: 5,
  objective: "gaps",
} satisfies PlanWeavingOptions);

/** One planned introduction. */
export interface WeavingStep {
  /** One end (the smaller id). */
  source: string;
  /** The other end. */
  target: string;
  /**
   * What the step gains on the objective, given the earlier steps: the gap value (`gaps`), ΔE
   * (`efficiency`; an estimate above 3,000 actors), newly covered needs (`coverage`), or the score in
   * [0, 1] (`balanced`), or the rise in expected reach, actors (`spread`).
   */
  gain: number;
  /** The gap value of the step given the earlier steps (see `WeaverSuggestion.gapValue`). */
  gapValue: number;
  /** The stable ids of the gaps the step addresses, given the earlier steps, most valuable first. */
  closes: string[];
  /** What it closes of each of those gaps, in numbers and words, in the order of `closes`. */
  closing: GapClosure[];
  /** The kind of tie that fits the two roles. */
  tieKind: ProposedTieKind;
  /** How `introducers` introduce them (mutual contacts, a chain, or the weaver directly). */
  introduction: IntroductionKind;
  /** Who can make the introduction once the earlier ties exist, best first or in chain order. */
  introducers: string[];
  /** Why, in words, given the earlier ties (the English of `reasonMessages`). */
  reasons: string[];
  /**
   * The reasons as messages (ids `weave.*`), in the order of `reasons` (`reasons[i]` is
   * `reasonMessages[i].text`): render them in any locale with `formatMessage`.
   */
  reasonMessages: Message[];
  /** The network's figures once this and the earlier ties are made. */
  after: NetworkFigures;
  /**
   * With the `spread` objective: what the tie does to the innovation's reach given the earlier ties
   * (`spreadGain`), whose reason is also the first of `reasons`; absent otherwise.
   */
  spread?: SpreadTieGain;
}

/** How the structural gaps changed from before the plan to after it, found again on the woven network. */
export interface PlanGapChanges {
  /** Number of gaps before the plan. */
  before: number;
  /** Number of gaps once every step is made. */
  after: number;
  /** Ids of the gaps found before and not after. */
  closed: string[];
  /** Ids of the gaps found before and after, less severe after. */
  narrowed: string[];
  /** Ids of the gaps found after only (a new tie can itself become the only link of an isolate). */
  opened: string[];
}

/** A weaving plan. */
export interface WeavingPlan {
  /** The objective maximised. */
  objective: WeavingObjective;
  /** The ties, in the order they were chosen. */
  steps: WeavingStep[];
  /** The figures now. */
  before: NetworkFigures;
  /** The figures once every step is made (equal to `before` for an empty plan). */
  after: NetworkFigures;
  /** The gaps closed, narrowed and opened, from `findStructuralGaps` before and after. */
  gaps: PlanGapChanges;
  /** With the `spread` objective: the innovation's expected reach before and after the plan; absent otherwise. */
  spread?: PlanSpread;
}

/** The objective value of every candidate against the current state. */
function objectiveValues(
  objective: WeavingObjective,
  context: ScoringContext,
  candidates: CandidateSet,
  matrix: DistanceMatrix | null,
  settings: ReturnType<typeof weavingSettings>,
  state: GapState,
): Float64Array {
  const { ids } = context.view;
  const values = new Float64Array(candidates.count);
  if (objective === "gaps") values.set(gapValues(context, state, candidates));
  else if (objective === "coverage") {
    const scratch = createCoverageScratch(context.view.order);
    for (let p = 0; p < candidates.count; p++)
      values[p] = coveredBy(context, candidates.u[p]!, candidates.v[p]!, scratch);
  } else if (objective === "efficiency") {
    if (matrix !== null) {
      for (let p = 0; p < candidates.count; p++)
        values[p] = efficiencyGain(matrix, ids[candidates.u[p]!]!, ids[candidates.v[p]!]!).gain;
    } else {
      const pairs: [string, string][] = [];
      for (let p = 0; p < candidates.count; p++) pairs.push([ids[candidates.u[p]!]!, ids[candidates.v[p]!]!]);
      const estimates = sampledEfficiencyGain(context.view, pairs, {
        sources: settings.gainSources,
        seed: settings.seed,
      });
      for (let p = 0; p < candidates.count; p++) values[p] = Math.max(0, estimates[p]!.gain);
    }
  } else {
    const gains =
      matrix !== null
        ? ({ kind: "matrix", matrix } as const)
        : ({ kind: "sampled", sources: settings.gainSources, seed: settings.seed } as const);
    values.set(scoreCandidates(context, candidates, gains, settings.weights).score);
  }
  return values;
}

/**
 * A plan of introductions for a network weaver: ties chosen one at a time (greedily), each time scoring
 * the candidates as if the earlier ties had been made, with the network's figures before and after.
 *
 * @remarks
 * Step k picks, among the candidate ties of `suggestConnections` (same options, strategy and
 * filters, chosen once at the start) not yet planned and whose ends have fewer than `maxPerActor`
 * planned ties, the one that maximises the objective on G + (the ties of steps 1 … k − 1):
 * - `gaps` (the default): the gap value of `suggestConnections`, Σ_g w(g) · min(closed_g, loss(g)),
 *   with the gaps found again by `findStructuralGaps` on G′, so a gap once closed stops paying; a gap
 *   the earlier ties opened (an isolate joined by one tie hangs on it) is reported in `gaps.opened`
 *   but earns nothing, nor does a gap's part they added (a gap pays at most its weight before the
 *   plan), so a plan does not spend ties on fragility of its own making; removing a gap outright is
 *   credited from its loss before the plan (`OUTRIGHT_SHARE`); among ties of
 *   equal value (within a relative `LOOKAHEAD_TOLERANCE`, 1e-9) a one-step lookahead: each of the first
 *   `LOOKAHEAD_LIMIT` (4) of them, ranked by ΔE, then feasibility, then ids, one per distinct remedy
 *   first, is scored by the best gap value left once it is made, and the largest wins (equal ones keep
 *   that rank); the last step does not look ahead. A step with a tie then costs at most
 *   `LOOKAHEAD_LIMIT` more gap searches and gap-value passes (plan-lookahead.ts); above
 *   `LOOKAHEAD_TIE_LIMIT` (250,000) ties in the view no step looks ahead, so a plan at 10⁶ ties
 *   costs budget + 1 gap searches (the first of the tied candidates by rank wins);
 * - `efficiency`: ΔE = E(G′ + uv) − E(G′), exact from the distance matrix up to 3,000 actors; the matrix
 *   is updated tie by tie with `addTie` (only the pairs the tie brings closer are rewritten), so no
 *   search runs again; above 3,000 actors, or when the exact sums would visit more than 10⁹ pairs
 *   (`EXACT_GAIN_PAIR_BUDGET`), `sampledEfficiencyGain` on the best 1,000 candidates;
 * - `coverage`: the number of (actor, needed role) pairs newly covered within `maxDistance`, counted
 *   as the coverage gaps of `findStructuralGaps` count unmet needs;
 * - `balanced`: the strategy's score of `suggestConnections`, recomputed on G′ (coverage, common
 *   contacts, distances, efficiency gains and betweenness), the communities kept as found at the start;
 * - `spread`: the rise in the expected reach of the innovation started by `spread.seeds` (`spreadGain`
 *   on G′: every candidate, as a tie of its proposed kind, scored on the same `spread.runs` runs, common
 *   random numbers); each planned tie then counts in G′ as a tie of its proposed kind, weight 1; the
 *   plan stops when no candidate raises the reach; the first reason says how many more actors the tie
 *   reaches, mostly of which roles, and which `spread.groupBy` groups (regions) it newly reaches in at
 *   least half the runs; `step.spread` and `plan.spread` hold the numbers. Time per step O(runs · (a
 *   cascade + a cascade per candidate the run can change)); the independent cascade has
 *   nothing to gain from a tie unless one end is reached in the run and the tie's own coin is live.
 * Other ties of equal value go to the smaller source id, then target id. Each step names the gaps it
 * closes (`closes`, `closing`), proposes the tie for the role pair and says how the introducers
 * introduce; `gaps` lists the gaps closed, narrowed and opened between `findStructuralGaps` before the
 * plan and after every tie. The planned ties are added to a copy
 * of the ecosystem as undirected ties of an unused kind (`woven`), weight 1, undated.
 *
 * Greedy has no approximation guarantee here: global efficiency is not submodular in the added ties
 * (a tie can make a later one worth more, as when it joins the component a second tie then reaches),
 * so the plan can miss the best set. Measured: on the kite, the Florentine families and generated
 * graphs of a few components, budget 1 gave the best absent tie and budget 2 at least 95% of the best
 * pair of ties found by brute force (test/weave/plan-weaving.test.ts); on generated ecosystems of 500
 * and 2,000 actors its gains beat random, highest Adamic–Adar and highest degree-product ties
 * (docs/weaving.md, bench/weaving-baselines.ts).
 * Ours: no reference implementation.
 * Time complexity: per step, O(C · (n + |A| · |B|)) for C candidates (efficiency), plus the figures
 * (a coverage search, components, cut points: O(n + m)) and an O(n²) matrix copy.
 *
 * References: Latora, V. & Marchiori, M. (2001). Efficient behavior of small-world networks. Physical
 * Review Letters 87, 198701. doi:10.1103/PhysRevLett.87.198701.
 * Nemhauser, G. L., Wolsey, L. A. & Fisher, M. L. (1978). An analysis of approximations for maximizing
 * submodular set functions — I. Mathematical Programming 14, 265–294. doi:10.1007/BF01588971
 *
 * References: Burt, R. S. (1992). Structural Holes. Harvard University Press. Krebs, V. & Holley, J.
 * (2006). Building Smart Communities through Network Weaving. Appalachian Center for Economic Networks.
 *
 * @param options - `budget`, `objective`, and the options of `suggestConnections` but `top`.
 * @returns the objective, the steps, the figures before and after, and the gaps closed.
 * @throws {@link NotApplicableError} with `directed: true`.
 * @throws {@link InvalidOptionError} for an unknown objective, a budget that is not a positive
 * integer, any option `suggestConnections` refuses, `objective: "spread"` without `spread`, or a
 * `spread` option `spreadGain` refuses (unknown seeds, a per-kind probability without a proposed kind).
 * @example
 * // path a – b – c – d – e: the tie that raises efficiency most closes the path into a cycle
 * planWeaving(createEcosystem(path5), { budget: 1, objective: "efficiency" }).steps[0].target; // "e"
 * // by default the first step bypasses every cut vertex and bridge of the path at once
 * planWeaving(createEcosystem(path5), { budget: 1 }).steps[0].closes; // ["single-point-of-failure:…", …]
 * @see {@link suggestConnections}
 * @category Answers
 */
export function planWeaving(eco: Ecosystem, options: PlanWeavingOptions = {}): WeavingPlan {
  checkArguments("planWeaving", eco, options, PLAN_WEAVING_OPTION_KEYS);
  const fn = "planWeaving";
  const budget = options.budget ?? PLAN_WEAVING_DEFAULTS.budget;
  const objective = options.objective ?? PLAN_WEAVING_DEFAULTS.objective;
  if (!(typeof budget === "number" && Number.isInteger(budget) && budget >= 1)) {
    throw mustBe(fn, "budget", String(budget), ruleIntegerAtLeast(1));
  }
  if (!OBJECTIVES.includes(objective)) {
    throw isNot(fn, "objective", `"${String(objective)}"`, ruleOneOfList(OBJECTIVES));
  }
  const spread = objective === "spread" ? checkSpreadOptions(options.spread, fn) : null;
  const settings = weavingSettings(eco, options, fn);
  const start = createScoringContext(eco, settings.viewOptions, contextSettings(settings), fn);
  const n = start.view.order;
  let matrix = n <= EXACT_GAIN_LIMIT ? createDistanceMatrix(start.view) : null;
  let state = createGapState(eco, start, settings);
  const firstGaps = state.gaps;
  // The plan answers the gaps found before it: those its own ties open (the isolate it joins by one
  // tie now hangs on it) are reported in `gaps.opened` but earn the later steps nothing.
  const counted = countedGaps(state);
  let candidates = contextCandidates(start, pairFilter(start, settings, fn), state);
  if (matrix !== null && !exactGainsAffordable(matrix, candidates)) matrix = null;
  if (matrix === null && candidates.count > SHORTLIST_SIZE) {
    const first = scoreCandidates(start, candidates, { kind: "proxy" }, settings.weights);
    const order =
      objective === "gaps"
        ? rankByGaps(start, first, gapValues(start, state, candidates))
        : rankCandidates(start, first);
    candidates = subset(candidates, order.slice(0, SHORTLIST_SIZE));
  }
  const before = networkFigures(eco, settings.viewOptions, settings.maxDistance, matrix, settings.seed);
  const kind = unusedKind(eco);
  const community = start.community;
  const load = new Int32Array(n);
  const taken = new Uint8Array(candidates.count);
  const made: [string, string][] = [];
  const soFar: PlanSoFar = { base: wovenBase(eco), made, kind, community, counted, load, settings, fn };
  const planned: PlannedTie[] = [];
  const steps: WeavingStep[] = [];
  let context = start;
  let figures = before;
  let spreadBefore: SpreadStepValues | null = null;
  let spreadAfter: number | null = null;
  for (let step = 0; step < budget; step++) {
    const open: number[] = [];
    for (let p = 0; p < candidates.count; p++) {
      if (taken[p] === 1) continue;
      if (load[candidates.u[p]!]! >= settings.maxPerActor || load[candidates.v[p]!]! >= settings.maxPerActor)
        continue;
      open.push(p);
    }
    if (open.length === 0) break;
    const available = subset(candidates, open);
    const roleOf = (i: number) => context.roleIds[context.roleCode[i]!]!;
    const spreadStep =
      spread === null
        ? null
        : spreadStepValues(
            eco,
            settings.viewOptions,
            planned,
            spreadCandidates(context, available, roleOf),
            spread,
            settings.seed,
            fn,
          );
    if (spreadStep !== null && spreadBefore === null) spreadBefore = spreadStep;
    const values =
      spreadStep === null
        ? objectiveValues(objective, context, available, matrix, settings, state)
        : spreadStep.values;
    // No lookahead for the last step (what it would leave is beyond the budget), nor at scale.
    const built = new Map<number, WovenStep>();
    const followUp =
      objective === "gaps" && step + 1 < budget && start.view.tieCount <= PLAN_ENGINE.lookaheadTieLimit
        ? followUpOf(soFar, context, available, built)
        : null;
    let best =
      objective === "gaps" ? bestByGaps(context, state, available, values, matrix, settings, followUp) : -1;
    if (objective !== "gaps") {
      for (let q = 0; q < available.count; q++) {
        if (best === -1 || values[q]! > values[best]!) best = q;
        else if (values[q] === values[best]) {
          const [s1, t1] = endsOf(context.view, available, q);
          const [s2, t2] = endsOf(context.view, available, best);
          if (s1 < s2 || (s1 === s2 && t1 < t2)) best = q;
        }
      }
    }
    if ((objective === "coverage" || objective === "spread") && values[best]! <= 0) break;
    const p = open[best]!;
    const u = candidates.u[p]!;
    const v = candidates.v[p]!;
    const [source, target] = endsOf(context.view, candidates, p);
    // Reasons and introducers describe the tie in the network as planned so far.
    const efficiency = matrix === null ? null : globalEfficiencyOf(matrix);
    const gainNow =
      matrix !== null
        ? efficiencyGain(matrix, source, target)
        : sampledEfficiencyGain(context.view, [[source, target]], {
            sources: settings.gainSources,
            seed: settings.seed,
          })[0]!;
    const introducers = introducersOf(context.view, u, v);
    const remedy = remedyOf(state, context, u, v, createRemedyScratch(n));
    const reasonMessages = reasonsOf(
      context,
      {
        u,
        v,
        distance: gainNow.distance,
        gain: Math.max(0, gainNow.gain),
        gainExact: matrix !== null,
        efficiency,
        introducers,
        state,
        remedy,
      },
      settings.similarityBy,
    );
    const stepContext = context;
    const stepState = state;
    const closing = closuresOf(state, remedy, (gap, closed) =>
      closureMessages(stepContext, stepState, remedy, gap, closed),
    );
    const spreadGainOfStep = spreadStep === null ? undefined : spreadStep.gains[best]!;
    if (spreadGainOfStep !== undefined) {
      reasonMessages.unshift(spreadGainOfStep.reason);
      spreadAfter = spreadGainOfStep.expectedReach;
    }
    const tieKind = proposedTieKind(roleOf(u), roleOf(v));
    taken[p] = 1;
    load[u]!++;
    load[v]!++;
    made.push([source, target]);
    planned.push({ source, target, kind: tieKind });
    if (matrix !== null) matrix = addTie(matrix, source, target);
    // The lookahead built the network with this tie already when it looked ahead from it.
    const woven = built.get(best) ?? wovenStep(soFar, made);
    context = woven.context;
    state = woven.state;
    figures = networkFigures(context.eco, context.viewOptions, settings.maxDistance, matrix, settings.seed);
    steps.push({
      source,
      target,
      gain: values[best]!,
      gapValue: remedy.value,
      closes: closing.map((closure) => closure.gap),
      closing,
      tieKind,
      introduction: introductionKindOf(gainNow.distance),
      introducers,
      reasons: reasonMessages.map((reason) => reason.text),
      reasonMessages,
      after: figures,
      ...(spreadGainOfStep === undefined ? {} : { spread: spreadGainOfStep }),
    });
  }
  const plan: WeavingPlan = {
    objective,
    steps,
    before,
    after: figures,
    gaps: gapChanges(firstGaps, state.gaps),
  };
  if (spreadBefore !== null) {
    plan.spread = {
      seeds: [...spreadBefore.seeds],
      before: spreadBefore.baseReach,
      after: spreadAfter ?? spreadBefore.baseReach,
    };
  }
  return plan;
}

/** The candidates as ties for `spreadGain`: ends by id (smaller first) and the proposed kind. */
function spreadCandidates(
  context: ScoringContext,
  available: CandidateSet,
  roleOf: (i: number) => string,
): SpreadCandidate[] {
  const ties: SpreadCandidate[] = [];
  for (let q = 0; q < available.count; q++) {
    const [source, target] = endsOf(context.view, available, q);
    ties.push({ source, target, kind: proposedTieKind(roleOf(available.u[q]!), roleOf(available.v[q]!)) });
  }
  return ties;
}

/** The gaps closed, narrowed and opened between two findings of `findStructuralGaps`. */
function gapChanges(
  before: readonly { id: string; severity: number }[],
  after: readonly { id: string; severity: number }[],
): PlanGapChanges {
  const later = new Map(after.map((gap) => [gap.id, gap.severity]));
  const earlier = new Set(before.map((gap) => gap.id));
  const closed: string[] = [];
  const narrowed: string[] = [];
  for (const gap of before) {
    const severity = later.get(gap.id);
    if (severity === undefined) closed.push(gap.id);
    else if (severity < gap.severity - GAP_VALUE_TOLERANCE) narrowed.push(gap.id);
  }
  const opened = after.filter((gap) => !earlier.has(gap.id)).map((gap) => gap.id);
  return { before: before.length, after: after.length, closed, narrowed, opened };
}
