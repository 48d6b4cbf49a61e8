/**
 * The options of peer-learning clinics, shared by {@link planPeerLearning} and
 * {@link scorePeerLearning} (one options object, so a hand-made seating is scored exactly as a plan),
 * and their resolution into checked settings.
 *
 * @packageDocumentation
 */
import { compareIds } from "../internal/compare.js";
import type { Ecosystem } from "../model/ecosystem.js";
import { InvalidOptionError } from "../model/errors.js";
import { mustBe, optionError, ruleFiniteAtLeast, ruleWholeAtLeast } from "../model/option-errors.js";
import { checkRoleFilter } from "../model/role-filter.js";
import type { ViewOptions } from "../model/view.js";
import {
  OPTION_LISTED_TWICE,
  OPTION_NO_PARTICIPANT_SELECTED,
  OPTION_PARTICIPANT_NOT_ACTOR,
  OPTION_SIZE_ORDER,
} from "../text/catalogues/en/options.js";

/** How much each part of a first meeting counts in the objective (see {@link planPeerLearning}). */
export interface PeerLearningWeights {
  /**
   * Every pair meeting for the first time.
   * @defaultValue 1
   */
  newPair?: number;
  /**
   * The two are in different communities (Louvain).
   * @defaultValue 1
   */
  community?: number;
  /**
   * The two are in different regions (the `regionBy` attribute; no credit when either lacks it).
   * @defaultValue 1
   */
  region?: number;
  /**
   * Distance: 1 − 2/d for two actors d ≥ 2 steps apart, 1 for different components.
   * @defaultValue 1
   */
  distance?: number;
  /**
   * Each unmet need the meeting would meet (one side lacks a role it needs within `maxDistance` steps
   * and the other is that role or reaches it within `maxDistance − 1` steps).
   * @defaultValue 2
   */
  need?: number;
  /**
   * The two reach each other only through a single point of failure (an articulation point).
   * @defaultValue 1
   */
  bypass?: number;
}

/** Which actors take part: ids, or a filter by role and by one attribute value. */
export type ParticipantSelection =
  | readonly string[]
  | {
      /**
       * Only actors of this role (or of one of these roles); a role not in force, or a list no actor
       * holds a role of, is an `InvalidOptionError` naming the closest role.
       */
      readonly role?: string | readonly string[];
      /** Only actors whose attribute `name` equals `value` (or, for a list attribute, holds it). */
      readonly attribute?: { readonly name: string; readonly value: string | number | boolean };
    };

/** A person fixed to one table in every session. */
export interface PeerLearningHost {
  /** The actor's id (a participant). */
  readonly actor: string;
  /** The table's index, from 0. */
  readonly table: number;
}

/** Options of {@link planPeerLearning} and {@link scorePeerLearning}. View options choose the ties that count as "already know each other". */
export interface PeerLearningOptions extends ViewOptions {
  /**
   * Who takes part.
   * @defaultValue every actor for {@link planPeerLearning}; the actors seated for {@link scorePeerLearning}
   */
  participants?: ParticipantSelection;
  /**
   * Number of sessions.
   * @defaultValue 1 for planning; the seating's number for scoring
   */
  sessions?: number;
  /**
   * Tables per session.
   * @defaultValue ⌈participants / size.max⌉ for planning; the seating's first session for scoring
   */
  tables?: number;
  /**
   * Smallest and largest table.
   * @defaultValue `{ min: 2, max: 6 }`
   */
  size?: { readonly min?: number; readonly max?: number };
  /**
   * Seed of the heuristic's random choices.
   * @defaultValue 1
   */
  seed?: number;
  /** Weights of the objective's parts (see {@link PeerLearningWeights}). */
  weights?: PeerLearningWeights;
  /**
   * Pairs that must never share a table.
   * @defaultValue none
   */
  apart?: readonly (readonly [string, string])[];
  /**
   * Pairs that must share a table in every session (exempt from the no-repeat rule).
   * @defaultValue none
   */
  together?: readonly (readonly [string, string])[];
  /**
   * People fixed to a table in every session (two hosts of one table are exempt from the no-repeat rule).
   * @defaultValue none
   */
  hosts?: readonly PeerLearningHost[];
  /**
   * The attribute that names an actor's region.
   * @defaultValue `"region"`
   */
  regionBy?: string;
  /**
   * Steps within which a need counts as met (as the coverage gaps count it).
   * @defaultValue 2
   */
  maxDistance?: number;
  /**
   * Seed of the Louvain communities.
   * @defaultValue 1
   */
  communitySeed?: number;
  /**
   * `exact` enumerates every seating (small instances only), `heuristic` runs the greedy start and
   * simulated annealing, `auto` picks exact when at most {@link EXACT_SEATING_LIMIT} seatings exist.
   * @defaultValue `"auto"`
   */
  solver?: "auto" | "exact" | "heuristic";
  /**
   * Annealing steps of the heuristic.
   * @defaultValue 20 000 + 400 · participants · sessions
   */
  iterations?: number;
}

