/**
 * Gould & Fernandez brokerage roles: who stands between whom, by group, with z-scores against a
 * Bernoulli random digraph of the same density.
 *
 * @packageDocumentation
 */

import { createRecord, finiteOrNull, type IdRecord } from "../internal/records.js";
import { checkArguments, optionKeys } from "../model/check-arguments.js";
import type { Ecosystem } from "../model/ecosystem.js";
import { type EcosystemView, tieFiltersOf, VIEW_OPTION_KEYS, type ViewOptions } from "../model/view.js";
import { getView } from "../model/view-cache.js";
import { type GroupBy, resolveGroups } from "./group-by.js";

/** The keys of {@link BrokerageOptions}, checked at run time (see `checkOptionKeys`). */
const BROKERAGE_OPTION_KEYS = optionKeys<BrokerageOptions>({
  ...VIEW_OPTION_KEYS,
  groupBy: true,
});

/** Options of {@link brokerage}. */
export interface BrokerageOptions extends ViewOptions {
  /**
   * How actors are split into groups: `"role"`, the name of a single-valued actor attribute, or a
   * function of the actor's id and attributes.
   * @defaultValue "role"
   */
  groupBy?: GroupBy;
}

/** The defaults of {@link BrokerageOptions}. */
export const BROKERAGE_DEFAULTS = Object.freeze({
  directed: false,
  groupBy: "role",
} satisfies BrokerageOptions);

/**
 * One value per brokerage role, and their total. With a → v → c and v the broker: coordinator, all
 * three in one group; itinerant, a and c in one group and v in another; representative, v in a's
 * group and c in another; gatekeeper, v in c's group and a in another; liaison, all three in
 * different groups.
 */
export interface BrokerageRoles<T = number> {
  /** sna `w_I`: A → A → A. */
  coordinator: T;
  /** sna `w_O`: A → B → A. */
  itinerant: T;
  /** sna `b_IO`: A → A → B. */
  representative: T;
  /** sna `b_OI`: A → B → B. */
  gatekeeper: T;
  /** sna `b_O`: A → B → C. */
  liaison: T;
  /** sna `t`: all brokered pairs. */
  total: T;
}

/** An actor's brokerage counts and their z-scores. */
export interface ActorBrokerage extends BrokerageRoles<number> {
  /** (count − expected) / sd under the null model of {@link brokerage}; `null` where sd = 0. */
  z: BrokerageRoles<number | null>;
}

/** The null model's moments for a broker of one group. */
export interface BrokerageGroupMoments {
  /** Number of actors in the group. */
  size: number;
  /** Expected counts for a broker of the group (sna `exp.grp`); `null` with fewer than two actors. */
  expected: BrokerageRoles<number | null>;
  /** Their standard deviations (sna `sd.grp`); `null` with fewer than two actors. */
  sd: BrokerageRoles<number | null>;
}

/** The result of {@link brokerage}. */
export interface BrokerageResult {
  /** Actor id → counts (sna `raw.nli`) and z-scores (sna `z.nli`). */
  actors: IdRecord<ActorBrokerage>;
  /** Group ids in order of first appearance among the actors in id order (sna `clid`). */
  groups: string[];
  /** Group id → the null model's moments for a broker of that group. */
  byGroup: IdRecord<BrokerageGroupMoments>;
  /** Whole-network counts and their moments (sna `raw.gli`, `exp.gli`, `sd.gli`, `z.gli`). */
  network: {
    raw: BrokerageRoles<number>;
    expected: BrokerageRoles<number | null>;
    sd: BrokerageRoles<number | null>;
    z: BrokerageRoles<number | null>;
  };
}

const COORDINATOR = 0;
const ITINERANT = 1;
const REPRESENTATIVE = 2;
const GATEKEEPER = 3;
const LIAISON = 4;
const TOTAL = 5;
const ROLE_COUNT = 6;

function roles<T>(values: ArrayLike<T>, offset = 0): BrokerageRoles<T> {
  return {
    coordinator: values[offset + COORDINATOR]!,
    itinerant: values[offset + ITINERANT]!,
    representative: values[offset + REPRESENTATIVE]!,
    gatekeeper: values[offset + GATEKEEPER]!,
    liaison: values[offset + LIAISON]!,
    total: values[offset + TOTAL]!,
  };
}

/**
 * Counts, for every broker v, the ordered pairs (a, c) with a → v, v → c, a ≠ c and no arc a → c, by
 * role. For each v: mark v's out-neighbours and count them per group; then for each in-neighbour a,
 * walk a's out-list to discount the c that a reaches directly. Only three numbers per (a, v) are needed:
 * the brokered c in all, in a's group and in v's group. O(n + Σ_v Σ_{a → v} d⁺(a)) time, O(n + groups)
 * scratch. Counts are floats: a hub can broker more than 2³¹ pairs.
 */
