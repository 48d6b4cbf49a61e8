// Spreadsheets as saved: Excel writes `;` where the decimal mark is a comma (Finnish locale) and tabs
// for "Text (tab-delimited)". The planted truth is the same tables written with commas.
import { describe, expect, it } from "vitest";
import { fromCsv, toCsv } from "../../src/io/csv.js";
import { fromKumuSheets } from "../../src/io/kumu.js";
import { detectSeparator } from "../../src/io/table.js";
import { createEcosystem, toEcosystemData } from "../../src/model/ecosystem.js";
import { EcosystemValidationError } from "../../src/model/errors.js";
import { SAMPLE } from "./sample.js";

/** Rewrites comma-separated rows with another separator, leaving quoted commas alone. */
function withSeparator(csv: string, separator: string): string {
  let out = "";
  let quoted = false;
  for (const char of csv) {
    if (char === '"') quoted = !quoted;
    out += !quoted && char === "," ? separator : char;
  }
  return out;
}

describe("detectSeparator", () => {
  it.each([
    ["id,role,label\r\n", ","],
    ["id;role;label\r\n", ";"],
    ["id\trole\tlabel\n", "\t"],
    ['"a,b";c\n1;2\n', ";"],
    ['\uFEFFid;"x;y,z"\n', ";"],
    ["id\n", ","],
    ["", ","],
    ["a,b;c\n", ","],
  ])("reads %j as %j from the header row", (text, expected) => {
    expect(detectSeparator(text)).toBe(expected);
  });

  it("looks only at the header row, not at data", () => {
    expect(detectSeparator("id,role\n1;2;3;4;5\n")).toBe(",");
  });
});

describe("fromCsv with ; and tab separators", () => {
  const sample = createEcosystem(SAMPLE);
  const tables = toCsv(sample, { spreadsheetSafe: false });
  const expected = toEcosystemData(fromCsv(tables));

  it.each([
    [";", "semicolon"],
    ["\t", "tab"],
  ])("reads the sample's tables separated by %j as the comma ones", (separator) => {
    const eco = fromCsv({
      ...tables,
      actors: withSeparator(tables.actors, separator),
      ties: withSeparator(tables.ties, separator),
      ...(tables.roles === undefined ? {} : { roles: withSeparator(tables.roles, separator) }),
    });
    expect(toEcosystemData(eco)).toEqual(expected);
    expect(eco.order).toBe(SAMPLE.actors.length);
    expect(eco.size).toBe(SAMPLE.ties.length);
  });

  it("keeps a quoted separator inside a cell", () => {
    const eco = fromCsv({
      actors: 'id;role;label\nf1;funder;"Fund; the first"\nd1;developer;"A, B"\n',
      ties: "source;target;kind\nf1;d1;funding\n",
    });
    expect(eco.getNodeAttribute("f1", "label")).toBe("Fund; the first");
    expect(eco.getNodeAttribute("d1", "label")).toBe("A, B");
  });

  it("names the separator in the error of a table that is not comma-separated", () => {
    const read = () =>
      fromCsv({
        actors: "id;role\nf1;funder\n",
        ties: "source,target,kind\nf1,x9,funding\n",
      });
    expect(read).toThrow(EcosystemValidationError);
    expect(read).toThrow(/^invalid CSV tables \(actors\.csv read as semicolon-separated\): 1 problem/);
  });

  it("says nothing about separators when every table is comma-separated", () => {
    expect(() =>
      fromCsv({ actors: "id,role\nf1,funder\n", ties: "source,target,kind\nf1,x9,funding\n" }),
    ).toThrow(/^invalid CSV tables: 1 problem/);
  });
});

describe("fromKumuSheets with ; separators", () => {
  it("reads semicolon sheets and names the separator on error", () => {
    const eco = fromKumuSheets({
      elements: "Label;Type\nA;Funder\nB;Developer\n",
      connections: "From;To;Type\nA;B;funding\n",
    });
    expect(eco.size).toBe(1);
    expect(() =>
      fromKumuSheets({ elements: "Label;Type\nA;Funder\n", connections: "From;To;Type\nA;Z;funding\n" }),
    ).toThrow(/^invalid Kumu sheets \(elements\.csv, connections\.csv read as semicolon-separated\)/);
  });
});
