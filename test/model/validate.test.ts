import { describe, expect, it } from "vitest";
import { createEcosystem, EcosystemValidationError, validateEcosystem } from "../../src/index.js";
import { RESERVED_IDS } from "../../src/model/schema.js";

const actors = [
  { id: "f1", role: "funder" },
  { id: "d1", role: "developer" },
  { id: "u1", role: "upskiller" },
];

function issuesOf(input: unknown) {
  const result = validateEcosystem(input);
  if (result.ok) throw new Error("expected the document to be invalid");
  return result.issues.map(({ code, path }) => ({ code, path }));
}

describe("validateEcosystem", () => {
  it("accepts a minimal valid document and returns its content unchanged", () => {
    const input = { actors, ties: [{ source: "f1", target: "d1", kind: "funding", weight: 2, amount: 0 }] };
    const result = validateEcosystem(input);
    expect(result).toEqual({ ok: true, data: input });
  });

  it("accepts an empty ecosystem", () => {
    expect(validateEcosystem({ actors: [], ties: [] }).ok).toBe(true);
  });

  it("refuses a document that is not an object", () => {
    expect(issuesOf(null)).toEqual([{ code: "invalid_type", path: "" }]);
    expect(issuesOf([])).toEqual([{ code: "invalid_type", path: "" }]);
  });

  it("reports missing required fields as required, with their paths", () => {
    expect(issuesOf({ actors: [{ id: "a" }] })).toEqual([
      { code: "invalid_type", path: "actors[0].role" },
      { code: "invalid_type", path: "ties" },
    ]);
  });

  it.each([...RESERVED_IDS])("refuses the Object.prototype member name %j as an actor id", (id) => {
    const issues = issuesOf({ actors: [{ id, role: "developer" }], ties: [] });
    expect(issues).toContainEqual({ code: "reserved_id", path: "actors[0].id" });
  });

  it("explains why a reserved id is refused and asks for another", () => {
    const result = validateEcosystem({ actors: [{ id: "__proto__", role: "developer" }], ties: [] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.message).toMatch(/graphology.*choose another id/);
  });

  it("refuses reserved names as role ids and attribute names", () => {
    expect(
      issuesOf({
        roles: [{ id: "constructor" }],
        actors: [
          { id: "a", role: "developer", attributes: JSON.parse('{"__proto__": "x", "toString": "y"}') },
        ],
        ties: [],
      }),
    ).toEqual([
      { code: "reserved_id", path: "actors[0].attributes.__proto__" },
      { code: "reserved_id", path: "actors[0].attributes.toString" },
      { code: "reserved_id", path: "roles[0].id" },
    ]);
  });

  it("refuses empty and blank ids", () => {
    expect(issuesOf({ actors: [{ id: "", role: "developer" }], ties: [] })).toEqual([
      { code: "empty", path: "actors[0].id" },
    ]);
    expect(issuesOf({ actors: [{ id: "  ", role: "developer" }], ties: [] })).toEqual([
      { code: "blank_id", path: "actors[0].id" },
    ]);
  });

  it("refuses duplicate actor ids and duplicate role ids", () => {
    expect(
      issuesOf({
        roles: [{ id: "host" }, { id: "host" }],
        actors: [...actors, { id: "d1", role: "developer" }],
        ties: [],
      }),
    ).toEqual([
      { code: "duplicate_id", path: "actors[3].id" },
      { code: "duplicate_id", path: "roles[1].id" },
    ]);
  });

  it("refuses an undeclared role, so a typo is an error rather than a new role", () => {
    const result = validateEcosystem({ actors: [{ id: "a", role: "devloper" }], ties: [] });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.map(({ code, path, message }) => ({ code, path, message }))).toEqual([
        {
          code: "unknown_role",
          path: "actors[0].role",
          message:
            'unknown role "devloper"; declare it in roles or use one of "developer", "upskiller", "funder"',
        },
      ]);
    }
  });

  it("accepts a declared role and refuses needs naming an unknown role", () => {
    expect(
      validateEcosystem({
        roles: [{ id: "host", needs: ["funder"] }],
        actors: [{ id: "a", role: "host" }],
        ties: [],
      }).ok,
    ).toBe(true);
    expect(issuesOf({ roles: [{ id: "host", needs: ["fundr"] }], actors: [], ties: [] })).toEqual([
      { code: "unknown_role", path: "roles[0].needs[0]" },
    ]);
  });

  it("refuses ties to unknown actors, naming the actor", () => {
    const result = validateEcosystem({ actors, ties: [{ source: "x9", target: "d1", kind: "funding" }] });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.map(({ code, path, message }) => ({ code, path, message }))).toEqual([
        { code: "unknown_actor", path: "ties[0].source", message: 'unknown actor "x9"' },
      ]);
    }
  });

  it("refuses self-ties", () => {
    expect(issuesOf({ actors, ties: [{ source: "d1", target: "d1", kind: "collaboration" }] })).toEqual([
      { code: "self_tie", path: "ties[0]" },
    ]);
  });

  it.each([
    [0, "non_positive_weight"],
    [-2, "non_positive_weight"],
    [Number.NaN, "not_finite"],
    [Number.POSITIVE_INFINITY, "not_finite"],
    ["3", "invalid_type"],
  ])("refuses the weight %s (%s)", (weight, code) => {
    expect(issuesOf({ actors, ties: [{ source: "f1", target: "d1", kind: "funding", weight }] })).toEqual([
      { code, path: "ties[0].weight" },
    ]);
  });

  it("refuses negative and non-finite amounts, accepts zero", () => {
    expect(issuesOf({ actors, ties: [{ source: "f1", target: "d1", kind: "funding", amount: -1 }] })).toEqual(
      [{ code: "negative_amount", path: "ties[0].amount" }],
    );
    expect(
      issuesOf({ actors, ties: [{ source: "f1", target: "d1", kind: "funding", amount: Number.NaN }] }),
    ).toEqual([{ code: "not_finite", path: "ties[0].amount" }]);
  });

  it.each(["2023-02-30", "2023-13-01", "23-01-01", "2023/01/01", "yesterday", "2023-1-1"])(
    "refuses the date %j",
    (since) => {
      expect(issuesOf({ actors, ties: [{ source: "f1", target: "d1", kind: "funding", since }] })).toEqual([
        { code: "invalid_date", path: "ties[0].since" },
      ]);
    },
  );

  it("accepts a leap day and refuses since after until", () => {
    expect(
      validateEcosystem({
        actors,
        ties: [{ source: "f1", target: "d1", kind: "funding", since: "2024-02-29" }],
      }).ok,
    ).toBe(true);
    expect(
      issuesOf({
        actors,
        ties: [{ source: "f1", target: "d1", kind: "funding", since: "2024-01-02", until: "2024-01-01" }],
      }),
    ).toEqual([{ code: "date_order", path: "ties[0].until" }]);
  });

  it("refuses unknown fields rather than dropping them", () => {
    expect(issuesOf({ actors, ties: [{ source: "f1", target: "d1", kind: "funding", wieght: 2 }] })).toEqual([
      { code: "unrecognized_keys", path: "ties[0]" },
    ]);
  });

  it("refuses attribute values that are not strings, finite numbers, booleans or string lists", () => {
    expect(
      issuesOf({
        actors: [{ id: "a", role: "developer", attributes: { n: Number.NaN, o: { x: 1 }, l: [1, 2] } }],
        ties: [],
      }),
    ).toEqual([
      { code: "invalid_union", path: "actors[0].attributes.l" },
      { code: "invalid_union", path: "actors[0].attributes.n" },
      { code: "invalid_union", path: "actors[0].attributes.o" },
    ]);
  });

  it("lists every problem at once, schema and cross-record, in document order", () => {
    const issues = issuesOf({
      actors: [...actors, { id: "d1", role: "developer" }],
      ties: [
        { source: "f1", target: "zz", kind: "funding", weight: -1 },
        { source: "u1", target: "u1", kind: "" },
      ],
    });
    expect(issues).toEqual([
      { code: "duplicate_id", path: "actors[3].id" },
      { code: "unknown_actor", path: "ties[0].target" },
      { code: "non_positive_weight", path: "ties[0].weight" },
      { code: "self_tie", path: "ties[1]" },
      { code: "empty", path: "ties[1].kind" },
    ]);
  });
});

describe("createEcosystem", () => {
  it("throws EcosystemValidationError listing every issue, one per line", () => {
    let caught: unknown;
    try {
      createEcosystem({ actors, ties: [{ source: "x9", target: "d1", kind: "funding", weight: 0 }] });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(EcosystemValidationError);
    const error = caught as EcosystemValidationError;
    expect(error.code).toBe("invalid_input");
    expect(error.what).toBe("ecosystem");
    expect(error.issues).toHaveLength(2);
    expect(error.message).toMatchInlineSnapshot(`
      "invalid ecosystem: 2 problems
      ties[0].source: unknown actor "x9"
      ties[0].weight: must be greater than 0"
    `);
  });
});
