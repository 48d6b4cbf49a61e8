import { describe, expect, it } from "vitest";
import { fromGexf, toGexf } from "../../src/io/gexf.js";
import { createEcosystem, toEcosystemData } from "../../src/model/ecosystem.js";
import { deepFreeze, issuePlaces, thrownIssues } from "../helpers.js";
import { SAMPLE } from "./sample.js";

describe("toGexf", () => {
  it("writes the node of its doc-comment example", () => {
    expect(toGexf(createEcosystem({ actors: [{ id: "f1", role: "funder" }], ties: [] }))).toContain(
      '<node id="f1">',
    );
  });

  it("declares native columns for single-typed attributes and JSON columns for the rest", () => {
    const text = toGexf(createEcosystem(SAMPLE));
    expect(text).toContain('<attribute id="region" title="region" type="string"/>');
    expect(text).toContain('<attribute id="active" title="active" type="boolean"/>');
    expect(text).toContain('<attribute id="budget" title="budget" type="double"/>');
    // founded is 1990 on one actor and "1990s" on another; themes holds an empty list.
    expect(text).toContain('<attribute id="@json:founded" title="@json:founded" type="string"/>');
    expect(text).toContain('<attribute id="@json:themes" title="@json:themes" type="string"/>');
  });

  it("writes safe lists as GEXF 1.3 liststring", () => {
    const eco = createEcosystem({
      actors: [{ id: "a", role: "funder", attributes: { themes: ["x", "y z"] } }],
      ties: [],
    });
    const text = toGexf(eco);
    expect(text).toContain('type="liststring"');
    expect(toEcosystemData(fromGexf(text)).actors[0]!.attributes).toEqual({ themes: ["x", "y z"] });
  });
});

describe("fromGexf", () => {
  it("reads back what toGexf writes, equal to the original", () => {
    const eco = createEcosystem(deepFreeze(structuredClone(SAMPLE)));
    expect(toEcosystemData(fromGexf(toGexf(eco)))).toEqual(toEcosystemData(eco));
  });

  it("keeps empty labels, reserved attribute names and XML-hostile text", () => {
    const data = {
      actors: [
        {
          id: "a<&>",
          label: "",
          role: "funder",
          attributes: { role: "lead", "@x": 1, label: "L", ctl: "bell\u0007" },
        },
        { id: "b", label: "tab\there\r\nCRLF <&\"'>", role: "developer", attributes: { n: -0.5 } },
      ],
      ties: [{ source: "a<&>", target: "b", kind: "custom kind", weight: 1e-9 }],
    };
    const eco = createEcosystem(data);
    expect(toEcosystemData(fromGexf(toGexf(eco)))).toEqual(toEcosystemData(eco));
  });

  it("reads a Gephi-style file with declared role and kind columns", () => {
    const text = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph defaultedgetype="undirected">
    <attributes class="node"><attribute id="0" title="role" type="string"/><attribute id="1" title="size" type="integer"/></attributes>
    <attributes class="edge"><attribute id="0" title="kind" type="string"/></attributes>
    <nodes>
      <node id="1" label="Säätiö"><attvalues><attvalue for="0" value="funder"/><attvalue for="1" value="7"/></attvalues></node>
      <node id="2"><attvalues><attvalue for="0" value="developer"/></attvalues></node>
    </nodes>
    <edges>
      <edge source="1" target="2" type="directed" weight="3"><attvalues><attvalue for="0" value="funding"/></attvalues></edge>
      <edge source="1" target="2"><attvalues><attvalue for="0" value="collaboration"/></attvalues></edge>
    </edges>
  </graph>
</gexf>`;
    expect(toEcosystemData(fromGexf(text))).toEqual({
      actors: [
        { id: "1", label: "Säätiö", role: "funder", attributes: { size: 7 } },
        { id: "2", role: "developer" },
      ],
      ties: [
        { source: "1", target: "2", kind: "funding", weight: 3 },
        { source: "1", target: "2", kind: "collaboration" },
      ],
    });
  });

  it("reports missing roles and kinds, extra edge columns and direction conflicts at node and edge places", () => {
    const text = `<gexf version="1.3"><graph defaultedgetype="directed">
      <attributes class="node"><attribute id="0" title="role" type="string"/></attributes>
      <attributes class="edge"><attribute id="0" title="directed" type="boolean"/><attribute id="1" title="label" type="string"/></attributes>
      <nodes><node id="a"><attvalues><attvalue for="0" value="funder"/></attvalues></node><node id="b"/></nodes>
      <edges>
        <edge source="a" target="b" kind="funding"><attvalues><attvalue for="0" value="false"/></attvalues></edge>
        <edge source="a" target="b"><attvalues><attvalue for="1" value="x"/></attvalues></edge>
      </edges></graph></gexf>`;
    expect(issuePlaces(thrownIssues(() => fromGexf(text)))).toEqual([
      "edges[0].directed conflicting_direction",
      "edges[1].kind invalid_type",
      "edges[1].label unknown_field",
      "nodes[1].role invalid_type",
    ]);
  });

  it("refuses text that is not GEXF and an edge to an undeclared node", () => {
    expect(issuePlaces(thrownIssues(() => fromGexf("not xml")))).toEqual([" invalid_gexf"]);
    const dangling =
      '<gexf><graph><nodes><node id="a"/></nodes><edges><edge source="a" target="b"/></edges></graph></gexf>';
    expect(thrownIssues(() => fromGexf(dangling))).toMatchObject([
      {
        code: "unknown_actor",
        path: "edges[0].target",
        message: 'names node "b", which the file does not declare (line 1, column 50)',
      },
    ]);
  });
});
