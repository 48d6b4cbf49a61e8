/**
 * `simulateRemoval`: robustness curves. Actors leave one by one (at random, the most connected first,
 * the most between first, or by a rule of the caller's), and after each departure the network's
 * cohesion, efficiency and the needs it no longer meets are measured.
 *
 * @packageDocumentation
 */

import { type BetweennessSample, betweennessPivots } from "../brokers/betweenness-sample.js";
import { bfs } from "../internal/bfs.js";
import { compareIds } from "../internal/compare.js";
import { createEfficiencyTracker } from "../internal/removal-efficiency.js";
import { createRandom, type Random, randomInt, shuffleInPlace } from "../internal/rng.js";
import { betweenness } from "../metrics/centrality.js";
import { checkArguments, optionKeys } from "../model/check-arguments.js";
import { type Ecosystem, ecosystemRoles } from "../model/ecosystem.js";
import { InvalidOptionError, NotApplicableError } from "../model/errors.js";
import {
  mustBe,
  mustBeBare,
  optionError,
  ruleFinite,
  ruleIntegerAtLeast,
  ruleIntegerFromTo,
  ruleOneOf,
} from "../model/option-errors.js";
import { checkRoleFilter } from "../model/role-filter.js";
import { type EcosystemView, tieFiltersOf, VIEW_OPTION_KEYS, type ViewOptions } from "../model/view.js";
import { getView } from "../model/view-cache.js";
import {
  OPTION_POOL_REPEATS,
  OPTION_POOL_UNKNOWN,
  OPTION_STRATEGY_RETURNED,
  OPTION_UNKNOWN_STRATEGY,
} from "../text/catalogues/en/options.js";

/** The keys of {@link SimulateRemovalOptions}, checked at run time (see `checkOptionKeys`). */
const SIMULATE_REMOVAL_OPTION_KEYS = optionKeys<SimulateRemovalOptions>({
  ...VIEW_OPTION_KEYS,
  strategy: true,
  steps: true,
  trials: true,
  seed: true,
  pool: true,
  adaptive: true,
  maxDistance: true,
  efficiencySources: true,
  betweennessSample: true,
});

const FN = "simulateRemoval";

/** Who may leave: the actors of one role, or a list of actor ids. */
export type RemovalPool = { readonly role: string } | { readonly ids: readonly string[] };

/** What a function strategy sees before each departure. Treat every field as read-only. */
export interface RemovalState {
  /** Departures so far (0 before the first). */
  readonly step: number;
  /** The undirected analysis view of the whole ecosystem (actors that left included). */
  readonly view: EcosystemView;
  /** `present[i]` is 1 while actor `view.ids[i]` is still there, 0 once it has left. */
  readonly present: Uint8Array;
  /** The pool's actors still there, sorted by id: the function must return one of them. */
  readonly candidates: readonly string[];
  /** The actors that left so far, in order. */
  readonly removedIds: readonly string[];
  /** An actor's number of contacts among the actors still there (0 for one that left). */
  readonly degree: (id: string) => number;
  /** A seeded generator of floats in [0, 1), one stream per trial, for strategies that draw. */
  readonly random: () => number;
}

/** A strategy of the caller's: given the state, the id of the actor who leaves next. */
export type RemovalChooser = (state: RemovalState) => string;

/** The built-in strategies. */
export type RemovalStrategyName = "random" | "degree" | "betweenness";

