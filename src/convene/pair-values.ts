/**
 * The pair-value matrix of peer-learning clinics: what a first meeting of two participants would do
 * for the network, computed once per call (and cached while the graph is unchanged) so that solvers
 * and the scorer read one `Float64Array`.
 *
 * @packageDocumentation
 */
import { bfs } from "../internal/bfs.js";
import { compareIds } from "../internal/compare.js";
import { communities } from "../metrics/communities.js";
import { components } from "../metrics/components.js";
import { articulationPoints } from "../metrics/cut-points.js";
import { buildEcosystem, type Ecosystem, ecosystemRoles, toEcosystemData } from "../model/ecosystem.js";
import { mustBe, ruleWholeAtLeast } from "../model/option-errors.js";
import type { EcosystemView } from "../model/view.js";
import { getUndirectedView } from "../model/view-cache.js";
import type { PeerLearningOptions, PeerLearningWeights } from "./options.js";

/** Bits of {@link PairValues.flags}. @internal */
export const PAIR_FLAG = Object.freeze({
  known: 1,
  community: 2,
  region: 4,
  component: 8,
  need: 16,
  bypass: 32,
});

/** The participants and what each pair's first meeting is worth. @internal */
export interface PairValues {
  readonly eco: Ecosystem;
  readonly view: EcosystemView;
  /** Participants' ids, sorted by id; participant `i` is `ids[i]`. */
  readonly ids: readonly string[];
  readonly count: number;
  /** Participant → role code (into `roleIds`). */
  readonly role: Int32Array;
  readonly roleIds: readonly string[];
  /** Participant → community (Louvain, largest first). */
  readonly community: Int32Array;
  /** Participant → component. */
  readonly component: Int32Array;
  /** Participant → region, or `null`. */
  readonly region: readonly (string | null)[];
  /** value[i·count + j]: the worth of a first meeting of i and j (0 for a pair already tied, and i = j). */
  readonly value: Float64Array;
  /** flags[i·count + j]: {@link PAIR_FLAG} bits of the pair. */
  readonly flags: Uint8Array;
  /** Participant → the roles it needs and cannot reach within `maxDistance` steps (role ids, sorted). */
  readonly unmet: readonly (readonly string[])[];
  /** distanceToRole.get(role)[v]: hops from view actor v to the nearest actor of `role` (−1 beyond `maxDistance`). */
  readonly distanceToRole: ReadonlyMap<string, Int32Array>;
  readonly maxDistance: number;
  /** Articulation points (view indices) and, per point, each participant's piece once it is gone (−1: itself or not in its component). */
  readonly cutPoints: readonly number[];
  readonly pieces: Int32Array;
}

/** The options that decide the pair values. @internal */
export interface PairValueSettings {
  readonly ids: readonly string[];
  readonly weights: Required<PeerLearningWeights>;
  readonly regionBy: string;
  readonly maxDistance: number;
  readonly communitySeed: number;
  readonly kinds: PeerLearningOptions["kinds"];
  readonly at: PeerLearningOptions["at"];
}

/** The last pair values of each ecosystem (one entry: a p × p matrix is too large to keep several). */
const cache = new WeakMap<Ecosystem, { key: string; values: PairValues }>();

/**
 * The pair values for `settings`, from the cache when the same graph view was last valued with the same
 * settings (so scoring many seatings in a row costs the matrix once).
 * Time complexity: O(p · (n + m) + A · (n + m + p) + p² · A) for p participants, A articulation points.
 * @internal
 */
export function pairValuesOf(eco: Ecosystem, settings: PairValueSettings): PairValues {
  const filters = {
    ...(settings.kinds === undefined ? {} : { kinds: settings.kinds }),
    ...(settings.at === undefined ? {} : { at: settings.at }),
  };
  const view = getUndirectedView(eco, filters, "planPeerLearning");
  const key = JSON.stringify([
    settings.ids,
    settings.weights,
    settings.regionBy,
    settings.maxDistance,
    settings.communitySeed,
    settings.kinds ?? null,
    settings.at ?? null,
  ]);
  const cached = cache.get(eco);
  // The view cache drops a view whenever the graph changes, so a new view object means new values.
  if (cached !== undefined && cached.key === key && cached.values.view === view) return cached.values;
  const values = computePairValues(eco, view, filters, settings);
  cache.set(eco, { key, values });
  return values;
}

