/**
 * Candidate ties for weaving: every absent pair in a small ecosystem, a documented shortlist of
 * promising absent pairs in a large one, so the cost of scoring grows about linearly with the ties.
 *
 * @packageDocumentation
 */
import type { EcosystemView } from "../model/view.js";
import { type CutStructure, inSubtree } from "./cut-structure.js";

/**
 * Up to this many actors, every absent pair is a candidate (300 actors: at most 44,850 pairs). Above
 * it, candidates are the union of the five families of {@link candidatePairs}.
 */
export const EXHAUSTIVE_CANDIDATE_LIMIT = 300;

/** Open triads: the distance-2 partners kept per actor, those with the most common contacts first. */
export const TRIAD_PARTNERS = 8;
/** Need-meeting pairs: providers of a needed role kept per (actor, needed role). */
export const NEED_PARTNERS = 3;
/** Cross-community pairs: best-connected members taken from each community. */
export const COMMUNITY_HUBS = 3;
/** Cross-community pairs: only the largest communities take part (pairs grow with its square). */
export const COMMUNITY_LIMIT = 40;
/** Periphery-to-core pairs: size of the core list (the best-connected actors of the innermost core). */
export const CORE_HUBS = 10;
/** Periphery-to-core pairs: core partners per peripheral actor. */
export const PERIPHERY_PARTNERS = 3;

/** Hub pairs: the best-connected actors, every absent pair among them. */
export const HUB_PAIRS = 40;

/** Cut-off parts and cut-vertex bypasses: partners taken among each component's best-connected actors. */
export const PART_PARTNERS = 3;
/** Cut-vertex bypasses: the best-connected actors of each component considered as partners. */
export const COMPONENT_HUBS = 8;
/** Cut-vertex bypasses: held pieces bypassed per cut vertex (the largest held pieces first). */
export const BYPASS_PIECES = 8;

/** Family flags of a candidate (a bit set). */
export const FROM_ALL = 1;
export const FROM_TRIAD = 2;
export const FROM_NEED = 4;
export const FROM_COMMUNITY = 8;
export const FROM_PERIPHERY = 16;
export const FROM_HUBS = 32;
export const FROM_REMEDY = 64;

/** A needed role: the actors who have it and the actors who need it and cannot reach it. @internal */
export interface NeedProviders {
  /** Actors of the needed role, ascending. */
  readonly providers: readonly number[];
  /** Actors whose role needs it and that have none within `maxDistance`, ascending. */
  readonly unmet: readonly number[];
}

/** What the candidate families read. @internal */
export interface CandidateInput {
  readonly view: EcosystemView;
  /** Distinct neighbours of each actor. */
  readonly degree: Int32Array;
  /** Community code of each actor (0 = largest community). */
  readonly community: Int32Array;
  /** Core number of each actor. */
  readonly core: Int32Array;
  /** One entry per needed role. */
  readonly needs: readonly NeedProviders[];
  /** Whether the absent pair may be suggested (not excluded, role filter, focus); u ≠ v, not tied. */
  readonly keep: (u: number, v: number) => boolean;
  /** Component index of each actor (0 = largest); with `cuts`, enables the remedy families. */
  readonly component?: Int32Array;
  /** The cut structure of the view (cut vertices and the pieces they hold). */
  readonly cuts?: CutStructure;
}

/** Candidate pairs by dense index (u < v), with the families that proposed each. @internal */
export interface CandidateSet {
  readonly u: Int32Array;
  readonly v: Int32Array;
  readonly from: Uint8Array;
  readonly count: number;
  /** Whether every absent pair was taken ({@link EXHAUSTIVE_CANDIDATE_LIMIT}). */
  readonly exhaustive: boolean;
}

/** Whether u and v are tied in the view: binary search in u's sorted neighbour list. */
export function adjacent(view: EcosystemView, u: number, v: number): boolean {
  const { offsets, targets } = view;
  let low = offsets[u]!;
  let high = offsets[u + 1]! - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const w = targets[middle]!;
    if (w === v) return true;
    if (w < v) low = middle + 1;
    else high = middle - 1;
  }
  return false;
}

