/**
 * Results back onto a graph: the equivalent of graphology-metrics' `.assign` and NetworkX's
 * `set_node_attributes`, for any per-actor result ecoweave returns.
 *
 * @packageDocumentation
 */
import type Graph from "graphology";
import { checkOptionKeys, describeValue, optionKeys } from "../model/check-arguments.js";
import { checkOptionType } from "../model/check-inputs.js";
import { EcoweaveError, InvalidOptionError } from "../model/errors.js";
import { didYouMeanMessage } from "../model/issue-messages.js";
import {
  mustBeBare,
  mustBeGot,
  optionError,
  ruleAssignName,
  ruleMapOrRecord,
} from "../model/option-errors.js";
import { RESERVED_IDS } from "../model/schema.js";
import { OPTION_ASSIGN_UNKNOWN } from "../text/catalogues/en/options.js";

/** A value {@link assignTo} writes: what per-actor results hold. */
export type AssignedValue = number | string | boolean;

/** A per-actor result: a Map or a record from actor id to value. */
export type PerActorResult = ReadonlyMap<string, AssignedValue> | Readonly<Record<string, AssignedValue>>;

/** Options of {@link assignTo}. */
export interface AssignToOptions {
  /**
   * Write onto `graph` itself instead of a copy.
   * @defaultValue `false`
   */
  inPlace?: boolean;
}

const ASSIGN_TO_OPTION_KEYS = optionKeys<AssignToOptions>({ inPlace: true });

/** The defaults of {@link AssignToOptions}. */
export const ASSIGN_TO_DEFAULTS: Readonly<Required<AssignToOptions>> = Object.freeze({ inPlace: false });

/**
 * Writes a per-actor result (a measure's `Map`, a record of community names, …) as the node
 * attribute `attribute` of a copy of `graph`, for sigma.js, graphology-gexf or any graphology tool.
 *
 * @remarks
 * The copy is `graph.copy()` (same type, every node, edge and attribute), so the caller's graph and
 * an ecosystem's actors stay as they were unless `inPlace` is set. Actors absent from the result
 * keep their attributes (and have no `attribute` unless they had it). Time complexity: O(n + m + k)
 * for the copy and k result entries; O(k) in place.
 *
 * @param graph - a graphology graph, e.g. an ecosystem.
 * @param result - actor id → value; every id must be a node of `graph`.
 * @param attribute - the node attribute to set (not empty, not an `Object.prototype` member).
 * @param options - see {@link AssignToOptions}.
 * @returns the copy with the attribute set (or `graph` itself when `inPlace`).
 * @throws {@link InvalidOptionError} for an empty or reserved attribute name, a result that is
 * neither a Map nor a plain record, or an id that names no node (with the closest id).
 * @throws {@link EcoweaveError} `invalid_argument` when `graph` is not a graphology graph; {@link InvalidOptionError} for an unknown option.
 * @example
 * const graph = assignTo(eco, degreeCentrality(eco), "degree");
 * graph.getNodeAttribute("f1", "degree"); // f1's degree centrality; eco is unchanged
 * @category Graphology
 */
export function assignTo<G extends Graph>(
  graph: G,
  result: PerActorResult,
  attribute: string,
  options: AssignToOptions = {},
): G {
  if (
    graph === null ||
    typeof graph !== "object" ||
    typeof (graph as Partial<Graph>).hasNode !== "function"
  ) {
    throw new EcoweaveError(
      "invalid_argument",
      `assignTo: graph must be a graphology graph (an ecosystem, say), got ${describeValue(graph)}`,
    );
  }
  checkOptionKeys("assignTo", options, ASSIGN_TO_OPTION_KEYS);
  checkOptionType("assignTo", "inPlace", options.inPlace, "boolean");
  if (typeof attribute !== "string" || attribute === "" || RESERVED_IDS.has(attribute)) {
    throw mustBeGot("assignTo", "attribute", String(JSON.stringify(attribute)), ruleAssignName());
  }
  const isMap = result instanceof Map;
  if (!isMap && (typeof result !== "object" || result === null || Array.isArray(result))) {
    throw mustBeBare("assignTo", "result", ruleMapOrRecord());
  }
  const entries: Iterable<[string, AssignedValue]> = isMap
    ? (result as ReadonlyMap<string, AssignedValue>).entries()
    : Object.entries(result as Readonly<Record<string, AssignedValue>>);
  const checked: [string, AssignedValue][] = [];
  for (const [id, value] of entries) {
    if (!graph.hasNode(id)) {
      throw optionError("options.assignUnknown", OPTION_ASSIGN_UNKNOWN, {
        fn: "assignTo",
        id: JSON.stringify(id),
        hint: didYouMeanMessage(id, graph.nodes()),
      });
    }
    checked.push([id, value]);
  }
  const target = (options.inPlace ?? ASSIGN_TO_DEFAULTS.inPlace) ? graph : (graph.copy() as G);
  for (const [id, value] of checked) target.setNodeAttribute(id, attribute, value);
  return target;
}