function brokerageCounts(view: EcosystemView, codes: Int32Array, groupCount: number): Float64Array {
  const { order: n, offsets, targets, inOffsets, sources } = view;
  const counts = new Float64Array(n * ROLE_COUNT);
  const mark = new Int32Array(n).fill(-1);
  const outByGroup = new Int32Array(groupCount);
  for (let v = 0; v < n; v++) {
    const outStart = offsets[v]!;
    const outEnd = offsets[v + 1]!;
    const inStart = inOffsets[v]!;
    const inEnd = inOffsets[v + 1]!;
    if (outStart === outEnd || inStart === inEnd) continue;
    const gv = codes[v]!;
    for (let k = outStart; k < outEnd; k++) {
      const c = targets[k]!;
      mark[c] = v;
      outByGroup[codes[c]!]!++;
    }
    const outDegree = outEnd - outStart;
    let coordinator = 0;
    let itinerant = 0;
    let representative = 0;
    let gatekeeper = 0;
    let liaison = 0;
    for (let k = inStart; k < inEnd; k++) {
      const a = sources[k]!;
      const ga = codes[a]!;
      let all = outDegree;
      let inA = outByGroup[ga]!;
      let inV = outByGroup[gv]!;
      if (mark[a] === v) {
        // a itself is no target of its own pair
        all--;
        inA--;
        if (ga === gv) inV--;
      }
      for (let l = offsets[a]!, stop = offsets[a + 1]!; l < stop; l++) {
        const c = targets[l]!;
        if (mark[c] !== v) continue;
        all--;
        const gc = codes[c]!;
        if (gc === ga) inA--;
        if (gc === gv) inV--;
      }
      if (ga === gv) {
        coordinator += inA;
        representative += all - inA;
      } else {
        itinerant += inA;
        gatekeeper += inV;
        liaison += all - inA - inV;
      }
    }
    for (let k = outStart; k < outEnd; k++) outByGroup[codes[targets[k]!]!] = 0;
    const row = v * ROLE_COUNT;
    counts[row + COORDINATOR] = coordinator;
    counts[row + ITINERANT] = itinerant;
    counts[row + REPRESENTATIVE] = representative;
    counts[row + GATEKEEPER] = gatekeeper;
    counts[row + LIAISON] = liaison;
    counts[row + TOTAL] = coordinator + itinerant + representative + gatekeeper + liaison;
  }
  return counts;
}

/** C(x, 2). */
function pairs(x: number): number {
  return (x * (x - 1)) / 2;
}

/**
 * Expected counts and variances for a broker of each group (Gould & Fernandez 1989, as sna computes
 * them), and for the whole network. Sums over other groups are taken from power sums p_k = Σ_h n_h^k
 * so the cost is O(groups), not O(groups²) or O(groups³).
 */
