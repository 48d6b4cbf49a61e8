/**
 * The types of the ecosystem graph: its node, edge and graph attributes, and the graph itself.
 *
 * @packageDocumentation
 */
import type { MultiGraph } from "graphology";
import type { AttributeValue, Role } from "./schema.js";

/** Node attributes: an actor without its id (the id is the node key). */
export interface ActorAttributes {
  label?: string;
  role: string;
  attributes?: Record<string, AttributeValue>;
}

/** Edge attributes: a tie without its ends (the ends are the edge's extremities). */
export interface TieAttributes {
  kind: string;
  /** Present only when the document set it; the edge's own type says whether it is directed. */
  directed?: boolean;
  weight?: number;
  amount?: number;
  since?: string;
  until?: string;
  /** What else the source said of the tie (a Kumu connection's label, description, tags). */
  attributes?: Record<string, AttributeValue>;
}

/** Graph attributes: the document's name, description and declared roles. */
export interface EcosystemAttributes {
  name?: string;
  description?: string;
  /** Roles declared by the document (the built-ins are implied). */
  roles?: Role[];
}

/**
 * An ecosystem: a graphology `MultiGraph` of type `mixed`, node key = actor id. It interoperates with
 * the graphology world (sigma.js, layouts, GEXF). ecoweave's functions never mutate it. One built by
 * `createEcosystem` fills its nodes and edges on first use of any graphology method: the measures
 * read the ecosystem's analysis view, built straight from the document, and never need to.
 */
export type Ecosystem = MultiGraph<ActorAttributes, TieAttributes, EcosystemAttributes>;
