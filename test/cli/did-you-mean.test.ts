// "Did you mean" for misspelt commands, options and columns: the planted misspellings are one or two
// edits from the name meant.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fromCsv } from "../../src/io/csv.js";
import { fromKumuSheets } from "../../src/io/kumu.js";
import { runInProcess } from "./in-process.js";

describe("did you mean", () => {
  it("names the command meant", async () => {
    const run = await runInProcess(tmpdir(), ["anlyze", "x.json"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown command "anlyze"; did you mean "analyze"?');
  });

  it("names the option meant", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ecoweave-dym-"));
    writeFileSync(join(dir, "e.json"), JSON.stringify({ actors: [], ties: [] }));
    const run = await runInProcess(dir, ["brokers", "e.json", "--tpo", "3"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`unknown option '--tpo'; did you mean "--top"?`);
  });

  it("names the column meant, in ties.csv and Kumu's Connections", () => {
    expect(() => fromCsv({ actors: "id,role\na1,funder\n", ties: "source,target,kind,wieght\n" })).toThrow(
      'ties.csv:row 1:wieght: unknown column "wieght"; did you mean "weight"?',
    );
    expect(() =>
      fromKumuSheets({ elements: "Label,Type\nA,funder\n", connections: "From,To,Strenght\n" }),
    ).toThrow('unknown column "Strenght"; did you mean "Strength"?');
  });
});
