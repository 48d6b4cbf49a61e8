/**
 * The five score components of a candidate tie — complementarity, structural gain, feasibility,
 * similarity and load — and the per-ecosystem context they are computed from.
 *
 * @packageDocumentation
 */

import { roleNeeds } from "../gaps/coverage.js";
import { appendAll } from "../internal/arrays.js";
import { bfs } from "../internal/bfs.js";
import { compareIds } from "../internal/compare.js";
import { betweenness } from "../metrics/centrality.js";
import { communities } from "../metrics/communities.js";
import { components } from "../metrics/components.js";
import { coreNumbers } from "../metrics/core-numbers.js";
import { resolveGroups } from "../metrics/group-by.js";
import { linkPrediction } from "../metrics/link-prediction.js";
import { type Ecosystem, ecosystemRoles } from "../model/ecosystem.js";
import { didYouMeanMessage } from "../model/issue-messages.js";
import { mustBe, optionError, ruleWithin } from "../model/option-errors.js";
import type { EcosystemView, ViewOptions } from "../model/view.js";
import { getView } from "../model/view-cache.js";
import { OPTION_COMPLEMENTARITY_ROLE } from "../text/catalogues/en/options.js";
import type { CandidateSet, NeedProviders } from "./candidates.js";
import { type DistanceMatrix, UNREACHABLE } from "./distance-matrix.js";
import { efficiencyGain, sampledEfficiencyGain } from "./efficiency-gain.js";
import type { WeaverWeights } from "./strategies.js";

/** The five components of a suggestion's score, each in [0, 1]. */
export interface WeaverScoreComponents {
  /**
   * How much each end has what the other needs: ½ · R(role of source, role of target) + ½ · c / c_max,
   * where R is the role-pair matrix (derived from the roles' `needs`, or the `complementarity` option)
   * and c the number of (actor, needed role) pairs the tie newly covers within `maxDistance`, divided
   * by the largest c among the candidates (0 when no candidate covers any).
   */
  complementarity: number;
  /**
   * What the tie does to the whole network: ½ · ΔE / ΔE_max + ¼ · [joins two components] +
   * ¼ · [joins two communities], ΔE the global efficiency gained and ΔE_max the largest among the
   * candidates.
   */
  structuralGain: number;
  /**
   * How easy the introduction is: ½ · 2^−(d − 2) + ¼ · cn / cn_max + ¼ · AA / AA_max, with d the current
   * hop distance (0 for the first term when no path joins them), cn the common contacts and AA the
   * Adamic–Adar index, each divided by its largest value among the candidates.
   */
  feasibility: number;
  /** Mean over the `similarityBy` attributes of the Jaccard index of the two ends' values. */
  similarity: number;
  /** The penalty: the larger of the two ends' shares of the network's betweenness. */
  load: number;
}

/** The numbers behind a suggestion. */
export interface WeaverEvidence {
  /** Current hop distance between the two, `null` when no path joins them. */
  distance: number | null;
  /** Global efficiency gained if the tie were made (ΔE). */
  efficiencyGain: number;
  /** Whether `efficiencyGain` is exact (distance matrix) or a sampled estimate. */
  efficiencyGainExact: boolean;
  /** Whether the tie joins two components. */
  joinsComponents: boolean;
  /** Whether the two are in different communities (Louvain, `seed`). */
  joinsCommunities: boolean;
  /** Number of common contacts. */
  commonNeighbors: number;
  /** Adamic–Adar index of the pair. */
  adamicAdar: number;
  /** (actor, needed role) pairs newly covered within `maxDistance`. */
  newlyCovered: number;
  /** R(role of source, role of target), the role-pair complementarity. */
  rolePair: number;
  /** Betweenness share of the source and of the target. */
  betweennessShare: [number, number];
}

/** A needed role and the reach of every actor to it. @internal */
export interface NeedState extends NeedProviders {
  /** The needed role's id. */
  readonly role: string;
  /** Hop distance from each actor to the nearest actor of the role, −1 beyond `maxDistance`. */
  readonly distance: Int32Array;
  /** 1 where the actor's role needs the role (self-needs excluded) and it cannot reach one. */
  readonly unmetFlag: Uint8Array;
}

