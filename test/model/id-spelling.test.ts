import { describe, expect, it } from "vitest";
import { createEcosystem, EcosystemValidationError, validateEcosystem } from "../../src/index.js";
import { fromCsv } from "../../src/io/csv.js";
import { isValidEcosystemData } from "../../src/model/quick-check.js";

function issuesOf(input: unknown) {
  const result = validateEcosystem(input);
  if (result.ok) throw new Error("expected the document to be invalid");
  expect(isValidEcosystemData(input)).toBe(false);
  return result.issues.map(({ code, path, message }) => ({ code, path, message }));
}

const NFC = "Caf\u00e9";
const NFD = "Cafe\u0301";

describe("ids that show nothing", () => {
  // Each is empty once white space, format characters and other default-ignorable code points go.
  const invisible = [
    "\u200b",
    "\ufeff\u200b",
    "\u2060",
    "\u202e\u202c",
    "\u2066\u2069",
    "\u200b \u00a0",
    "\u3164",
  ];

  it.each(invisible)("refuses the actor id %j with its place and its escaped spelling", (id) => {
    const issues = issuesOf({ actors: [{ id, role: "developer" }], ties: [] });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: "invisible_id", path: "actors[0].id" });
    const escaped = [...id].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).join("");
    expect(issues[0]!.message).toContain(escaped.replace(/\\u0020/g, " "));
  });

  it("refuses an invisible tie end and a role naming one, without a second 'unknown actor'", () => {
    const issues = issuesOf({
      actors: [
        { id: "a", role: "developer" },
        { id: "b", role: "\u200b" },
      ],
      ties: [{ source: "a", target: "\u2060", kind: "funding" }],
    });
    expect(issues.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: "invisible_id", path: "actors[1].role" },
      { code: "invisible_id", path: "ties[0].target" },
    ]);
  });

  it("keeps blank ids as blank_id and accepts ids that show a character among invisible ones", () => {
    expect(issuesOf({ actors: [{ id: "  ", role: "developer" }], ties: [] })[0]?.code).toBe("blank_id");
    const visible = {
      actors: [
        { id: "\u200ba", role: "developer" },
        { id: "\u00e9", role: "funder" },
      ],
      ties: [],
    };
    expect(validateEcosystem(visible).ok).toBe(true);
  });
});

describe("ids that differ only by Unicode normalisation", () => {
  it("refuses the second actor spelling, naming both spellings and their forms", () => {
    const issues = issuesOf({
      actors: [
        { id: NFC, role: "developer" },
        { id: "x", role: "funder" },
        { id: NFD, role: "funder" },
      ],
      ties: [],
    });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: "equivalent_id", path: "actors[2].id" });
    expect(issues[0]!.message).toContain('"Cafe\\u0301" (NFD)');
    expect(issues[0]!.message).toContain('"Caf\\u00e9" (NFC)');
  });

  it("catches a non-ASCII spelling of an ASCII id (KELVIN SIGN for K), whichever comes first", () => {
    for (const ids of [
      ["K", "\u212a"],
      ["\u212a", "K"],
    ]) {
      const issues = issuesOf({ actors: ids.map((id) => ({ id, role: "developer" })), ties: [] });
      expect(issues.map((issue) => issue.code)).toEqual(["equivalent_id"]);
      expect(issues[0]!.path).toBe("actors[1].id");
    }
  });

  it("refuses a tie end spelt otherwise than its actor, naming both spellings", () => {
    const issues = issuesOf({
      actors: [
        { id: NFC, role: "developer" },
        { id: "f", role: "funder" },
      ],
      ties: [{ source: "f", target: NFD, kind: "funding" }],
    });
    expect(issues).toEqual([
      {
        code: "equivalent_id",
        path: "ties[0].target",
        message: expect.stringMatching(/"Cafe\\u0301" \(NFD\).*"Caf\\u00e9" \(NFC\)/),
      },
    ]);
  });

  it("keeps compatibility forms (NFKC) apart: the ligature \ufb01 is not fi", () => {
    const doc = {
      actors: [
        { id: "\ufb01", role: "developer" },
        { id: "fi", role: "funder" },
      ],
      ties: [],
    };
    expect(validateEcosystem(doc).ok).toBe(true);
  });

  it("names the CSV row and column of both rules", () => {
    const read = () =>
      fromCsv({
        actors: `id,role\n${NFC},developer\n${NFD},funder\n\u200b,funder\n`,
        ties: `source,target,kind\n${NFC},${NFD},funding\n`,
      });
    expect(read).toThrow(EcosystemValidationError);
    try {
      read();
    } catch (error) {
      const issues = (error as EcosystemValidationError).issues;
      expect(issues.map((issue) => issue.code).sort()).toEqual(["equivalent_id", "invisible_id"]);
      for (const issue of issues) expect(issue.path).toMatch(/actors\.csv.*row \d+/);
    }
  });
});

describe("sums of weights and amounts", () => {
  const actors = [
    { id: "a", role: "developer" },
    { id: "b", role: "funder" },
    { id: "c", role: "upskiller" },
  ];

  it("refuses weights whose sum over the document overflows, at the tie where it does", () => {
    const ties = [
      { source: "a", target: "b", kind: "collaboration", weight: 1e308 },
      { source: "b", target: "c", kind: "collaboration", weight: 1 },
      { source: "a", target: "c", kind: "collaboration", weight: 1e308 },
    ];
    expect(issuesOf({ actors, ties }).map(({ code, path }) => ({ code, path }))).toEqual([
      { code: "weight_overflow", path: "ties[2].weight" },
    ]);
  });

  it("refuses amounts whose sum per actor overflows (parallel ties of one pair)", () => {
    const ties = [
      { source: "b", target: "a", kind: "funding", amount: Number.MAX_VALUE },
      { source: "b", target: "a", kind: "funding", amount: Number.MAX_VALUE / 2 },
    ];
    expect(issuesOf({ actors, ties }).map(({ code, path }) => ({ code, path }))).toEqual([
      { code: "amount_overflow", path: "ties[1].amount" },
    ]);
  });

  it("accepts large weights whose sum stays finite, and analyses them without NaN or Infinity", () => {
    const ties = [
      { source: "a", target: "b", kind: "collaboration", weight: 1e307 },
      { source: "b", target: "c", kind: "collaboration", weight: 1e307 },
      { source: "b", target: "a", kind: "funding", amount: 1e307 },
    ];
    expect(validateEcosystem({ actors, ties }).ok).toBe(true);
    expect(() => createEcosystem({ actors, ties })).not.toThrow();
  });
});