/** Collects pairs once each, keyed by u · n + v with u < v. */
class PairCollector {
  private readonly index = new Map<number, number>();
  private readonly us: number[] = [];
  private readonly vs: number[] = [];
  private readonly flags: number[] = [];

  constructor(
    private readonly n: number,
    private readonly input: CandidateInput,
  ) {}

  add(a: number, b: number, flag: number): void {
    if (a === b) return;
    const u = Math.min(a, b);
    const v = Math.max(a, b);
    const key = u * this.n + v;
    const at = this.index.get(key);
    if (at !== undefined) {
      this.flags[at]! |= flag;
      return;
    }
    if (adjacent(this.input.view, u, v) || !this.input.keep(u, v)) return;
    this.index.set(key, this.us.length);
    this.us.push(u);
    this.vs.push(v);
    this.flags.push(flag);
  }

  result(exhaustive: boolean): CandidateSet {
    return {
      u: Int32Array.from(this.us),
      v: Int32Array.from(this.vs),
      from: Uint8Array.from(this.flags),
      count: this.us.length,
      exhaustive,
    };
  }
}

/** Actors sorted by degree descending, then index. */
function byDegree(members: readonly number[], degree: Int32Array): number[] {
  return [...members].sort((a, b) => degree[b]! - degree[a]! || a - b);
}

/**
 * The candidate ties.
 *
 * @remarks
 * Up to {@link EXHAUSTIVE_CANDIDATE_LIMIT} actors: every absent pair that `keep` accepts. Above it, the
 * union of five families, each capped per actor so the count grows linearly with actors and ties:
 * 1. open triads: for each actor, its {@link TRIAD_PARTNERS} distance-2 partners with the most common
 *    contacts (then by index);
 * 2. need-meeting pairs: for each actor that cannot reach a role it needs, the nearest actors of that
 *    role (the nearest by breadth-first search from all of them, then those nearest to its contacts),
 *    filled up to {@link NEED_PARTNERS} with the role's best-connected actors;
 * 3. cross-community pairs: the {@link COMMUNITY_HUBS} best-connected members of each of the
 *    {@link COMMUNITY_LIMIT} largest communities, paired across communities;
 * 4. periphery-to-core pairs: each actor of core number ≤ 1 (isolates, pendants, trees hanging on the
 *    network) with {@link PERIPHERY_PARTNERS} of the {@link CORE_HUBS} best-connected actors of the
 *    innermost core, taken in rotation so the core's load is spread;
 * 5. hub pairs: every absent pair among the {@link HUB_PAIRS} best-connected actors (ties between hubs
 *    shorten many paths; the load penalty weighs against them where the strategy says so);
 * 6. remedies of the gaps (with `component` and `cuts`): the best-connected actor of each cut-off
 *    component with {@link PART_PARTNERS} of the main component's best-connected actors; and for each
 *    cut vertex c, for up to {@link BYPASS_PIECES} of the pieces of C − c other than the largest (largest
 *    first), the piece's best-connected actor with {@link PART_PARTNERS} of the component's
 *    {@link COMPONENT_HUBS} best-connected actors outside the piece and other than c, so the tie
 *    bypasses c (a range-maximum table over the search's preorder finds each piece's best actor in O(1)).
 * Time complexity: O(n²) exhaustive; otherwise O(Σ_w d_w² + S (n + m) + c) for S needed roles and c
 * candidates.
 * @internal
 */
export function candidatePairs(input: CandidateInput): CandidateSet {
  const { view } = input;
  const n = view.order;
  const collector = new PairCollector(n, input);
  if (n <= EXHAUSTIVE_CANDIDATE_LIMIT) {
    for (let u = 0; u < n; u++) for (let v = u + 1; v < n; v++) collector.add(u, v, FROM_ALL);
    return collector.result(true);
  }
  openTriads(input, collector);
  needPairs(input, collector);
  communityPairs(input, collector);
  peripheryPairs(input, collector);
  hubPairs(input, collector);
  remedyPairs(input, collector);
  return collector.result(false);
}