/** Attribute values as sorted code sets, for Jaccard similarity. @internal */
interface AttributeSets {
  readonly offsets: Int32Array;
  readonly codes: Int32Array;
}

/** Everything the components read, computed once per ecosystem (and per step of a plan). @internal */
export interface ScoringContext {
  readonly eco: Ecosystem;
  readonly view: EcosystemView;
  readonly viewOptions: ViewOptions;
  readonly maxDistance: number;
  readonly degree: Int32Array;
  readonly roleCode: Int32Array;
  readonly roleIds: readonly string[];
  /** R(r, s) at r · roles + s. */
  readonly rolePair: Float64Array;
  readonly needs: readonly NeedState[];
  readonly community: Int32Array;
  readonly component: Int32Array;
  readonly componentSizes: readonly number[];
  readonly core: Int32Array;
  /** Each actor's share of all betweenness, computed on first read (exact up to {@link LOAD_EXACT_LIMIT} actors). */
  readonly share: Float64Array;
  readonly attributes: readonly AttributeSets[];
  /** Rank of each actor's id in code-unit order. */
  readonly idRank: Int32Array;
}

/** Settings of the context. @internal */
export interface ContextSettings {
  readonly maxDistance: number;
  readonly seed: number;
  readonly similarityBy: readonly string[];
  readonly complementarity: Readonly<Record<string, Readonly<Record<string, number>>>> | undefined;
  /** Communities to reuse (a plan keeps the weaver's clusters as mapped at the start). */
  readonly community?: Int32Array;
}

/** Up to this many actors, the load penalty uses exact betweenness; above, {@link LOAD_PIVOTS} pivots. */
export const LOAD_EXACT_LIMIT = 1000;
/** Pivot sources of the sampled betweenness behind the load penalty above {@link LOAD_EXACT_LIMIT}. */
export const LOAD_PIVOTS = 256;

function toIndexed(view: EcosystemView, record: Readonly<Record<string, number>>): Int32Array {
  const out = new Int32Array(view.order);
  for (let i = 0; i < view.order; i++) out[i] = record[view.ids[i]!]!;
  return out;
}

/** Needed roles with their providers, reach and unmet actors, as the coverage gaps count them. @internal */
export function needStates(
  eco: Ecosystem,
  view: EcosystemView,
  roleCode: Int32Array,
  roleIds: readonly string[],
  maxDistance: number,
): NeedState[] {
  const n = view.order;
  const queue = new Int32Array(n);
  const states: NeedState[] = [];
  for (const { role: need, providers, neededBy } of roleNeeds(eco, roleCode, roleIds)) {
    const distance = new Int32Array(n);
    bfs(view, providers, distance, queue, maxDistance);
    const needers = new Uint8Array(roleIds.length);
    for (const code of neededBy) needers[code] = 1;
    const unmetFlag = new Uint8Array(n);
    const unmet: number[] = [];
    for (let i = 0; i < n; i++) {
      if (needers[roleCode[i]!] === 1 && distance[i] === -1) {
        unmetFlag[i] = 1;
        unmet.push(i);
      }
    }
    states.push({ role: need, providers, unmet, distance, unmetFlag });
  }
  return states;
}

function rolePairMatrix(
  eco: Ecosystem,
  roleIds: readonly string[],
  override: ContextSettings["complementarity"],
  fn: string,
): Float64Array {
  const roles = ecosystemRoles(eco);
  const r = roleIds.length;
  const needs = (a: string, b: string): number => (roles.get(a)?.needs?.includes(b) === true ? 1 : 0);
  if (override !== undefined) {
    for (const [a, row] of Object.entries(override)) {
      if (!roles.has(a)) {
        throw optionError("options.complementarityRole", OPTION_COMPLEMENTARITY_ROLE, {
          fn,
          role: a,
          hint: didYouMeanMessage(a, roles.keys()),
        });
      }
      for (const [b, value] of Object.entries(row)) {
        if (!roles.has(b)) {
          throw optionError("options.complementarityRole", OPTION_COMPLEMENTARITY_ROLE, {
            fn,
            role: b,
            hint: didYouMeanMessage(b, roles.keys()),
          });
        }
        if (typeof value !== "number" || !(value >= 0 && value <= 1)) {
          throw mustBe(fn, `complementarity.${a}.${b}`, String(value), ruleWithin("[0, 1]"));
        }
      }
    }
  }
  const matrix = new Float64Array(r * r);
  for (let x = 0; x < r; x++) {
    for (let y = 0; y < r; y++) {
      const a = roleIds[x]!;
      const b = roleIds[y]!;
      const given = override?.[a]?.[b] ?? override?.[b]?.[a];
      matrix[x * r + y] = given ?? (a === b ? needs(a, a) : (needs(a, b) + needs(b, a)) / 2);
    }
  }
  return matrix;
}

