// `--role-map` and `--role-map-file`: a Kumu map whose element types are Finnish words. The planted
// truth: each actor's role is the one its type was mapped to.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseRoleMapFile, parseRolePairs } from "../../src/cli/role-map.js";
import { runInProcess } from "./in-process.js";

const ELEMENTS =
  "Label;Type\nEsr-rahasto;Rahoittaja\nNuorisoyhdistys;Kehittäjä\nOulun yliopisto;Kouluttaja\n";
const CONNECTIONS =
  "From;To;Type\nEsr-rahasto;Nuorisoyhdistys;funding\nOulun yliopisto;Nuorisoyhdistys;training\n";

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), "ecoweave-role-map-"));
  writeFileSync(join(dir, "elements.csv"), ELEMENTS);
  writeFileSync(join(dir, "connections.csv"), CONNECTIONS);
  return dir;
}

describe("--role-map", () => {
  it("maps Finnish element types to roles", async () => {
    const dir = folder();
    const run = await runInProcess(dir, [
      "validate",
      "elements.csv",
      "--role-map",
      "Rahoittaja=funder,Kehittäjä=developer,Kouluttaja=upskiller",
    ]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("3 actors (1 developer, 1 funder, 1 upskiller)");
  });

  it("without it, names the unmapped type and the option", async () => {
    const run = await runInProcess(folder(), ["validate", "elements.csv"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown element type "Rahoittaja"');
    expect(run.stderr).toContain("semicolon-separated");
  });

  it("reads a roles file (JSON or a table), the pairs on the command line winning", async () => {
    const dir = folder();
    writeFileSync(join(dir, "roles.json"), JSON.stringify({ Rahoittaja: "funder", Kehittäjä: "developer" }));
    writeFileSync(join(dir, "roles.csv"), "type;role\nRahoittaja;funder\nKehittäjä;upskiller\n");
    for (const file of ["roles.json", "roles.csv"]) {
      const run = await runInProcess(dir, [
        "validate",
        "elements.csv",
        "--role-map-file",
        file,
        "--role-map",
        "Kouluttaja=upskiller,Kehittäjä=developer",
      ]);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain("3 actors (1 developer, 1 funder, 1 upskiller)");
    }
  });

  it("refuses pairs that are not type=role, and a type mapped twice", () => {
    expect(() => parseRolePairs("Rahoittaja")).toThrow(/type=role/);
    expect(() => parseRolePairs("A=funder,A=developer")).toThrow(/both "funder" and "developer"/);
    expect(() => parseRoleMapFile("kind,role\nA,funder\n", "roles.csv")).toThrow(/columns type and role/);
    expect([...parseRolePairs(" Rahoittaja = funder ,, B=developer")]).toEqual([
      ["Rahoittaja", "funder"],
      ["B", "developer"],
    ]);
  });

  it("is a usage error when malformed", async () => {
    const run = await runInProcess(folder(), ["validate", "elements.csv", "--role-map", "Rahoittaja"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--role-map: each pair must be type=role");
  });
});
