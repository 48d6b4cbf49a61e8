// Files that are not UTF-8 are refused with the place of the first bad byte, never read as U+FFFD.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readEcosystemFile, readScenarioFile } from "../src/node.js";
import { runInProcess } from "./cli/in-process.js";

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ecoweave-utf8-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Latin-1 bytes of a text (each character one byte), as a spreadsheet exporting "ANSI" writes them. */
function latin1(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
}

describe("invalid UTF-8", () => {
  it("is refused in JSON, CSV and GEXF files at its line and column", async () => {
    await writeFile(
      join(dir, "eco.json"),
      latin1('{"actors": [\n  {"id": "Säätiö", "role": "funder"}], "ties": []}'),
    );
    await expect(readEcosystemFile(join(dir, "eco.json"))).rejects.toMatchObject({
      code: "invalid_input",
      issues: [{ code: "invalid_utf8", path: "line 2, column 12", message: expect.stringContaining("0xe4") }],
    });
    await writeFile(join(dir, "actors.csv"), latin1("id,role\nf1,funder\nd1,developer\nÅ,developer\n"));
    await writeFile(join(dir, "ties.csv"), "source,target,kind\nf1,d1,funding\n");
    await expect(readEcosystemFile(join(dir, "actors.csv"))).rejects.toMatchObject({
      issues: [{ code: "invalid_utf8", path: "line 4, column 1" }],
    });
    await writeFile(
      join(dir, "eco.gexf"),
      latin1('<gexf><graph><nodes><node id="ö"/></nodes></graph></gexf>'),
    );
    await expect(readEcosystemFile(join(dir, "eco.gexf"))).rejects.toMatchObject({
      issues: [{ code: "invalid_utf8", path: "line 1, column 31" }],
    });
    await writeFile(join(dir, "scenario.json"), latin1('{"changes": [], "name": "ä"}'));
    await expect(readScenarioFile(join(dir, "scenario.json"))).rejects.toMatchObject({
      issues: [{ code: "invalid_utf8", path: "line 1, column 26" }],
    });
  });

  it("makes validate exit 2 naming the file and the place", async () => {
    const result = await runInProcess(dir, ["validate", "eco.json"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("line 2, column 12: byte 0xe4 is not UTF-8");
    expect(result.stderr).toContain("eco.json");
  });
});
