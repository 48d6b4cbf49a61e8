// Independent truth for the planted-truth suite: plain adjacency lists built straight from the
// EcosystemData document and breadth-first searches. Nothing here calls ecoweave's metrics, gaps,
// brokers or weave code (nor its views), so the answers are checked against a second, direct method.
import type { EcosystemData } from "../../src/model/schema.js";

/** A tie to add on top of the document: undirected, undated, always active. */
export type AddedTie = readonly [string, string];

/** The undirected simple graph of a document's ties active at a date, plus added ties. */
export interface TruthGraph {
  readonly ids: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  /** Role of each actor, by dense index. */
  readonly roles: readonly string[];
  /** Sorted neighbour indices of each actor (parallel ties collapsed, direction dropped). */
  readonly adjacency: readonly (readonly number[])[];
}

/** Options of {@link truthGraph}. */
export interface TruthGraphOptions {
  /** Only ties with since ≤ at ≤ until count (a missing bound is open). Default: every tie. */
  at?: string;
  /** Ties added to the document's, always active. */
  added?: readonly AddedTie[];
}

const DEFAULT_NEEDS: ReadonlyMap<string, readonly string[]> = new Map([
  ["developer", ["funder", "upskiller"]],
  ["upskiller", ["developer", "funder"]],
  ["funder", ["developer"]],
]);

/** Roles each role needs: the defaults, replaced by a declared role of the same id. */
export function needsByRole(data: EcosystemData): ReadonlyMap<string, readonly string[]> {
  const needs = new Map(DEFAULT_NEEDS);
  for (const role of data.roles ?? []) needs.set(role.id, role.needs ?? []);
  return needs;
}

function activeAt(tie: { since?: string; until?: string }, at: string | undefined): boolean {
  if (at === undefined) return true;
  if (tie.since !== undefined && tie.since.slice(0, 10) > at) return false;
  if (tie.until !== undefined && tie.until.slice(0, 10) < at) return false;
  return true;
}

/** Builds the undirected simple graph of the document's ties active at `at`, plus `added`. */
export function truthGraph(data: EcosystemData, options: TruthGraphOptions = {}): TruthGraph {
  const ids = data.actors.map((actor) => actor.id);
  const index = new Map(ids.map((id, i) => [id, i] as const));
  const sets = ids.map(() => new Set<number>());
  const join = (a: string, b: string) => {
    const i = index.get(a);
    const j = index.get(b);
    if (i === undefined || j === undefined) throw new Error(`truthGraph: unknown actor in tie ${a} – ${b}`);
    if (i === j) throw new Error(`truthGraph: self tie on ${a}`);
    sets[i]!.add(j);
    sets[j]!.add(i);
  };
  for (const tie of data.ties) if (activeAt(tie, options.at)) join(tie.source, tie.target);
  for (const [a, b] of options.added ?? []) join(a, b);
  return {
    ids,
    index,
    roles: data.actors.map((actor) => actor.role),
    adjacency: sets.map((set) => [...set].sort((a, b) => a - b)),
  };
}

/** Hop distances from `source` (−1: unreachable), never entering `removed` actors or the `cut` tie. */
export function distancesFrom(
  graph: TruthGraph,
  source: number,
  removed: ReadonlySet<number> = new Set(),
  cut: readonly [number, number] | null = null,
): Int32Array {
  const distance = new Int32Array(graph.ids.length).fill(-1);
  if (removed.has(source)) return distance;
  distance[source] = 0;
  const queue = [source];
  for (let head = 0; head < queue.length; head++) {
    const u = queue[head]!;
    for (const v of graph.adjacency[u]!) {
      if (distance[v] !== -1 || removed.has(v)) continue;
      if (cut !== null && ((u === cut[0] && v === cut[1]) || (u === cut[1] && v === cut[0]))) continue;
      distance[v] = distance[u]! + 1;
      queue.push(v);
    }
  }
  return distance;
}

/** One unmet need: an actor with no actor of a role it needs within `maxDistance` steps. */
export interface UnmetNeed {
  actor: string;
  role: string;
}

/** Unmet needs of every actor (default reach: 2 steps), by actor id then role. */
export function unmetNeeds(graph: TruthGraph, data: EcosystemData, maxDistance = 2): UnmetNeed[] {
  const needs = needsByRole(data);
  const unmet: UnmetNeed[] = [];
  for (let i = 0; i < graph.ids.length; i++) {
    const wanted = needs.get(graph.roles[i]!) ?? [];
    if (wanted.length === 0) continue;
    const distance = distancesFrom(graph, i);
    const reached = new Set<string>();
    for (let j = 0; j < graph.ids.length; j++) {
      if (j !== i && distance[j]! >= 1 && distance[j]! <= maxDistance) reached.add(graph.roles[j]!);
    }
    for (const role of wanted) if (!reached.has(role)) unmet.push({ actor: graph.ids[i]!, role });
  }
  return unmet.sort((a, b) => compare(a.actor, b.actor) || compare(a.role, b.role));
}