function openTriads(input: CandidateInput, collector: PairCollector): void {
  const { view } = input;
  const { offsets, targets, order: n } = view;
  const count = new Int32Array(n);
  const touched = new Int32Array(n);
  for (let u = 0; u < n; u++) {
    let reached = 0;
    for (let k = offsets[u]!, end = offsets[u + 1]!; k < end; k++) {
      const w = targets[k]!;
      for (let l = offsets[w]!, wEnd = offsets[w + 1]!; l < wEnd; l++) {
        const v = targets[l]!;
        if (v === u) continue;
        if (count[v] === 0) touched[reached++] = v;
        count[v]!++;
      }
    }
    // Tied partners are dropped by the collector; keep the best few of the rest.
    const partners: number[] = [];
    for (let r = 0; r < reached; r++) {
      const v = touched[r]!;
      if (!adjacent(view, u, v)) partners.push(v);
    }
    partners.sort((a, b) => count[b]! - count[a]! || a - b);
    for (let p = 0; p < partners.length && p < TRIAD_PARTNERS; p++)
      collector.add(u, partners[p]!, FROM_TRIAD);
    for (let r = 0; r < reached; r++) count[touched[r]!] = 0;
  }
}

function needPairs(input: CandidateInput, collector: PairCollector): void {
  const { view, degree } = input;
  const { offsets, targets, order: n } = view;
  const nearest = new Int32Array(n);
  const queue = new Int32Array(n);
  for (const need of input.needs) {
    if (need.providers.length === 0 || need.unmet.length === 0) continue;
    // Multi-source search from the providers, labelling every actor with the provider it reached first.
    nearest.fill(-1);
    let tail = 0;
    for (const p of need.providers) {
      nearest[p] = p;
      queue[tail++] = p;
    }
    for (let head = 0; head < tail; head++) {
      const x = queue[head]!;
      for (let k = offsets[x]!, end = offsets[x + 1]!; k < end; k++) {
        const y = targets[k]!;
        if (nearest[y] === -1) {
          nearest[y] = nearest[x]!;
          queue[tail++] = y;
        }
      }
    }
    const hubs = byDegree(need.providers, degree).slice(0, NEED_PARTNERS);
    for (const i of need.unmet) {
      const partners: number[] = [];
      const offer = (p: number) => {
        if (p !== -1 && p !== i && !partners.includes(p)) partners.push(p);
      };
      offer(nearest[i]!);
      for (let k = offsets[i]!, end = offsets[i + 1]!; k < end && partners.length < NEED_PARTNERS; k++) {
        offer(nearest[targets[k]!]!);
      }
      for (const p of hubs) if (partners.length < NEED_PARTNERS) offer(p);
      for (const p of partners) collector.add(i, p, FROM_NEED);
    }
  }
}

function communityPairs(input: CandidateInput, collector: PairCollector): void {
  const { community, degree, view } = input;
  const members = new Map<number, number[]>();
  for (let i = 0; i < view.order; i++) {
    const c = community[i]!;
    const list = members.get(c);
    if (list === undefined) members.set(c, [i]);
    else list.push(i);
  }
  const largest = [...members.entries()]
    .filter(([, list]) => list.length >= 2)
    .sort((a, b) => b[1].length - a[1].length || a[0] - b[0])
    .slice(0, COMMUNITY_LIMIT)
    .map(([, list]) => byDegree(list, degree).slice(0, COMMUNITY_HUBS));
  for (let a = 0; a < largest.length; a++) {
    for (let b = a + 1; b < largest.length; b++) {
      for (const x of largest[a]!) for (const y of largest[b]!) collector.add(x, y, FROM_COMMUNITY);
    }
  }
}

function peripheryPairs(input: CandidateInput, collector: PairCollector): void {
  const { core, degree, view } = input;
  const n = view.order;
  let innermost = 0;
  for (let i = 0; i < n; i++) if (core[i]! > innermost) innermost = core[i]!;
  const inner: number[] = [];
  for (let i = 0; i < n; i++) if (core[i] === innermost) inner.push(i);
  const hubs = byDegree(inner, degree).slice(0, CORE_HUBS);
  if (hubs.length === 0) return;
  let rank = 0;
  for (let i = 0; i < n; i++) {
    if (core[i]! > 1) continue;
    let taken = 0;
    for (let j = 0; j < hubs.length && taken < PERIPHERY_PARTNERS; j++) {
      const hub = hubs[(rank + j) % hubs.length]!;
      if (hub === i || adjacent(view, i, hub)) continue;
      collector.add(i, hub, FROM_PERIPHERY);
      taken++;
    }
    rank++;
  }
}

