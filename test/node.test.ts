import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toKumu } from "../src/io/kumu.js";
import { createEcosystem, toEcosystemData } from "../src/model/ecosystem.js";
import { EcosystemValidationError } from "../src/model/errors.js";
import {
  READ_ECOSYSTEM_FILE_DEFAULTS,
  readEcosystemFile,
  readScenarioFile,
  writeEcosystemFile,
} from "../src/node.js";
import { SAMPLE } from "./io/sample.js";

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ecoweave-io-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const eco = createEcosystem(SAMPLE);
const { description: _d, ...withoutDescription } = toEcosystemData(eco);
const { name: _n, ...withoutName } = withoutDescription;

describe("writeEcosystemFile", () => {
  it("writes each format its file name asks for and returns the paths", async () => {
    expect(await writeEcosystemFile(eco, join(dir, "out/eco.json"))).toEqual([join(dir, "out/eco.json")]);
    expect(await writeEcosystemFile(eco, join(dir, "out/eco.gexf"))).toEqual([join(dir, "out/eco.gexf")]);
    expect(await writeEcosystemFile(eco, join(dir, "out/eco.graphml"))).toEqual([
      join(dir, "out/eco.graphml"),
    ]);
    expect(await writeEcosystemFile(eco, join(dir, "out/map.kumu.json"))).toEqual([
      join(dir, "out/map.kumu.json"),
    ]);
    expect(await writeEcosystemFile(eco, join(dir, "pair/actors.csv"))).toEqual(
      ["actors.csv", "ties.csv", "roles.csv"].map((name) => join(dir, "pair", name)),
    );
    expect(await writeEcosystemFile(eco, join(dir, "sheets/elements.csv"))).toEqual(
      ["elements.csv", "connections.csv"].map((name) => join(dir, "sheets", name)),
    );
    expect(await writeEcosystemFile(eco, `${join(dir, "folder")}/`)).toHaveLength(3);
    expect((await readdir(join(dir, "folder"))).sort()).toEqual(["actors.csv", "roles.csv", "ties.csv"]);
  });

  it("refuses a name that announces no format", async () => {
    await expect(writeEcosystemFile(eco, join(dir, "eco.txt"))).rejects.toMatchObject({
      code: "file_format_unknown",
    });
  });

  it("reports a file it cannot write", async () => {
    await writeFile(join(dir, "blocker"), "x");
    await expect(writeEcosystemFile(eco, join(dir, "blocker/eco.json"))).rejects.toMatchObject({
      code: "file_unwritable",
    });
  });
});