/** Code-unit order, as ecoweave sorts ids. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Connected components as sorted id lists, largest first, then by first id. */
export function components(graph: TruthGraph, removed: ReadonlySet<number> = new Set()): string[][] {
  const seen = new Uint8Array(graph.ids.length);
  const parts: string[][] = [];
  for (let i = 0; i < graph.ids.length; i++) {
    if (seen[i] || removed.has(i)) continue;
    const distance = distancesFrom(graph, i, removed);
    const part: string[] = [];
    for (let j = 0; j < graph.ids.length; j++) {
      if (distance[j]! >= 0) {
        seen[j] = 1;
        part.push(graph.ids[j]!);
      }
    }
    parts.push(part.sort(compare));
  }
  return parts.sort((a, b) => b.length - a.length || compare(a[0]!, b[0]!));
}

/** Actors without ties. */
export function isolates(graph: TruthGraph): string[] {
  return graph.ids.filter((_, i) => graph.adjacency[i]!.length === 0).sort(compare);
}

/**
 * Actors the loss of `removed` (actors) or of the tie `cut` would cut off: within the component that
 * held them, every actor outside the largest remaining piece (ties of size broken by smallest id, so
 * the piece holding the smaller id stays). The removed actors themselves are not counted.
 */
function cutOffBy(graph: TruthGraph, removed: ReadonlySet<number>, cut: readonly [number, number] | null) {
  const whole = distancesFrom(graph, cut !== null ? cut[0] : [...removed][0]!);
  const pieces: string[][] = [];
  const seen = new Uint8Array(graph.ids.length);
  for (let j = 0; j < graph.ids.length; j++) {
    if (whole[j]! < 0 || removed.has(j) || seen[j]) continue;
    const distance = distancesFrom(graph, j, removed, cut);
    const piece: string[] = [];
    for (let k = 0; k < graph.ids.length; k++) {
      if (distance[k]! >= 0) {
        seen[k] = 1;
        piece.push(graph.ids[k]!);
      }
    }
    pieces.push(piece.sort(compare));
  }
  pieces.sort((a, b) => b.length - a.length || compare(a[0]!, b[0]!));
  return pieces.slice(1).flat().sort(compare);
}

/**
 * Articulation points, by removing each actor and searching again: actor → the actors its removal
 * would cut off from the largest remaining piece of its component (only actors that cut someone off).
 */
export function articulationPoints(graph: TruthGraph): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (let v = 0; v < graph.ids.length; v++) {
    if (graph.adjacency[v]!.length < 2) continue;
    const cutOff = cutOffBy(graph, new Set([v]), null);
    if (cutOff.length > 0) found.set(graph.ids[v]!, cutOff);
  }
  return found;
}

/** A bridge: a tie whose loss splits its component, with the actors on the smaller side. */
export interface TruthBridge {
  ends: [string, string];
  cutOff: string[];
}

/** Bridges, by removing each tie and searching again; ends sorted, list sorted by ends. */
export function bridges(graph: TruthGraph): TruthBridge[] {
  const found: TruthBridge[] = [];
  for (let u = 0; u < graph.ids.length; u++) {
    for (const v of graph.adjacency[u]!) {
      if (v < u) continue;
      const distance = distancesFrom(graph, u, new Set(), [u, v]);
      if (distance[v] !== -1) continue;
      const ends = [graph.ids[u]!, graph.ids[v]!].sort(compare) as [string, string];
      found.push({ ends, cutOff: cutOffBy(graph, new Set(), [u, v]) });
    }
  }
  return found.sort((a, b) => compare(a.ends[0], b.ends[0]) || compare(a.ends[1], b.ends[1]));
}

/** Articulation points plus bridges: the count the weaving figures call single points of failure. */
export function singlePointsOfFailure(graph: TruthGraph): number {
  return singlePointKeys(graph).size;
}

/** Each single point of failure by a key: `actor:<id>` for a cut vertex, `tie:<a>|<b>` for a bridge. */
export function singlePointKeys(graph: TruthGraph): Set<string> {
  const keys = new Set<string>();
  for (const id of articulationPoints(graph).keys()) keys.add(`actor:${id}`);
  for (const bridge of bridges(graph)) keys.add(`tie:${bridge.ends[0]}|${bridge.ends[1]}`);
  return keys;
}

/** Latora and Marchiori's global efficiency: the mean of 1/d over ordered pairs (1/∞ = 0). */
export function globalEfficiency(graph: TruthGraph): number {
  const n = graph.ids.length;
  if (n < 2) return 0;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const distance = distancesFrom(graph, i);
    for (let j = 0; j < n; j++) if (j !== i && distance[j]! > 0) sum += 1 / distance[j]!;
  }
  return sum / (n * (n - 1));
}

