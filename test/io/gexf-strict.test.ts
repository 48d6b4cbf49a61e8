// GEXF reading names every problem's place, never coerces a value, and says nothing on the console;
// GEXF and GraphML writing never emits a character XML 1.0 forbids.
import { DOMParser } from "@xmldom/xmldom";
import { afterEach, describe, expect, it, vi } from "vitest";
import { fromGexf, toGexf } from "../../src/io/gexf.js";
import { toGraphml } from "../../src/io/graphml.js";
import { createEcosystem, toEcosystemData } from "../../src/model/ecosystem.js";
import { thrownIssues } from "../helpers.js";

function gexf(nodeColumns: string, nodes: string, edges = ""): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph defaultedgetype="undirected">
    <attributes class="node">
${nodeColumns}
    </attributes>
    <nodes>
${nodes}
    </nodes>
    <edges>
${edges}
    </edges>
  </graph>
</gexf>`;
}

const ROLE = '      <attribute id="0" title="role" type="string"/>';
const ACTIVE = '      <attribute id="1" title="active" type="boolean"/>';

function node(id: string, active?: string): string {
  const value = active === undefined ? "" : `<attvalue for="1" value="${active}"/>`;
  return `      <node id="${id}"><attvalues><attvalue for="0" value="developer"/>${value}</attvalues></node>`;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("fromGexf reads typed values strictly", () => {
  it("reads true, false, 1 and 0 as booleans (xsd:boolean)", () => {
    const eco = fromGexf(
      gexf(
        `${ROLE}\n${ACTIVE}`,
        [node("a", "true"), node("b", "1"), node("c", "0"), node("d", "false")].join("\n"),
      ),
    );
    expect(eco.mapNodes((_id, actor) => actor.attributes?.active)).toEqual([true, true, false, false]);
  });

  it("refuses yes, no and other booleans with their place instead of reading false", () => {
    const issues = thrownIssues(() =>
      fromGexf(gexf(`${ROLE}\n${ACTIVE}`, [node("a", "yes"), node("b", "no")].join("\n"))),
    );
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["invalid_boolean", "nodes[0].active"],
      ["invalid_boolean", "nodes[1].active"],
    ]);
    expect(issues[0]!.message).toBe('"yes" is not a GEXF boolean (true, false, 1 or 0) (line 9, column 68)');
  });

  it("refuses numbers that are not numbers", () => {
    const columns = `${ROLE}\n      <attribute id="2" title="size" type="integer"/>\n      <attribute id="3" title="budget" type="double"/>`;
    const nodes =
      '      <node id="a"><attvalues><attvalue for="0" value="funder"/><attvalue for="2" value="1.5"/><attvalue for="3" value="12 €"/></attvalues></node>';
    expect(thrownIssues(() => fromGexf(gexf(columns, nodes))).map((issue) => issue.path)).toEqual([
      "nodes[0].size",
      "nodes[0].budget",
    ]);
  });

  it("names attributes by their title, whatever their id", () => {
    const columns =
      '      <attribute id="r" title="role" type="string"/>\n      <attribute id="reg" title="region" type="string"/>';
    const nodes =
      '      <node id="a"><attvalues><attvalue for="r" value="funder"/><attvalue for="reg" value="North"/></attvalues></node>';
    expect(toEcosystemData(fromGexf(gexf(columns, nodes))).actors).toEqual([
      { id: "a", role: "funder", attributes: { region: "North" } },
    ]);
  });

  it("places a duplicate node and an edge to a missing node", () => {
    const issues = thrownIssues(() =>
      fromGexf(gexf(ROLE, [node("a"), node("a")].join("\n"), '      <edge source="a" target="zz"/>')),
    );
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["duplicate_id", "nodes[1].id"],
      ["unknown_actor", "edges[0].target"],
    ]);
    expect(issues[0]!.message).toBe('duplicate node id "a", also nodes[0] (line 9, column 7)');
  });

  it("refuses node ids and attribute titles named like object members before graphology sees them", () => {
    for (const name of ["__proto__", "constructor", "toString", "hasOwnProperty"]) {
      const columns = `${ROLE}\n      <attribute id="1" title="${name}" type="string"/>`;
      const nodes = [
        `      <node id="${name}"><attvalues><attvalue for="0" value="developer"/></attvalues></node>`,
        '      <node id="b"><attvalues><attvalue for="0" value="funder"/><attvalue for="1" value="x"/></attvalues></node>',
      ].join("\n");
      const issues = thrownIssues(() =>
        fromGexf(gexf(columns, nodes, `      <edge source="b" target="${name}" kind="funding"/>`)),
      );
      expect(issues.map((issue) => issue.code)).toEqual([
        "invalid_attribute_name",
        "reserved_id",
        "unknown_actor",
      ]);
      // graphology keeps neighbours in plain objects: an edge to "__proto__" used to reach Object.prototype.
      expect(Object.keys(Object.prototype)).toEqual([]);
      expect(({} as Record<string, unknown>).previous).toBeUndefined();
    }
  });

  it("reports malformed XML at its line and column, writing nothing to the console", () => {
    const warn = vi.spyOn(console, "warn");
    const error = vi.spyOn(console, "error");
    const issues = thrownIssues(() =>
      fromGexf('<gexf><graph>\n<nodes><node id="a" label="x></node></nodes></graph></gexf>'),
    );
    expect(issues.length).toBeGreaterThan(0);
    expect(issues[0]!.path).toMatch(/^line \d+, column \d+$/);
    expect(issues[0]!.message).toMatch(/^not well-formed XML: /);
    expect(issues.every((issue) => !/graphology|xmldom/.test(issue.message))).toBe(true);
    expect(warn).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
  });
});

describe("XML writers and characters XML 1.0 forbids", () => {
  const hostile = ["\u0001", "\ufffe", "\uffff", "\ud800", "x\udc00y", "tab\tline\nreturn\r"];

  function wellFormed(text: string): string[] {
    const problems: string[] = [];
    new DOMParser({
      errorHandler: (level: string, message: string) => problems.push(`${level}: ${message}`),
    }).parseFromString(text, "application/xml");
    // xmldom accepts some forbidden characters, so check the character ranges of XML 1.0 too.
    for (const character of text) {
      const code = character.codePointAt(0)!;
      const allowed =
        code === 0x9 ||
        code === 0xa ||
        code === 0xd ||
        (code >= 0x20 && code <= 0xd7ff) ||
        (code >= 0xe000 && code <= 0xfffd) ||
        (code >= 0x10000 && code <= 0x10ffff);
      if (!allowed) problems.push(`forbidden character U+${code.toString(16)}`);
    }
    return problems;
  }

  const eco = createEcosystem({
    name: `name${hostile.join("")}`,
    description: `about${hostile.join("")}`,
    actors: hostile.map((text, index) => ({
      id: `a${index}`,
      label: `label${text}`,
      role: "developer",
      attributes: { note: `note${text}`, tags: [`t${text}`] },
    })),
    ties: [{ source: "a0", target: "a1", kind: "collaboration" }],
  });

  it("GEXF is well-formed and reads back equal", () => {
    const text = toGexf(eco);
    expect(wellFormed(text)).toEqual([]);
    expect(toEcosystemData(fromGexf(text))).toEqual(toEcosystemData(eco));
  });

  it("GraphML is well-formed", () => {
    expect(wellFormed(toGraphml(eco))).toEqual([]);
  });

  it("refuses ids, roles and kinds XML cannot carry, naming them", () => {
    const bad = createEcosystem({
      actors: [
        { id: "a\u0001", role: "developer" },
        { id: "b", role: "developer" },
      ],
      ties: [{ source: "a\u0001", target: "b", kind: "collaboration" }],
    });
    expect(() => toGexf(bad)).toThrow(/toGexf: cannot write actor id "a\\u0001"/);
    expect(() => toGraphml(bad)).toThrow(expect.objectContaining({ code: "not_representable" }));
  });
});