/** Options of {@link simulateRemoval}. */
export interface SimulateRemovalOptions extends ViewOptions {
  /**
   * Who leaves first: `"random"` (a seeded uniform order), `"degree"` (most contacts first),
   * `"betweenness"` (highest betweenness first), or a {@link RemovalChooser}. Ties of degree or
   * betweenness are broken by id.
   * @defaultValue "random"
   */
  strategy?: RemovalStrategyName | RemovalChooser;
  /**
   * How many actors leave (an integer from 0 to the size of the pool).
   * @defaultValue every actor of the pool
   */
  steps?: number;
  /**
   * Independent runs of a `"random"` or function strategy, averaged step by step (with standard
   * deviations). `"degree"` and `"betweenness"` are deterministic and run once whatever this says.
   * @defaultValue 10
   */
  trials?: number;
  /**
   * Seed of the random orders, of the random stream a function strategy receives, of the sampled
   * efficiency's sources and of the betweenness pivots.
   * @defaultValue 1
   */
  seed?: number;
  /**
   * Who may leave: `{ role: "funder" }` ("what if funding dries up") or `{ ids: [...] }`. Everyone
   * stays in the network and in the measures; only the pool's actors leave. A role that is not in
   * force, or that no actor holds, is an `InvalidOptionError` naming the closest role.
   * @defaultValue every actor
   */
  pool?: RemovalPool;
  /**
   * `true`: `"degree"` and `"betweenness"` are recomputed on the remaining network before each
   * departure. `false`: actors are ranked once, on the intact network, and leave in that order.
   * (A function strategy is asked before every departure either way.)
   * @defaultValue false
   */
  adaptive?: boolean;
  /**
   * An actor has access to a role it needs when an actor of that role is at most this many steps away
   * (as for coverage gaps). A positive integer.
   * @defaultValue 2
   */
  maxDistance?: number;
  /**
   * How global efficiency is computed: `"auto"` (exact up to {@link EXACT_EFFICIENCY_LIMIT} actors,
   * else from {@link AUTO_EFFICIENCY_SOURCES} seeded sources), `"exact"`, or a number of sources
   * (an integer ≥ 1).
   * @defaultValue "auto"
   */
  efficiencySources?: "auto" | "exact" | number;
  /**
   * How the betweenness ranking is computed: `"auto"` (exact up to 2 000 actors, else 500 seeded
   * pivots), `"exact"`, or a number of pivots.
   * @defaultValue "auto"
   */
  betweennessSample?: BetweennessSample;
}

/** The defaults of {@link SimulateRemovalOptions}. */
export const SIMULATE_REMOVAL_DEFAULTS = Object.freeze({
  directed: false,
  strategy: "random",
  trials: 10,
  seed: 1,
  adaptive: false,
  maxDistance: 2,
  efficiencySources: "auto",
  betweennessSample: "auto",
} satisfies SimulateRemovalOptions);

/**
 * Largest ecosystem whose global efficiency `"auto"` computes exactly at every step. Exact efficiency
 * keeps a distance row per actor (n² cells) and repairs every row at each departure: about 1.5 s for
 * 100 degree-ordered departures at 1 000 actors and 5 000 ties on a 2-core machine, and growing like n².
 */
export const EXACT_EFFICIENCY_LIMIT = 1000;

/**
 * Sources of the sampled global efficiency above {@link EXACT_EFFICIENCY_LIMIT}. The same seeded
 * sources are used at every step (one that leaves is replaced by the next of a seeded order), so the
 * curve's steps differ by the removals, not by the draw.
 */
export const AUTO_EFFICIENCY_SOURCES = 64;

/** The measures of one step (their means over the trials for a random or function strategy). */
export interface RemovalMeasures {
  /** Actors in the largest component of the remaining network. */
  largestComponent: number;
  /** largestComponent divided by the number of remaining actors; 0 when none remain. */
  largestComponentShare: number;
  /** Global efficiency of the remaining network (exact or sampled, see `efficiencySources`). */
  globalEfficiency: number;
  /** Remaining actors who had access to a role they need at the start and have lost it. */
  unmetNeeds: number;
}

/** One point of a robustness curve. */
export interface RemovalStep extends RemovalMeasures {
  /** Actors that have left so far (0: the intact network). */
  removed: number;
  /** Actors still there. */
  remaining: number;
  /**
   * The actor that left at this step (one id; none at step 0), or `null` when the trials' orders
   * differ (several trials). The order of departure is the concatenation up to a step.
   */
  removedIds: string[] | null;
  /** Sample standard deviations over the trials (n − 1 denominator); `null` with a single trial. */
  sd: RemovalMeasures | null;
}