function regionOf(eco: Ecosystem, id: string, regionBy: string): string | null {
  const value = eco.getNodeAttributes(id).attributes?.[regionBy];
  if (value === undefined || Array.isArray(value)) return null;
  return String(value);
}

function computePairValues(
  eco: Ecosystem,
  view: EcosystemView,
  filters: { kinds?: readonly string[]; at?: string },
  settings: PairValueSettings,
): PairValues {
  const { ids, weights, maxDistance } = settings;
  const p = ids.length;
  const n = view.order;
  const at = Int32Array.from(ids, (id) => view.index.get(id)!);
  const roleIds: string[] = [];
  const roleCode = new Map<string, number>();
  const role = new Int32Array(p);
  const region = ids.map((id) => regionOf(eco, id, settings.regionBy));
  ids.forEach((id, i) => {
    const r = eco.getNodeAttribute(id, "role");
    let code = roleCode.get(r);
    if (code === undefined) {
      code = roleIds.length;
      roleCode.set(r, code);
      roleIds.push(r);
    }
    role[i] = code;
  });

  const communityOf = communities(inIdOrder(eco), { ...filters, seed: settings.communitySeed }).assignment;
  const componentOf = components(eco, filters).assignment;
  const community = Int32Array.from(ids, (id) => communityOf[id]!);
  const component = Int32Array.from(ids, (id) => componentOf[id]!);

  // Needs: one bounded multi-source search per needed role, as the coverage gaps do.
  const roles = ecosystemRoles(eco);
  const distanceToRole = new Map<string, Int32Array>();
  const queue = new Int32Array(n);
  const providers = new Map<string, number[]>();
  for (let v = 0; v < n; v++) {
    const r = eco.getNodeAttribute(view.ids[v]!, "role");
    const list = providers.get(r);
    if (list === undefined) providers.set(r, [v]);
    else list.push(v);
  }
  const unmet: string[][] = [];
  for (let i = 0; i < p; i++) {
    const own = roleIds[role[i]!]!;
    const needs = [...new Set(roles.get(own)?.needs ?? [])].filter((need) => need !== own).sort();
    const missing: string[] = [];
    for (const need of needs) {
      let distance = distanceToRole.get(need);
      if (distance === undefined) {
        distance = new Int32Array(n);
        bfs(view, providers.get(need) ?? [], distance, queue, maxDistance);
        distanceToRole.set(need, distance);
      }
      if (distance[at[i]!] === -1) missing.push(need);
    }
    unmet.push(missing);
  }

  // Single points of failure: the piece of each participant once a cut point is gone.
  const cuts = articulationPoints(eco, filters).map((id) => view.index.get(id)!);
  const pieces = new Int32Array(cuts.length * p).fill(-1);
  const label = new Int32Array(n);
  const present = new Uint8Array(n).fill(1);
  cuts.forEach((cut, c) => {
    present[cut] = 0;
    label.fill(-1);
    let pieceCount = 0;
    for (let k = view.offsets[cut]!, end = view.offsets[cut + 1]!; k < end; k++) {
      const start = view.targets[k]!;
      if (label[start] !== -1) continue;
      searchFrom(view, start, present, label, pieceCount, queue);
      pieceCount++;
    }
    present[cut] = 1;
    for (let i = 0; i < p; i++) pieces[c * p + i] = label[at[i]!]!;
  });

  const value = new Float64Array(p * p);
  const flags = new Uint8Array(p * p);
  const distance = new Int32Array(n);
  for (let i = 0; i < p; i++) {
    const u = at[i]!;
    bfs(view, [u], distance, queue);
    for (let j = i + 1; j < p; j++) {
      const v = at[j]!;
      const d = distance[v]!;
      let bits = 0;
      let worth = 0;
      if (d === 1) bits |= PAIR_FLAG.known;
      else {
        worth += weights.newPair;
        if (community[i] !== community[j]) {
          bits |= PAIR_FLAG.community;
          worth += weights.community;
        }
        if (region[i] !== null && region[j] !== null && region[i] !== region[j]) {
          bits |= PAIR_FLAG.region;
          worth += weights.region;
        }
        if (d === -1 || component[i] !== component[j]) {
          bits |= PAIR_FLAG.component;
          worth += weights.distance;
        } else worth += weights.distance * (1 - 2 / d);
        const needsMet =
          needsMetBy(unmet[i]!, v, distanceToRole, maxDistance) +
          needsMetBy(unmet[j]!, u, distanceToRole, maxDistance);
        if (needsMet > 0) {
          bits |= PAIR_FLAG.need;
          worth += weights.need * needsMet;
        }
        for (let c = 0; c < cuts.length; c++) {
          const a = pieces[c * p + i]!;
          const b = pieces[c * p + j]!;
          if (a !== -1 && b !== -1 && a !== b) {
            bits |= PAIR_FLAG.bypass;
            worth += weights.bypass;
            break;
          }
        }
      }
      value[i * p + j] = worth;
      value[j * p + i] = worth;
      flags[i * p + j] = bits;
      flags[j * p + i] = bits;
    }
  }
  return {
    eco,
    view,
    ids,
    count: p,
    role,
    roleIds,
    community,
    component,
    region,
    value,
    flags,
    unmet,
    distanceToRole,
    maxDistance,
    cutPoints: cuts,
    pieces,
  };
}

