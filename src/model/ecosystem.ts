/**
 * The in-memory ecosystem: a graphology `MultiGraph` (type `mixed`) built from a validated document,
 * and the way back to the document.
 *
 * @packageDocumentation
 */
import { afterGraphFilled, createDeferredGraph } from "./deferred-graph.js";
import { EcosystemValidationError } from "./errors.js";
import type { ActorAttributes, Ecosystem, EcosystemAttributes, TieAttributes } from "./graph-types.js";
import { type TieEnds, validTieEnds } from "./quick-check.js";
import { isTieDirected, resolveRoles } from "./roles.js";
import type { Actor, AttributeValue, EcosystemData, Role, Tie } from "./schema.js";
import { validateWithSchema } from "./validate.js";

export type { ActorAttributes, Ecosystem, EcosystemAttributes, TieAttributes } from "./graph-types.js";

function copyAttributes(attributes: Record<string, AttributeValue>): Record<string, AttributeValue> {
  const copy: Record<string, AttributeValue> = {};
  for (const [key, value] of Object.entries(attributes))
    copy[key] = Array.isArray(value) ? [...value] : value;
  return copy;
}

function actorAttributes(actor: Actor): ActorAttributes {
  const attributes: ActorAttributes = { role: actor.role };
  if (actor.label !== undefined) attributes.label = actor.label;
  if (actor.attributes !== undefined) attributes.attributes = copyAttributes(actor.attributes);
  return attributes;
}

function tieAttributes(tie: Omit<Tie, "source" | "target">): TieAttributes {
  const attributes: TieAttributes = { kind: tie.kind };
  if (tie.directed !== undefined) attributes.directed = tie.directed;
  if (tie.weight !== undefined) attributes.weight = tie.weight;
  if (tie.amount !== undefined) attributes.amount = tie.amount;
  if (tie.since !== undefined) attributes.since = tie.since;
  if (tie.until !== undefined) attributes.until = tie.until;
  if (tie.attributes !== undefined) attributes.attributes = copyAttributes(tie.attributes);
  return attributes;
}

/** The ends of a valid document's ties as positions in its actor list. O(n + m). */
function tieEndsOf(data: EcosystemData): TieEnds {
  const position = new Map<string, number>();
  for (let i = 0; i < data.actors.length; i++) position.set(data.actors[i]!.id, i);
  const tails = new Int32Array(data.ties.length);
  const heads = new Int32Array(data.ties.length);
  for (let t = 0; t < data.ties.length; t++) {
    const tie = data.ties[t]!;
    tails[t] = position.get(tie.source)!;
    heads[t] = position.get(tie.target)!;
  }
  return { tails, heads };
}

/**
 * Builds the ecosystem of a document already known to be valid: its actors and ties are copied once
 * into the ecosystem's contents, from which the analysis view is read; the graphology graph is filled
 * from them when first used (see `deferred-graph.ts`).
 */
export function buildEcosystem(data: EcosystemData): Ecosystem {
  return buildIndexedEcosystem(data, tieEndsOf(data));
}

/**
 * {@link buildEcosystem} with the tie ends already found (by the one-pass check of a valid document):
 * the ties go into typed arrays, with an attribute object only for a tie that holds more than its
 * ends and kind, so a million plain ties cost no million objects.
 * @internal
 */
export function buildIndexedEcosystem(data: EcosystemData, ends: TieEnds): Ecosystem {
  const attributes: EcosystemAttributes = {};
  if (data.name !== undefined) attributes.name = data.name;
  if (data.description !== undefined) attributes.description = data.description;
  if (data.roles !== undefined) {
    attributes.roles = data.roles.map((role) => ({
      ...role,
      ...(role.needs ? { needs: [...role.needs] } : {}),
    }));
  }
  const actorCount = data.actors.length;
  const actorIds = new Array<string>(actorCount);
  const actors = new Array<ActorAttributes>(actorCount);
  for (let i = 0; i < actorCount; i++) {
    const actor = data.actors[i]!;
    actorIds[i] = actor.id;
    actors[i] = actorAttributes(actor);
  }
  const tieCount = data.ties.length;
  const tieDirected = new Uint8Array(tieCount);
  const tieKinds = new Array<string>(tieCount);
  let attributesByTie: (TieAttributes | undefined)[] | null = null;
  for (let t = 0; t < tieCount; t++) {
    const tie = data.ties[t]!;
    tieKinds[t] = tie.kind;
    if (isTieDirected(tie)) tieDirected[t] = 1;
    // Only a tie with more than its ends and kind needs an object of its own.
    for (const key in tie) {
      if (key !== "source" && key !== "target" && key !== "kind") {
        attributesByTie ??= new Array<TieAttributes | undefined>(tieCount);
        attributesByTie[t] = tieAttributes(tie);
        break;
      }
    }
  }
  return createDeferredGraph(attributes, {
    actorIds,
    actors,
    tieTails: ends.tails,
    tieHeads: ends.heads,
    tieDirected,
    tieKinds,
    tieAttributes: attributesByTie,
  });
}

/**
 * Validates an ecosystem document and builds its graph.
 *
 * @remarks
 * The result is a graphology `MultiGraph` of type `mixed`: actors are nodes keyed by id, ties are
 * directed or undirected edges (by the tie's `directed` flag, else its kind: `funding` and `training`
 * are directed). Several ties may join the same pair. Nothing is coerced or dropped.
 * The actors and ties are copied once; the analysis view every measure reads is built from that copy
 * in typed arrays, and the graphology graph is filled from it when a graphology method is first
 * called on it (its `order`, `size` and graph attributes are answered before). Time O(n + m) for the
 * copy; filling the graph costs graphology's O(n + m) with a few microseconds per tie.
 *
 * @param input - an `EcosystemData` document, typically parsed JSON.
 * @returns the ecosystem graph.
 * @throws {@link EcosystemValidationError} listing every problem with its JSON path.
 * @example
 * const eco = createEcosystem({
 *   actors: [{ id: "f1", role: "funder" }, { id: "d1", role: "developer" }],
 *   ties: [{ source: "f1", target: "d1", kind: "funding", amount: 250000 }],
 * });
 * eco.order; // 2
 * @category Model
 */