/** The result of {@link simulateRemoval}. */
export interface RemovalSimulation {
  /** The strategy's name, `"custom"` for a function. */
  strategy: RemovalStrategyName | "custom";
  /** Whether degree or betweenness was recomputed after each departure. */
  adaptive: boolean;
  /** Runs averaged (1 for a deterministic strategy). */
  trials: number;
  /** Actors in the ecosystem at the start. */
  actors: number;
  /** Actors who could leave. */
  pool: number;
  /** Sources of the sampled global efficiency; `null` when it is exact. */
  efficiencySources: number | null;
  /** Step 0 (intact) to the last departure. */
  steps: RemovalStep[];
}

/** The ecosystem reduced to typed arrays, shared by every trial. */
interface Network {
  readonly view: EcosystemView;
  readonly n: number;
  /** Per needed role: the indices of its actors and, per actor, whether it needs the role. */
  readonly needs: readonly { readonly holders: Int32Array; readonly needers: Uint8Array }[];
}

/** Scratch buffers of one simulation. */
interface Scratch {
  readonly distance: Int32Array;
  readonly queue: Int32Array;
  readonly seen: Uint8Array;
}

function largestComponent(network: Network, present: Uint8Array, scratch: Scratch): number {
  const { view, n } = network;
  const { seen, queue } = scratch;
  const { offsets, targets } = view;
  seen.fill(0);
  let largest = 0;
  for (let root = 0; root < n; root++) {
    if (present[root] === 0 || seen[root] === 1) continue;
    seen[root] = 1;
    let tail = 0;
    queue[tail++] = root;
    for (let head = 0; head < tail; head++) {
      const u = queue[head]!;
      for (let k = offsets[u]!, end = offsets[u + 1]!; k < end; k++) {
        const v = targets[k]!;
        if (present[v] === 1 && seen[v] === 0) {
          seen[v] = 1;
          queue[tail++] = v;
        }
      }
    }
    if (tail > largest) largest = tail;
  }
  return largest;
}

/** Per needed role, which actors reach a holder within maxDistance (1 = yes). */
function accessOf(
  network: Network,
  present: Uint8Array,
  maxDistance: number,
  scratch: Scratch,
): Uint8Array[] {
  return network.needs.map(({ holders }) => {
    bfs(network.view, holders, scratch.distance, scratch.queue, maxDistance, present);
    const access = new Uint8Array(network.n);
    for (let i = 0; i < network.n; i++) access[i] = scratch.distance[i] === -1 ? 0 : 1;
    return access;
  });
}

function unmetNeeds(
  network: Network,
  present: Uint8Array,
  initial: readonly Uint8Array[],
  maxDistance: number,
  scratch: Scratch,
): number {
  const lost = scratch.seen;
  lost.fill(0);
  network.needs.forEach(({ holders, needers }, r) => {
    bfs(network.view, holders, scratch.distance, scratch.queue, maxDistance, present);
    const had = initial[r]!;
    for (let i = 0; i < network.n; i++) {
      if (present[i] === 1 && needers[i] === 1 && had[i] === 1 && scratch.distance[i] === -1) lost[i] = 1;
    }
  });
  let count = 0;
  for (let i = 0; i < network.n; i++) count += lost[i]!;
  return count;
}

