// Baselines a weaving plan must beat, written on the truth's adjacency lists (no ecoweave code):
// random absent ties, highest degree product, close open triads, and periphery first to the
// best-connected actor of the role it lacks. Each returns `count` absent ties as sorted id pairs.
import type { EcosystemData } from "../../src/model/schema.js";
import {
  type AddedTie,
  compare,
  needsByRole,
  type TruthGraph,
  type TruthState,
  truthGraph,
  unmetNeeds,
  type WeavingFigures,
  weavingFigures,
} from "./truth.js";

/** Mulberry32, a copy kept here so the baselines share no code with the library. */
function random32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
const sortedPair = (a: string, b: string): AddedTie => (compare(a, b) < 0 ? [a, b] : [b, a]);

interface ScoredPair {
  tie: AddedTie;
  score: number;
}

/** Every absent pair with a score, best first, ties by ids. */
function rankAbsentPairs(graph: TruthGraph, score: (i: number, j: number) => number): AddedTie[] {
  const scored: ScoredPair[] = [];
  const n = graph.ids.length;
  for (let i = 0; i < n; i++) {
    const near = new Set(graph.adjacency[i]);
    for (let j = i + 1; j < n; j++) {
      if (!near.has(j)) scored.push({ tie: sortedPair(graph.ids[i]!, graph.ids[j]!), score: score(i, j) });
    }
  }
  scored.sort((a, b) => b.score - a.score || compare(a.tie[0], b.tie[0]) || compare(a.tie[1], b.tie[1]));
  return scored.map((entry) => entry.tie);
}

/** `count` absent ties drawn uniformly without repetition with a seeded generator. */
export function randomTies(graph: TruthGraph, count: number, seed: number): AddedTie[] {
  const next = random32(seed);
  const n = graph.ids.length;
  const chosen = new Set<string>();
  const ties: AddedTie[] = [];
  let absent = 0;
  for (let i = 0; i < n; i++) absent += n - 1 - graph.adjacency[i]!.length;
  const wanted = Math.min(count, absent / 2);
  while (ties.length < wanted) {
    const i = Math.floor(next() * n);
    const j = Math.floor(next() * n);
    if (i === j || graph.adjacency[i]!.includes(j)) continue;
    const key = pairKey(graph.ids[i]!, graph.ids[j]!);
    if (chosen.has(key)) continue;
    chosen.add(key);
    ties.push(sortedPair(graph.ids[i]!, graph.ids[j]!));
  }
  return ties;
}

/** The `count` absent pairs of largest degree product (preferential attachment). */
export function degreeProductTies(graph: TruthGraph, count: number): AddedTie[] {
  const degree = graph.adjacency.map((list) => list.length);
  return rankAbsentPairs(graph, (i, j) => degree[i]! * degree[j]!).slice(0, count);
}

/** The `count` absent pairs with the most common neighbours (closing open triads). */
export function openTriadTies(graph: TruthGraph, count: number): AddedTie[] {
  const sets = graph.adjacency.map((list) => new Set(list));
  return rankAbsentPairs(graph, (i, j) => {
    let common = 0;
    for (const k of graph.adjacency[i]!) if (sets[j]!.has(k)) common++;
    return common;
  }).slice(0, count);
}

/**
 * Periphery first: `count` times, the actor of smallest degree (then id) with an unmet need is tied
 * to the actor of highest degree (then id) of the first role it lacks, recomputed after every tie.
 * When no need is left unmet, the actor of smallest degree is tied to the highest-degree actor it is
 * not tied to.
 */
export function peripheryFirstTies(data: EcosystemData, at: string | undefined, count: number): AddedTie[] {
  const needs = needsByRole(data);
  const ties: AddedTie[] = [];
  for (let step = 0; step < count; step++) {
    const graph = truthGraph(data, { ...(at === undefined ? {} : { at }), added: ties });
    const degree = graph.adjacency.map((list) => list.length);
    const byDegree = (a: number, b: number) =>
      degree[a]! - degree[b]! || compare(graph.ids[a]!, graph.ids[b]!);
    const unmet = new Map<string, string[]>();
    for (const need of unmetNeeds(graph, data))
      unmet.set(need.actor, [...(unmet.get(need.actor) ?? []), need.role]);
    const order = graph.ids.map((_, i) => i).sort(byDegree);
    let tie: AddedTie | null = null;
    for (const i of order) {
      const lacking = unmet.get(graph.ids[i]!);
      if (lacking === undefined && unmet.size > 0) continue;
      const role =
        lacking === undefined ? null : (needs.get(graph.roles[i]!) ?? []).find((r) => lacking.includes(r));
      const targets = order
        .filter(
          (j) => j !== i && (role === null || graph.roles[j] === role) && !graph.adjacency[i]!.includes(j),
        )
        .sort((a, b) => degree[b]! - degree[a]! || compare(graph.ids[a]!, graph.ids[b]!));
      if (targets.length > 0) {
        tie = sortedPair(graph.ids[i]!, graph.ids[targets[0]!]!);
        break;
      }
    }
    if (tie === null) break;
    ties.push(tie);
  }
  return ties;
}

