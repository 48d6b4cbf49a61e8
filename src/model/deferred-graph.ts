/**
 * The graphology graph of an ecosystem, filled on first use.
 *
 * Why it exists: adding a tie to a graphology multigraph costs several microseconds (an edge record,
 * a generated key, a property added to two adjacency objects keyed by neighbour id); on 50k ties that
 * was 0.3–0.4 s of a 0.45 s build, thirty times igraph's whole `Graph(n, edges)`. The analysis view
 * needs none of it: it is read straight from the ecosystem's contents (the copied actors and ties, in
 * document order). So `createEcosystem` returns a genuine, empty `MultiGraph` whose prototype is a
 * stand-in: every graphology method and getter on it first fills the graph from the contents, puts the
 * real prototype back, and then runs. Until then nothing but the graph's own attributes (name,
 * description, roles) and its `order` and `size` is read without filling it. A caller sees the same
 * graph either way; a graph once filled is an ordinary graphology graph with no indirection left.
 *
 * Event listeners cannot be registered on an unfilled graph (`on` fills it first), so filling it never
 * emits to anyone; the view cache, which must not fill it, hooks its listeners in with
 * {@link afterGraphFilled}.
 *
 * @packageDocumentation
 */
import { MultiGraph } from "graphology";
import {
  DICTIONARY_ADJACENCY_MIN_TIES,
  emptyAdjacencyUses,
  prepareDictionaryAdjacency,
  recordTieUse,
} from "./adjacency.js";
import type { ActorAttributes, Ecosystem, EcosystemAttributes, TieAttributes } from "./graph-types.js";

/**
 * What an ecosystem holds, in document order, in typed arrays where it can: tie `t` joins
 * `actorIds[tieTails[t]]` to `actorIds[tieHeads[t]]` (positions in the document's actor list), as an
 * arc when `tieDirected[t]` is 1, of kind `tieKinds[t]`. A tie that holds more than its ends and kind has its whole attribute object in
 * `tieAttributes`; the others get `{ kind }` when the graph is filled ({@link tieAttributesAt}), so a
 * million plain ties cost no million objects until then.
 */
export interface EcosystemContents {
  readonly actorIds: readonly string[];
  readonly actors: readonly ActorAttributes[];
  readonly tieTails: Int32Array;
  readonly tieHeads: Int32Array;
  readonly tieDirected: Uint8Array;
  readonly tieKinds: readonly string[];
  /** By tie: its attributes where it holds more than a kind, else a hole; `null` when none does. */
  readonly tieAttributes: readonly (TieAttributes | undefined)[] | null;
}

/** The graphology attributes of tie `t`. */
export function tieAttributesAt(contents: EcosystemContents, t: number): TieAttributes {
  return contents.tieAttributes?.[t] ?? { kind: contents.tieKinds[t]! };
}

interface Pending {
  readonly contents: EcosystemContents;
  readonly afterFilled: (() => void)[];
}

const pending = new WeakMap<Ecosystem, Pending>();

/** Graph-level reads that the unfilled graph answers itself: its attributes are set at creation. */
const ANSWERED_UNFILLED = new Set<PropertyKey>([
  "constructor",
  "getAttribute",
  "getAttributes",
  "hasAttribute",
]);

function fill(graph: Ecosystem, contents: EcosystemContents): void {
  const { actorIds, actors, tieTails, tieHeads, tieDirected } = contents;
  for (let i = 0; i < actorIds.length; i++) graph.addNode(actorIds[i]!, actors[i]);
  const tieCount = tieTails.length;
  if (tieCount >= DICTIONARY_ADJACENCY_MIN_TIES) {
    const uses = emptyAdjacencyUses();
    for (let t = 0; t < tieCount; t++)
      recordTieUse(uses, actorIds[tieTails[t]!]!, actorIds[tieHeads[t]!]!, tieDirected[t] === 1);
    prepareDictionaryAdjacency(graph, uses);
  }
  for (let t = 0; t < tieCount; t++) {
    const source = actorIds[tieTails[t]!]!;
    const target = actorIds[tieHeads[t]!]!;
    if (tieDirected[t] === 1) graph.addDirectedEdge(source, target, tieAttributesAt(contents, t));
    else graph.addUndirectedEdge(source, target, tieAttributesAt(contents, t));
  }
}

/** What an {@link UnfilledRead} returns when it cannot answer: the graph is filled and graphology answers. */
const FILL = Symbol("fill");

/** A read the unfilled graph answers from its contents, or {@link FILL}. */
type UnfilledRead = (state: Pending, args: readonly unknown[]) => unknown;

/**
 * Reads of actors that the unfilled graph answers from its contents, with the very attribute objects
 * the filled graph would hold (`addNode` keeps the object it is given), in the same order: an analysis
 * that reads roles, attributes and labels then never pays the fill. Anything else (an id that is not
 * an actor, unexpected arguments) fills the graph and lets graphology answer or throw.
 */
