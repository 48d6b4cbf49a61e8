/**
 * The stage a network is at, decided by the rules of `diagnoseStage` over its measured figures, and
 * the reasons in words: the deciding rule first, then the figures that support it, each a message of
 * the `brokers` catalogue.
 *
 * @packageDocumentation
 */
import { type Message, message } from "../text/message.js";
import { fineNumber, fineShare } from "../text/shares.js";

/** Krebs and Holley's stages of a community network, from the least to the most developed. */
export type NetworkStage = "scattered-fragments" | "hub-and-spoke" | "multi-hub" | "core-periphery";

/** The figures `diagnoseStage` measured, all on the undirected view. */
export interface StageEvidence {
  /** Number of actors n. */
  actors: number;
  /** Number of adjacent pairs (parallel ties count once). */
  ties: number;
  /** Share of the n(n − 1)/2 pairs that are tied. */
  density: number;
  /** Number of connected components (an isolate is one). */
  components: number;
  /** Share of actors in the largest component. */
  largestComponentShare: number;
  /** Number of actors without ties. */
  isolates: number;
  /** Mean number of contacts per actor. */
  meanDegree: number;
  /** Largest number of contacts of one actor. */
  maxDegree: number;
  /** Freeman's degree centralisation in [0, 1] (a star is 1). */
  degreeCentralization: number;
  /** Freeman's betweenness centralisation in [0, 1] (a star is 1); estimated when `betweennessPivots` is set. */
  betweennessCentralization: number;
  /** Pivot sources of the betweenness estimate, or `null` when betweenness is exact. */
  betweennessPivots: number | null;
  /** Fewest contacts of a hub: ⌈max(minHubDegree, hubFactor × meanDegree)⌉. */
  hubThreshold: number;
  /** Hubs (actors with at least `hubThreshold` contacts), most contacts first, ties by id. */
  hubs: string[];
  /** Transitivity: the share of connected triples closed into triangles. */
  transitivity: number;
  /** Largest core number k*: the innermost k-core. */
  maxCoreNumber: number;
  /** Actors in the innermost k-core (core number k*). */
  coreSize: number;
  /** coreSize / n. */
  coreShare: number;
  /** Density of the innermost k-core (share of its pairs that are tied); `null` below 2 actors. */
  coreDensity: number | null;
  /** Pieces the innermost k-core forms by its own ties (1: it holds together). */
  corePieces: number;
  /**
   * The actor whose loss would cut off the most actors (ties by id), how many, and the ties among
   * those actors; `null` without an articulation point.
   */
  largestCut: { actor: string; cutOff: number; tiesAmongCutOff: number } | null;
  /** Actors of the largest component outside the core: the periphery. */
  periphery: number;
  /** Of them, those that a single actor or tie separates from every core actor (0 when the core is not in the largest component). */
  hangingPeriphery: number;
  /** hangingPeriphery / periphery; `null` without a periphery. */
  hangingShare: number | null;
}

/** What the rules read besides the evidence: names and the counts the sentences quote. @internal */
export interface StageFacts {
  readonly evidence: StageEvidence;
  /** Actors in the largest component. */
  readonly largest: number;
  /** Labels of the hubs, in `evidence.hubs` order. */
  readonly hubNames: readonly string[];
  /** Contacts of the first hub (0 without a hub). */
  readonly firstHubDegree: number;
  /** The actor with most contacts (ties by id), its label and its contacts. */
  readonly topDegree: { readonly label: string; readonly degree: number };
  /** The actor with the highest betweenness (ties by id), its label and its betweenness. */
  readonly topBroker: { readonly label: string; readonly betweenness: number };
  /** The label of `evidence.largestCut.actor`, when there is one. */
  readonly largestCutLabel: string | null;
}

/** The thresholds of the rules (the options of `diagnoseStage`, with its defaults filled in). @internal */
export interface StageRules {
  readonly minLargestComponentShare: number;
  readonly minSplitShare: number;
  readonly minConnectedShare: number;
  readonly maxHangingShare: number;
  readonly starCentralization: number;
  readonly hubFactor: number;
  readonly minHubDegree: number;
  readonly minCoreNumber: number;
  readonly minCoreDensity: number;
}

/** The messages of each stage's name (`brokers.stage.name.…`), to write a stage in any locale. */
export const STAGE_NAME_IDS = {
  "scattered-fragments": "brokers.stage.name.scatteredFragments",
  "hub-and-spoke": "brokers.stage.name.hubAndSpoke",
  "multi-hub": "brokers.stage.name.multiHub",
  "core-periphery": "brokers.stage.name.corePeriphery",
} as const satisfies Record<NetworkStage, string>;

/** A stage's name as a message (`undefined` in English for `null`, where there is no stage). */
export function stageName(stage: NetworkStage | null): Message {
  return message(stage === null ? "brokers.stage.name.none" : STAGE_NAME_IDS[stage]);
}

/**
 * The stage and its reasons, by the rules documented on `diagnoseStage` (in their order).
 * @internal
 */
