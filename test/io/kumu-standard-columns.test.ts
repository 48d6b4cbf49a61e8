// Kumu's standard columns as Kumu's own export writes them: element Description, Tags, Image;
// connection Label, Description, Tags and custom fields, carried as attributes and written back.
import { describe, expect, it } from "vitest";
import { fromKumu, fromKumuSheets, toKumu, toKumuSheets } from "../../src/io/kumu.js";
import { createEcosystem, toEcosystemData } from "../../src/model/ecosystem.js";

const ELEMENTS = [
  "Label;Type;Description;Tags;Image",
  "ESF+;funder;EU programme;eu|esf;https://example.org/esf.png",
  "Youth NGO;developer;;youth;",
].join("\n");
const CONNECTIONS = [
  "From;To;Type;Direction;Label;Description;Tags;Strength;Contract no:number",
  "ESF+;Youth NGO;funding;directed;grant 2024;Two-year project grant;esf|2024;2;1234",
].join("\n");

describe("Kumu standard columns", () => {
  const eco = fromKumuSheets({ elements: ELEMENTS, connections: CONNECTIONS });
  const data = toEcosystemData(eco);

  it("reads element Description, Tags and Image as attributes", () => {
    expect(data.actors[0]!.attributes).toEqual({
      description: "EU programme",
      tags: ["eu", "esf"],
      image: "https://example.org/esf.png",
    });
    expect(data.actors[1]!.attributes).toEqual({ tags: ["youth"] });
  });

  it("reads connection Label, Description, Tags and custom columns as tie attributes", () => {
    expect(data.ties).toEqual([
      {
        source: "ESF+",
        target: "Youth NGO",
        kind: "funding",
        weight: 2,
        attributes: {
          label: "grant 2024",
          description: "Two-year project grant",
          tags: ["esf", "2024"],
          "Contract no": 1234,
        },
      },
    ]);
  });

  it("writes them back, as sheets and as a blueprint, to an equal ecosystem", () => {
    expect(toEcosystemData(fromKumuSheets(toKumuSheets(eco, { spreadsheetSafe: false })))).toEqual(data);
    expect(toEcosystemData(fromKumu(toKumu(eco)))).toEqual(data);
    expect(toKumu(eco).connections[0]).toMatchObject({ label: "grant 2024", tags: ["esf", "2024"] });
  });

  it("keeps tie attributes named like core fields through the attribute: escape", () => {
    const odd = createEcosystem({
      actors: [
        { id: "a", role: "funder" },
        { id: "b", role: "developer" },
      ],
      ties: [
        { source: "a", target: "b", kind: "funding", attributes: { type: "grant", strenght: "x", n: 1 } },
      ],
    });
    const expected = toEcosystemData(odd);
    expect(toEcosystemData(fromKumu(toKumu(odd)))).toEqual(expected);
    const sheets = toKumuSheets(odd, { spreadsheetSafe: false });
    expect(sheets.connections.split("\r\n")[0]).toBe(
      "From,To,Type,Direction,Strength,Amount,Since,Until,attribute:type,strenght:string,n:number",
    );
    expect(toEcosystemData(fromKumuSheets(sheets))).toEqual(expected);
  });
});

describe("tie attributes in ties.csv", () => {
  it("are typed columns, written and read back", async () => {
    const { fromCsv, toCsv } = await import("../../src/io/csv.js");
    const eco = createEcosystem({
      actors: [
        { id: "a", role: "funder" },
        { id: "b", role: "developer" },
      ],
      ties: [
        { source: "a", target: "b", kind: "funding", attributes: { label: "grant", tags: ["x", "y"], n: 2 } },
        { source: "b", target: "a", kind: "collaboration" },
      ],
    });
    const tables = toCsv(eco, { spreadsheetSafe: false });
    expect(tables.ties.split("\r\n")[0]).toBe(
      "source,target,kind,directed,weight,amount,since,until,label:string,tags[],n:number",
    );
    expect(toEcosystemData(fromCsv(tables))).toEqual(toEcosystemData(eco));
  });

  it("a plain unknown header stays an error, naming how to write an attribute", async () => {
    const { fromCsv } = await import("../../src/io/csv.js");
    expect(() =>
      fromCsv({
        actors: "id,role\na,funder\nb,developer\n",
        ties: "source,target,kind,colour\na,b,funding,red\n",
      }),
    ).toThrow(
      'unknown column "colour"; expected "source", "target", "kind", "directed", "weight", "amount", "since", "until", or an attribute column that says its type ("colour:string")',
    );
  });
});
