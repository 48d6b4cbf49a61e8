/**
 * The stage a network is at, decided by the rules of `diagnoseStage` over its measured figures, and
 * the reasons in words: the deciding rule first, then the figures that support it, each a message of
 * the `brokers` catalogue.
 *
 * @packageDocumentation
 */
import { type Message, message } from "../text/message.js";
import { fineNumber, fineShare } from "../text/shares.js";
import type { DiagnoseStageOptions, NetworkStage, StageEvidence } from "./diagnose-stage.js";

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
  settings: Required<
    Pick<
      DiagnoseStageOptions,
      | "minLargestComponentShare"
      | "minSplitShare"
      | "minConnectedShare"
      | "maxHangingShare"
      | "starCentralization"
      | "hubFactor"
      | "minHubDegree"
      | "minCoreNumber"
      | "minCoreDensity"
    >
  >,
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
