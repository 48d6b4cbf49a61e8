/**
 * The development stage of a community network, after Krebs and Holley's four stages of network
 * weaving, decided by documented rules over measured figures.
 *
 * @packageDocumentation
 */

import { compareIds } from "../internal/compare.js";
import { transitivity } from "../metrics/clustering.js";
import { components } from "../metrics/components.js";
import { coreNumbers } from "../metrics/core-numbers.js";
import { createCutOffScratch, cutOffActors } from "../metrics/cut-off-actors.js";
import { cutPoints } from "../metrics/cut-points.js";
import { checkArguments, optionKeys } from "../model/check-arguments.js";
import { actorLabel, type Ecosystem } from "../model/ecosystem.js";
import { InvalidOptionError, NotApplicableError } from "../model/errors.js";
import { type EcosystemView, tieFiltersOf, VIEW_OPTION_KEYS, type ViewOptions } from "../model/view.js";
import { getView } from "../model/view-cache.js";
import type { Message } from "../text/message.js";
import { type BetweennessSample, betweennessPivots, sharedBetweenness } from "./betweenness-sample.js";
import { betweennessCentralization, degreeCentralization } from "./centralization.js";
import { decideStage, type NetworkStage, type StageEvidence } from "./stage-reasons.js";

export type { NetworkStage, StageEvidence } from "./stage-reasons.js";

import {
  mustBe,
  ruleIntegerAtLeast,
  ruleNumberAtLeast,
  rulePositiveUpToOne,
} from "../model/option-errors.js";
import { hangingActors, piecesAmong, tiesAmong } from "./stage-structure.js";

/** The keys of {@link DiagnoseStageOptions}, checked at run time (see `checkOptionKeys`). */
const DIAGNOSE_STAGE_OPTION_KEYS = optionKeys<DiagnoseStageOptions>({
  ...VIEW_OPTION_KEYS,
  minLargestComponentShare: true,
  minSplitShare: true,
  minConnectedShare: true,
  maxHangingShare: true,
  starCentralization: true,
  hubFactor: true,
  minHubDegree: true,
  minCoreNumber: true,
  minCoreDensity: true,
  betweennessSample: true,
  seed: true,
});

/** Options of {@link diagnoseStage}. The thresholds are the rules' cut-offs (see {@link diagnoseStage}). */
export interface DiagnoseStageOptions extends ViewOptions {
  /**
   * Below this share of actors in the largest component, the network is `scattered-fragments`.
   * @defaultValue 0.5
   */
  minLargestComponentShare?: number;
  /**
   * When one actor alone holds at least this share of the actors to the rest, and they form a cluster
   * of their own (at least as many ties among them as actors), the network is still
   * `scattered-fragments`: clusters that know each other through one broker.
   * @defaultValue 0.25
   */
  minSplitShare?: number;
  /**
   * `core-periphery` needs at least this share of the actors in the largest component: isolates and
   * cut-off parts are outside the network, not its periphery.
   * @defaultValue 0.95
   */
  minConnectedShare?: number;
  /**
   * `core-periphery` needs at most this share of the periphery (the largest component's actors outside
   * the core) hanging on one actor or one tie; above it the periphery is starved (spokes of the core).
   * @defaultValue 0.5
   */
  maxHangingShare?: number;
  /**
   * At or above this degree centralisation (a star is 1), the network is `hub-and-spoke`.
   * @defaultValue 0.5
   */
  starCentralization?: number;
  /**
   * A hub has at least `hubFactor` times the mean number of contacts (and at least `minHubDegree`).
   * @defaultValue 2
   */
  hubFactor?: number;
  /**
   * Fewest contacts of a hub, so that in a sparse network an actor with 2 contacts is no hub.
   * @defaultValue 3
   */
  minHubDegree?: number;
  /**
   * Smallest core number k of a dense core: the core's actors each have at least k contacts in it.
   * @defaultValue 3
   */
  minCoreNumber?: number;
  /**
   * Smallest density (share of its pairs that are tied) of a dense core.
   * @defaultValue 0.5
   */
  minCoreDensity?: number;
  /**
   * How betweenness (evidence only) is computed: `"auto"` is exact up to 2 000 actors and estimated
   * from 500 seeded pivots above (fewer, down to 100, beyond about 10 000 actors and 50 000 ties);
   * `"exact"`; or a number of pivots (see `betweennessPivots`).
   * @defaultValue "auto"
   */
  betweennessSample?: BetweennessSample;
  /**
   * Seed of the betweenness pivots when it is estimated.
   * @defaultValue 1
   */
  seed?: number;
}