/** Whether `a` and `b` are tied in the graph. */
export function tied(graph: TruthGraph, a: string, b: string): boolean {
  const i = graph.index.get(a);
  const j = graph.index.get(b);
  return i !== undefined && j !== undefined && graph.adjacency[i]!.includes(j);
}

/** Degree of an actor (distinct neighbours). */
export function degree(graph: TruthGraph, id: string): number {
  return graph.adjacency[graph.index.get(id)!]!.length;
}

/**
 * One thing a planted ecosystem lacks that ties can fix, with the test that says it is fixed:
 * - `join`: every actor of `actors` is in the component of `anchor`;
 * - `need`: every actor of `actors` reaches an actor of `role` within 2 steps;
 * - `unhang`: with `pivot` gone (an actor, or a tie given by its two ends), every actor of `actors`
 *   still reaches `anchor`.
 * `date`, when set, evaluates the item at that date rather than the analysis date: what a tie
 * ending between the two leaves open.
 */
export type PlantedItem = { id: string; actors: readonly string[]; date?: string } & (
  | { kind: "join"; anchor: string }
  | { kind: "need"; role: string }
  | { kind: "unhang"; pivot: string | readonly [string, string]; anchor: string }
);

function indexOf(graph: TruthGraph, id: string): number {
  const i = graph.index.get(id);
  if (i === undefined) throw new Error(`truth: unknown actor ${id}`);
  return i;
}

/** Whether `item` is fixed in `graph` (the graph at the item's date, with any added ties). */
export function itemClosed(graph: TruthGraph, item: PlantedItem): boolean {
  if (item.kind === "need") {
    return item.actors.every((id) => {
      const distance = distancesFrom(graph, indexOf(graph, id));
      return graph.roles.some((role, j) => role === item.role && distance[j]! >= 1 && distance[j]! <= 2);
    });
  }
  const anchor = indexOf(graph, item.anchor);
  let distance: Int32Array;
  if (item.kind === "join") distance = distancesFrom(graph, anchor);
  else if (typeof item.pivot === "string")
    distance = distancesFrom(graph, anchor, new Set([indexOf(graph, item.pivot)]));
  else
    distance = distancesFrom(graph, anchor, new Set(), [
      indexOf(graph, item.pivot[0]),
      indexOf(graph, item.pivot[1]),
    ]);
  return item.actors.every((id) => distance[indexOf(graph, id)]! >= 0);
}

/** The ids of the items fixed once `added` ties exist, each item read at its date (else `at`). */
export function itemsClosed(
  data: EcosystemData,
  items: readonly PlantedItem[],
  at: string | undefined,
  added: readonly AddedTie[],
): string[] {
  const graphs = new Map<string | undefined, TruthGraph>();
  const closed: string[] = [];
  for (const item of items) {
    const date = item.date ?? at;
    let graph = graphs.get(date);
    if (graph === undefined) {
      graph = truthGraph(data, { ...(date === undefined ? {} : { at: date }), added });
      graphs.set(date, graph);
    }
    if (itemClosed(graph, item)) closed.push(item.id);
  }
  return closed;
}

/** The three figures a weaving plan is judged on, from the graph before and after the ties. */
export interface WeavingFigures {
  /** Unmet needs (actor, role) before minus after. */
  needsMet: number;
  /**
   * Single points of failure (articulation points and bridges) of before that are gone after. New ones
   * are not subtracted: joining an isolate by one tie necessarily makes a bridge, and the isolate was
   * worse off cut off than hanging on that tie.
   */
  singlePointsRemoved: number;
  /** Global efficiency after minus before. */
  efficiencyGained: number;
}

/** The truth's figures of a state, so that several tie sets can be compared with one "before". */
export interface TruthState {
  unmet: number;
  singlePoints: number;
  /** The single points of failure themselves ({@link singlePointKeys}). */
  singlePointKeys: ReadonlySet<string>;
  efficiency: number;
}

/** Unmet needs, single points of failure and global efficiency of the document at `at` plus `added`. */
export function truthState(
  data: EcosystemData,
  at: string | undefined,
  added: readonly AddedTie[] = [],
): TruthState {
  const graph = truthGraph(data, { ...(at === undefined ? {} : { at }), added });
  const keys = singlePointKeys(graph);
  return {
    unmet: unmetNeeds(graph, data).length,
    singlePoints: keys.size,
    singlePointKeys: keys,
    efficiency: globalEfficiency(graph),
  };
}

/** What `added` ties do to the three figures, against the state `before`. */
export function weavingFigures(
  data: EcosystemData,
  at: string | undefined,
  before: TruthState,
  added: readonly AddedTie[],
): WeavingFigures {
  const after = truthState(data, at, added);
  return {
    needsMet: before.unmet - after.unmet,
    singlePointsRemoved: [...before.singlePointKeys].filter((key) => !after.singlePointKeys.has(key)).length,
    efficiencyGained: after.efficiency - before.efficiency,
  };
}
