// Issue 14, continued: role ids spelt two Unicode ways, and tie kinds that are invisible or spelt two
// ways, are refused like actor ids. Each planted document has one such mistake at a known place; the
// expected escaped spellings are written out by hand, not computed by the code under test.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createEcosystem, EcosystemValidationError, validateEcosystem } from "../../src/index.js";
import { isValidEcosystemData } from "../../src/model/quick-check.js";
import { formatMessage } from "../../src/text/message.js";
import { runInProcess } from "../cli/in-process.js";

const HOST_NFC = "h\u00f4st";
const HOST_NFD = "ho\u0302st";

function actorsWithRole(role: string) {
  return [
    { id: "a", role },
    { id: "b", role: "funder" },
  ];
}

/** The issues of an invalid document, checked the same through validateEcosystem and createEcosystem. */
function issuesOf(input: unknown) {
  const result = validateEcosystem(input);
  if (result.ok) throw new Error("expected the document to be invalid");
  expect(isValidEcosystemData(input)).toBe(false);
  let thrown: unknown;
  try {
    createEcosystem(input);
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(EcosystemValidationError);
  expect((thrown as EcosystemValidationError).issues).toEqual(result.issues);
  for (const issue of result.issues) {
    expect(issue.messageData, issue.path).toBeDefined();
    expect(formatMessage(issue.messageData!, "en")).toBe(issue.message);
    for (const locale of ["fi", "sv"] as const) {
      expect(formatMessage(issue.messageData!, locale), `${issue.path} ${locale}`).not.toBe(issue.message);
    }
  }
  return result.issues;
}

describe("role ids spelt two Unicode ways", () => {
  it("refuses a declared role that is an earlier one in another spelling, naming both", () => {
    const issues = issuesOf({
      roles: [{ id: HOST_NFC }, { id: "hub" }, { id: HOST_NFD }],
      actors: actorsWithRole(HOST_NFC),
      ties: [],
    });
    expect(issues.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: "equivalent_id", path: "roles[2].id" },
    ]);
    expect(issues[0]!.message).toBe(
      'role id "ho\\u0302st" (NFD) and role id "h\\u00f4st" (NFC) are one name in two Unicode spellings; spell it one way',
    );
  });

  it("refuses a spelling of a built-in role id (KELVIN SIGN for K) as a declared role", () => {
    const issues = issuesOf({
      roles: [{ id: "\u212a" }, { id: "K" }],
      actors: actorsWithRole("K"),
      ties: [],
    });
    expect(issues.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: "equivalent_id", path: "roles[1].id" },
    ]);
    expect(issues[0]!.message).toContain('"K" (NFC)');
    expect(issues[0]!.message).toContain('"\\u212a" (neither NFC nor NFD)');
  });

  it("refuses an actor's role spelt otherwise than the declared role, in place of unknown_role", () => {
    const issues = issuesOf({ roles: [{ id: HOST_NFC }], actors: actorsWithRole(HOST_NFD), ties: [] });
    expect(issues.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: "equivalent_id", path: "actors[0].role" },
    ]);
    expect(issues[0]!.message).toBe(
      'unknown role "ho\\u0302st" (NFD): role id "h\\u00f4st" (NFC) is the same name in another Unicode spelling; spell it one way',
    );
  });

  it("refuses a need spelt otherwise than the declared role", () => {
    const issues = issuesOf({
      roles: [{ id: HOST_NFD }, { id: "hub", needs: ["funder", HOST_NFC] }],
      actors: actorsWithRole(HOST_NFD),
      ties: [],
    });
    expect(issues.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: "equivalent_id", path: "roles[1].needs[1]" },
    ]);
    expect(issues[0]!.message).toMatch(/^unknown role "h\\u00f4st" \(NFC\): role id "ho\\u0302st" \(NFD\)/);
  });

  it("still calls a role that is no spelling of any role unknown", () => {
    const issues = issuesOf({ roles: [{ id: HOST_NFC }], actors: actorsWithRole("hots"), ties: [] });
    expect(issues.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: "unknown_role", path: "actors[0].role" },
    ]);
  });

  it("accepts one spelling used throughout, and a declared role replacing a built-in", () => {
    const document = {
      roles: [
        { id: HOST_NFD, needs: ["funder"] },
        { id: "funder", needs: [HOST_NFD] },
      ],
      actors: actorsWithRole(HOST_NFD),
      ties: [{ source: "b", target: "a", kind: "funding" }],
    };
    expect(validateEcosystem(document).ok).toBe(true);
    expect(isValidEcosystemData(document)).toBe(true);
  });
});