function poolOf(eco: Ecosystem, view: EcosystemView, pool: RemovalPool | undefined): Int32Array {
  if (pool === undefined) return Int32Array.from(view.ids.keys());
  if ("role" in pool) {
    checkRoleFilter(FN, "pool.role", [pool.role], eco);
    const members: number[] = [];
    for (let i = 0; i < view.order; i++) {
      if (eco.getNodeAttribute(view.ids[i]!, "role") === pool.role) members.push(i);
    }
    return Int32Array.from(members);
  }
  if ("ids" in pool && Array.isArray(pool.ids)) {
    const unknown = pool.ids.filter((id) => !view.index.has(id));
    if (unknown.length > 0) {
      throw optionError("options.poolUnknown", OPTION_POOL_UNKNOWN, {
        fn: FN,
        count: unknown.length,
        shown: unknown.slice(0, 5).join(", "),
      });
    }
    const members = [...new Set(pool.ids)].map((id) => view.index.get(id)!);
    if (members.length !== pool.ids.length)
      throw optionError("options.poolRepeats", OPTION_POOL_REPEATS, { fn: FN });
    return Int32Array.from(members);
  }
  throw mustBeBare(FN, "pool", ruleOneOf(["{ role }", "{ ids }"]));
}

/** Pool members ranked by score descending, ties by id. */
function rankBy(view: EcosystemView, pool: Int32Array, score: (i: number) => number): Int32Array {
  return Int32Array.from(
    [...pool].sort((a, b) => score(b) - score(a) || compareIds(view.ids[a]!, view.ids[b]!)),
  );
}

function betweennessRanking(
  eco: Ecosystem,
  viewOptions: ViewOptions,
  settings: { betweennessSample: BetweennessSample; seed: number },
  ids: readonly string[],
): (i: number) => number {
  const sample = betweennessPivots(FN, settings.betweennessSample, eco.order);
  const values = betweenness(eco, { ...viewOptions, normalized: false, seed: settings.seed, sample });
  return (i) => values[ids[i]!] ?? 0;
}

function checkInteger(name: string, value: number, least: number, most = Number.POSITIVE_INFINITY): void {
  if (!Number.isInteger(value) || value < least || value > most) {
    const range =
      most === Number.POSITIVE_INFINITY ? ruleIntegerAtLeast(least) : ruleIntegerFromTo(least, most);
    throw mustBe(FN, name, String(value), range);
  }
}