/** The defaults of {@link DiagnoseStageOptions}. */
export const DIAGNOSE_STAGE_DEFAULTS = Object.freeze({
  minLargestComponentShare: 0.5,
  minSplitShare: 0.25,
  minConnectedShare: 0.95,
  maxHangingShare: 0.5,
  starCentralization: 0.5,
  hubFactor: 2,
  minHubDegree: 3,
  minCoreNumber: 3,
  minCoreDensity: 0.5,
  betweennessSample: "auto",
  seed: 1,
} satisfies DiagnoseStageOptions);

/** Result of {@link diagnoseStage}. */
export interface StageDiagnosis {
  /** The stage. */
  stage: NetworkStage;
  /** The measured figures behind it. */
  evidence: StageEvidence;
  /** Sentences a non-specialist reads, in English: the deciding rule first, then the supporting figures. */
  reasons: string[];
  /**
   * The same sentences as messages (ids `brokers.stage.…`), same order: `reasons[i]` is
   * `reasonMessages[i].text`. The stage's own name in any locale: `formatMessage(stageName(stage), "fi")`.
   */
  reasonMessages: Message[];
}

function checkShare(name: string, value: number): void {
  if (!(Number.isFinite(value) && value > 0 && value <= 1)) {
    throw mustBe("diagnoseStage", name, String(value), rulePositiveUpToOne());
  }
}

function checkMinimum(name: string, value: number, integer: boolean): void {
  if (!(Number.isFinite(value) && value >= 1 && (!integer || Number.isInteger(value)))) {
    throw mustBe(
      "diagnoseStage",
      name,
      String(value),
      integer ? ruleIntegerAtLeast(1) : ruleNumberAtLeast(1),
    );
  }
}

/** Degrees (distinct contacts) on the undirected view. */
function degreesOf(view: EcosystemView): Int32Array {
  const degrees = new Int32Array(view.order);
  for (let i = 0; i < view.order; i++) degrees[i] = view.offsets[i + 1]! - view.offsets[i]!;
  return degrees;
}