describe("tie kinds", () => {
  const actors = actorsWithRole("developer");
  const tie = (kind: string) => ({ source: "a", target: "b", kind });

  it.each([
    ["\u200b", "\\u200b"],
    ["\ufeff\u2060", "\\ufeff\\u2060"],
    ["\u202e\u202c", "\\u202e\\u202c"],
    [" \u200b ", " \\u200b "],
  ])("refuses the invisible kind %j with its place and escaped spelling", (kind, escaped) => {
    const issues = issuesOf({ actors, ties: [tie("funding"), tie(kind)] });
    expect(issues.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: "invisible_kind", path: "ties[1].kind" },
    ]);
    expect(issues[0]!.message).toContain(`tie kind "${escaped}" shows no visible character`);
  });

  it("keeps a kind of spaces blank_kind, and accepts a kind with a visible character", () => {
    expect(issuesOf({ actors, ties: [tie("  ")] }).map((issue) => issue.code)).toEqual(["blank_kind"]);
    const visible = { actors, ties: [tie("\u200bmentoring")] };
    expect(validateEcosystem(visible).ok).toBe(true);
    expect(isValidEcosystemData(visible)).toBe(true);
  });

  it("refuses every later tie whose kind is an earlier kind in another spelling", () => {
    const issues = issuesOf({
      actors,
      ties: [tie("caf\u00e9"), tie("funding"), tie("cafe\u0301"), tie("caf\u00e9"), tie("cafe\u0301")],
    });
    expect(issues.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: "equivalent_kind", path: "ties[2].kind" },
      { code: "equivalent_kind", path: "ties[4].kind" },
    ]);
    expect(issues[0]!.message).toBe(
      'tie kind "cafe\\u0301" (NFD) and tie kind "caf\\u00e9" (NFC) are one name in two Unicode spellings; spell it one way',
    );
  });

  it("keeps compatibility forms apart: the ligature \ufb01 is not fi", () => {
    const document = { actors, ties: [tie("\ufb01x"), tie("fix")] };
    expect(validateEcosystem(document).ok).toBe(true);
    expect(isValidEcosystemData(document)).toBe(true);
  });
});

describe("the command line's validate on a CSV folder", () => {
  const dir = mkdtempSync(join(tmpdir(), "ecoweave-role-kind-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("names the file, row and column of each mistake, in English and Finnish, and exits 2", async () => {
    writeFileSync(join(dir, "roles.csv"), `id,label\n${HOST_NFC},Host\n${HOST_NFD},Host again\n`);
    writeFileSync(join(dir, "actors.csv"), `id,role\na,${HOST_NFC}\nb,funder\nc,${HOST_NFD}x\n`);
    writeFileSync(join(dir, "ties.csv"), "source,target,kind\nb,a,caf\u00e9\nb,c,cafe\u0301\na,c,\u200b\n");
    const english = await runInProcess(dir, ["validate", "actors.csv"]);
    expect(english.code).toBe(2);
    const lines = english.stderr.trim().split("\n").slice(1);
    expect(lines).toEqual([
      // The refused second spelling is not listed again among the roles in force.
      `  actors.csv:row 4:role: unknown role "${HOST_NFD}x"; declare it in roles or use one of "developer", "upskiller", "funder", "${HOST_NFC}"`,
      expect.stringMatching(
        /^ {2}roles\.csv:row 3:id: role id "ho\\u0302st" \(NFD\) and role id "h\\u00f4st" \(NFC\)/,
      ),
      expect.stringMatching(
        /^ {2}ties\.csv:row 3:kind: tie kind "cafe\\u0301" \(NFD\) and tie kind "caf\\u00e9" \(NFC\)/,
      ),
      expect.stringMatching(/^ {2}ties\.csv:row 4:kind: tie kind "\\u200b" shows no visible character/),
    ]);
    const finnish = await runInProcess(dir, ["validate", "actors.csv", "--lang", "fi"]);
    expect(finnish.code).toBe(2);
    expect(finnish.stderr).toContain('roolin tunnisteet "ho\\u0302st" (NFD) ja "h\\u00f4st" (NFC)');
    expect(finnish.stderr).toContain('yhteyksien lajit "cafe\\u0301" (NFD) ja "caf\\u00e9" (NFC)');
    expect(finnish.stderr).toContain('yhteyden lajissa "\\u200b"');
  });
});
