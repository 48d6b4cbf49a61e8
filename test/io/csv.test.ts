import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FROM_CSV_DEFAULTS, fromCsv, toCsv } from "../../src/io/csv.js";
import { createEcosystem, toEcosystemData } from "../../src/model/ecosystem.js";
import { deepFreeze, issuePlaces, thrownIssues } from "../helpers.js";
import { ecosystemDocuments, SAMPLE } from "./sample.js";

describe("fromCsv", () => {
  it("reads back what toCsv writes, equal to the original (every field, unicode, quotes, line breaks)", () => {
    const eco = createEcosystem(deepFreeze(structuredClone(SAMPLE)));
    const back = fromCsv(toCsv(eco));
    expect(toEcosystemData(back)).toEqual(toEcosystemData(eco));
  });

  it("counts the ties of its doc-comment example", () => {
    expect(
      fromCsv({ actors: "id,role\nf1,funder\nd1,developer\n", ties: "source,target,kind\nf1,d1,funding\n" })
        .size,
    ).toBe(1);
  });

  it("reads typed attribute columns and leaves empty cells absent", () => {
    const eco = fromCsv({
      actors:
        'id,label,role,region,founded:number,active:boolean,themes[],note:json,role:string\na,"Ä, ""x""",funder,Häme,1990,TRUE,a|b,"""""",lead\nb,,developer,,,,,,\n',
      ties: "source,target,kind,directed,weight,amount,since,until\na,b,collaboration,true,1.5,,2020-01-01,\n",
    });
    expect(toEcosystemData(eco)).toEqual({
      actors: [
        {
          id: "a",
          label: 'Ä, "x"',
          role: "funder",
          attributes: {
            region: "Häme",
            founded: 1990,
            active: true,
            themes: ["a", "b"],
            note: "",
            role: "lead",
          },
        },
        { id: "b", role: "developer" },
      ],
      ties: [
        { source: "a", target: "b", kind: "collaboration", directed: true, weight: 1.5, since: "2020-01-01" },
      ],
    });
  });

  it("reads roles.csv with |-separated and JSON needs", () => {
    const eco = fromCsv({
      actors: "id,role\nh,host\n",
      ties: "source,target,kind\n",
      roles: "id,label,needs\nhost,Host,developer|funder\nlab,,[]\n",
    });
    expect(eco.getAttribute("roles")).toEqual([
      { id: "host", label: "Host", needs: ["developer", "funder"] },
      { id: "lab", needs: [] },
    ]);
  });

  it("reports every bad cell at its file, row and column at once", () => {
    const issues = thrownIssues(() =>
      fromCsv({
        actors: "id,role,size:number,ok:boolean\na,funder,12 €,yes\nb,nobody,,\na,developer,,\n",
        ties: "source,target,kind,directed,weight\na,x9,funding,maybe,0\nb,b,information,,1,5\n\na,b,,,2\n",
      }),
    );
    expect(issuePlaces(issues)).toEqual([
      "actors.csv:row 2:ok:boolean invalid_boolean",
      "actors.csv:row 2:size:number invalid_number",
      "actors.csv:row 3:role unknown_role",
      "actors.csv:row 4:id duplicate_id",
      "ties.csv:row 2:directed invalid_boolean",
      "ties.csv:row 2:target unknown_actor",
      "ties.csv:row 2:weight non_positive_weight",
      "ties.csv:row 3 wrong_cell_count",
      "ties.csv:row 5:kind invalid_type",
    ]);
  });

  it("prints the problems one per line", () => {
    expect(() =>
      fromCsv({ actors: "id,role\na,funder\n", ties: "source,target,kind\na,b,funding\n" }),
    ).toThrowErrorMatchingInlineSnapshot(`
      [EcosystemValidationError: invalid CSV tables: 1 problem
      ties.csv:row 2:target: unknown actor "b"]
    `);
  });

  it("reports missing and unknown columns in the header row", () => {
    const issues = thrownIssues(() => fromCsv({ actors: "id,label\na,A\n", ties: "source,kind,colour\n" }));
    expect(issuePlaces(issues)).toEqual([
      "actors.csv:row 1 missing_column",
      "actors.csv:row 2:role invalid_type",
      "ties.csv:row 1 missing_column",
      "ties.csv:row 1:colour unknown_column",
    ]);
  });

  it("reports an attribute filled in two columns of one row", () => {
    const issues = thrownIssues(() =>
      fromCsv({ actors: "id,role,n,n:number\na,funder,x,1\n", ties: "source,target,kind\n" }),
    );
    expect(issuePlaces(issues)).toEqual(["actors.csv:row 2:n:number duplicate_attribute"]);
  });

  it("reports a bad JSON cell and an empty header", () => {
    const issues = thrownIssues(() =>
      fromCsv({ actors: "id,role,x:json,\na,funder,{},\n", ties: "source,target,kind\n" }),
    );
    expect(issuePlaces(issues)).toEqual([
      "actors.csv:row 1 missing_header",
      "actors.csv:row 2:x:json invalid_json",
    ]);
  });

  it("uses the file names it is given in issue places", () => {
    expect(FROM_CSV_DEFAULTS.files.actors).toBe("actors.csv");
    const issues = thrownIssues(() =>
      fromCsv({ actors: "id,role\na,x\n", ties: "source,target,kind\n" }, { files: { actors: "orgs.csv" } }),
    );
    expect(issuePlaces(issues)).toEqual(["orgs.csv:row 2:role unknown_role"]);
  });

  it("round-trips generated valid documents (property)", () => {
    fc.assert(
      fc.property(ecosystemDocuments, (data) => {
        const eco = createEcosystem(data);
        expect(toEcosystemData(fromCsv(toCsv(eco)))).toEqual(toEcosystemData(eco));
      }),
      { numRuns: 150, seed: 20261129 },
    );
  });
});

describe("toCsv", () => {
  it("writes the table of its doc-comment example", () => {
    expect(toCsv(createEcosystem({ actors: [{ id: "f1", role: "funder" }], ties: [] })).actors).toBe(
      "id,label,role\r\nf1,,funder\r\n",
    );
  });

  it("types columns by value and keeps one column per name and type", () => {
    const { actors } = toCsv(
      createEcosystem({
        actors: [
          { id: "a", role: "funder", attributes: { n: 1, themes: ["x"], label: "L" } },
          { id: "b", role: "funder", attributes: { n: "one", themes: ["a|b"], empty: "" } },
        ],
        ties: [],
      }),
    );
    expect(actors.split("\r\n")[0]).toBe(
      "id,label,role,n:number,themes[],label:string,n,themes:json,empty:json",
    );
  });

  it("writes roles.csv only when roles are declared", () => {
    expect(toCsv(createEcosystem({ actors: [], ties: [] })).roles).toBeUndefined();
    expect(toCsv(createEcosystem(SAMPLE)).roles).toBe(
      "id,label,needs\r\nhost,Host organisation,developer|funder\r\nresearcher,,[]\r\n",
    );
  });

  it("reads an empty label back as absent (the one normalisation)", () => {
    const eco = createEcosystem({ actors: [{ id: "a", label: "", role: "funder" }], ties: [] });
    expect(fromCsv(toCsv(eco)).getNodeAttribute("a", "label")).toBeUndefined();
  });
});
