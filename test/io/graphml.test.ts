// graphology-graphml 0.5.2 (dev dependency) parses what toGraphml writes; the nodes, edges and
// attributes it reads must be the ecosystem's, decoded with the shared XML column rules.
import { MultiGraph } from "graphology";
import { parse } from "graphology-graphml";
import { describe, expect, it } from "vitest";
import { escapeXml, toGraphml } from "../../src/io/graphml.js";
import { unflattenActor } from "../../src/io/xml-columns.js";
import { createEcosystem, toEcosystemData } from "../../src/model/ecosystem.js";
import type { EcosystemData } from "../../src/model/schema.js";
import { SAMPLE } from "./sample.js";

function readBack(text: string): EcosystemData {
  const graph = parse(MultiGraph, text);
  const meta = JSON.parse(String(graph.getAttribute("@ecoweave") ?? "{}")) as Partial<EcosystemData>;
  const data: EcosystemData = { ...meta, actors: [], ties: [] };
  graph.forEachNode((id, attributes) => {
    data.actors.push(unflattenActor(id, attributes, id, []) as EcosystemData["actors"][number]);
  });
  graph.forEachEdge((_edge, { undirected: _undirected, ...attributes }, source, target) => {
    data.ties.push({ source, target, ...attributes } as EcosystemData["ties"][number]);
  });
  return data;
}

describe("toGraphml", () => {
  it("writes the node of its doc-comment example", () => {
    expect(toGraphml(createEcosystem({ actors: [{ id: "f1", role: "funder" }], ties: [] }))).toContain(
      '<node id="f1">',
    );
  });

  it("is parsed by graphology-graphml back to the same actors, ties and attributes", () => {
    const eco = createEcosystem(SAMPLE);
    expect(readBack(toGraphml(eco))).toEqual(toEcosystemData(eco));
  });

  it("writes mixed ties as a directed graph, each undirected tie marked undirected=true", () => {
    const text = toGraphml(createEcosystem(SAMPLE));
    expect(text).toContain('edgedefault="directed"');
    expect(text).not.toMatch(/<edge [^>]*directed=/);
    const graph = parse(MultiGraph, text);
    expect(graph.type).toBe("directed");
    expect(graph.mapEdges((edge) => graph.getEdgeAttribute(edge, "undirected") !== true)).toEqual([
      true,
      true,
      false,
      true,
      false,
      false,
    ]);
  });

  it("writes a graph of undirected ties only as an undirected graph without the marker", () => {
    const text = toGraphml(
      createEcosystem({
        actors: [
          { id: "a", role: "developer" },
          { id: "b", role: "developer" },
        ],
        ties: [{ source: "a", target: "b", kind: "collaboration" }],
      }),
    );
    expect(text).toContain('edgedefault="undirected"');
    expect(text).not.toContain('<data key="e6">');
  });

  it("declares typed keys", () => {
    const text = toGraphml(createEcosystem(SAMPLE));
    expect(text).toContain('attr.name="budget" attr.type="double"');
    expect(text).toContain('attr.name="active" attr.type="boolean"');
    expect(text).toContain('attr.name="@json:themes" attr.type="string"');
    expect(text).toContain('<key id="e1" for="edge" attr.name="weight" attr.type="double"/>');
  });

  it("escapes < & \" ' > in ids, labels, attribute names and values", () => {
    const hostile = "<&\"'>";
    const eco = createEcosystem({
      actors: [
        {
          id: `a${hostile}`,
          label: `L${hostile}\r\n`,
          role: "funder",
          attributes: { [`k${hostile}`]: `v${hostile}` },
        },
        { id: "b", role: "developer" },
      ],
      ties: [{ source: `a${hostile}`, target: "b", kind: `kind${hostile}` }],
    });
    const text = toGraphml(eco);
    expect(text).toContain('<node id="a&lt;&amp;&quot;&apos;&gt;">');
    expect(readBack(text)).toEqual(toEcosystemData(eco));
  });
});

describe("escapeXml", () => {
  it("escapes the five XML specials and carriage returns", () => {
    expect(escapeXml("<&\"'>\r")).toBe("&lt;&amp;&quot;&apos;&gt;&#13;");
  });
});
