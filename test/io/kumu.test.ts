import { describe, expect, it } from "vitest";
import { FROM_KUMU_DEFAULTS, fromKumu, fromKumuSheets, toKumu, toKumuSheets } from "../../src/io/kumu.js";
import { createEcosystem, toEcosystemData } from "../../src/model/ecosystem.js";
import { deepFreeze, issuePlaces, thrownIssues } from "../helpers.js";
import { SAMPLE } from "./sample.js";

describe("fromKumu", () => {
  it("reads back what toKumu writes (through JSON text), equal to the original", () => {
    const eco = createEcosystem(deepFreeze(structuredClone(SAMPLE)));
    const blueprint = JSON.parse(JSON.stringify(toKumu(eco))) as unknown;
    expect(toEcosystemData(fromKumu(blueprint))).toEqual(toEcosystemData(eco));
  });

  it("maps element types to roles by id, by label in any case, and through roleMap (doc-comment example)", () => {
    const eco = fromKumu(
      {
        elements: [
          { label: "A", type: "Funder" },
          { label: "B", type: "developer" },
          { label: "C", type: "Trainer", tags: ["x", "y"], description: "About C", Budget: 3 },
        ],
        connections: [{ from: "A", to: "B", type: "funding" }],
      },
      { roleMap: { Trainer: "upskiller" } },
    );
    expect(eco.getNodeAttribute("A", "role")).toBe("funder");
    expect(toEcosystemData(eco).actors[2]).toEqual({
      id: "C",
      role: "upskiller",
      attributes: { tags: ["x", "y"], description: "About C", Budget: 3 },
    });
  });

  it("identifies elements by id, resolves connection ends by id or unique label, and follows Kumu's directions", () => {
    const eco = fromKumu({
      elements: [
        { id: "e1", label: "Same", type: "funder" },
        { id: "e2", label: "Other", type: "developer" },
      ],
      connections: [
        { from: "e1", to: "Other", type: "collaboration" },
        { from: "e2", to: "e1", type: "collaboration", direction: "mutual", strength: 2 },
        { from: "e1", to: "e2", type: "funding", direction: "undirected" },
        {
          id: "c4",
          from: "e1",
          to: "e2",
          type: "funding",
          direction: "directed",
          amount: 10,
          since: "2024-01-01",
        },
      ],
    });
    expect(toEcosystemData(eco).ties).toEqual([
      { source: "e1", target: "e2", kind: "collaboration", directed: true },
      { source: "e2", target: "e1", kind: "collaboration", weight: 2 },
      { source: "e1", target: "e2", kind: "funding", directed: false },
      { source: "e1", target: "e2", kind: "funding", amount: 10, since: "2024-01-01" },
    ]);
  });

  it("lists every unknown or missing type and every bad connection at its JSON path", () => {
    const issues = thrownIssues(() =>
      fromKumu({
        elements: [
          { label: "A", type: "Person" },
          { label: "B" },
          { type: "funder" },
          { label: "D", type: "funder", x: {} },
        ],
        connections: [{ from: "A", to: "Z", direction: "up", label: "knows", note: {} }],
      }),
    );
    expect(issuePlaces(issues)).toEqual([
      "connections[0].direction invalid_direction",
      "connections[0].note invalid_union",
      "connections[0].to unknown_actor",
      "connections[0].type invalid_type",
      "elements[0].type unknown_role",
      "elements[1].type missing_type",
      "elements[2].label missing_label",
      "elements[3].x invalid_union",
    ]);
  });

  it("refuses what is not a blueprint", () => {
    expect(issuePlaces(thrownIssues(() => fromKumu([])))).toEqual([" invalid_type"]);
    expect(issuePlaces(thrownIssues(() => fromKumu({ elements: {} })))).toEqual(["elements invalid_type"]);
  });

  it("normalises a label equal to the id and a direction equal to the kind's default", () => {
    const eco = createEcosystem({
      actors: [
        { id: "a", label: "a", role: "funder" },
        { id: "b", role: "developer" },
      ],
      ties: [{ source: "a", target: "b", kind: "funding", directed: true }],
    });
    expect(toEcosystemData(fromKumu(toKumu(eco)))).toEqual({
      actors: [
        { id: "a", role: "funder" },
        { id: "b", role: "developer" },
      ],
      ties: [{ source: "a", target: "b", kind: "funding" }],
    });
  });

  it("has an empty roleMap by default", () => {
    expect(FROM_KUMU_DEFAULTS.roleMap).toEqual({});
  });
});