const UNFILLED_READS: ReadonlyMap<PropertyKey, UnfilledRead> = new Map<PropertyKey, UnfilledRead>([
  ["getNodeAttributes", (state, args) => (args.length === 1 ? (actorOf(state, args[0]) ?? FILL) : FILL)],
  [
    "getNodeAttribute",
    (state, args) => {
      const actor = args.length === 2 ? actorOf(state, args[0]) : undefined;
      return actor === undefined ? FILL : (actor as unknown as Record<string, unknown>)[String(args[1])];
    },
  ],
  ["hasNode", (state, args) => (args.length === 1 && actorOf(state, args[0]) !== undefined ? true : FILL)],
  [
    "forEachNode",
    (state, args) => {
      const callback = args[0];
      if (args.length !== 1 || typeof callback !== "function") return FILL;
      const { actorIds, actors } = state.contents;
      for (let i = 0; i < actorIds.length; i++) callback(actorIds[i], actors[i]);
      return undefined;
    },
  ],
]);

/** The attributes of an actor in the contents, or `undefined` when `node` is not an actor. */
function actorOf(state: Pending, node: unknown): ActorAttributes | undefined {
  const i = positionsOf(state.contents.actorIds).get(String(node));
  return i === undefined ? undefined : state.contents.actors[i];
}

/** Fills `graph` from its contents if it is still unfilled, and restores its real prototype. */
function fillNow(graph: Ecosystem): void {
  const state = pending.get(graph);
  if (state === undefined) return;
  pending.delete(graph);
  Object.setPrototypeOf(graph, MultiGraph.prototype);
  fill(graph, state.contents);
  for (const callback of state.afterFilled) callback();
}

type GraphMethod = (this: Ecosystem, ...args: unknown[]) => unknown;

/**
 * Calls `method` with exactly the arguments it was given: graphology reads `arguments.length` to tell
 * its overloads apart, so none may be added, and none of its methods takes more than five.
 */
function callWithArguments(method: GraphMethod, self: Ecosystem, args: readonly unknown[]): unknown {
  const [a, b, c, d, e, f] = args;
  switch (args.length) {
    case 0:
      return method.call(self);
    case 1:
      return method.call(self, a);
    case 2:
      return method.call(self, a, b);
    case 3:
      return method.call(self, a, b, c);
    case 4:
      return method.call(self, a, b, c, d);
    case 5:
      return method.call(self, a, b, c, d, e);
    default:
      return method.call(self, a, b, c, d, e, f);
  }
}

/**
 * The stand-in prototype: inherits from `MultiGraph.prototype`, and shadows every method and getter
 * of its chain (graphology's and its event emitter's) by one that fills the graph first.
 */
function createStandInPrototype(): object {
  const standIn = Object.create(MultiGraph.prototype) as object;
  for (
    let level: object | null = MultiGraph.prototype;
    level !== null && level !== Object.prototype;
    level = Object.getPrototypeOf(level) as object | null
  ) {
    for (const key of Reflect.ownKeys(level)) {
      if (ANSWERED_UNFILLED.has(key) || Object.hasOwn(standIn, key)) continue;
      const descriptor = Object.getOwnPropertyDescriptor(level, key)!;
      const method: unknown = descriptor.value;
      const getter = descriptor.get;
      const read = UNFILLED_READS.get(key);
      if (typeof method === "function" && read !== undefined) {
        Object.defineProperty(standIn, key, {
          configurable: true,
          writable: true,
          value(this: Ecosystem, ...args: unknown[]): unknown {
            const state = pending.get(this);
            const answer = state === undefined ? FILL : read(state, args);
            if (answer !== FILL) return answer;
            fillNow(this);
            return callWithArguments(method as GraphMethod, this, args);
          },
        });
      } else if (typeof method === "function") {
        Object.defineProperty(standIn, key, {
          configurable: true,
          writable: true,
          value(this: Ecosystem, ...args: unknown[]): unknown {
            fillNow(this);
            return callWithArguments(method as GraphMethod, this, args);
          },
        });
      } else if (getter !== undefined) {
        Object.defineProperty(standIn, key, {
          configurable: true,
          get(this: Ecosystem): unknown {
            fillNow(this);
            return getter.call(this);
          },
        });
      }
    }
  }
  return standIn;
}

let standInPrototype: object | null = null;

/** The instance getters graphology defines in its constructor, that read the graph's own indexes. */
const INSTANCE_GETTERS = [
  "order",
  "size",
  "directedSize",
  "undirectedSize",
  "selfLoopCount",
  "directedSelfLoopCount",
  "undirectedSelfLoopCount",
] as const;

/**
 * Creates the ecosystem's graph with `attributes` set and its actors and ties to come: the graph is
 * filled from `contents` when first used (see the file comment). `contents` must not change afterwards.
 */