function hubPairs(input: CandidateInput, collector: PairCollector): void {
  const all = Array.from({ length: input.view.order }, (_, i) => i);
  const hubs = byDegree(all, input.degree).slice(0, HUB_PAIRS);
  for (let a = 0; a < hubs.length; a++) {
    for (let b = a + 1; b < hubs.length; b++) collector.add(hubs[a]!, hubs[b]!, FROM_HUBS);
  }
}

/** Range-maximum of degree over preorder positions (sparse table), returning the actor. */
function bestInRange(degree: Int32Array, order: Int32Array): (from: number, to: number) => number {
  const n = order.length;
  const levels: Int32Array[] = [Int32Array.from(order)];
  const better = (a: number, b: number) =>
    degree[b]! > degree[a]! || (degree[b] === degree[a] && b < a) ? b : a;
  for (let width = 1; 2 * width <= n; width *= 2) {
    const previous = levels[levels.length - 1]!;
    const next = new Int32Array(n - 2 * width + 1);
    for (let i = 0; i < next.length; i++) next[i] = better(previous[i]!, previous[i + width]!);
    levels.push(next);
  }
  return (from, to) => {
    const level = Math.floor(Math.log2(to - from));
    const table = levels[level]!;
    return better(table[from]!, table[to - (1 << level)]!);
  };
}

function remedyPairs(input: CandidateInput, collector: PairCollector): void {
  const { component, cuts, degree, view } = input;
  if (component === undefined || cuts === undefined) return;
  const n = view.order;
  let parts = 0;
  for (let i = 0; i < n; i++) if (component[i]! + 1 > parts) parts = component[i]! + 1;
  const hubs: number[][] = Array.from({ length: parts }, () => []);
  for (const i of byDegree(
    Array.from({ length: n }, (_, k) => k),
    degree,
  )) {
    const list = hubs[component[i]!]!;
    if (list.length < COMPONENT_HUBS) list.push(i);
  }
  const main = hubs[0] ?? [];
  for (let c = 1; c < parts; c++) {
    const best = hubs[c]![0];
    if (best === undefined) continue;
    for (let k = 0; k < main.length && k < PART_PARTNERS; k++) collector.add(best, main[k]!, FROM_REMEDY);
  }
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[cuts.pre[i]!] = i;
  const best = bestInRange(degree, order);
  const children: number[][] = Array.from({ length: n }, () => []);
  for (let i = 0; i < n; i++) {
    const p = cuts.parent[i]!;
    if (p !== -1 && cuts.low[i]! >= cuts.pre[p]!) children[p]!.push(i);
  }
  for (let c = 0; c < n; c++) {
    if (cuts.cutOff[c]! < 1) continue;
    // The largest piece stays; the rest piece counts as largest when no child's piece is larger.
    const kept =
      cuts.restPiece[c]! >= cuts.largestPiece[c]!
        ? -1
        : children[c]!.find((a) => cuts.subtree[a] === cuts.largestPiece[c]);
    const held = children[c]!.filter((a) => a !== kept)
      .sort((a, b) => cuts.subtree[b]! - cuts.subtree[a]! || a - b)
      .slice(0, BYPASS_PIECES);
    const list = hubs[component[c]!]!;
    for (const a of held) {
      const from = cuts.pre[a]!;
      const member = best(from, from + cuts.subtree[a]!);
      let taken = 0;
      for (const h of list) {
        if (taken >= PART_PARTNERS) break;
        if (h === c || inSubtree(cuts, a, h)) continue;
        collector.add(member, h, FROM_REMEDY);
        taken++;
      }
    }
    // The piece holding c's parent is held when a child's piece is larger: tie it to that child's hubs.
    if (kept !== undefined && kept !== -1 && cuts.parent[c] !== -1 && cuts.restPiece[c]! > 0) {
      const largest = kept;
      let taken = 0;
      for (const h of list) {
        if (taken >= PART_PARTNERS) break;
        if (!inSubtree(cuts, largest, h)) continue;
        collector.add(cuts.parent[c]!, h, FROM_REMEDY);
        taken++;
      }
    }
  }
}