/**
 * The development stage of the network — scattered fragments, hub-and-spoke, multi-hub or
 * core-periphery — after Krebs and Holley, with the figures and the rule that decided it.
 *
 * @remarks
 * Krebs and Holley describe four stages a weaver leads a community network through: scattered
 * fragments (small clusters that do not know each other), a single hub-and-spoke network (the weaver
 * at the centre), a multi-hub small-world network (the weaver has taught others to weave) and a
 * core-periphery network (a dense core of committed members, a large periphery reaching outside).
 * In their core-periphery stage the core is a dense group that holds together on its own and the
 * periphery is linked into it, not dangling from one member, while everyone is part of the network.
 * They give the stages, not rules; the rules here are ours, applied in this order, first match wins:
 *
 * 1. `scattered-fragments` when L / n < `minLargestComponentShare` (0.5): no component holds half the
 *    actors (L = actors of the largest component, n = actors); or when clusters know each other only
 *    through one broker: the articulation point v whose loss cuts off the most actors cuts off
 *    c(v) ≥ `minSplitShare` (0.25) · n of them, and they form a cluster of their own (at least c(v)
 *    ties among them, so more than a tree of spokes). "Two clusters joined by one broker" is still
 *    Krebs and Holley's first stage: fragments that one weaver has started to connect.
 * 2. `hub-and-spoke` when C_D ≥ `starCentralization` (0.5): the network is at least half-way to a star.
 *    C_D = Σ_i (d* − d_i) / ((n − 1)(n − 2)) is Freeman's degree centralisation (d_i = distinct
 *    contacts of i, d* = max d_i); a star is 1, two equal stars joined by their centres about 0.48.
 * 3. `core-periphery` when all of: the innermost k-core is dense, k* ≥ `minCoreNumber` (3) and its
 *    density 2 e* / (s (s − 1)) ≥ `minCoreDensity` (0.5) (k* the largest core number: every actor of
 *    the k*-core has at least k* contacts inside it; s its actors, e* its ties); it holds together by
 *    its own ties (one piece); L / n ≥ `minConnectedShare` (0.95: isolates and cut-off parts are not a
 *    periphery); and at most `maxHangingShare` (0.5) of the periphery (the largest component's actors
 *    outside the core) hangs on one actor or one tie, i.e. is separated from every core actor by a
 *    single articulation point or bridge (a starved periphery is the core's spokes, not its periphery).
 *    The reasons name the condition that failed.
 * 4. `multi-hub` when there are at least two hubs, a hub having d_i ≥ max(`minHubDegree`,
 *    `hubFactor` · d̄) contacts (3 and 2 × the mean degree d̄ by default).
 * 5. `hub-and-spoke` when there is exactly one hub (a loose one: C_D is below the rule-2 threshold).
 * 6. `multi-hub` otherwise: no actor stands out and there is no dense core, so ties are spread over
 *    many small hubs (a ring, a path, a sparse mesh); the reasons say so.
 *
 * Why these figures: the component share measures fragmentation directly; the largest cut and the
 * hanging periphery come from one articulation-point search (Hopcroft–Tarjan, iterative); degree centralisation is
 * the classic measure of "one centre"; hubs relative to the mean degree (not a z-score) still count
 * both centres of two joined stars, where mean + 2 sd would count none; a dense k-core separates a
 * core that holds together without its hubs from hubs merely linked in a chain. Betweenness
 * centralisation and transitivity are reported as evidence but decide nothing, so the rules stay few.
 * All figures are read on the undirected view (direction does not change who is connected).
 * Ours: there is no reference implementation of the stages. Figures agree with NetworkX
 * (`connected_components`, `core_number`, `transitivity`, `betweenness_centrality`) and centralisation
 * with R igraph `centr_degree(loops = FALSE)` and `centr_betw`.
 * Betweenness is estimated from seeded pivots above 2 000 actors (see `betweennessSample`).
 * Undefined for fewer than 3 actors (centralisation needs 3): refused with `NotApplicableError`.
 * Time complexity: O(n · (n + m)) with exact betweenness, O(k · (n + m) + Σ d_i²) with k pivots;
 * the structural figures add O(n + m).
 *
 * References: Krebs, V., & Holley, J. (2002–2006). Building Smart Communities through Network
 * Weaving. http://www.orgnet.com/BuildingNetworks.pdf (the four stages: scattered fragments,
 * single hub-and-spoke, multi-hub small-world network, core/periphery).
 * Freeman, L. C. (1978). Centrality in social networks: conceptual clarification. Social Networks
 * 1(3), 215–239. doi:10.1016/0378-8733(78)90021-7
 * Seidman, S. B. (1983). Network structure and minimum degree. Social Networks 5(3), 269–287.
 * doi:10.1016/0378-8733(83)90028-X
 * Borgatti, S. P., & Everett, M. G. (2000). Models of core/periphery structures. Social Networks
 * 21(4), 375–395. doi:10.1016/S0378-8733(99)00019-2
 *
 * @param options - view options (`directed: true` is refused), the rule thresholds, and
 * `betweennessSample`/`seed`.
 * @returns the stage, the measured figures and the reasons in words.
 * @throws {@link NotApplicableError} with fewer than 3 actors, or with `directed: true`.
 * @throws {@link InvalidOptionError} when a threshold is out of range.
 * @example
 * // hub tied to 5 others: a star
 * diagnoseStage(createEcosystem(star6)).stage; // "hub-and-spoke"
 * @see {@link findBridgeActors}
 * @category Answers
 */
