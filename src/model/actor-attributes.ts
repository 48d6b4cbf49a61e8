/**
 * Actors' attributes read without filling the ecosystem's graphology graph.
 *
 * Why: an ecosystem from `createEcosystem` fills its graphology graph on the first graphology call
 * (see deferred-graph.ts), which costs seconds on 10⁵ actors and tens of seconds on 10⁶. Analyses that
 * only need roles, labels and attributes read them here: from the ecosystem's contents while the
 * graph is unfilled (the very objects the graph's nodes would get), from the graph once it is filled
 * (it may have been changed since).
 *
 * @packageDocumentation
 */
import { type EcosystemContents, unfilledContents } from "./deferred-graph.js";
import type { ActorAttributes, Ecosystem } from "./graph-types.js";

/** What is read of an analysis view: its ids by dense index (not imported: view.ts depends on this). */
interface ViewIds {
  readonly ids: readonly string[];
  readonly order: number;
}

const byIdOfContents = new WeakMap<EcosystemContents, ReadonlyMap<string, Readonly<ActorAttributes>>>();
const inViewOrder = new WeakMap<ViewIds, readonly Readonly<ActorAttributes>[]>();

function attributesById(contents: EcosystemContents): ReadonlyMap<string, Readonly<ActorAttributes>> {
  let byId = byIdOfContents.get(contents);
  if (byId === undefined) {
    const map = new Map<string, Readonly<ActorAttributes>>();
    for (let i = 0; i < contents.actorIds.length; i++) map.set(contents.actorIds[i]!, contents.actors[i]!);
    byId = map;
    byIdOfContents.set(contents, byId);
  }
  return byId;
}

/**
 * A reader of actors' attributes by id. O(n) on the first call for an unfilled ecosystem (an index of
 * its actors, kept with them), O(1) per read.
 * @throws the graph's error for an id that is not an actor of `eco`.
 * @internal
 */
export function actorAttributesReader(eco: Ecosystem): (id: string) => Readonly<ActorAttributes> {
  const contents = unfilledContents(eco);
  if (contents === undefined) return (id) => eco.getNodeAttributes(id);
  const byId = attributesById(contents);
  return (id) => {
    const attributes = byId.get(id);
    if (attributes === undefined) throw new Error(`ecoweave: no actor "${id}" in the ecosystem`);
    return attributes;
  };
}

/**
 * Every actor's attributes, by the view's dense index. While the graph is unfilled the list is kept
 * with the view, and is the contents' own list when the document's actors are in id order already
 * (as generated and exported documents are): O(1) then, else O(n) once.
 * @internal
 */
export function viewActorAttributes(eco: Ecosystem, view: ViewIds): readonly Readonly<ActorAttributes>[] {
  const contents = unfilledContents(eco);
  if (contents !== undefined) {
    const kept = inViewOrder.get(view);
    if (kept !== undefined) return kept;
    const ids = contents.actorIds;
    let list: readonly Readonly<ActorAttributes>[];
    if (ids.length === view.order && ids.every((id, i) => id === view.ids[i])) list = contents.actors;
    else {
      const read = actorAttributesReader(eco);
      list = view.ids.map(read);
    }
    inViewOrder.set(view, list);
    return list;
  }
  return view.ids.map((id) => eco.getNodeAttributes(id));
}

/**
 * Calls `visit` with each actor's id and attributes, in the graph's order (the document's for an
 * unfilled graph, as graphology's `forEachNode` would give them).
 * @internal
 */
export function forEachActor(
  eco: Ecosystem,
  visit: (id: string, attributes: Readonly<ActorAttributes>) => void,
): void {
  const contents = unfilledContents(eco);
  if (contents === undefined) {
    eco.forEachNode(visit);
    return;
  }
  for (let i = 0; i < contents.actorIds.length; i++) visit(contents.actorIds[i]!, contents.actors[i]!);
}