/**
 * Robustness curves: actors leave one by one and, after each departure, the remaining network's
 * largest component, global efficiency and lost access to needed roles are measured.
 *
 * @remarks
 * With R_t the actors remaining after t departures (r = |R_t|) and G_t the network they induce (the
 * undirected view of `kinds` and `at`):
 * - largestComponentShare(t) = |C_max(G_t)| / r, C_max the largest connected component;
 * - globalEfficiency(t) = (1 / (r (r − 1))) Σ_{u ≠ v ∈ R_t} 1/d_t(u, v), hop distances in G_t, 1/∞ = 0
 *   (Latora & Marchiori); sampled: the mean over k sources s of Σ_v 1/d_t(s, v) / (r − 1);
 * - unmetNeeds(t) = #{i ∈ R_t : for some role s that i's role needs, d_0(i, s) ≤ maxDistance and
 *   d_t(i, s) > maxDistance}, d(i, s) the distance to the nearest actor of role s (a role needing
 *   itself is skipped, as in coverage gaps): actors who had access at the start and lost it.
 *
 * Strategies. `"random"`: a uniform seeded order of the pool (Fisher–Yates), a new one per trial.
 * `"degree"`: the most contacts (distinct adjacent actors) first. `"betweenness"`: the highest
 * betweenness first (exact or sampled, see `betweennessSample`). Both rank once on the intact network
 * unless `adaptive: true`, when they rank again on G_t before each departure (Holme et al.'s
 * "recalculated" attacks); ties are broken by id. A function is called before each departure with a
 * {@link RemovalState} and returns the next actor (one of `state.candidates`).
 * With several trials, each step reports the mean over trials and the sample standard deviations.
 *
 * Ours: no reference implementation; each point equals the direct computation on the ecosystem with
 * those actors removed (`applyScenario` + `components` + `globalEfficiency`; the tests check it).
 * The largest component's share is of the *remaining* actors (Albert et al. divide by the original
 * n; `largestComponent / actors` gives that). Efficiency is exact up to
 * {@link EXACT_EFFICIENCY_LIMIT} actors by default, else sampled from {@link AUTO_EFFICIENCY_SOURCES}
 * seeded sources kept fixed across steps. It is kept up to date rather than recomputed: each source
 * keeps its distance row, and a departure repairs only the distances it lengthens (a decremental
 * breadth-first search in the manner of Even & Shiloach and Ramalingam & Reps), so a random departure
 * costs a few neighbourhoods, not a search of the network.
 * Undefined cases: an empty `ids` pool gives the single step 0 (a `role` pool no actor holds is an
 * error, as a misspelt role would be); with fewer than 2 remaining actors the
 * efficiency is 0 and with none the share is 0.
 * Time complexity: per trial, O(S · (n + m)) to start (S efficiency sources, n when exact), then per
 * step O(n + m) for the component and O(R · (n + m)) for R needed roles, plus the efficiency repair,
 * O(S · (n + m)) at worst and typically the degrees of the few actors whose distance changes; plus the
 * ranking: O(n log n) for degree, O(n · m) for exact betweenness (once, or at every step when
 * adaptive). Memory O(S · n).
 *
 * References: Albert, R., Jeong, H. & Barabási, A.-L. (2000). Error and attack tolerance of complex
 * networks. Nature 406, 378–382. doi:10.1038/35019019.
 * Holme, P., Kim, B. J., Yoon, C. N. & Han, S. K. (2002). Attack vulnerability of complex networks.
 * Physical Review E 65, 056109. doi:10.1103/PhysRevE.65.056109.
 * Latora, V. & Marchiori, M. (2001). Physical Review Letters 87, 198701. doi:10.1103/PhysRevLett.87.198701.
 * Even, S. & Shiloach, Y. (1981). An on-line edge-deletion problem. Journal of the ACM 28(1), 1–4.
 * doi:10.1145/322234.322235. Ramalingam, G. & Reps, T. (1996). On the computational complexity of
 * dynamic graph problems. Theoretical Computer Science 158(1–2), 233–277. doi:10.1016/0304-3975(95)00079-8
 *
 * @param options - view options (undirected only), `strategy`, `steps`, `trials`, `seed`, `pool`,
 *   `adaptive`, `maxDistance`, `efficiencySources`, `betweennessSample`.
 * @returns the curve, step 0 (intact) first.
 * @throws {@link NotApplicableError} when `directed` is true.
 * @throws {@link InvalidOptionError} for an unknown strategy or pool, a bad number, or a function
 *   strategy returning an actor that is not a candidate.
 * @example
 * // a star of a hub and four leaves: once the hub leaves, no two actors are joined
 * const curve = simulateRemoval(star, { strategy: "degree", steps: 1 });
 * curve.steps[1].largestComponentShare; // 0.25
 * @see {@link applyScenario}
 * @category Scenarios
 */