export function createDeferredGraph(attributes: EcosystemAttributes, contents: EcosystemContents): Ecosystem {
  const graph: Ecosystem = new MultiGraph<ActorAttributes, TieAttributes, EcosystemAttributes>({
    type: "mixed",
    allowSelfLoops: false,
  });
  graph.replaceAttributes(attributes);
  for (const name of INSTANCE_GETTERS) {
    const getter = Object.getOwnPropertyDescriptor(graph, name)?.get;
    if (getter === undefined) continue;
    const unfilledAnswer =
      name === "order" ? contents.actorIds.length : name === "size" ? contents.tieTails.length : null;
    Object.defineProperty(graph, name, {
      configurable: true,
      enumerable: true,
      get(): unknown {
        if (unfilledAnswer !== null && pending.has(graph)) return unfilledAnswer;
        fillNow(graph);
        return getter.call(graph);
      },
    });
  }
  standInPrototype ??= createStandInPrototype();
  Object.setPrototypeOf(graph, standInPrototype);
  pending.set(graph, { contents, afterFilled: [] });
  return graph;
}

/**
 * The contents of an ecosystem whose graph is not filled yet, else `undefined` (the graph itself is
 * then the truth: it may have been changed since).
 */
export function unfilledContents(eco: Ecosystem): EcosystemContents | undefined {
  return pending.get(eco)?.contents;
}

/**
 * The contents of a filled graph (which may have changed since it was filled), read once in its order
 * (nodes, then edges as `forEachEdge` gives them) with its own attribute objects: a graph filled on
 * first use from them has the same view. O(n + m).
 */
export function contentsOfGraph(eco: Ecosystem): EcosystemContents {
  const actorIds: string[] = [];
  const actors: ActorAttributes[] = [];
  eco.forEachNode((id, actor) => {
    actorIds.push(id);
    actors.push(actor);
  });
  const position = positionsOf(actorIds);
  const tieCount = eco.size;
  const tieTails = new Int32Array(tieCount);
  const tieHeads = new Int32Array(tieCount);
  const tieDirected = new Uint8Array(tieCount);
  const tieKinds: string[] = [];
  const tieAttributes: TieAttributes[] = [];
  eco.forEachEdge((_edge, tie, source, target, _sa, _ta, undirected) => {
    const t = tieKinds.length;
    tieTails[t] = position.get(source)!;
    tieHeads[t] = position.get(target)!;
    if (!undirected) tieDirected[t] = 1;
    tieKinds.push(tie.kind);
    tieAttributes.push(tie);
  });
  return { actorIds, actors, tieTails, tieHeads, tieDirected, tieKinds, tieAttributes };
}

const positionsByActorList = new WeakMap<readonly string[], ReadonlyMap<string, number>>();

/**
 * Actor id → its position in `actorIds`, built once per list and kept with it: the unfilled graph's
 * attribute reads and the woven copies (which share their base's list) use the same index.
 */
function positionsOf(actorIds: readonly string[]): ReadonlyMap<string, number> {
  let position = positionsByActorList.get(actorIds);
  if (position === undefined) {
    const map = new Map<string, number>();
    for (let i = 0; i < actorIds.length; i++) map.set(actorIds[i]!, i);
    position = map;
    positionsByActorList.set(actorIds, position);
  }
  return position;
}

/**
 * New contents: those given (never changed) and, after their ties, an undirected tie of kind `kind`
 * (no weight, no dates) between each pair of actor ids, in order. O(n + m) copies.
 */
export function contentsWithTies(
  contents: EcosystemContents,
  pairs: readonly (readonly [string, string])[],
  kind: string,
): EcosystemContents {
  const position = positionsOf(contents.actorIds);
  const before = contents.tieTails.length;
  const tieCount = before + pairs.length;
  const tieTails = new Int32Array(tieCount);
  const tieHeads = new Int32Array(tieCount);
  const tieDirected = new Uint8Array(tieCount);
  tieTails.set(contents.tieTails);
  tieHeads.set(contents.tieHeads);
  tieDirected.set(contents.tieDirected);
  const tieKinds = contents.tieKinds.slice();
  for (let p = 0; p < pairs.length; p++) {
    const [source, target] = pairs[p]!;
    tieTails[before + p] = position.get(source)!;
    tieHeads[before + p] = position.get(target)!;
    tieKinds.push(kind);
  }
  let tieAttributes: (TieAttributes | undefined)[] | null = null;
  if (contents.tieAttributes !== null) {
    tieAttributes = contents.tieAttributes.slice();
    tieAttributes.length = tieCount;
  }
  return {
    actorIds: contents.actorIds,
    actors: contents.actors,
    tieTails,
    tieHeads,
    tieDirected,
    tieKinds,
    tieAttributes,
  };
}

/** Runs `callback` once the graph is filled: at once when it is, or right after it gets filled. */
export function afterGraphFilled(eco: Ecosystem, callback: () => void): void {
  const state = pending.get(eco);
  if (state === undefined) callback();
  else state.afterFilled.push(callback);
}