function moments(
  order: number,
  arcs: number,
  sizes: Float64Array,
): {
  expected: Float64Array;
  variance: Float64Array;
  networkExpected: Float64Array;
  networkVariance: Float64Array;
} {
  const N = order;
  const G = sizes.length;
  const d = arcs / (N * (N - 1));
  const q = d * d * (1 - d); // an open two-path a → v → c
  const r = d ** 3 * (1 - d) ** 3;
  const s = d ** 4 * (1 - d) ** 2;
  const t = d ** 5 * (1 - d);
  let p1 = 0;
  let p2 = 0;
  let p3 = 0;
  let falling2 = 0; // Σ n(n−1)
  let falling3 = 0; // Σ n(n−1)(n−2)
  for (let g = 0; g < G; g++) {
    const x = sizes[g]!;
    p1 += x;
    p2 += x * x;
    p3 += x * x * x;
    falling2 += x * (x - 1);
    falling3 += x * (x - 1) * (x - 2);
  }

  const expected = new Float64Array(G * ROLE_COUNT);
  const variance = new Float64Array(G * ROLE_COUNT);
  for (let g = 0; g < G; g++) {
    const x = sizes[g]!;
    const row = g * ROLE_COUNT;
    const others = N - x;
    const set = (role: number, e: number, extra: number) => {
      expected[row + role] = e;
      variance[row + role] = e * (1 - q) + extra;
    };
    set(COORDINATOR, q * (x - 1) * (x - 2), 2 * (x - 1) * (x - 2) * (x - 3) * r);
    set(ITINERANT, q * (falling2 - x * (x - 1)), 2 * (falling3 - x * (x - 1) * (x - 2)) * r);
    const representative = q * others * (x - 1);
    const representativeExtra = 2 * ((x - 1) * pairs(others) + others * pairs(x - 1)) * r;
    set(REPRESENTATIVE, representative, representativeExtra);
    set(GATEKEEPER, representative, representativeExtra);
    // Σ_{h≠g} n_h C(M − n_h, 2) with M = N − n_g, expanded in powers of n_h.
    const M = others;
    const liaisonPairs = ((M * M - M) * (p1 - x) - (2 * M - 1) * (p2 - x * x) + (p3 - x * x * x)) / 2;
    set(LIAISON, q * ((p1 - x) * (p1 - x) - (p2 - x * x)), 4 * liaisonPairs * r);
    set(TOTAL, q * (N - 1) * (N - 2), 2 * (N - 1) * (N - 2) * (N - 3) * r);
  }

  const networkExpected = new Float64Array(ROLE_COUNT);
  const networkVariance = new Float64Array(ROLE_COUNT);
  let coordinatorExtra = 0;
  let itinerantExtra = 0;
  let representativeSum = 0;
  let representativeExtra = 0;
  let t1 = 0; // Σ over ordered triples of distinct groups of n_i² n_j n_k
  for (let g = 0; g < G; g++) {
    const x = sizes[g]!;
    const f3 = x * (x - 1) * (x - 2);
    coordinatorExtra += f3 * ((4 * x - 10) * r - 4 * (x - 3) * s + (x - 3) * t);
    // Σ over other groups y of x y (x − 1) [(2x + 2y − 6) r + (N − x − 1) t]
    itinerantExtra += x * (x - 1) * (((2 * x - 6) * r + (N - x - 1) * t) * (p1 - x) + 2 * r * (p2 - x * x));
    const broker = x * (N - x) * (x - 1);
    representativeSum += broker;
    representativeExtra += broker * ((N - 3) * r + (x - 2) * t);
    t1 += x * x * ((p1 - x) * (p1 - x) - (p2 - x * x));
  }
  const t0 = p1 * p1 * p1 - 3 * p1 * p2 + 2 * p3; // Σ over ordered triples of distinct groups of n_i n_j n_k
  const setNetwork = (role: number, e: number, extra: number) => {
    networkExpected[role] = e;
    networkVariance[role] = e * (1 - q) + extra;
  };
  setNetwork(COORDINATOR, q * falling3, coordinatorExtra);
  setNetwork(ITINERANT, q * representativeSum, itinerantExtra);
  setNetwork(REPRESENTATIVE, q * representativeSum, representativeExtra);
  setNetwork(GATEKEEPER, q * representativeSum, representativeExtra);
  setNetwork(
    LIAISON,
    q * (N * (p1 * p1 - p2) - 2 * (p1 * p2 - p3)),
    (r - s) * ((4 * N - 2) * t0 - 8 * t1) + t * ((N - 1) * t0 - 2 * t1),
  );
  const triples = N * (N - 1) * (N - 2);
  setNetwork(TOTAL, q * triples, triples * ((4 * N - 10) * r - 4 * (N - 3) * s + (N - 3) * t));
  return { expected, variance, networkExpected, networkVariance };
}

function zScore(raw: number, expected: number, sd: number): number | null {
  return sd > 0 ? finiteOrNull((raw - expected) / sd) : null;
}

