/**
 * `scorePeerLearning`: the score of any seating of peer-learning clinics, hand-made or planned, with
 * the rules it breaks.
 *
 * @packageDocumentation
 */
import { compareIds } from "../internal/compare.js";
import type { Ecosystem } from "../model/ecosystem.js";
import { InvalidOptionError, NotApplicableError } from "../model/errors.js";
import { optionError } from "../model/option-errors.js";
import { OPTION_NO_PARTICIPANTS, OPTION_SEATS_NON_ACTOR } from "../text/catalogues/en/options.js";
import {
  evaluateSeating,
  type PeerLearningScore,
  type PeerLearningViolation,
  problemOf,
} from "./evaluate.js";
import {
  checkCount,
  PEER_LEARNING_DEFAULTS,
  type PeerLearningOptions,
  resolveParticipants,
  resolveSize,
  resolveWeights,
} from "./options.js";
import { checkMaxDistance, type PairValues, pairValuesOf } from "./pair-values.js";
import { resolveRules, type SeatingRules } from "./seating-rules.js";

/** What both entry points resolve from the options. @internal */
export interface PreparedClinics {
  readonly values: PairValues;
  readonly rules: SeatingRules;
}

/**
 * Resolves the options against `eco`: participants, pair values, rules. `seating` (scoring) supplies
 * the defaults of participants, sessions and tables; without it (planning) sizes must be possible.
 * @internal
 */
export function prepareClinics(
  fn: string,
  eco: Ecosystem,
  options: PeerLearningOptions,
  seating: readonly (readonly (readonly string[])[])[] | null,
): PreparedClinics {
  if (options.directed === true) {
    throw new NotApplicableError(
      `${fn}: defined on the undirected view only (who already knows whom); drop directed: true`,
    );
  }
  const size = resolveSize(fn, options.size);
  const weights = resolveWeights(fn, options.weights);
  const maxDistance = checkMaxDistance(fn, options.maxDistance ?? PEER_LEARNING_DEFAULTS.maxDistance);
  const ids = resolveParticipants(fn, eco, options.participants, () => {
    if (seating === null) return eco.nodes();
    const seated = new Set<string>();
    for (const tables of seating) for (const members of tables) for (const id of members) seated.add(id);
    return [...seated];
  });
  if (ids.length === 0) throw optionError("options.noParticipants", OPTION_NO_PARTICIPANTS, { fn });
  const values = pairValuesOf(eco, {
    ids,
    weights,
    regionBy: options.regionBy ?? PEER_LEARNING_DEFAULTS.regionBy,
    maxDistance,
    communitySeed: options.communitySeed ?? PEER_LEARNING_DEFAULTS.communitySeed,
    kinds: options.kinds,
    at: options.at,
  });
  const sessions = checkCount(
    fn,
    "sessions",
    options.sessions ?? (seating === null ? PEER_LEARNING_DEFAULTS.sessions : Math.max(seating.length, 1)),
  );
  const tables = checkCount(
    fn,
    "tables",
    options.tables ??
      (seating === null ? Math.ceil(ids.length / size.max) : Math.max(seating[0]?.length ?? 1, 1)),
  );
  const rules = resolveRules(
    fn,
    values,
    options,
    { sessions, tables, min: size.min, max: size.max },
    seating === null,
  );
  return { values, rules };
}