/**
 * The ecosystem with its actors in id order: Louvain visits actors in the graph's order, so without
 * this the communities, and the plan, would depend on the order of the file. O(n + m) when not
 * already in order.
 */
function inIdOrder(eco: Ecosystem): Ecosystem {
  const ids = eco.nodes();
  let ordered = true;
  for (let k = 1; k < ids.length && ordered; k++) ordered = compareIds(ids[k - 1]!, ids[k]!) < 0;
  if (ordered) return eco;
  const data = toEcosystemData(eco);
  return buildEcosystem({ ...data, actors: [...data.actors].sort((a, b) => compareIds(a.id, b.id)) });
}

/** How many of `needs` a tie to view actor `partner` would meet: the partner is within `maxDistance − 1` of the role. @internal */
export function needsMetBy(
  needs: readonly string[],
  partner: number,
  distanceToRole: ReadonlyMap<string, Int32Array>,
  maxDistance: number,
): number {
  let met = 0;
  for (const need of needs) {
    const d = distanceToRole.get(need)![partner]!;
    if (d !== -1 && d <= maxDistance - 1) met++;
  }
  return met;
}

/** Labels with `piece` every actor reachable from `start` among `present` ones. */
function searchFrom(
  view: EcosystemView,
  start: number,
  present: Uint8Array,
  label: Int32Array,
  piece: number,
  queue: Int32Array,
): void {
  label[start] = piece;
  queue[0] = start;
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    const u = queue[head]!;
    for (let k = view.offsets[u]!, end = view.offsets[u + 1]!; k < end; k++) {
      const w = view.targets[k]!;
      if (present[w] === 1 && label[w] === -1) {
        label[w] = piece;
        queue[tail++] = w;
      }
    }
  }
}

/** Refuses a maxDistance below 1. @internal */
export function checkMaxDistance(fn: string, maxDistance: number): number {
  if (!(Number.isInteger(maxDistance) && maxDistance >= 1)) {
    throw mustBe(fn, "maxDistance", String(maxDistance), ruleWholeAtLeast(1));
  }
  return maxDistance;
}
