/**
 * `planPeerLearning`: who sits at which table of a series of peer-learning clinics, so that siloed
 * actors meet: people who do not know each other yet and whose meeting would do most for the network.
 *
 * @packageDocumentation
 */
import { checkArguments, optionKeys } from "../model/check-arguments.js";
import { actorLabel, type Ecosystem } from "../model/ecosystem.js";
import { InvalidOptionError } from "../model/errors.js";
import { mustBe, optionError, ruleFinite, ruleOneOf, ruleWholeAtLeast } from "../model/option-errors.js";
import { VIEW_OPTION_KEYS } from "../model/view.js";
import { OPTION_EXACT_TOO_LARGE } from "../text/catalogues/en/options.js";
import { evaluateSeating, type PeerLearningScore } from "./evaluate.js";
import { solverObjective } from "./objective.js";
import { EXACT_SEATING_LIMIT, PEER_LEARNING_DEFAULTS, type PeerLearningOptions } from "./options.js";
import { type PeerLearningMessage, planSummary, tableReasons } from "./reasons.js";
import { prepareClinics } from "./score-peer-learning.js";
import { seatingCount, solveExact } from "./solve-exact.js";
import { solveHeuristic } from "./solve-heuristic.js";

/** The keys of {@link PeerLearningOptions}, checked at run time (see `checkOptionKeys`). */
const PEER_LEARNING_OPTION_KEYS = optionKeys<PeerLearningOptions>({
  ...VIEW_OPTION_KEYS,
  participants: true,
  sessions: true,
  tables: true,
  size: true,
  seed: true,
  weights: true,
  apart: true,
  together: true,
  hosts: true,
  regionBy: true,
  maxDistance: true,
  communitySeed: true,
  solver: true,
  iterations: true,
});

/** Participants above which the `auto` solver never enumerates. */
const EXACT_PARTICIPANT_LIMIT = 16;

/** One seat: who sits there and what a card on the table would say about them. */
export interface PeerLearningSeat {
  id: string;
  /** The actor's name (see `actorLabel`). */
  label: string;
  role: string;
  /** The `regionBy` attribute, or `null`. */
  region: string | null;
  /** Fixed to this table by `hosts`. */
  host: boolean;
}

/** One table of one session. */
export interface PeerLearningTable {
  /** Index from 0. */
  table: number;
  /** Members' ids, sorted. */
  members: string[];
  /** The members with labels, roles and regions, in the order of `members`. */
  seats: PeerLearningSeat[];
  /** Pairs meeting for the first time at this table (not tied, not met in an earlier session). */
  newPairs: number;
  /** Σ of their worth. */
  value: number;
  /** One or two reasons, the most telling first. */
  reasons: PeerLearningMessage[];
}

/** One session's tables. */
export interface PeerLearningSession {
  /** Index from 0. */
  session: number;
  tables: PeerLearningTable[];
}

/** Result of {@link planPeerLearning}: the seating, its score (as {@link scorePeerLearning} gives it) and why. */
export interface PeerLearningPlan extends PeerLearningScore {
  sessions: PeerLearningSession[];
  /** The seating as {@link scorePeerLearning} takes it: `seating[s][t]` = members of table t in session s. */
  seating: string[][][];
  /** Participants' ids, sorted. */
  participants: string[];
  /** Which solver found the seating. */
  solver: "exact" | "heuristic";
  seed: number;
  summary: PeerLearningMessage;
}

/**
 * Seats the participants of a series of peer-learning clinics at tables, session after session, so
 * that actors who do not know each other yet meet, most of all those whose meeting would do most for
 * the network; every table mixes the roles, sizes are balanced, and no pair meets twice.
 *
 * @remarks
 * **Objective.** Maximise S = Σ over pairs {i, j} seated together in some session and joined by no tie
 * of any kind in the analysed view (the kinds and date of the view options) of
 * w(i, j) = w_new + w_com·[c(i) ≠ c(j)] + w_reg·[r(i) ≠ r(j)] + w_dist·f(i, j) + w_need·N(i, j) + w_spof·B(i, j),
 * each pair counted once however often it meets, where c are Louvain communities (`communitySeed`),
 * r the `regionBy` attribute (no credit when either lacks it), f = 1 − 2/d for two actors d ≥ 2 steps
 * apart and 1 in different components, N(i, j) the number of needs of i (roles its role needs that it
 * cannot reach within `maxDistance` steps, as the coverage gaps count them) that j is or reaches within
 * `maxDistance − 1` steps, plus the same for j (so the new tie would meet them within `maxDistance`),
 * and B = 1 when an articulation point separates i from j (the tie would bypass a single point of
 * failure). Weights default to w_new = w_com = w_reg = w_dist = w_spof = 1, w_need = 2. The p × p
 * matrix of w is computed once (a `Float64Array`).
 *
 * **Hard rules** (see {@link scorePeerLearning}): each session seats every participant once at
 * `tables` tables whose sizes lie in `size` and differ by at most one; every table holds every role
 * that has at least one participant per table (at most as many roles as the smallest table seats);
 * no pair sits together twice, unless the sizes make it impossible (tables larger than their number, or
 * sessions · (size − 1) > participants − 1; then repeats are allowed, counted and said in the summary);
 * `apart` pairs never share a table, `together` pairs share one in every session, `hosts` keep their
 * table in every session.
 *
 * **Solvers.** `exact` enumerates seatings depth first (people in id order, interchangeable empty tables
 * tried once, seatings breaking a pair rule pruned) and keeps the best; `auto` uses it for at most 16
 * participants and {@link EXACT_SEATING_LIMIT} seatings. The heuristic seats each session greedily
 * (hosts, then the scarcest required roles first, each person where the objective gains most), then
 * runs simulated annealing over swaps of two people at different tables of one session (geometric
 * cooling from the mean pair worth to a thousandth of it, `iterations` steps), then applies improving
 * swaps until none is left. Broken rules cost more than any score, so a feasible seating beats every
 * infeasible one. Participants are taken in id order and every random choice comes from `seed`, so the
 * same input gives the same plan whatever the file's order. The heuristic finds a feasible seating on
 * every instance we tried where one exists, but it cannot prove that none exists: when it breaks a
 * rule, `feasible` is false and `violations` say which.
 *
 * Ours: no reference implementation (the problem is a weighted social-golfer problem).
 * Time complexity: O(p · (n + m) + A · (n + m) + p² · A) for the pair values (p participants, A
 * articulation points), then O(iterations · size + sweeps · sessions · p² · size) for the heuristic.
 *
 * @param options - participants, sessions, tables, sizes, seed, weights, apart, together, hosts and the
 *   view options (see {@link PeerLearningOptions}).
 * @returns the sessions' tables with members, seats and reasons; the score and counts of
 *   {@link scorePeerLearning} of the same seating; a summary.
 * @throws {@link InvalidOptionError} when the participants cannot sit at balanced tables of the given
 *   sizes, an option names someone who is not a participant, or `solver: "exact"` would enumerate more
 *   than 100 · {@link EXACT_SEATING_LIMIT} seatings.
 * @throws {@link NotApplicableError} with `directed: true`.
 * @example
 * const eco = sampleEcosystem();
 * const plan = planPeerLearning(eco, { participants: { role: ["funder", "upskiller"] }, sessions: 2, tables: 5, size: { min: 5, max: 6 } });
 * plan.sessions[0].tables[0].reasons[0].text; // why that table was put together
 * @see {@link scorePeerLearning}
 * @see {@link peerLearningChanges}
 * @category Peer learning
 */