/**
 * Scores a seating of peer-learning clinics with the objective of {@link planPeerLearning}, and lists
 * every hard rule it breaks, so a hand-made seating can be compared with a plan.
 *
 * @remarks
 * The score is Σ over the pairs that meet for the first time of their worth w(i, j) (see
 * {@link planPeerLearning} for w); a pair seated together in several sessions counts once. The hard
 * rules, each a violation with its session, table and actors:
 * `shape` (not `sessions` sessions of `tables` tables), `seating` (someone not a participant, seated
 * twice in a session, or missing from one), `size` (a table outside `size.min … size.max`), `balance`
 * (tables of one session differing by more than one), `role` (a table without a role every table must
 * hold: roles with at least as many participants as tables), `repeat` (a pair seated together again,
 * where the sizes allow no repeat at all), `apart`, `together`, `host`. `feasible` is true when there is
 * none.
 * Time complexity: O(p² + Σ table sizes²) once the pair values are known (they are cached per graph
 * and options; see {@link planPeerLearning} for their cost).
 *
 * @param seating - sessions of tables of actor ids (`seating[s][t]` lists table t of session s).
 * @param options - the options given to {@link planPeerLearning}; `participants` defaults to the actors
 *   seated, `sessions` and `tables` to the seating's.
 * @returns the score, the violations, and counts of new pairs by kind.
 * @throws {@link InvalidOptionError} when the seating names an actor not in `eco`, or an option is invalid.
 * @example
 * const plan = planPeerLearning(eco, { sessions: 2, tables: 4, size: { min: 3, max: 4 } });
 * scorePeerLearning(eco, plan.seating, { sessions: 2, tables: 4, size: { min: 3, max: 4 } }).score === plan.score; // true
 * @see {@link planPeerLearning}
 * @category Peer learning
 */
export function scorePeerLearning(
  eco: Ecosystem,
  seating: readonly (readonly (readonly string[])[])[],
  options: PeerLearningOptions = {},
): PeerLearningScore {
  const fn = "scorePeerLearning";
  for (let s = 0; s < seating.length; s++) {
    const tables = seating[s]!;
    for (let t = 0; t < tables.length; t++) {
      for (const id of tables[t]!) {
        if (!eco.hasNode(id)) {
          throw optionError("options.seatsNonActor", OPTION_SEATS_NON_ACTOR, {
            fn,
            session: String(s + 1),
            table: String(t + 1),
            id,
          });
        }
      }
    }
  }
  const { values, rules } = prepareClinics(fn, eco, options, seating);
  const index = new Map(values.ids.map((id, i) => [id, i]));
  const problems: PeerLearningViolation[] = [];
  if (seating.length !== rules.sessions) {
    problems.push({
      rule: "shape",
      session: null,
      table: null,
      actors: [],
      ...problemOf("clinics.violation.sessions", { count: seating.length, expected: rules.sessions }),
    });
  }
  const seated = seating.map((tables, s) => {
    if (tables.length !== rules.tables) {
      problems.push({
        rule: "shape",
        session: s,
        table: null,
        actors: [],
        ...problemOf("clinics.violation.tables", {
          session: s + 1,
          count: tables.length,
          expected: rules.tables,
        }),
      });
    }
    const seen = new Uint8Array(values.count);
    const result = tables.map((members, t) => {
      const at: number[] = [];
      for (const id of members) {
        const i = index.get(id);
        if (i === undefined) {
          problems.push({
            rule: "seating",
            session: s,
            table: t,
            actors: [id],
            ...problemOf("clinics.violation.notParticipant", { session: s + 1, table: t + 1, actor: id }),
          });
        } else if (seen[i] === 1) {
          problems.push({
            rule: "seating",
            session: s,
            table: t,
            actors: [id],
            ...problemOf("clinics.violation.twice", { session: s + 1, actor: id }),
          });
        } else {
          seen[i] = 1;
          at.push(i);
        }
      }
      return at;
    });
    const missing = values.ids.filter((_, i) => seen[i] === 0).sort(compareIds);
    if (missing.length > 0) {
      problems.push({
        rule: "seating",
        session: s,
        table: null,
        actors: missing,
        ...problemOf("clinics.violation.unseated", {
          session: s + 1,
          count: missing.length,
          shown: missing.slice(0, 3).join(", "),
          more: missing.length > 3 ? "yes" : "no",
        }),
      });
    }
    return result;
  });
  return evaluateSeating(eco, values, rules, seated, problems);
}