function attributeSets(eco: Ecosystem, view: EcosystemView, names: readonly string[]): AttributeSets[] {
  const result: AttributeSets[] = [];
  for (const name of names) {
    const offsets = new Int32Array(view.order + 1);
    const codes: number[] = [];
    const codeOf = new Map<string, number>();
    let present = false;
    for (let i = 0; i < view.order; i++) {
      const value = eco.getNodeAttributes(view.ids[i]!).attributes?.[name];
      if (value !== undefined) {
        present = true;
        const values = Array.isArray(value) ? value : [String(value)];
        const set = new Set<number>();
        for (const item of values) {
          let code = codeOf.get(item);
          if (code === undefined) {
            code = codeOf.size;
            codeOf.set(item, code);
          }
          set.add(code);
        }
        appendAll(
          codes,
          [...set].sort((a, b) => a - b),
        );
      }
      offsets[i + 1] = codes.length;
    }
    // An attribute no actor has says nothing: leave it out of the mean.
    if (present) result.push({ offsets, codes: Int32Array.from(codes) });
  }
  return result;
}

/** Builds the context of an ecosystem. @internal */
export function createScoringContext(
  eco: Ecosystem,
  viewOptions: ViewOptions,
  settings: ContextSettings,
  fn: string,
): ScoringContext {
  const view = getView(eco, viewOptions);
  const n = view.order;
  let share: Float64Array | undefined;
  const degree = new Int32Array(n);
  for (let i = 0; i < n; i++) degree[i] = view.offsets[i + 1]! - view.offsets[i]!;
  const { codes: roleCode, groups: roleIds } = resolveGroups(eco, view, "role", fn);
  const rolePair = rolePairMatrix(eco, roleIds, settings.complementarity, fn);
  const needs = needStates(eco, view, roleCode, roleIds, settings.maxDistance);
  const community =
    settings.community ??
    toIndexed(view, communities(eco, { ...viewOptions, seed: settings.seed }).assignment);
  const split = components(eco, viewOptions);
  const core = toIndexed(view, coreNumbers(eco, viewOptions));
  const idRank = new Int32Array(n);
  Array.from({ length: n }, (_, i) => i)
    .sort((a, b) => compareIds(view.ids[a]!, view.ids[b]!))
    .forEach((i, r) => {
      idRank[i] = r;
    });
  return {
    eco,
    view,
    viewOptions,
    maxDistance: settings.maxDistance,
    degree,
    roleCode,
    roleIds,
    rolePair,
    needs,
    community,
    component: toIndexed(view, split.assignment),
    componentSizes: split.sizes,
    core,
    // Betweenness is the costliest figure here and only the load component and the reasons read it: a
    // plan's lookahead builds contexts that never do.
    get share(): Float64Array {
      share ??= loadShares(eco, view, viewOptions, settings.seed);
      return share;
    },
    attributes: attributeSets(eco, view, settings.similarityBy),
    idRank,
  };
}

/**
 * The context with another view and needs, everything else shared; the betweenness shares stay unread
 * until read (a spread would compute them). @internal
 */
export function contextOnView(
  context: ScoringContext,
  view: EcosystemView,
  needs: readonly NeedState[],
): ScoringContext {
  return Object.defineProperties(
    {},
    {
      ...Object.getOwnPropertyDescriptors(context),
      view: { value: view, enumerable: true },
      needs: { value: needs, enumerable: true },
    },
  ) as ScoringContext;
}

