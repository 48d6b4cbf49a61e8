// Validation problems as messages: each issue's messageData is its English message in English, every
// issue code a broken document raises has one (no fallback to zod's English), and the command line
// writes them, and the option errors it can print, in Finnish and Swedish without English words.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run.js";
import { validateEcosystem } from "../../src/model/validate.js";
import { formatMessage } from "../../src/text/message.js";
import { smallData } from "../report/fixtures.js";

const BIG = 1e308;

/** A document with one problem of each kind validation reports. */
const BROKEN = {
  nmae: "typo of name",
  roles: [
    { id: "hub", needs: ["nope"], labels: { fi: " " } },
    { id: "hub" },
    { id: "h\u00f4st" },
    { id: "ho\u0302st" },
    { id: "n\u00e9t" },
  ],
  actors: [
    { id: "a", role: "devloper" },
    { id: "a", role: "funder" },
    { id: "Cafe\u0301", role: "funder" },
    { id: "Caf\u00e9", role: "funder" },
    { id: "b", role: "funder", attributes: { constructor: "x", bad: { nested: true } } },
    { id: 5, role: "funder" },
    { id: "c", role: "funder", lable: "typo" },
    { id: "d" },
    { id: "\u200b", role: "funder" },
    { id: "toString", role: "funder" },
    { id: "", role: "funder" },
    { id: " ", role: "funder" },
    { id: "e", role: "ne\u0301t" },
  ],
  ties: [
    { source: "a", target: "zz", kind: "funding" },
    { source: "b", target: "bb", kind: "funding" },
    { source: "b", target: "b", kind: "funding" },
    { source: "a", target: "b", kind: " ", weight: 0, amount: -1, since: "2024-05-01", until: "2023-01-01" },
    { source: "a", target: "b", kind: "funding", since: "2024-13-01", directed: "yes", weight: "2" },
    { source: "a", target: "Cafe\u0301x", kind: "funding" },
    { source: "a", target: "Caf\u00e9".normalize("NFD"), kind: "funding", weight: BIG, amount: BIG },
    { source: "b", target: "a", kind: "funding", weight: BIG, amount: BIG },
    { source: "a", kind: "funding" },
    { source: "a", target: "b", kind: "\u200b" },
    { source: "a", target: "b", kind: "caf\u00e9" },
    { source: "a", target: "b", kind: "cafe\u0301" },
  ],
};

function issuesOf(document: unknown) {
  const result = validateEcosystem(document);
  if (result.ok) throw new Error("expected issues");
  return result.issues;
}

describe("the messages of validation issues", () => {
  it("gives every issue a catalogue message whose English is the issue's message", () => {
    const issues = issuesOf(BROKEN);
    const codes = new Set(issues.map((issue) => issue.code));
    for (const code of [
      "unrecognized_keys",
      "unknown_role",
      "duplicate_id",
      "equivalent_id",
      "reserved_id",
      "invalid_type",
      "invisible_id",
      "empty",
      "blank_id",
      "blank_role_label",
      "blank_kind",
      "invisible_kind",
      "equivalent_kind",
      "unknown_actor",
      "self_tie",
      "date_order",
      "invalid_date",
      "non_positive_weight",
      "negative_amount",
      "weight_overflow",
      "amount_overflow",
    ])
      expect(codes, code).toContain(code);
    for (const id of ["issues.equivalentRoleId", "issues.unknownRoleSpelling", "issues.invisibleKind"])
      expect(issues.map((issue) => issue.messageData?.id)).toContain(id);
    for (const issue of issues) {
      expect(issue.messageData, `${issue.path} ${issue.code}`).toBeDefined();
      expect(issue.messageData!.id, `${issue.path} ${issue.code}`).not.toBe("issues.zod");
      expect(formatMessage(issue.messageData!, "en"), issue.path).toBe(issue.message);
      expect(issue.messageData!.text).toBe(issue.message);
    }
  });
});

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "ecoweave-issues-"));
  writeFileSync(join(dir, "broken.json"), JSON.stringify(BROKEN));
  writeFileSync(join(dir, "eco.json"), JSON.stringify(smallData()));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function stderrOf(args: readonly string[]): Promise<{ code: number; stderr: string }> {
  let stderr = "";
  const code = await runCli(args, {
    stdout: () => {},
    stderr: (text) => {
      stderr += text;
    },
    stderrIsTty: false,
    color: false,
    cwd: dir,
    today: "2026-12-07",
  });
  return { code, stderr };
}

const ENGLISH =
  /\b(the|and|of|must|is|be|not|unknown|did you mean|actor|tie|role|field|name|choose|spell|largest|number|string|required|empty|blank|negative|greater|date|before|since|until|neither|no|has|kind|attribute)\b/i;

/** The text without what comes from the data or the command line: places, quoted ids, issue codes. */
function masked(text: string): string {
  return text
    .replace(/^ {2}[^ ]*?: /gm, "  ")
    .replace(/"(?:[^"\\]|\\.)*"/g, "«»")
    .replace(/\([a-z_]+ \d+(?:, [a-z_]+ \d+)*\)/g, "«»")
    .replace(
      /\b(?:NFC|NFD|YYYY-MM-DD|JavaScript|graphology|Unicode|U\+[0-9A-F]+|true|false|view|roles)\b/g,
      "«»",
    )
    .replace(/\b\d{4}-\d{2}-\d{2}\b/g, "«»")
    .replace(/\((?:until|since)\)/g, "«»")
    .replace(/\b[a-z]+\.[a-z]+\b/g, "«»")
    .replace(/[\w./-]*broken\.json/g, "«»");
}

describe("validation problems on the command line in Finnish and Swedish", () => {
  for (const lang of ["fi", "sv"]) {
    it(`writes every problem of a broken file in ${lang}`, async () => {
      const { code, stderr } = await stderrOf(["validate", "broken.json", "--lang", lang]);
      expect(code).toBe(2);
      const lines = stderr
        .split("\n")
        .slice(1)
        .filter((line) => line !== "");
      expect(lines.length).toBe(issuesOf(BROKEN).length);
      for (const line of lines) expect(masked(line), line).not.toMatch(ENGLISH);
    });

    it(`writes the option errors it can print in ${lang}`, async () => {
      for (const args of [
        ["gaps", "eco.json", "--kinds", "fundng"],
        ["gaps", "eco.json", "--coverage-by", "regoin"],
        ["clinics", "eco.json", "--roles", "fundr"],
      ]) {
        const { code, stderr } = await stderrOf([...args, "--lang", lang]);
        expect(code).toBe(2);
        const english = (await stderrOf([...args, "--lang", "en"])).stderr;
        expect(stderr).not.toBe(english);
        expect(masked(stderr.replace(/^ecoweave: \w+: /, "")), stderr).not.toMatch(ENGLISH);
      }
    });
  }
});