/**
 * Gould & Fernandez brokerage roles of each actor: how many pairs it stands between, by the groups of
 * the three actors, with z-scores.
 *
 * @remarks
 * v brokers the ordered pair (a, c) when a → v, v → c, a ≠ c and there is no arc a → c. With g(·) the
 * group of an actor, the pair counts as: coordinator, g(a) = g(v) = g(c); itinerant, g(a) = g(c) ≠ g(v);
 * representative, g(a) = g(v) ≠ g(c); gatekeeper, g(c) = g(v) ≠ g(a); liaison, all three different;
 * total, their sum. An undirected view (the default) is read as a symmetric digraph, as sna reads a
 * symmetric matrix: every tie is two arcs, so each brokered unordered pair counts twice (once per
 * direction) and representative equals gatekeeper for every actor.
 *
 * Null model (Gould & Fernandez 1989): a Bernoulli digraph on the same N actors (isolates included) and
 * groups, with density d = m / (N(N − 1)), m the number of arcs (twice the adjacent pairs in an
 * undirected view). With q = d²(1 − d), r = d³(1 − d)³ and n_g the size of the broker's group g, a broker
 * of g expects coordinator q(n_g − 1)(n_g − 2), itinerant q Σ_{h≠g} n_h(n_h − 1), representative and
 * gatekeeper q(N − n_g)(n_g − 1), liaison q[(Σ_{h≠g} n_h)² − Σ_{h≠g} n_h²], total q(N − 1)(N − 2),
 * with variances E(1 − q) plus the covariance terms of test/fixtures/oracle/BROKERAGE.md (the r terms).
 * The network totals use Gould & Fernandez's whole-network moments, whose variances add terms in
 * d⁴(1 − d)² and d⁵(1 − d). z = (count − expected) / sd.
 *
 * Agrees with R sna `brokerage(g, cl)` (sna 2.7-1) for `raw.nli`, `exp.grp`/`sd.grp` (here `byGroup`),
 * `z.nli`, `raw.gli`, `exp.gli`, `sd.gli` and `z.gli`. Differs on purpose: z is `null` wherever sd is 0
 * (sna gives NaN, or ±Inf when the count differs from its expectation); expected values and sds are
 * `null` with fewer than two actors (density undefined).
 * Time complexity: O(n + Σ_v Σ_{a → v} d⁺(a)) (O(Σ_a d(a)²) undirected) plus O(groups).
 *
 * References: Gould, R. V. & Fernandez, R. M. (1989). Structures of mediation: a formal approach to
 * brokerage in transaction networks. Sociological Methodology 19, 89–126. doi:10.2307/270949
 * Butts, C. T. (2008). Social network analysis with sna. Journal of Statistical Software 24(6).
 * doi:10.18637/jss.v024.i06
 *
 * @param options - view options (undirected by default) and `groupBy` (role by default).
 * @returns per-actor counts and z-scores, the groups in order of first appearance, the null model's
 * moments per group, and the network totals with their moments.
 * @throws {@link InvalidOptionError} when `groupBy` names an attribute that some actors lack or that
 * holds a list.
 * @example
 * // funder f → broker d → upskiller u, directed: d is a liaison for (f, u)
 * brokerage(createEcosystem(chain), { directed: true }).actors.d.liaison; // 1
 * @see {@link GroupBy}
 * @category Measures
 */
export function brokerage(eco: Ecosystem, options: BrokerageOptions = {}): BrokerageResult {
  checkArguments("brokerage", eco, options, BROKERAGE_OPTION_KEYS);
  const groupBy = options.groupBy ?? BROKERAGE_DEFAULTS.groupBy;
  const viewOptions: ViewOptions = {
    directed: options.directed ?? BROKERAGE_DEFAULTS.directed,
    ...tieFiltersOf(options),
  };
  const view = getView(eco, viewOptions);
  const { codes, groups } = resolveGroups(eco, view, groupBy, "brokerage");
  const n = view.order;
  const G = groups.length;

  const counts = brokerageCounts(view, codes, G);
  const sizes = new Float64Array(G);
  for (let i = 0; i < n; i++) sizes[codes[i]!]!++;
  const arcs = view.directed ? view.size : 2 * view.size;
  const { expected, variance, networkExpected, networkVariance } = moments(n, arcs, sizes);
  const sd = variance.map(Math.sqrt);
  const networkSd = networkVariance.map(Math.sqrt);

  const actors = createRecord<ActorBrokerage>();
  const raw = new Float64Array(ROLE_COUNT);
  const z = new Array<number | null>(ROLE_COUNT);
  for (let i = 0; i < n; i++) {
    const row = i * ROLE_COUNT;
    const groupRow = codes[i]! * ROLE_COUNT;
    for (let role = 0; role < ROLE_COUNT; role++) {
      raw[role]! += counts[row + role]!;
      z[role] = zScore(counts[row + role]!, expected[groupRow + role]!, sd[groupRow + role]!);
    }
    actors[view.ids[i]!] = { ...roles(counts, row), z: roles(z) };
  }

  const byGroup = createRecord<BrokerageGroupMoments>();
  const nullable = (values: Float64Array, offset: number) =>
    roles(Array.from(values.subarray(offset, offset + ROLE_COUNT), finiteOrNull));
  for (let g = 0; g < G; g++) {
    byGroup[groups[g]!] = {
      size: sizes[g]!,
      expected: nullable(expected, g * ROLE_COUNT),
      sd: nullable(sd, g * ROLE_COUNT),
    };
  }
  const networkZ = new Array<number | null>(ROLE_COUNT);
  for (let role = 0; role < ROLE_COUNT; role++) {
    networkZ[role] = zScore(raw[role]!, networkExpected[role]!, networkSd[role]!);
  }
  return {
    actors,
    groups: [...groups],
    byGroup,
    network: {
      raw: roles(raw),
      expected: nullable(networkExpected, 0),
      sd: nullable(networkSd, 0),
      z: roles(networkZ),
    },
  };
}