/** Each actor's share of all betweenness, Σ = 1 (all 0 when there is none or below 3 actors). */
function loadShares(
  eco: Ecosystem,
  view: EcosystemView,
  viewOptions: ViewOptions,
  seed: number,
): Float64Array {
  const n = view.order;
  const share = new Float64Array(n);
  if (n <= 2) return share;
  const sample = n > LOAD_EXACT_LIMIT ? LOAD_PIVOTS : undefined;
  const values = betweenness(eco, {
    ...viewOptions,
    normalized: false,
    seed,
    ...(sample === undefined ? {} : { sample }),
  });
  let total = 0;
  for (let i = 0; i < n; i++) {
    share[i] = values[view.ids[i]!]!;
    total += share[i]!;
  }
  for (let i = 0; i < n; i++) share[i] = total > 0 ? share[i]! / total : 0;
  return share;
}

/** Scratch buffers for {@link coveredBy}. @internal */
export interface CoverageScratch {
  readonly distU: Int32Array;
  readonly distV: Int32Array;
  readonly ballU: Int32Array;
  readonly ballV: Int32Array;
  readonly mark: Int32Array;
  stamp: number;
}

/** Buffers for n actors. @internal */
export function createCoverageScratch(n: number): CoverageScratch {
  return {
    distU: new Int32Array(n).fill(-1),
    distV: new Int32Array(n).fill(-1),
    ballU: new Int32Array(n),
    ballV: new Int32Array(n),
    mark: new Int32Array(n),
    stamp: 0,
  };
}

/** Actors within `depth` hops of `source`, in search order, with their distance in `dist`. */
function ball(view: EcosystemView, source: number, depth: number, dist: Int32Array, out: Int32Array): number {
  const { offsets, targets } = view;
  dist[source] = 0;
  out[0] = source;
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    const x = out[head]!;
    const next = dist[x]! + 1;
    if (next > depth) break;
    for (let k = offsets[x]!, end = offsets[x + 1]!; k < end; k++) {
      const y = targets[k]!;
      if (dist[y] === -1) {
        dist[y] = next;
        out[tail++] = y;
      }
    }
  }
  return tail;
}

/**
 * The number of (actor, needed role) pairs the tie u–v would newly cover within D = maxDistance:
 * actor i of a role needing s, now d(i, s) > D, is covered when
 * min(d(i, u) + 1 + d(v, s), d(i, v) + 1 + d(u, s)) ≤ D. Only actors within D − 1 hops of u or v can
 * qualify, so two bounded searches suffice. `perNeed`, when given, receives the count per need, and
 * `collected[s]` the actors covered for need s.
 * @internal
 */
export function coveredBy(
  context: ScoringContext,
  u: number,
  v: number,
  scratch: CoverageScratch,
  perNeed: Int32Array | null = null,
  collected: number[][] | null = null,
): number {
  const { needs, view, maxDistance } = context;
  if (needs.length === 0) return 0;
  const depth = maxDistance - 1;
  const { distU, distV, ballU, ballV, mark } = scratch;
  const sizeU = ball(view, u, depth, distU, ballU);
  const sizeV = ball(view, v, depth, distV, ballV);
  let total = 0;
  for (let s = 0; s < needs.length; s++) {
    const need = needs[s]!;
    let count = 0;
    if (need.unmet.length > 0) {
      const stamp = ++scratch.stamp;
      const throughV = need.distance[v]!;
      if (throughV !== -1) {
        const limit = depth - throughV;
        for (let k = 0; k < sizeU; k++) {
          const i = ballU[k]!;
          if (distU[i]! > limit) break;
          if (need.unmetFlag[i] === 1) {
            mark[i] = stamp;
            count++;
            collected?.[s]?.push(i);
          }
        }
      }
      const throughU = need.distance[u]!;
      if (throughU !== -1) {
        const limit = depth - throughU;
        for (let k = 0; k < sizeV; k++) {
          const i = ballV[k]!;
          if (distV[i]! > limit) break;
          if (need.unmetFlag[i] === 1 && mark[i] !== stamp) {
            count++;
            collected?.[s]?.push(i);
          }
        }
      }
    }
    if (perNeed !== null) perNeed[s] = count;
    total += count;
  }
  for (let k = 0; k < sizeU; k++) distU[ballU[k]!] = -1;
  for (let k = 0; k < sizeV; k++) distV[ballV[k]!] = -1;
  return total;
}