describe("readEcosystemFile", () => {
  it("reads back every format written, by name and content", async () => {
    const full = toEcosystemData(eco);
    expect(toEcosystemData(await readEcosystemFile(join(dir, "out/eco.json")))).toEqual(full);
    expect(toEcosystemData(await readEcosystemFile(join(dir, "out/eco.gexf")))).toEqual(full);
    expect(toEcosystemData(await readEcosystemFile(join(dir, "out/map.kumu.json")))).toEqual(full);
    // The CSV pair holds no name or description.
    expect(toEcosystemData(await readEcosystemFile(join(dir, "pair/actors.csv")))).toEqual(withoutName);
    expect(toEcosystemData(await readEcosystemFile(join(dir, "pair/ties.csv")))).toEqual(withoutName);
    expect(toEcosystemData(await readEcosystemFile(join(dir, "folder")))).toEqual(withoutName);
  });

  it("detects a Kumu blueprint and affiliations inside a .json file", async () => {
    await writeFile(join(dir, "blueprint.json"), JSON.stringify(toKumu(eco)));
    expect((await readEcosystemFile(join(dir, "blueprint.json"))).order).toBe(eco.order);
    await writeFile(
      join(dir, "affiliations.json"),
      JSON.stringify({
        actors: [
          { id: "a", role: "developer" },
          { id: "b", role: "funder" },
        ],
        initiatives: [{ id: "p", members: [{ actor: "a" }, { actor: "b" }] }],
      }),
    );
    expect((await readEcosystemFile(join(dir, "affiliations.json"))).size).toBe(1);
  });

  it("reads Kumu sheets with a roleMap and a directory holding them", async () => {
    await mkdir(join(dir, "kumu"), { recursive: true });
    await writeFile(join(dir, "kumu/elements.csv"), "Label,Type\nA,Rahoittaja\nB,Kehittäjä\n");
    await writeFile(join(dir, "kumu/connections.csv"), "From,To,Type\nA,B,funding\n");
    const roleMap = { Rahoittaja: "funder", Kehittäjä: "developer" };
    expect((await readEcosystemFile(join(dir, "kumu"), { roleMap })).size).toBe(1);
    expect((await readEcosystemFile(join(dir, "kumu/connections.csv"), { roleMap })).order).toBe(2);
    expect(READ_ECOSYSTEM_FILE_DEFAULTS.roleMap).toEqual({});
  });

  it("reports a missing file with file_not_found and its path", async () => {
    const missing = join(dir, "nope.json");
    await expect(readEcosystemFile(missing)).rejects.toMatchObject({
      code: "file_not_found",
      message: expect.stringContaining(missing),
    });
    await mkdir(join(dir, "half"), { recursive: true });
    await writeFile(join(dir, "half/actors.csv"), "id,role\n");
    await expect(readEcosystemFile(join(dir, "half/actors.csv"))).rejects.toMatchObject({
      code: "file_not_found",
      message: expect.stringContaining("ties.csv"),
    });
  });

  it("reports an unreadable file with file_unreadable", async () => {
    await mkdir(join(dir, "adir.json"), { recursive: true });
    await expect(
      readEcosystemFile(join(dir, "adir.json"), { format: "ecosystem-json" }),
    ).rejects.toMatchObject({
      code: "file_unreadable",
    });
  });

  it("refuses content that does not fit the name", async () => {
    await writeFile(join(dir, "fake.gexf"), '{"actors":[],"ties":[]}');
    await expect(readEcosystemFile(join(dir, "fake.gexf"))).rejects.toMatchObject({
      code: "file_format_mismatch",
    });
    await writeFile(join(dir, "fake.kumu.json"), '{"actors":[],"ties":[]}');
    await expect(readEcosystemFile(join(dir, "fake.kumu.json"))).rejects.toMatchObject({
      code: "file_format_mismatch",
    });
    await writeFile(join(dir, "list.json"), "[1, 2]");
    await expect(readEcosystemFile(join(dir, "list.json"))).rejects.toMatchObject({
      code: "file_format_mismatch",
    });
    await writeFile(join(dir, "fake.graphml"), '{"actors":[],"ties":[]}');
    await expect(readEcosystemFile(join(dir, "fake.graphml"))).rejects.toMatchObject({
      code: "file_format_mismatch",
    });
    await writeFile(join(dir, "notes.txt"), "x");
    await expect(readEcosystemFile(join(dir, "notes.txt"))).rejects.toMatchObject({
      code: "file_format_unknown",
    });
  });

  it("names the file in a validation error and keeps the issue places", async () => {
    await mkdir(join(dir, "bad"), { recursive: true });
    await writeFile(join(dir, "bad/actors.csv"), "id,role\na,funder\n");
    await writeFile(join(dir, "bad/ties.csv"), "source,target,kind\na,zz,funding\n");
    const error = await readEcosystemFile(join(dir, "bad/actors.csv")).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EcosystemValidationError);
    expect((error as EcosystemValidationError).message).toContain(join(dir, "bad"));
    expect((error as EcosystemValidationError).issues).toEqual([
      {
        code: "unknown_actor",
        path: "ties.csv:row 2:target",
        message: 'unknown actor "zz"',
        messageData: { id: "issues.unknownActor", params: { id: "zz" }, text: 'unknown actor "zz"' },
      },
    ]);
    await writeFile(join(dir, "broken.json"), '{\n  "actors": [,\n}');
    const syntax = await readEcosystemFile(join(dir, "broken.json")).catch((caught: unknown) => caught);
    expect((syntax as EcosystemValidationError).issues[0]).toMatchObject({ code: "invalid_json" });
    expect((syntax as EcosystemValidationError).message).toContain("line 2, column 14");
  });

  it("writes files it can read byte-for-byte again", async () => {
    const text = await readFile(join(dir, "out/eco.json"), "utf8");
    await writeEcosystemFile(await readEcosystemFile(join(dir, "out/eco.json")), join(dir, "again.json"));
    expect(await readFile(join(dir, "again.json"), "utf8")).toBe(text);
    expect(withoutDescription.name).toBe(SAMPLE.name);
  });
});

describe("readScenarioFile", () => {
  it("reads and validates a scenario document", async () => {
    const path = join(dir, "esf-ends.json");
    await writeFile(
      path,
      JSON.stringify({
        name: "ESF+ ends",
        base: "sample.json",
        changes: [{ op: "removeActor", id: "f-esf" }],
      }),
    );
    expect(await readScenarioFile(path)).toEqual({
      name: "ESF+ ends",
      base: "sample.json",
      changes: [{ op: "removeActor", id: "f-esf" }],
    });
  });

  it("reports malformed JSON with its line and column, and a missing file by code", async () => {
    const path = join(dir, "broken-scenario.json");
    await writeFile(path, '{ "changes": [ }');
    const error = await readScenarioFile(path).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EcosystemValidationError);
    expect((error as EcosystemValidationError).issues[0]).toMatchObject({ code: "invalid_json" });
    expect((error as EcosystemValidationError).issues[0]?.message).toMatch(/line 1, column/);
    await expect(readScenarioFile(join(dir, "nowhere.json"))).rejects.toMatchObject({
      code: "file_not_found",
    });
  });

  it("lists every problem of an invalid scenario with its path", async () => {
    const path = join(dir, "bad-scenario.json");
    await writeFile(path, JSON.stringify({ changes: [{ op: "fly" }, { op: "removeActor" }] }));
    const error = (await readScenarioFile(path).catch(
      (caught: unknown) => caught,
    )) as EcosystemValidationError;
    expect(error.issues.map((issue) => issue.path)).toEqual(
      expect.arrayContaining(["changes[0].op", "changes[1].id"]),
    );
  });
});
