/**
 * "What if these acquaintances became ties": a plan's new pairs as scenario changes, ready for
 * `applyScenario` and `compareEcosystems`. Plain data of the scenario format, because the scenario
 * layer sits above this one.
 *
 * @packageDocumentation
 */
import { checkOptionKeys, optionKeys } from "../model/check-arguments.js";
import { InvalidOptionError } from "../model/errors.js";
import { mustBe, optionError, ruleFiniteAbove } from "../model/option-errors.js";
import { OPTION_NOT_EMPTY } from "../text/catalogues/en/options.js";
import type { PeerLearningPair } from "./evaluate.js";

/** The keys of {@link PeerLearningChangesOptions}, checked at run time (see `checkOptionKeys`). */
const PEER_LEARNING_CHANGES_OPTION_KEYS = optionKeys<PeerLearningChangesOptions>({
  kind: true,
  weight: true,
  since: true,
  sessions: true,
});

/** An `addTie` change of the scenario format (see `ScenarioChange`). */
export interface PeerLearningTieChange {
  op: "addTie";
  tie: { source: string; target: string; kind: string; weight?: number; since?: string };
}

/** Options of {@link peerLearningChanges}. */
export interface PeerLearningChangesOptions {
  /**
   * The new ties' kind.
   * @defaultValue `"peer-learning"`
   */
  kind?: string;
  /**
   * The new ties' strength.
   * @defaultValue none (a tie's default strength, 1)
   */
  weight?: number;
  /**
   * The new ties' start date, `YYYY-MM-DD` (checked by `applyScenario`).
   * @defaultValue none
   */
  since?: string;
  /**
   * Only the pairs first seated together in these sessions (indices from 0).
   * @defaultValue every session
   */
  sessions?: readonly number[];
}

/**
 * The new pairs of a peer-learning plan (or of any scored seating) as `addTie` changes of kind
 * `peer-learning`, one per pair, sorted by source then target, for `applyScenario(eco, changes)`.
 *
 * @remarks
 * A pair becomes one undirected tie (`peer-learning` ties are undirected by default). Pairs already
 * tied in the analysed view are not new pairs, so they never appear. Time complexity: O(pairs).
 * @param plan - a result of {@link planPeerLearning} or {@link scorePeerLearning}.
 * @returns the changes, in the order of `plan.pairs`.
 * @throws {@link InvalidOptionError} for an empty kind or a weight that is not a finite number above 0.
 * @example
 * const after = applyScenario(eco, peerLearningChanges(plan));
 * compareEcosystems(eco, after).gaps.closed; // the gaps the clinics' acquaintances would close
 * @category Peer learning
 */
export function peerLearningChanges(
  plan: { readonly pairs: readonly PeerLearningPair[] },
  options: PeerLearningChangesOptions = {},
): PeerLearningTieChange[] {
  checkOptionKeys("peerLearningChanges", options, PEER_LEARNING_CHANGES_OPTION_KEYS);
  const kind = options.kind ?? "peer-learning";
  if (kind === "")
    throw optionError("options.notEmpty", OPTION_NOT_EMPTY, { fn: "peerLearningChanges", option: "kind" });
  const { weight, since } = options;
  if (weight !== undefined && !(Number.isFinite(weight) && weight > 0)) {
    throw mustBe("peerLearningChanges", "weight", String(weight), ruleFiniteAbove(0));
  }
  const sessions = options.sessions === undefined ? null : new Set(options.sessions);
  return plan.pairs
    .filter((pair) => sessions === null || sessions.has(pair.session))
    .map((pair) => ({
      op: "addTie",
      tie: {
        source: pair.source,
        target: pair.target,
        kind,
        ...(weight === undefined ? {} : { weight }),
        ...(since === undefined ? {} : { since }),
      },
    }));
}