/** The baselines by name, as the bench table and the tests list them. */
export const BASELINE_NAMES = [
  "random (mean of 20 seeds)",
  "degree product",
  "open triads",
  "periphery first",
] as const;

/** Number of seeds behind the random baseline. */
export const RANDOM_SEEDS = 20;

/** The figures of each baseline at `count` ties; the random one is the mean over {@link RANDOM_SEEDS} seeds. */
export function baselineFigures(
  data: EcosystemData,
  at: string | undefined,
  before: TruthState,
  count: number,
): Map<(typeof BASELINE_NAMES)[number], WeavingFigures> {
  const graph = truthGraph(data, at === undefined ? {} : { at });
  // sums first, one division last: twenty 1/20 steps would make 1 into 1.0000000000000002
  const sum: WeavingFigures = { needsMet: 0, singlePointsRemoved: 0, efficiencyGained: 0 };
  for (let seed = 1; seed <= RANDOM_SEEDS; seed++) {
    const figures = weavingFigures(data, at, before, randomTies(graph, count, seed));
    sum.needsMet += figures.needsMet;
    sum.singlePointsRemoved += figures.singlePointsRemoved;
    sum.efficiencyGained += figures.efficiencyGained;
  }
  const mean: WeavingFigures = {
    needsMet: sum.needsMet / RANDOM_SEEDS,
    singlePointsRemoved: sum.singlePointsRemoved / RANDOM_SEEDS,
    efficiencyGained: sum.efficiencyGained / RANDOM_SEEDS,
  };
  return new Map([
    ["random (mean of 20 seeds)", mean],
    ["degree product", weavingFigures(data, at, before, degreeProductTies(graph, count))],
    ["open triads", weavingFigures(data, at, before, openTriadTies(graph, count))],
    ["periphery first", weavingFigures(data, at, before, peripheryFirstTies(data, at, count))],
  ]);
}

/** Whether `a` is at least as good as `b` on all three figures and better on one. */
export function dominates(a: WeavingFigures, b: WeavingFigures): boolean {
  const atLeast =
    a.needsMet >= b.needsMet &&
    a.singlePointsRemoved >= b.singlePointsRemoved &&
    a.efficiencyGained >= b.efficiencyGained - 1e-12;
  const better =
    a.needsMet > b.needsMet ||
    a.singlePointsRemoved > b.singlePointsRemoved ||
    a.efficiencyGained > b.efficiencyGained + 1e-12;
  return atLeast && better;
}

/**
 * What keeps a plan from passing issue 13's bar, in words (empty: it passes): it must beat random ties
 * on each figure, except one it has taken to its ceiling (every need met, every single point of failure
 * gone, or none to begin with), where it must only match them; and no baseline may dominate it.
 */
export function shortfalls(
  plan: WeavingFigures,
  before: TruthState,
  baselines: ReadonlyMap<(typeof BASELINE_NAMES)[number], WeavingFigures>,
): string[] {
  const random = baselines.get("random (mean of 20 seeds)")!;
  const beats = (mine: number, theirs: number, ceiling: number) =>
    mine > theirs || (mine === ceiling && mine >= theirs);
  const lost: string[] = [];
  if (!beats(plan.needsMet, random.needsMet, before.unmet)) lost.push("needs met");
  if (!beats(plan.singlePointsRemoved, random.singlePointsRemoved, before.singlePoints))
    lost.push("single points of failure removed");
  if (!(plan.efficiencyGained > random.efficiencyGained)) lost.push("efficiency gained");
  const problems: string[] = [];
  if (lost.length > 0) problems.push(`random ties do at least as well on ${lost.join(", ")}`);
  const dominating = BASELINE_NAMES.filter((name) => dominates(baselines.get(name)!, plan));
  if (dominating.length > 0) problems.push(`dominated by ${dominating.join(", ")}`);
  return problems;
}