export function planPeerLearning(eco: Ecosystem, options: PeerLearningOptions = {}): PeerLearningPlan {
  checkArguments("planPeerLearning", eco, options, PEER_LEARNING_OPTION_KEYS);
  const fn = "planPeerLearning";
  const { values, rules } = prepareClinics(fn, eco, options, null);
  const seed = options.seed ?? PEER_LEARNING_DEFAULTS.seed;
  if (!Number.isFinite(seed)) throw mustBe(fn, "seed", String(seed), ruleFinite());
  const iterations = options.iterations ?? 20_000 + 400 * values.count * rules.sessions;
  if (!(Number.isInteger(iterations) && iterations >= 0)) {
    throw mustBe(fn, "iterations", String(iterations), ruleWholeAtLeast(0));
  }
  const solver = options.solver ?? PEER_LEARNING_DEFAULTS.solver;
  if (solver !== "auto" && solver !== "exact" && solver !== "heuristic") {
    throw mustBe(fn, "solver", `"${String(solver)}"`, ruleOneOf(["auto", "exact", "heuristic"]));
  }
  const objective = solverObjective(values, rules);
  if (solver === "exact" && seatingCount(objective) > EXACT_SEATING_LIMIT * 100) {
    throw optionError("options.exactTooLarge", OPTION_EXACT_TOO_LARGE, {
      fn,
      count: seatingCount(objective).toExponential(1),
    });
  }
  const useExact =
    solver === "exact" ||
    (solver === "auto" &&
      values.count <= EXACT_PARTICIPANT_LIMIT &&
      seatingCount(objective) <= EXACT_SEATING_LIMIT);
  let chosen: "exact" | "heuristic" = "heuristic";
  let seating: number[][][] | null = null;
  if (useExact) {
    seating = solveExact(objective);
    if (seating !== null) chosen = "exact";
  }
  seating ??= solveHeuristic(objective, seed, iterations);

  const result = evaluateSeating(eco, values, rules, seating, []);
  const p = values.count;
  const indexOf = new Map(values.ids.map((id, i) => [id, i]));
  const firstMet = new Map<number, [number, number][]>();
  for (const pair of result.pairs) {
    const i = indexOf.get(pair.source)!;
    const j = indexOf.get(pair.target)!;
    const key = pair.session * rules.tables + pair.table;
    const list = firstMet.get(key);
    if (list === undefined) firstMet.set(key, [[i, j]]);
    else list.push([i, j]);
  }
  const sessions: PeerLearningSession[] = seating.map((tables, s) => ({
    session: s,
    tables: tables.map((members, t) => {
      const pairs = firstMet.get(s * rules.tables + t) ?? [];
      let value = 0;
      for (const [i, j] of pairs) value += values.value[i * p + j]!;
      return {
        table: t,
        members: members.map((i) => values.ids[i]!),
        seats: members.map((i) => ({
          id: values.ids[i]!,
          label: actorLabel(eco, values.ids[i]!),
          role: values.roleIds[values.role[i]!]!,
          region: values.region[i] ?? null,
          host: rules.hostTable[i] === t,
        })),
        newPairs: pairs.length,
        value,
        reasons: tableReasons(values, { members, pairs }),
      };
    }),
  }));
  return {
    ...result,
    sessions,
    seating: sessions.map((session) => session.tables.map((table) => table.members)),
    participants: [...values.ids],
    solver: chosen,
    seed,
    summary: planSummary(result, {
      sessions: rules.sessions,
      tables: rules.tables,
      participants: p,
      maxDistance: values.maxDistance,
    }),
  };
}
