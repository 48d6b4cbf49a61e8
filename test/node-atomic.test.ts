// Writes are all or nothing: a failed write changes no existing file and leaves no temporary file.
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEcosystem, toEcosystemData } from "../src/model/ecosystem.js";
import { readEcosystemFile, writeEcosystemFile, writeTextFiles } from "../src/node.js";
import { runInProcess } from "./cli/in-process.js";
import { SAMPLE } from "./io/sample.js";

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ecoweave-atomic-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const eco = createEcosystem(SAMPLE);
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

describe("writeEcosystemFile is all or nothing", () => {
  it("leaves actors.csv byte-identical when ties.csv cannot be written", async () => {
    const folder = join(dir, "pair");
    await mkdir(join(folder, "ties.csv"), { recursive: true }); // a directory where the file should go
    const before = "id,label,role\r\nold,Old,funder\r\n";
    await writeFile(join(folder, "actors.csv"), before);
    await expect(writeEcosystemFile(eco, join(folder, "actors.csv"))).rejects.toMatchObject({
      code: "file_unwritable",
      message: expect.stringContaining("ties.csv (is a directory)"),
    });
    expect(await readFile(join(folder, "actors.csv"), "utf8")).toBe(before);
    expect((await readdir(folder)).sort()).toEqual(["actors.csv", "ties.csv"]);
  });

  it("removes a first file it created when the second rename fails", async () => {
    const folder = join(dir, "fresh");
    await mkdir(join(folder, "ties.csv"), { recursive: true });
    await expect(writeEcosystemFile(eco, join(folder, "actors.csv"))).rejects.toMatchObject({
      code: "file_unwritable",
    });
    expect(await readdir(folder)).toEqual(["ties.csv"]);
  });

  it("leaves elements.csv byte-identical when connections.csv cannot be written", async () => {
    const folder = join(dir, "sheets");
    await mkdir(join(folder, "connections.csv"), { recursive: true });
    await writeFile(join(folder, "elements.csv"), "before");
    await expect(writeEcosystemFile(eco, join(folder, "elements.csv"))).rejects.toMatchObject({
      code: "file_unwritable",
    });
    expect(await readFile(join(folder, "elements.csv"), "utf8")).toBe("before");
    expect((await readdir(folder)).sort()).toEqual(["connections.csv", "elements.csv"]);
  });

  it.skipIf(isRoot)("changes nothing in a read-only folder", async () => {
    const folder = join(dir, "locked");
    await mkdir(folder);
    await writeFile(join(folder, "eco.json"), "before");
    await chmod(folder, 0o555);
    try {
      await expect(writeEcosystemFile(eco, join(folder, "eco.json"))).rejects.toMatchObject({
        code: "file_unwritable",
        message: expect.stringContaining("permission denied"),
      });
      expect(await readFile(join(folder, "eco.json"), "utf8")).toBe("before");
      expect(await readdir(folder)).toEqual(["eco.json"]);
    } finally {
      await chmod(folder, 0o755);
    }
  });

  it("replaces both files of a pair and leaves no temporary file", async () => {
    const folder = join(dir, "replace");
    await mkdir(folder);
    await writeFile(join(folder, "actors.csv"), "old");
    await writeFile(join(folder, "ties.csv"), "old");
    await writeEcosystemFile(eco, join(folder, "actors.csv"));
    expect((await readdir(folder)).sort()).toEqual(["actors.csv", "roles.csv", "ties.csv"]);
    expect(await readFile(join(folder, "actors.csv"), "utf8")).toMatch(/^id,label,role/);
    expect(await readFile(join(folder, "ties.csv"), "utf8")).toMatch(/^source,target,kind/);
  });

  it("removes a roles.csv left by an earlier write when the ecosystem declares no roles", async () => {
    const folder = join(dir, "stale");
    await writeEcosystemFile(eco, `${folder}/`);
    expect((await readdir(folder)).sort()).toEqual(["actors.csv", "roles.csv", "ties.csv"]);
    const plain = createEcosystem({
      actors: [
        { id: "f", role: "funder" },
        { id: "d", role: "developer" },
      ],
      ties: [{ source: "f", target: "d", kind: "funding" }],
    });
    expect(await writeEcosystemFile(plain, `${folder}/`)).toEqual(
      ["actors.csv", "ties.csv"].map((name) => join(folder, name)),
    );
    expect((await readdir(folder)).sort()).toEqual(["actors.csv", "ties.csv"]);
    const { name: _n, description: _d, ...tables } = toEcosystemData(plain);
    expect(toEcosystemData(await readEcosystemFile(folder))).toEqual(tables);
  });

  it("keeps an existing file's permission bits", async () => {
    const path = join(dir, "mode.json");
    await writeFile(path, "x");
    await chmod(path, 0o640);
    await writeTextFiles([{ path, text: "y" }]);
    const { stat } = await import("node:fs/promises");
    expect((await stat(path)).mode & 0o777).toBe(0o640);
  });
});

describe("the CLI writes all or nothing", () => {
  it("convert leaves the old actors.csv when ties.csv is a directory (exit 2)", async () => {
    const folder = join(dir, "cli");
    await mkdir(join(folder, "out", "ties.csv"), { recursive: true });
    await writeFile(join(folder, "in.json"), JSON.stringify(SAMPLE));
    await writeFile(join(folder, "out", "actors.csv"), "before");
    const result = await runInProcess(folder, ["convert", "in.json", "out/actors.csv"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("cannot write");
    expect(await readFile(join(folder, "out", "actors.csv"), "utf8")).toBe("before");
    expect((await readdir(join(folder, "out"))).sort()).toEqual(["actors.csv", "ties.csv"]);
  });

  it("analyze --out into a directory fails with exit 2 and writes nothing", async () => {
    const folder = join(dir, "cli2");
    await mkdir(join(folder, "report.md"), { recursive: true });
    await writeFile(join(folder, "in.json"), JSON.stringify(SAMPLE));
    const result = await runInProcess(folder, ["analyze", "in.json", "--out", "report.md"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("cannot write report.md (is a directory)");
    expect(await readdir(folder)).toEqual(["in.json", "report.md"].sort());
  });
});