export function decideStage(
  facts: StageFacts,
  settings: StageRules,
): { stage: NetworkStage; reasons: Message[] } {
  const { evidence, largest, hubNames } = facts;
  const n = evidence.actors;
  const { maxCoreNumber, coreSize, coreDensity, corePieces, largestCut, isolates } = evidence;
  const hubRule = {
    threshold: evidence.hubThreshold,
    factor: fineNumber(settings.hubFactor, 1),
    mean: fineNumber(evidence.meanDegree, 1),
  };
  const centralization = fineNumber(evidence.degreeCentralization);
  const denseCore =
    maxCoreNumber >= settings.minCoreNumber && coreDensity !== null && coreDensity >= settings.minCoreDensity;
  const brokeredClusters =
    largestCut !== null &&
    largestCut.cutOff >= settings.minSplitShare * n &&
    largestCut.tiesAmongCutOff >= largestCut.cutOff;
  // Why a dense core is not yet a core-periphery network, or null when it is one.
  let notCorePeriphery: Message | null = null;
  if (denseCore) {
    if (corePieces > 1) {
      notCorePeriphery = message("brokers.stage.corePieces", { core: maxCoreNumber, pieces: corePieces });
    } else if (evidence.largestComponentShare < settings.minConnectedShare) {
      notCorePeriphery = message("brokers.stage.outside", {
        outside: n - largest,
        share: fineShare(1 - evidence.largestComponentShare),
        isolates,
        allowed: fineShare(1 - settings.minConnectedShare),
      });
    } else if (evidence.hangingShare !== null && evidence.hangingShare > settings.maxHangingShare) {
      notCorePeriphery = message("brokers.stage.hanging", {
        hanging: evidence.hangingPeriphery,
        periphery: evidence.periphery,
        share: fineShare(evidence.hangingShare),
      });
    }
  }

  const components = message("brokers.stage.components", {
    share: fineShare(evidence.largestComponentShare),
    largest,
    actors: n,
    components: evidence.components,
    isolates,
  });
  const core = message("brokers.stage.core", {
    core: maxCoreNumber,
    size: coreSize,
    pairs:
      coreDensity === null
        ? message("brokers.stage.noPairs")
        : message("brokers.stage.pairsTied", { share: fineShare(coreDensity) }),
  });
  const hubs =
    hubNames.length === 0
      ? message("brokers.stage.noHub", { ...hubRule, minHub: settings.minHubDegree })
      : message("brokers.stage.hubs", { ...hubRule, count: hubNames.length, hubs: hubNames });
  const betweenness =
    facts.topBroker.betweenness > 0
      ? message("brokers.stage.betweenness", {
          broker: facts.topBroker.label,
          share: fineShare(facts.topBroker.betweenness),
          estimated: evidence.betweennessPivots !== null,
          centralization: fineNumber(evidence.betweennessCentralization),
        })
      : message("brokers.stage.noBetweenness");
  const transitivity = message("brokers.stage.transitivity", {
    share: fineShare(evidence.transitivity),
    value: fineNumber(evidence.transitivity),
  });

  let stage: NetworkStage;
  let decision: Message;
  let support: Message[];
  if (evidence.largestComponentShare < settings.minLargestComponentShare) {
    stage = "scattered-fragments";
    decision = message("brokers.stage.decide.scattered", { components });
    support = [hubs, transitivity];
  } else if (brokeredClusters) {
    stage = "scattered-fragments";
    decision = message("brokers.stage.decide.brokered", {
      actor: facts.largestCutLabel ?? largestCut.actor,
      cutOff: largestCut.cutOff,
      share: fineShare(largestCut.cutOff / n),
      ties: largestCut.tiesAmongCutOff,
    });
    support = [components, hubs, betweenness];
  } else if (evidence.degreeCentralization >= settings.starCentralization) {
    stage = "hub-and-spoke";
    decision = message("brokers.stage.decide.star", {
      centralization,
      hub: facts.topDegree.label,
      degree: facts.topDegree.degree,
      others: n - 1,
    });
    support = [components, betweenness, transitivity];
  } else if (denseCore && notCorePeriphery === null) {
    stage = "core-periphery";
    decision = message("brokers.stage.decide.core", {
      size: coreSize,
      core: maxCoreNumber,
      density: fineShare(coreDensity!),
      rest: n - coreSize,
      restShare: fineShare(1 - coreSize / n),
    });
    support = [components, hubs, transitivity];
  } else if (hubNames.length >= 2) {
    stage = "multi-hub";
    decision = message("brokers.stage.decide.multiHub", {
      ...hubRule,
      count: hubNames.length,
      hubs: hubNames,
      centralization,
      denseCore,
    });
    support = [components, core, betweenness];
  } else if (hubNames.length === 1) {
    stage = "hub-and-spoke";
    decision = message("brokers.stage.decide.oneHub", {
      hubs: hubNames,
      degree: facts.firstHubDegree,
      factor: hubRule.factor,
      mean: hubRule.mean,
      denseCore,
      centralization,
    });
    support = [components, betweenness, core];
  } else {
    stage = "multi-hub";
    decision = message("brokers.stage.decide.early", { threshold: evidence.hubThreshold, denseCore });
    support = [components, core, transitivity];
  }
  if (notCorePeriphery !== null)
    support.unshift(message("brokers.stage.notCorePeriphery", { why: notCorePeriphery }));
  return { stage, reasons: [decision, ...support] };
}