describe("toKumu", () => {
  it("writes the element of its doc-comment example", () => {
    expect(toKumu(createEcosystem({ actors: [{ id: "f1", role: "funder" }], ties: [] })).elements[0]).toEqual(
      {
        id: "f1",
        label: "f1",
        type: "funder",
      },
    );
  });

  it("writes every direction and keeps name, description and roles under ecoweave", () => {
    const blueprint = toKumu(createEcosystem(SAMPLE));
    expect(blueprint.connections.map((connection) => connection.direction)).toEqual([
      "directed",
      "directed",
      "undirected",
      "directed",
      "undirected",
      "undirected",
    ]);
    expect(blueprint.ecoweave).toEqual({
      name: SAMPLE.name,
      description: SAMPLE.description,
      roles: SAMPLE.roles,
    });
  });

  it("writes attributes named after Kumu core fields as attribute:<name> and reads them back", () => {
    const eco = createEcosystem({
      actors: [
        {
          id: "a",
          role: "funder",
          attributes: { Type: "x", label: "y", _id: "z", "attribute:q": "w", n: 1 },
        },
      ],
      ties: [],
    });
    const blueprint = toKumu(eco);
    expect(Object.keys(blueprint.elements[0]!).sort()).toEqual(
      [
        "id",
        "label",
        "type",
        "attribute:Type",
        "attribute:label",
        "attribute:_id",
        "attribute:attribute:q",
        "n",
      ].sort(),
    );
    expect(toEcosystemData(fromKumu(JSON.parse(JSON.stringify(blueprint))))).toEqual(toEcosystemData(eco));
    const sheets = toKumuSheets(eco, { spreadsheetSafe: false });
    expect(sheets.elements.split("\r\n")[0]).toContain("attribute:Type");
    expect(toEcosystemData(fromKumuSheets(sheets))).toEqual(toEcosystemData(eco));
  });

  it("names the elements an ambiguous label could mean", () => {
    const issues = thrownIssues(() =>
      fromKumu({
        elements: [
          { id: "x1", label: "Fund", type: "funder" },
          { id: "x2", label: "Fund", type: "funder" },
          { id: "d", label: "Dev", type: "developer" },
        ],
        connections: [{ from: "Fund", to: "Dev", type: "funding" }],
      }),
    );
    expect(issues).toMatchObject([
      {
        code: "ambiguous_label",
        path: "connections[0].from",
        message: 'label "Fund" is carried by 2 elements (ids "x1", "x2"); name one by its id',
      },
    ]);
  });
});

describe("fromKumuSheets", () => {
  it("reads back what toKumuSheets writes, equal to the original given its roles and name", () => {
    const eco = createEcosystem(SAMPLE);
    const back = fromKumuSheets(toKumuSheets(eco), { roles: SAMPLE.roles, name: SAMPLE.name });
    const { description: _description, ...expected } = toEcosystemData(eco);
    expect(toEcosystemData(back)).toEqual(expected);
  });

  it("counts the ties of its doc-comment example", () => {
    expect(
      fromKumuSheets({
        elements: "Label,Type\nA,Funder\nB,Developer\n",
        connections: "From,To,Type\nA,B,funding\n",
      }).size,
    ).toBe(1);
  });

  it("reads Tags as the tags list, Description as text, and typed custom columns", () => {
    const eco = fromKumuSheets({
      elements: "label,TYPE,Tags,Description,Budget:number,Region\nA,funder,x|y,About A,12,Häme\n",
      connections: "From,To,Type\n",
    });
    expect(toEcosystemData(eco).actors).toEqual([
      {
        id: "A",
        role: "funder",
        attributes: { tags: ["x", "y"], description: "About A", Budget: 12, Region: "Häme" },
      },
    ]);
  });

  it("reports every bad cell at its sheet, row and column", () => {
    const issues = thrownIssues(() =>
      fromKumuSheets({
        elements: "Label,Type,Budget:number\nA,Person,1\nB,funder,x\n",
        connections: "From,To,Type,Strength,Note,Strenght,Since:number\nA,Q,funding,abc,,,x\nB,A,,,,,\n",
      }),
    );
    expect(issuePlaces(issues)).toEqual([
      "connections.csv:row 1:Strenght unknown_column",
      "connections.csv:row 2:Since:number invalid_number",
      "connections.csv:row 2:Strength invalid_number",
      "connections.csv:row 2:To unknown_actor",
      "connections.csv:row 3:Type invalid_type",
      "elements.csv:row 2:Type unknown_role",
      "elements.csv:row 3:Budget:number invalid_number",
    ]);
  });
});

describe("toKumuSheets", () => {
  it("writes the sheet of its doc-comment example", () => {
    expect(toKumuSheets(createEcosystem({ actors: [{ id: "f1", role: "funder" }], ties: [] })).elements).toBe(
      "ID,Label,Type\r\nf1,f1,funder\r\n",
    );
  });

  it("writes tags and description in Kumu's own columns", () => {
    const sheets = toKumuSheets(
      createEcosystem({
        actors: [{ id: "a", role: "funder", attributes: { tags: ["x", "y"], description: "About" } }],
        ties: [],
      }),
    );
    expect(sheets.elements).toBe("ID,Label,Type,Tags,Description\r\na,a,funder,x|y,About\r\n");
  });
});