/** Jaccard similarity of u and v, averaged over the attributes. @internal */
export function similarityOf(context: ScoringContext, u: number, v: number): number {
  const { attributes } = context;
  if (attributes.length === 0) return 0;
  let sum = 0;
  for (const { offsets, codes } of attributes) {
    let i = offsets[u]!;
    let j = offsets[v]!;
    const iEnd = offsets[u + 1]!;
    const jEnd = offsets[v + 1]!;
    const union = iEnd - i + (jEnd - j);
    if (union === 0) continue;
    let shared = 0;
    while (i < iEnd && j < jEnd) {
      const a = codes[i]!;
      const b = codes[j]!;
      if (a === b) {
        shared++;
        i++;
        j++;
      } else if (a < b) i++;
      else j++;
    }
    sum += shared / (union - shared);
  }
  return sum / attributes.length;
}

/** Where efficiency gains come from. @internal */
export type GainSource =
  | { readonly kind: "matrix"; readonly matrix: DistanceMatrix }
  | { readonly kind: "sampled"; readonly sources: number; readonly seed: number }
  | { readonly kind: "proxy" };

/** Scored candidates: components, score and evidence as parallel arrays. @internal */
export interface ScoredCandidates {
  readonly candidates: CandidateSet;
  readonly complementarity: Float64Array;
  readonly structuralGain: Float64Array;
  readonly feasibility: Float64Array;
  readonly similarity: Float64Array;
  readonly load: Float64Array;
  readonly score: Float64Array;
  readonly distance: Int32Array;
  readonly gain: Float64Array;
  readonly exact: boolean;
  readonly commonNeighbors: Int32Array;
  readonly adamicAdar: Float64Array;
  readonly covered: Int32Array;
}

const max = (values: ArrayLike<number>): number => {
  let best = 0;
  for (let i = 0; i < values.length; i++) if (values[i]! > best) best = values[i]!;
  return best;
};

/**
 * Computes the components and the score of every candidate.
 *
 * score = max(0, Σ_c w_c · x_c − w_load · load) / Σ_c w_c over the four benefits c, so it lies in
 * [0, 1]. With `proxy` gains (the first stage of a large ecosystem), ΔE is replaced by 1 − 1/d̂ with
 * d̂ = 2 for pairs with a common contact, 3 for other pairs of one component (a lower bound), and 1
 * joins of two components count fully.
 * @internal
 */