export function simulateRemoval(eco: Ecosystem, options: SimulateRemovalOptions = {}): RemovalSimulation {
  checkArguments("simulateRemoval", eco, options, SIMULATE_REMOVAL_OPTION_KEYS);
  if (options.directed === true) {
    throw new NotApplicableError(
      `${FN}: directed view is not supported; removal curves use the undirected view`,
    );
  }
  const settings = { ...SIMULATE_REMOVAL_DEFAULTS, ...options };
  const viewOptions: ViewOptions = { directed: false, ...tieFiltersOf(options) };
  const view = getView(eco, viewOptions);
  const n = view.order;
  const { strategy } = settings;
  if (typeof strategy !== "function" && !["random", "degree", "betweenness"].includes(strategy)) {
    throw optionError("options.unknownStrategy", OPTION_UNKNOWN_STRATEGY, {
      fn: FN,
      strategy: String(strategy),
    });
  }
  if (!Number.isFinite(settings.seed)) throw mustBe(FN, "seed", String(settings.seed), ruleFinite());
  checkInteger("trials", settings.trials, 1);
  checkInteger("maxDistance", settings.maxDistance, 1);
  const pool = poolOf(eco, view, settings.pool);
  const steps = settings.steps ?? pool.length;
  checkInteger("steps", steps, 0, pool.length);
  let sources: number | null;
  if (settings.efficiencySources === "exact") sources = null;
  else if (settings.efficiencySources === "auto")
    sources = n > EXACT_EFFICIENCY_LIMIT ? AUTO_EFFICIENCY_SOURCES : null;
  else {
    checkInteger("efficiencySources", settings.efficiencySources, 1);
    sources = settings.efficiencySources >= n ? null : settings.efficiencySources;
  }

  const network = networkOf(eco, view);
  const deterministic = strategy === "degree" || strategy === "betweenness";
  const trials = deterministic ? 1 : settings.trials;
  const random = createRandom(settings.seed);
  const sourceOrder = shuffleInPlace(random, Int32Array.from(view.ids.keys()));
  const scratch: Scratch = {
    distance: new Int32Array(n),
    queue: new Int32Array(n),
    seen: new Uint8Array(n),
  };
  const full = new Uint8Array(n).fill(1);
  const initialAccess = accessOf(network, full, settings.maxDistance, scratch);

  // Rankings computed once on the intact network.
  let fixedOrder: Int32Array | null = null;
  if (strategy === "degree" && !settings.adaptive) {
    fixedOrder = rankBy(view, pool, (i) => view.offsets[i + 1]! - view.offsets[i]!);
  } else if (strategy === "betweenness" && !settings.adaptive) {
    fixedOrder = rankBy(view, pool, betweennessRanking(eco, viewOptions, settings, view.ids));
  }

  const sums = new Float64Array(4 * (steps + 1));
  const squares = new Float64Array(4 * (steps + 1));
  let orderIds: string[] | null = null;
  for (let trial = 0; trial < trials; trial++) {
    const present = full.slice();
    const degree = new Int32Array(n);
    for (let i = 0; i < n; i++) degree[i] = view.offsets[i + 1]! - view.offsets[i]!;
    const trialRandom = createRandom(randomInt(random, 2 ** 32));
    const trialOrder = strategy === "random" ? shuffleInPlace(trialRandom, pool.slice()) : fixedOrder;
    const next = chooserOf(eco, strategy, settings, viewOptions, network, pool, present, degree, trialRandom);
    const tracker = createEfficiencyTracker(view, present, sourceOrder, sources ?? n);
    const removed: string[] = [];
    let remaining = n;
    for (let t = 0; t <= steps; t++) {
      if (t > 0) {
        const leaving = trialOrder === null ? next(t - 1, removed) : trialOrder[t - 1]!;
        present[leaving] = 0;
        tracker.remove(leaving);
        remaining--;
        removed.push(view.ids[leaving]!);
        for (let k = view.offsets[leaving]!, end = view.offsets[leaving + 1]!; k < end; k++)
          degree[view.targets[k]!]!--;
        degree[leaving] = 0;
      }
      const largest = largestComponent(network, present, scratch);
      // total() first: a tracker that searches afresh counts its sources while it sums.
      const total = remaining < 2 ? 0 : tracker.total();
      const used = tracker.sources();
      const values = [
        largest,
        remaining === 0 ? 0 : largest / remaining,
        remaining < 2 || used === 0 ? 0 : total / (used * (remaining - 1)),
        unmetNeeds(network, present, initialAccess, settings.maxDistance, scratch),
      ];
      for (let q = 0; q < 4; q++) {
        sums[4 * t + q]! += values[q]!;
        squares[4 * t + q]! += values[q]! ** 2;
      }
    }
    if (trials === 1) orderIds = removed;
  }

  const measuresAt = (t: number, pick: (q: number) => number): RemovalMeasures => ({
    largestComponent: pick(4 * t),
    largestComponentShare: pick(4 * t + 1),
    globalEfficiency: pick(4 * t + 2),
    unmetNeeds: pick(4 * t + 3),
  });
  const result: RemovalStep[] = [];
  for (let t = 0; t <= steps; t++) {
    const mean = measuresAt(t, (q) => sums[q]! / trials);
    const sd =
      trials === 1
        ? null
        : measuresAt(t, (q) => {
            const m = sums[q]! / trials;
            // Clamp the rounding error of Σx² − T·m² at 0 so that equal trials give sd 0, not NaN.
            return Math.sqrt(Math.max(0, (squares[q]! - trials * m * m) / (trials - 1)));
          });
    result.push({
      removed: t,
      remaining: n - t,
      removedIds: orderIds === null ? null : t === 0 ? [] : [orderIds[t - 1]!],
      ...mean,
      sd,
    });
  }
  return {
    strategy: typeof strategy === "function" ? "custom" : strategy,
    adaptive: settings.adaptive,
    trials,
    actors: n,
    pool: pool.length,
    efficiencySources: sources,
    steps: result,
  };
}