/** Default weights of the objective. */
export const PEER_LEARNING_WEIGHTS = Object.freeze({
  newPair: 1,
  community: 1,
  region: 1,
  distance: 1,
  need: 2,
  bypass: 1,
} satisfies Required<PeerLearningWeights>);

/** The defaults of {@link PeerLearningOptions}. */
export const PEER_LEARNING_DEFAULTS = Object.freeze({
  sessions: 1,
  size: Object.freeze({ min: 2, max: 6 }),
  seed: 1,
  regionBy: "region",
  maxDistance: 2,
  communitySeed: 1,
  solver: "auto",
} as const);

/** How many seatings the `auto` solver enumerates at most before it turns to the heuristic. */
export const EXACT_SEATING_LIMIT = 2_000_000;

function checkWhole(fn: string, name: string, value: number, min: number): void {
  if (!(Number.isInteger(value) && value >= min)) {
    throw mustBe(fn, name, String(value), ruleWholeAtLeast(min));
  }
}

/** The resolved weights, each checked to be finite and ≥ 0. @internal */
export function resolveWeights(
  fn: string,
  weights: PeerLearningWeights | undefined,
): Required<PeerLearningWeights> {
  const resolved = { ...PEER_LEARNING_WEIGHTS, ...weights };
  for (const [name, value] of Object.entries(resolved)) {
    if (!(Number.isFinite(value) && value >= 0)) {
      throw mustBe(fn, `weights.${name}`, String(value), ruleFiniteAtLeast(0));
    }
  }
  return resolved;
}

/** The resolved table sizes. @internal */
export function resolveSize(fn: string, size: PeerLearningOptions["size"]): { min: number; max: number } {
  const min = size?.min ?? PEER_LEARNING_DEFAULTS.size.min;
  const max = size?.max ?? PEER_LEARNING_DEFAULTS.size.max;
  checkWhole(fn, "size.min", min, 1);
  checkWhole(fn, "size.max", max, 1);
  if (min > max)
    throw optionError("options.sizeOrder", OPTION_SIZE_ORDER, { fn, min: String(min), max: String(max) });
  return { min, max };
}

/** Checks a whole-number count option. @internal */
export function checkCount(fn: string, name: string, value: number, min = 1): number {
  checkWhole(fn, name, value, min);
  return value;
}

function attributeHolds(value: unknown, wanted: string | number | boolean): boolean {
  return Array.isArray(value) ? value.includes(wanted) : value === wanted;
}

/**
 * The participants' ids, sorted by id (so no result depends on the file's order).
 * @throws {@link InvalidOptionError} for an unknown or repeated id, or a filter that selects no one.
 * @internal
 */
export function resolveParticipants(
  fn: string,
  eco: Ecosystem,
  selection: ParticipantSelection | undefined,
  fallback: () => string[],
): string[] {
  let ids: string[];
  if (selection === undefined) ids = fallback();
  else if (Array.isArray(selection)) {
    const list = selection as readonly string[];
    const seen = new Set<string>();
    for (const id of list) {
      if (!eco.hasNode(id))
        throw optionError("options.participantNotActor", OPTION_PARTICIPANT_NOT_ACTOR, { fn, id });
      if (seen.has(id))
        throw optionError("options.listedTwice", OPTION_LISTED_TWICE, { fn, what: "participant", id });
      seen.add(id);
    }
    ids = [...list];
  } else {
    const filter = selection as Exclude<ParticipantSelection, readonly string[]>;
    const listed =
      filter.role === undefined ? null : typeof filter.role === "string" ? [filter.role] : filter.role;
    if (listed !== null) checkRoleFilter(fn, "participants.role", listed, eco);
    const roles = listed === null ? null : new Set(listed);
    ids = [];
    eco.forEachNode((id, actor) => {
      if (roles !== null && !roles.has(actor.role)) return;
      if (filter.attribute !== undefined) {
        if (!attributeHolds(actor.attributes?.[filter.attribute.name], filter.attribute.value)) return;
      }
      ids.push(id);
    });
    if (ids.length === 0)
      throw optionError("options.noParticipantSelected", OPTION_NO_PARTICIPANT_SELECTED, { fn });
  }
  return ids.sort(compareIds);
}