export function scoreCandidates(
  context: ScoringContext,
  candidates: CandidateSet,
  gains: GainSource,
  weights: WeaverWeights,
): ScoredCandidates {
  const { view, roleCode, roleIds, rolePair, component, community, share } = context;
  const n = view.order;
  const count = candidates.count;
  const { ids } = view;

  // Common contacts and Adamic–Adar from the link-prediction measure.
  const commonNeighbors = new Int32Array(count);
  const adamicAdar = new Float64Array(count);
  if (count > 0) {
    const pairs: [string, string][] = new Array(count);
    for (let p = 0; p < count; p++) pairs[p] = [ids[candidates.u[p]!]!, ids[candidates.v[p]!]!];
    const at = new Map<number, number>();
    for (let p = 0; p < count; p++) at.set(candidates.u[p]! * n + candidates.v[p]!, p);
    for (const row of linkPrediction(context.eco, { ...context.viewOptions, method: "adamic-adar", pairs })) {
      const p = at.get(view.index.get(row.source)! * n + view.index.get(row.target)!)!;
      commonNeighbors[p] = row.commonNeighbors.length;
      adamicAdar[p] = row.score;
    }
  }

  const distance = new Int32Array(count);
  const gain = new Float64Array(count);
  if (gains.kind === "matrix") {
    const { matrix } = gains;
    for (let p = 0; p < count; p++) {
      const u = candidates.u[p]!;
      const v = candidates.v[p]!;
      const d = matrix.distances[u * n + v]!;
      distance[p] = d === UNREACHABLE ? -1 : d;
      gain[p] = efficiencyGain(matrix, ids[u]!, ids[v]!).gain;
    }
  } else if (gains.kind === "sampled") {
    const pairs: [string, string][] = new Array(count);
    for (let p = 0; p < count; p++) pairs[p] = [ids[candidates.u[p]!]!, ids[candidates.v[p]!]!];
    const estimates = sampledEfficiencyGain(view, pairs, { sources: gains.sources, seed: gains.seed });
    for (let p = 0; p < count; p++) {
      const estimate = estimates[p]!;
      distance[p] = estimate.distance ?? -1;
      gain[p] = Math.max(0, estimate.gain);
    }
  } else {
    for (let p = 0; p < count; p++) {
      const u = candidates.u[p]!;
      const v = candidates.v[p]!;
      const d = component[u] !== component[v] ? -1 : commonNeighbors[p]! > 0 ? 2 : 3;
      distance[p] = d;
      gain[p] = d === -1 ? 1 : 1 - 1 / d;
    }
  }

  const scratch = createCoverageScratch(n);
  const covered = new Int32Array(count);
  for (let p = 0; p < count; p++)
    covered[p] = coveredBy(context, candidates.u[p]!, candidates.v[p]!, scratch);

  const maxGain = max(gain);
  const maxCovered = max(covered);
  const maxCommon = max(commonNeighbors);
  const maxAdamicAdar = max(adamicAdar);
  const roles = roleIds.length;
  const benefit = weights.complementarity + weights.structuralGain + weights.feasibility + weights.similarity;

  const result: ScoredCandidates = {
    candidates,
    complementarity: new Float64Array(count),
    structuralGain: new Float64Array(count),
    feasibility: new Float64Array(count),
    similarity: new Float64Array(count),
    load: new Float64Array(count),
    score: new Float64Array(count),
    distance,
    gain,
    exact: gains.kind === "matrix",
    commonNeighbors,
    adamicAdar,
    covered,
  };
  for (let p = 0; p < count; p++) {
    const u = candidates.u[p]!;
    const v = candidates.v[p]!;
    const x1 =
      0.5 * rolePair[roleCode[u]! * roles + roleCode[v]!]! +
      (maxCovered > 0 ? (0.5 * covered[p]!) / maxCovered : 0);
    const x2 =
      (maxGain > 0 ? (0.5 * gain[p]!) / maxGain : 0) +
      (component[u] !== component[v] ? 0.25 : 0) +
      (community[u] !== community[v] ? 0.25 : 0);
    const d = distance[p]!;
    const x3 =
      (d === -1 ? 0 : 0.5 * 2 ** -(d - 2)) +
      (maxCommon > 0 ? (0.25 * commonNeighbors[p]!) / maxCommon : 0) +
      (maxAdamicAdar > 0 ? (0.25 * adamicAdar[p]!) / maxAdamicAdar : 0);
    const x4 = similarityOf(context, u, v);
    const x5 = Math.max(share[u]!, share[v]!);
    result.complementarity[p] = x1;
    result.structuralGain[p] = x2;
    result.feasibility[p] = x3;
    result.similarity[p] = x4;
    result.load[p] = x5;
    const raw =
      weights.complementarity * x1 +
      weights.structuralGain * x2 +
      weights.feasibility * x3 +
      weights.similarity * x4 -
      weights.load * x5;
    result.score[p] = Math.min(1, Math.max(0, raw / benefit));
  }
  return result;
}

/** The positions of scored candidates, best first: score desc, then source id, then target id. @internal */
export function rankCandidates(context: ScoringContext, scored: ScoredCandidates): number[] {
  const { first, second } = pairIdRanks(context, scored.candidates);
  const order = Array.from({ length: scored.candidates.count }, (_, p) => p);
  return order.sort(
    (a, b) => scored.score[b]! - scored.score[a]! || first[a]! - first[b]! || second[a]! - second[b]!,
  );
}

/**
 * The id ranks of each candidate's ends, smaller first, so rankings can break ties by the pair's ids
 * without comparing strings in the sort. @internal
 */
export function pairIdRanks(
  context: ScoringContext,
  candidates: ScoredCandidates["candidates"],
): { first: Int32Array; second: Int32Array } {
  const { idRank } = context;
  const { u, v, count } = candidates;
  const first = new Int32Array(count);
  const second = new Int32Array(count);
  for (let p = 0; p < count; p++) {
    const a = idRank[u[p]!]!;
    const b = idRank[v[p]!]!;
    first[p] = Math.min(a, b);
    second[p] = Math.max(a, b);
  }
  return { first, second };
}