export function createEcosystem(input: unknown): Ecosystem {
  const ends = validTieEnds(input);
  if (ends !== null) return buildIndexedEcosystem(input as EcosystemData, ends);
  const result = validateWithSchema(input);
  if (!result.ok) throw new EcosystemValidationError(result.issues, undefined, result);
  return buildEcosystem(result.data);
}

/**
 * The document of an ecosystem: `createEcosystem(toEcosystemData(eco))` rebuilds an equal ecosystem.
 *
 * @remarks
 * Actors and ties come in the graph's insertion order; a tie's `directed` field appears only where
 * it was given. The result shares no objects with the graph.
 * @category Model
 */
export function toEcosystemData(eco: Ecosystem): EcosystemData {
  return documentOf(eco, null);
}

/**
 * The document of the sub-ecosystem of `keep`: those actors and the ties between two of them, with
 * the ecosystem's name, description and roles (see {@link toEcosystemData}). O(n + m). @internal
 */
export function subEcosystemData(eco: Ecosystem, keep: ReadonlySet<string>): EcosystemData {
  return documentOf(eco, keep);
}

function documentOf(eco: Ecosystem, keep: ReadonlySet<string> | null): EcosystemData {
  const graphAttributes = eco.getAttributes();
  const data: EcosystemData = { actors: [], ties: [] };
  if (graphAttributes.name !== undefined) data.name = graphAttributes.name;
  if (graphAttributes.description !== undefined) data.description = graphAttributes.description;
  if (graphAttributes.roles !== undefined) {
    data.roles = graphAttributes.roles.map((role) => ({
      ...role,
      ...(role.needs ? { needs: [...role.needs] } : {}),
    }));
  }
  eco.forEachNode((id, attributes) => {
    if (keep !== null && !keep.has(id)) return;
    const actor: Actor = { id, role: attributes.role };
    if (attributes.label !== undefined) actor.label = attributes.label;
    if (attributes.attributes !== undefined) actor.attributes = copyAttributes(attributes.attributes);
    data.actors.push(actor);
  });
  eco.forEachEdge((_edge, attributes, source, target) => {
    if (keep !== null && !(keep.has(source) && keep.has(target))) return;
    data.ties.push({ source, target, ...tieAttributes(attributes) });
  });
  return data;
}

/**
 * The roles in force in an ecosystem: the built-ins, overridden or extended by declared roles.
 * @category Model
 */
export function ecosystemRoles(eco: Ecosystem): Map<string, Role> {
  return resolveRoles(eco.getAttribute("roles"));
}

const NODE_EVENTS = [
  "nodeAdded",
  "nodeDropped",
  "cleared",
  "nodeAttributesUpdated",
  "eachNodeAttributesUpdated",
] as const;

const distinctNames = new WeakMap<Ecosystem, Map<string, string>>();
const watched = new WeakSet<Ecosystem>();

/**
 * The names of the actors whose label another actor shares: `Label (Region)` when the actor's
 * `region` attribute is a string no other holder of the label has, else `Label (id)`.
 */
function sharedLabelNames(eco: Ecosystem): Map<string, string> {
  const holders = new Map<string, string[]>();
  eco.forEachNode((id, attributes) => {
    const label = (attributes as ActorAttributes).label;
    if (label === undefined) return;
    const ids = holders.get(label);
    if (ids === undefined) holders.set(label, [id]);
    else ids.push(id);
  });
  const names = new Map<string, string>();
  for (const [label, ids] of holders) {
    if (ids.length < 2) continue;
    const regionOf = (id: string): string | null => {
      const region = (eco.getNodeAttribute(id, "attributes") as ActorAttributes["attributes"])?.region;
      return typeof region === "string" && region !== "" ? region : null;
    };
    const regionCount = new Map<string, number>();
    for (const id of ids) {
      const region = regionOf(id);
      if (region !== null) regionCount.set(region, (regionCount.get(region) ?? 0) + 1);
    }
    for (const id of ids) {
      const region = regionOf(id);
      names.set(id, `${label} (${region !== null && regionCount.get(region) === 1 ? region : id})`);
    }
  }
  return names;
}

/**
 * The name of an actor in sentences and reports: its label, or its id when it has none. When other
 * actors share the label, the actor's region is added (`Label (Uusimaa)`), or its id where the region
 * does not tell them apart, so no sentence names two actors the same way.
 *
 * @remarks
 * The one place a label is resolved, so every finding names actors the same way. The shared labels
 * are found once per ecosystem (O(n)) and found again after any change to the actors; each call is
 * then O(1).
 * @param id - an actor of `eco` (graphology throws for an unknown id).
 * @internal
 */
export function actorLabel(eco: Ecosystem, id: string): string {
  const label = eco.getNodeAttribute(id, "label") ?? id;
  let names = distinctNames.get(eco);
  if (names === undefined) {
    names = sharedLabelNames(eco);
    distinctNames.set(eco, names);
    if (!watched.has(eco)) {
      watched.add(eco);
      const forget = () => distinctNames.delete(eco);
      // Listening fills a graph still unfilled; nothing can change it before it is filled.
      afterGraphFilled(eco, () => {
        for (const event of NODE_EVENTS) eco.on(event, forget);
      });
    }
  }
  return names.get(id) ?? label;
}
