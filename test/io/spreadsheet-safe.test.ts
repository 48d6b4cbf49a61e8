// Cells a spreadsheet could run as formulas are written as text unless the caller opts out.
import { describe, expect, it } from "vitest";
import { fromCsv, toCsv } from "../../src/io/csv.js";
import { fromKumuSheets, toKumuSheets } from "../../src/io/kumu.js";
import { createEcosystem, toEcosystemData } from "../../src/model/ecosystem.js";

const RISKY = ['=HYPERLINK("http://x")', "+1+2", "-2+3", "@SUM(A1)", "\tTAB", "\rCR"];

const eco = createEcosystem({
  actors: [
    ...RISKY.map((label, index) => ({
      id: `a${index}`,
      label,
      role: "developer",
      attributes: { note: label, score: -1.5 },
    })),
    { id: "=cmd", role: "funder" },
  ],
  ties: [{ source: "=cmd", target: "a0", kind: "funding", amount: 0 }],
});

/** Every cell of a CSV text, by a direct split (the test's cells hold no commas, quotes or line ends except as written). */
function cellsOf(text: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      cells.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      cells.push(cell);
      cell = "";
      i++;
    } else cell += c;
  }
  return cells;
}

function risky(cell: string): boolean {
  return /^[=+\-@\t\r]/.test(cell) && !/^[+-]?\d+(\.\d+)?$/.test(cell);
}

describe("spreadsheet-safe CSV and Kumu sheets", () => {
  it("prefixes every risky cell with ' by default, numbers excepted", () => {
    const tables = toCsv(eco);
    const sheets = toKumuSheets(eco);
    for (const text of [tables.actors, tables.ties, sheets.elements, sheets.connections]) {
      const cells = cellsOf(text);
      expect(cells.filter(risky)).toEqual([]);
    }
    expect(cellsOf(tables.actors)).toContain("-1.5");
    expect(cellsOf(sheets.elements)).toContain("-1.5");
    expect(cellsOf(tables.actors)).toContain('\'=HYPERLINK("http://x")');
    expect(cellsOf(tables.ties)).toContain("'=cmd");
  });

  it("reads the ' back as written (documented), and keeps the graph consistent", () => {
    const back = fromCsv(toCsv(eco));
    expect(back.hasNode("'=cmd")).toBe(true);
    expect(back.size).toBe(1);
    expect(back.getNodeAttribute("a1", "label")).toBe("'+1+2");
    expect(fromKumuSheets(toKumuSheets(eco)).hasNode("'=cmd")).toBe(true);
  });

  it("writes cells as they are, and round-trips exactly, with spreadsheetSafe: false", () => {
    const tables = toCsv(eco, { spreadsheetSafe: false });
    expect(cellsOf(tables.actors)).toContain('=HYPERLINK("http://x")');
    expect(toEcosystemData(fromCsv(tables))).toEqual(toEcosystemData(eco));
    const sheets = toKumuSheets(eco, { spreadsheetSafe: false });
    expect(cellsOf(sheets.elements)).toContain("@SUM(A1)");
  });
});
