/**
 * A plain graphology graph built from an analysis view, for the graphology algorithms ecoweave calls
 * (graphology-metrics). Those must run on a simple, loop-free graph:
 * graphology-indices miscounts neighbours on multigraphs.
 */
import { DirectedGraph, UndirectedGraph } from "graphology";
import type Graph from "graphology-types";

/** What the builder reads from an analysis view (structurally; internal/ sits below model/). */
export interface SimpleGraphSource {
  readonly directed: boolean;
  readonly ids: readonly string[];
  readonly order: number;
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  readonly weights: Float64Array;
}

/** Edge attributes of the simple graph: the summed strength of the collapsed ties. */
export interface SimpleEdgeAttributes {
  weight: number;
}

/** A simple graph whose node keys are actor ids and whose node order is the view's dense order. */
export type SimpleGraph = Graph<Record<string, never>, SimpleEdgeAttributes>;

const built = new WeakMap<SimpleGraphSource, SimpleGraph>();

/**
 * The simple graph of `view`: `UndirectedGraph` for an undirected view, `DirectedGraph` otherwise, one
 * edge per adjacent pair (or arc) carrying its summed `weight`. Node order equals the view's, so
 * graphology's indices agree with the view's dense indices. Built once per view (views are cached
 * and immutable) and never handed to callers, so nothing can mutate it. O(n + m).
 */
export function simpleGraphOf(view: SimpleGraphSource): SimpleGraph {
  const cached = built.get(view);
  if (cached !== undefined) return cached;
  const options = { multi: false, allowSelfLoops: false } as const;
  const graph: SimpleGraph = view.directed
    ? new DirectedGraph<Record<string, never>, SimpleEdgeAttributes>(options)
    : new UndirectedGraph<Record<string, never>, SimpleEdgeAttributes>(options);
  const { ids, offsets, targets, weights, order, directed } = view;
  for (let i = 0; i < order; i++) graph.addNode(ids[i]!);
  for (let u = 0; u < order; u++) {
    const source = ids[u]!;
    for (let k = offsets[u]!, end = offsets[u + 1]!; k < end; k++) {
      const v = targets[k]!;
      // An undirected view lists each edge at both ends: add it once, from its smaller index.
      if (!directed && v < u) continue;
      graph.addEdge(source, ids[v]!, { weight: weights[k]! });
    }
  }
  built.set(view, graph);
  return graph;
}

/** Edge weight getter for graphology calls: the summed strength. */
export function strengthOf(_edge: string, attributes: SimpleEdgeAttributes): number {
  return attributes.weight;
}
