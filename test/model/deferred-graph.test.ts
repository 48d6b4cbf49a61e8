import { MultiGraph } from "graphology";
import { describe, expect, it } from "vitest";
import {
  createEcosystem,
  type Ecosystem,
  type EcosystemData,
  ecosystemRoles,
  getView,
  toEcosystemData,
} from "../../src/index.js";
import { unfilledContents } from "../../src/model/deferred-graph.js";

const data: EcosystemData = {
  name: "Deferred",
  roles: [{ id: "host", label: "Host" }],
  actors: [
    { id: "c", role: "host", label: "Cee", attributes: { region: "Uusimaa", themes: ["a", "b"] } },
    { id: "a", role: "funder" },
    { id: "b", role: "developer" },
    { id: "d", role: "developer" },
  ],
  ties: [
    { source: "a", target: "b", kind: "funding", amount: 5, since: "2022-01-01" },
    { source: "b", target: "a", kind: "collaboration", weight: 2 },
    { source: "b", target: "c", kind: "training", directed: false },
    { source: "c", target: "a", kind: "information", directed: true, weight: 0.5 },
  ],
};

/** The graph as graphology would hold it, built here directly, edge by edge, in document order. */
function builtByHand(): MultiGraph {
  const graph = new MultiGraph({ type: "mixed", allowSelfLoops: false });
  graph.replaceAttributes({ name: "Deferred", roles: [{ id: "host", label: "Host" }] });
  for (const { id, ...rest } of data.actors) graph.addNode(id, rest);
  graph.addDirectedEdge("a", "b", { kind: "funding", amount: 5, since: "2022-01-01" });
  graph.addUndirectedEdge("b", "a", { kind: "collaboration", weight: 2 });
  graph.addUndirectedEdge("b", "c", { kind: "training", directed: false });
  graph.addDirectedEdge("c", "a", { kind: "information", directed: true, weight: 0.5 });
  return graph;
}

/** Nodes and edges with attributes and ends, in order, without graphology's generated edge keys. */
function contentOf(graph: MultiGraph | Ecosystem): unknown {
  const nodes: unknown[] = [];
  graph.forEachNode((id, attributes) => nodes.push([id, attributes]));
  const edges: unknown[] = [];
  graph.forEachEdge((_key, attributes, source, target, _s, _t, undirected) =>
    edges.push([source, target, undirected, attributes]),
  );
  return { nodes, edges, attributes: graph.getAttributes() };
}

describe("the deferred graphology graph", () => {
  it("builds the default view, order, size and graph attributes without filling the graph", () => {
    const eco = createEcosystem(data);
    const view = getView(eco);
    expect(view.ids).toEqual(["a", "b", "c", "d"]);
    expect(view.tieCount).toBe(4);
    expect(eco.order).toBe(4);
    expect(eco.size).toBe(4);
    expect(eco.getAttribute("name")).toBe("Deferred");
    expect(ecosystemRoles(eco).get("host")?.label).toBe("Host");
    expect(eco).toBeInstanceOf(MultiGraph);
    expect(unfilledContents(eco)).toBeDefined();
  });

  it("holds, once read, exactly the graph built tie by tie", () => {
    const eco = createEcosystem(data);
    getView(eco, { directed: true });
    expect(contentOf(eco)).toEqual(contentOf(builtByHand()));
    expect(unfilledContents(eco)).toBeUndefined();
    expect(eco.directedSize).toBe(2);
    expect(toEcosystemData(eco)).toEqual(data);
  });

  it("gives the same views read from its contents as from the filled graph", () => {
    for (const options of [
      {},
      { directed: true },
      { kinds: ["funding", "training"] },
      { at: "2021-06-01" },
      { directed: true, kinds: ["funding", "information"], at: "2023-01-01" },
      { directed: true, at: "2021-06-01" },
    ]) {
      const deferred = getView(createEcosystem(data), options);
      const filled = createEcosystem(data);
      filled.nodes();
      expect(deferred).toEqual(getView(filled, options));
    }
  });

  it("tells listeners of changes after it is filled, never of the filling itself", () => {
    const eco = createEcosystem(data);
    const added: string[] = [];
    eco.on("nodeAdded", ({ key }: { key: string }) => added.push(key));
    expect(added).toEqual([]);
    eco.addNode("e", { role: "developer" });
    expect(added).toEqual(["e"]);
  });

  it("drops a view cached before filling when the graph changes afterwards", () => {
    const eco = createEcosystem(data);
    const before = getView(eco);
    expect(before.order).toBe(4);
    eco.addUndirectedEdge("d", "a", { kind: "collaboration" });
    const after = getView(eco);
    expect(after).not.toBe(before);
    expect(after.targets[after.offsets[3]!]).toBe(0);
    expect(after.tieCount).toBe(5);
  });

  it("keeps no tie of the document that changes after creation", () => {
    const copy = structuredClone(data);
    const eco = createEcosystem(copy);
    copy.ties[0]!.kind = "information";
    copy.actors[0]!.role = "developer";
    expect(eco.getEdgeAttribute(eco.edges("a", "b")[0]!, "kind")).toBe("funding");
    expect(eco.getNodeAttribute("c", "role")).toBe("host");
  });

  it("answers reads of actors from its contents, with the objects the filled graph holds, without filling", () => {
    const eco = createEcosystem(data);
    const seen: [string, unknown][] = [];
    eco.forEachNode((id, attributes) => seen.push([id, attributes]));
    const cee = eco.getNodeAttributes("c");
    expect(eco.getNodeAttribute("c", "label")).toBe("Cee");
    expect(eco.getNodeAttribute("a", "label")).toBeUndefined();
    expect(eco.hasNode("d")).toBe(true);
    expect(unfilledContents(eco)).toBeDefined();
    // Once filled, graphology holds the very same attribute objects, in the same order.
    expect(eco.size).toBe(4);
    expect(eco.edges()).toHaveLength(4);
    expect(unfilledContents(eco)).toBeUndefined();
    expect(eco.getNodeAttributes("c")).toBe(cee);
    const after: [string, unknown][] = [];
    eco.forEachNode((id, attributes) => after.push([id, attributes]));
    expect(after.map(([id]) => id)).toEqual(seen.map(([id]) => id));
    for (let i = 0; i < after.length; i++) expect(after[i]![1]).toBe(seen[i]![1]);
  });

  it("fills the graph and lets graphology answer for an id that is not an actor", () => {
    const eco = createEcosystem(data);
    expect(eco.hasNode("zz")).toBe(false);
    expect(unfilledContents(eco)).toBeUndefined();
    const other = createEcosystem(data);
    expect(() => other.getNodeAttributes("zz")).toThrow(/could not find the "zz" node/);
  });
});