function networkOf(eco: Ecosystem, view: EcosystemView): Network {
  const roles = ecosystemRoles(eco);
  const roleOf = view.ids.map((id) => eco.getNodeAttribute(id, "role"));
  const needs: { holders: Int32Array; needers: Uint8Array }[] = [];
  const needed = new Set<string>();
  for (const role of new Set(roleOf))
    for (const need of roles.get(role)?.needs ?? []) if (need !== role) needed.add(need);
  for (const need of [...needed].sort(compareIds)) {
    const holders: number[] = [];
    const needers = new Uint8Array(view.order);
    for (let i = 0; i < view.order; i++) {
      const role = roleOf[i]!;
      if (role === need) holders.push(i);
      else if (roles.get(role)?.needs?.includes(need)) needers[i] = 1;
    }
    needs.push({ holders: Int32Array.from(holders), needers });
  }
  return { view, n: view.order, needs };
}

/** The next leaver of an adaptive or function strategy, as an index. */
function chooserOf(
  eco: Ecosystem,
  strategy: RemovalStrategyName | RemovalChooser,
  settings: { betweennessSample: BetweennessSample; seed: number },
  viewOptions: ViewOptions,
  network: Network,
  pool: Int32Array,
  present: Uint8Array,
  degree: Int32Array,
  random: Random,
): (step: number, removed: readonly string[]) => number {
  const { view } = network;
  const byId = Int32Array.from([...pool].sort((a, b) => compareIds(view.ids[a]!, view.ids[b]!)));
  if (strategy === "degree") {
    // Adaptive degree: the most remaining contacts; scanning in id order keeps the smallest id on ties.
    return () => {
      let best = -1;
      for (const i of byId) if (present[i] === 1 && (best === -1 || degree[i]! > degree[best]!)) best = i;
      return best;
    };
  }
  if (strategy === "betweenness") {
    // Adaptive betweenness: rank the remaining network again (a private copy loses the leavers).
    const work = eco.copy();
    return (_step, removed) => {
      const last = removed[removed.length - 1];
      if (last !== undefined) work.dropNode(last);
      const score = betweennessRanking(work, viewOptions, settings, view.ids);
      let best = -1;
      for (const i of byId) if (present[i] === 1 && (best === -1 || score(i) > score(best))) best = i;
      return best;
    };
  }
  if (typeof strategy !== "function") return () => -1;
  return (step, removed) => {
    const candidates: string[] = [];
    for (const i of byId) if (present[i] === 1) candidates.push(view.ids[i]!);
    const chosen = strategy({
      step,
      view,
      present,
      candidates,
      removedIds: removed,
      degree: (id) => {
        const i = view.index.get(id);
        return i === undefined ? 0 : degree[i]!;
      },
      random,
    });
    const index = view.index.get(chosen);
    if (index === undefined || present[index] !== 1 || !candidates.includes(chosen)) {
      throw optionError("options.strategyReturned", OPTION_STRATEGY_RETURNED, {
        fn: FN,
        id: String(chosen),
        step: String(step + 1),
      });
    }
    return index;
  };
}