export function diagnoseStage(eco: Ecosystem, options: DiagnoseStageOptions = {}): StageDiagnosis {
  checkArguments("diagnoseStage", eco, options, DIAGNOSE_STAGE_OPTION_KEYS);
  const settings = { ...DIAGNOSE_STAGE_DEFAULTS, ...options };
  checkShare("minLargestComponentShare", settings.minLargestComponentShare);
  checkShare("minSplitShare", settings.minSplitShare);
  checkShare("minConnectedShare", settings.minConnectedShare);
  checkShare("maxHangingShare", settings.maxHangingShare);
  checkShare("starCentralization", settings.starCentralization);
  checkShare("minCoreDensity", settings.minCoreDensity);
  checkMinimum("hubFactor", settings.hubFactor, false);
  checkMinimum("minHubDegree", settings.minHubDegree, true);
  checkMinimum("minCoreNumber", settings.minCoreNumber, true);
  if (options.directed === true) {
    throw new NotApplicableError(
      "diagnoseStage: stages are read on the undirected view; drop directed: true",
    );
  }
  const viewOptions = tieFiltersOf(options);
  const view = getView(eco, viewOptions);
  const n = view.order;
  if (n < 3) {
    throw new NotApplicableError(`diagnoseStage: needs at least 3 actors, the ecosystem has ${n}`);
  }
  const pivots = betweennessPivots("diagnoseStage", settings.betweennessSample, n, view.targets.length);

  const { ids } = view;
  const degrees = degreesOf(view);
  let degreeSum = 0;
  let maxDegree = 0;
  let isolates = 0;
  for (let i = 0; i < n; i++) {
    degreeSum += degrees[i]!;
    if (degrees[i]! > maxDegree) maxDegree = degrees[i]!;
    if (degrees[i] === 0) isolates++;
  }
  const meanDegree = degreeSum / n;
  const ties = degreeSum / 2;

  const parts = components(eco, viewOptions);
  const largest = parts.sizes[0]!;
  const largestComponentShare = largest / n;

  const between = sharedBetweenness(eco, viewOptions, pivots, settings.seed);
  const betweennessValues = ids.map((id) => between[id]!);
  let topBroker = 0;
  for (let i = 1; i < n; i++) {
    const b = betweennessValues[i]!;
    const best = betweennessValues[topBroker]!;
    if (b > best || (b === best && compareIds(ids[i]!, ids[topBroker]!) < 0)) topBroker = i;
  }

  const hubThreshold = Math.ceil(Math.max(settings.minHubDegree, settings.hubFactor * meanDegree) - 1e-9);
  const hubIndices: number[] = [];
  for (let i = 0; i < n; i++) if (degrees[i]! >= hubThreshold) hubIndices.push(i);
  hubIndices.sort((a, b) => degrees[b]! - degrees[a]! || compareIds(ids[a]!, ids[b]!));

  const cores = coreNumbers(eco, viewOptions);
  const coreOf = new Int32Array(n);
  let maxCoreNumber = 0;
  for (let i = 0; i < n; i++) {
    coreOf[i] = cores[ids[i]!]!;
    if (coreOf[i]! > maxCoreNumber) maxCoreNumber = coreOf[i]!;
  }
  let coreSize = 0;
  let coreTieEnds = 0;
  for (let i = 0; i < n; i++) {
    if (coreOf[i] !== maxCoreNumber) continue;
    coreSize++;
    for (let k = view.offsets[i]!, end = view.offsets[i + 1]!; k < end; k++) {
      if (coreOf[view.targets[k]!] === maxCoreNumber) coreTieEnds++;
    }
  }
  const coreDensity = coreSize < 2 ? null : coreTieEnds / (coreSize * (coreSize - 1));
  const coreMask = new Uint8Array(n);
  for (let i = 0; i < n; i++) if (coreOf[i] === maxCoreNumber) coreMask[i] = 1;
  const corePieces = piecesAmong(view, coreMask);

  // The periphery: the largest component's actors outside the core; hanging when one element holds it.
  const inLargest = (i: number) => parts.assignment[ids[i]!] === 0;
  let coreInLargest = false;
  for (let i = 0; i < n; i++) if (coreMask[i] === 1 && inLargest(i)) coreInLargest = true;
  const hanging = coreInLargest ? hangingActors(view, coreMask) : null;
  let periphery = 0;
  let hangingPeriphery = 0;
  for (let i = 0; i < n; i++) {
    if (coreMask[i] === 1 || !inLargest(i)) continue;
    periphery++;
    if (hanging === null || hanging[i] === 1) hangingPeriphery++;
  }
  if (hanging === null) hangingPeriphery = 0;

  // The articulation point whose loss cuts off the most actors (ties by id).
  const cuts = cutPoints(eco, viewOptions);
  let cutActor: string | null = null;
  let cutOffCount = 0;
  for (const actor of cuts.articulationPoints) {
    const cutOff = cuts.cutVertexImpact[actor]!;
    if (cutOff > cutOffCount) {
      cutActor = actor;
      cutOffCount = cutOff;
    }
  }
  const largestCut =
    cutActor === null
      ? null
      : {
          actor: cutActor,
          cutOff: cutOffCount,
          tiesAmongCutOff: tiesAmong(
            view,
            cutOffActors(view, view.index.get(cutActor)!, cutOffCount, createCutOffScratch(n)),
          ),
        };

  const evidence: StageEvidence = {
    actors: n,
    ties,
    density: ties / ((n * (n - 1)) / 2),
    components: parts.count,
    largestComponentShare,
    isolates,
    meanDegree,
    maxDegree,
    degreeCentralization: degreeCentralization(degrees)!,
    betweennessCentralization: betweennessCentralization(betweennessValues)!,
    betweennessPivots: pivots ?? null,
    hubThreshold,
    hubs: hubIndices.map((i) => ids[i]!),
    transitivity: transitivity(eco, viewOptions),
    maxCoreNumber,
    coreSize,
    coreShare: coreSize / n,
    coreDensity,
    corePieces,
    largestCut,
    periphery,
    hangingPeriphery,
    hangingShare: periphery === 0 ? null : hangingPeriphery / periphery,
  };

  // The actor with most contacts (ties by id), for the hub-and-spoke sentence.
  let topDegree = 0;
  for (let i = 1; i < n; i++) {
    if (
      degrees[i]! > degrees[topDegree]! ||
      (degrees[i] === degrees[topDegree] && compareIds(ids[i]!, ids[topDegree]!) < 0)
    ) {
      topDegree = i;
    }
  }
  const { stage, reasons: reasonMessages } = decideStage(
    {
      evidence,
      largest,
      hubNames: hubIndices.map((i) => actorLabel(eco, ids[i]!)),
      firstHubDegree: hubIndices.length === 0 ? 0 : degrees[hubIndices[0]!]!,
      topDegree: { label: actorLabel(eco, ids[topDegree]!), degree: degrees[topDegree]! },
      topBroker: { label: actorLabel(eco, ids[topBroker]!), betweenness: betweennessValues[topBroker]! },
      largestCutLabel: largestCut === null ? null : actorLabel(eco, largestCut.actor),
    },
    settings,
  );
  return { stage, evidence, reasons: reasonMessages.map((reason) => reason.text), reasonMessages };
}
