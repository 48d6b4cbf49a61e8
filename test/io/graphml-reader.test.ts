// fromGraphml reads back what toGraphml writes, reads GraphML as NetworkX writes it, and places
// every problem.
import { describe, expect, it } from "vitest";
import { sampleEcosystem } from "../../src/datasets/sample-ecosystem.js";
import { fromGexf, toGexf } from "../../src/io/gexf.js";
import { toGraphml } from "../../src/io/graphml.js";
import { fromGraphml } from "../../src/io/graphml-reader.js";
import { createEcosystem, toEcosystemData } from "../../src/model/ecosystem.js";
import { EcosystemValidationError } from "../../src/model/errors.js";
import { SAMPLE } from "./sample.js";

function issuesOf(text: string) {
  try {
    fromGraphml(text);
  } catch (error) {
    if (error instanceof EcosystemValidationError) return error.issues;
    throw error;
  }
  throw new Error("no error");
}

const HEAD = '<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">';

describe("fromGraphml", () => {
  it("reads back the document toGraphml wrote, for the hand-made and the bundled sample", () => {
    for (const eco of [createEcosystem(SAMPLE), sampleEcosystem()]) {
      expect(toEcosystemData(fromGraphml(toGraphml(eco)))).toEqual(toEcosystemData(eco));
    }
  });

  it("reads an ecosystem of undirected ties only, written as an undirected graph", () => {
    const eco = createEcosystem({
      actors: [
        { id: "a", role: "developer" },
        { id: "b", role: "upskiller" },
      ],
      ties: [{ source: "a", target: "b", kind: "collaboration", weight: 2 }],
    });
    expect(toEcosystemData(fromGraphml(toGraphml(eco)))).toEqual(toEcosystemData(eco));
  });

  it("reads GraphML as NetworkX writes it: per-edge direction, True/False booleans, defaults", () => {
    const text = `${HEAD}
  <key id="d0" for="node" attr.name="role" attr.type="string"><default>developer</default></key>
  <key id="d1" for="node" attr.name="active" attr.type="boolean"/>
  <key id="d2" for="node" attr.name="founded" attr.type="long"/>
  <key id="d3" for="edge" attr.name="kind" attr.type="string"/>
  <graph edgedefault="undirected">
    <node id="f"><data key="d0">funder</data><data key="d1">True</data><data key="d2">1990</data></node>
    <node id="d"/>
    <edge source="f" target="d" directed="true"><data key="d3">collaboration</data></edge>
    <edge source="f" target="d"><data key="d3">funding</data></edge>
  </graph></graphml>`;
    expect(toEcosystemData(fromGraphml(text))).toEqual({
      actors: [
        { id: "f", role: "funder", attributes: { active: true, founded: 1990 } },
        { id: "d", role: "developer" },
      ],
      ties: [
        { source: "f", target: "d", kind: "collaboration", directed: true },
        { source: "f", target: "d", kind: "funding", directed: false },
      ],
    });
  });

  it("places undeclared keys, mistyped values, unknown edge columns and conflicting directions", () => {
    const text = `${HEAD}
  <key id="r" for="node" attr.name="role" attr.type="string"/>
  <key id="n" for="node" attr.name="size" attr.type="int"/>
  <key id="k" for="edge" attr.name="kind" attr.type="string"/>
  <key id="x" for="edge" attr.name="colour" attr.type="string"/>
  <key id="dd" for="edge" attr.name="directed" attr.type="boolean"/>
  <graph edgedefault="directed">
    <node id="a"><data key="r">funder</data><data key="n">1.5</data></node>
    <node id="b"><data key="r">developer</data><data key="zz">?</data></node>
    <edge source="a" target="b"><data key="k">funding</data><data key="x">red</data></edge>
    <edge source="a" target="b"><data key="k">funding</data><data key="dd">false</data></edge>
  </graph></graphml>`;
    const issues = issuesOf(text);
    expect(issues.map((issue) => [issue.code, issue.path.replace(/ \(line.*$/, "")])).toEqual([
      ["unknown_field", "edges[0].colour"],
      ["conflicting_direction", "edges[1].directed"],
      ["invalid_value", "nodes[0].size"],
      ["invalid_graphml", "nodes[1]"],
    ]);
  });

  it("refuses a text that is no GraphML, and keeps the ties' places in validation issues", () => {
    expect(issuesOf("<gexf><graph/></gexf>")[0]?.message).toMatch(/not a GraphML document/);
    const unknownEnd = `${HEAD}<key id="r" for="node" attr.name="role"/><key id="k" for="edge" attr.name="kind"/>
  <graph edgedefault="directed"><node id="a"><data key="r">funder</data></node>
  <edge source="a" target="ghost"><data key="k">funding</data></edge></graph></graphml>`;
    expect(issuesOf(unknownEnd).map((issue) => issue.path)).toContain("edges[0].target");
  });
});

describe("fromGexf with mutual edges", () => {
  it("reads a mutual edge as an undirected tie, also as the first edge", () => {
    const eco = createEcosystem({
      actors: [
        { id: "a", role: "developer" },
        { id: "b", role: "funder" },
      ],
      ties: [
        { source: "a", target: "b", kind: "collaboration" },
        { source: "b", target: "a", kind: "funding" },
      ],
    });
    const text = toGexf(eco);
    expect(text).toContain('type="mutual"');
    expect(text).toContain('xmlns="http://www.gexf.net/1.2draft"');
    expect(toEcosystemData(fromGexf(text))).toEqual(toEcosystemData(eco));
  });
});
