import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateEcosystem } from "../../src/index.js";
import { isValidEcosystemData } from "../../src/model/quick-check.js";
import { validateWithSchema } from "../../src/model/validate.js";

/** Optional fields are left out when the arbitrary draws this. */
const ABSENT = Symbol("absent");

/** A field drawn from valid and invalid values alike, so that about half the documents are valid. */
function recordOf(fields: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(fields).map((drawn) => {
    const record: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(drawn)) if (value !== ABSENT) record[key] = value;
    return record;
  });
}

const ids = ["a", "b", "c", "d"];
const badId = fc.constantFrom("", " ", "__proto__", "toString", "zz", 7, null);
/** An actor's own id: its index's id (`a`, `b`, …) unless replaced by a bad or duplicate one. */
const OWN_ID = Symbol("own id");
const actorId = fc.oneof(
  { weight: 40, arbitrary: fc.constant(OWN_ID) },
  { weight: 1, arbitrary: fc.oneof(badId, fc.constantFrom(...ids)) },
);
/** A tie's two ends: two of the actors, or now and then a bad end or the same actor twice. */
const ends = fc.oneof(
  { weight: 40, arbitrary: fc.uniqueArray(fc.constantFrom(...ids), { minLength: 2, maxLength: 2 }) },
  { weight: 1, arbitrary: fc.tuple(badId, fc.constantFrom(...ids)) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...ids), badId) },
  { weight: 1, arbitrary: fc.constantFrom(...ids).map((end) => [end, end]) },
);
const role = fc.oneof(
  { weight: 40, arbitrary: fc.constantFrom("developer", "upskiller", "funder") },
  { weight: 2, arbitrary: fc.constantFrom("host", "devloper", "", "constructor", 3) },
  // Two spellings of one declared role (NFC and NFD).
  { weight: 1, arbitrary: fc.constantFrom("h\u00f4st", "ho\u0302st") },
);
const optionalString = fc.oneof(
  { weight: 20, arbitrary: fc.constant(ABSENT) },
  { weight: 10, arbitrary: fc.string({ maxLength: 3 }) },
  { weight: 1, arbitrary: fc.constantFrom(undefined, 4, null) },
);
const attributeValue = fc.oneof(
  { weight: 18, arbitrary: fc.oneof(fc.string({ maxLength: 3 }), fc.integer(), fc.boolean()) },
  { weight: 6, arbitrary: fc.array(fc.string({ maxLength: 2 }), { maxLength: 2 }) },
  { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, null, [1], { x: 1 }) },
);
const attributeKey = fc.oneof(
  { weight: 24, arbitrary: fc.constantFrom("region", "themes", "size") },
  { weight: 1, arbitrary: fc.constantFrom("", "valueOf", "__proto__") },
);
const attributes = fc.oneof(
  { weight: 6, arbitrary: fc.constant(ABSENT) },
  {
    weight: 3,
    arbitrary: fc.array(fc.tuple(attributeKey, attributeValue), { maxLength: 3 }).map(buildRecord),
  },
  { weight: 1, arbitrary: fc.constantFrom(null, [], "x") },
);

/** A record with own keys as JSON.parse makes them (`__proto__` included as an own key). */
function buildRecord(entries: readonly (readonly [string, unknown])[]): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const [key, value] of entries) {
    Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return record;
}

const extraField = fc.oneof(
  { weight: 40, arbitrary: fc.constant(ABSENT) },
  { weight: 1, arbitrary: fc.constantFrom(1, undefined) },
);

const actor = fc.oneof(
  {
    weight: 40,
    arbitrary: recordOf({ id: actorId, role, label: optionalString, attributes, extra: extraField }),
  },
  { weight: 1, arbitrary: fc.constantFrom(null, "a", [], undefined) },
);
const actors = fc
  .array(actor, { minLength: 4, maxLength: 5 })
  .map((list) =>
    list.map((record, index) =>
      record !== null && typeof record === "object" && "id" in record && record.id === OWN_ID
        ? { ...record, id: ids[index] ?? `x${index}` }
        : record,
    ),
  );

const number = (valid: fc.Arbitrary<number>) =>
  fc.oneof(
    { weight: 20, arbitrary: fc.constant(ABSENT) },
    { weight: 10, arbitrary: valid },
    {
      weight: 1,
      arbitrary: fc.constantFrom(0, -0, -1, Number.NaN, Number.NEGATIVE_INFINITY, "2", undefined),
    },
  );
const date = fc.oneof(
  { weight: 20, arbitrary: fc.constant(ABSENT) },
  { weight: 10, arbitrary: fc.constantFrom("2021-01-01", "2023-06-30", "2024-02-29", "2025-12-31") },
  { weight: 1, arbitrary: fc.constantFrom("2023-02-29", "2023-1-1", "", 2023, undefined) },
);
const tie = fc.oneof(
  {
    weight: 40,
    arbitrary: recordOf({
      ends,
      kind: fc.oneof(
        { weight: 30, arbitrary: fc.constantFrom("funding", "collaboration", "co-op", "caf\u00e9") },
        // Invisible kinds, and the NFD spelling of "caf\u00e9".
        {
          weight: 1,
          arbitrary: fc.constantFrom("", " ", "\t\n", 1, undefined, "\u200b", "\u202e", "cafe\u0301"),
        },
      ),
      directed: fc.oneof(
        { weight: 20, arbitrary: fc.constant(ABSENT) },
        { weight: 10, arbitrary: fc.boolean() },
        { weight: 1, arbitrary: fc.constantFrom("yes", 1, undefined) },
      ),
      weight: number(fc.double({ min: 0.001, max: 10, noNaN: true })),
      amount: number(fc.integer({ min: 0, max: 1000 })),
      since: date,
      until: date,
      extra: extraField,
    }).map(({ ends: pair, ...rest }) => {
      const [source, target] = pair as [unknown, unknown];
      return { source, target, ...rest };
    }),
  },
  { weight: 1, arbitrary: fc.constantFrom(null, 1, []) },
);
const declaredRole = recordOf({
  id: fc.oneof(
    { weight: 20, arbitrary: fc.constantFrom("host", "funder") },
    { weight: 2, arbitrary: fc.constantFrom("h\u00f4st", "ho\u0302st") },
    { weight: 1, arbitrary: fc.constantFrom("", "hasOwnProperty") },
  ),
  label: optionalString,
  needs: fc.oneof(
    { weight: 4, arbitrary: fc.constant(ABSENT) },
    { weight: 12, arbitrary: fc.array(fc.constantFrom("developer", "host", "funder"), { maxLength: 2 }) },
    { weight: 1, arbitrary: fc.constantFrom(["fundr"], "funder", [""]) },
  ),
  extra: extraField,
});

const document = recordOf({
  name: optionalString,
  description: optionalString,
  roles: fc.oneof(
    { weight: 12, arbitrary: fc.constant(ABSENT) },
    { weight: 12, arbitrary: fc.array(declaredRole, { maxLength: 2 }) },
    { weight: 1, arbitrary: fc.constantFrom(null, {}) },
  ),
  actors: fc.oneof(
    { weight: 40, arbitrary: actors },
    { weight: 1, arbitrary: fc.constantFrom(ABSENT, null, {}) },
  ),
  ties: fc.oneof(
    { weight: 40, arbitrary: fc.array(tie, { maxLength: 4 }) },
    { weight: 1, arbitrary: fc.constantFrom(ABSENT, null, "ties") },
  ),
  extra: extraField,
});

describe("isValidEcosystemData", () => {
  it("agrees with the zod schema and the cross-record rules on valid and invalid documents (property)", () => {
    let valid = 0;
    let total = 0;
    fc.assert(
      fc.property(document, (candidate) => {
        const expected = validateWithSchema(candidate).ok;
        total++;
        if (expected) valid++;
        expect(isValidEcosystemData(candidate)).toBe(expected);
      }),
      { numRuns: 3000, seed: 20261129 },
    );
    // The property means little unless both answers occur often.
    expect(valid / total).toBeGreaterThan(0.1);
    expect(valid / total).toBeLessThan(0.9);
  });

  it("leaves records that are not plain data to the schema, which accepts them", () => {
    class Tie {
      constructor(
        readonly source: string,
        readonly target: string,
        readonly kind: string,
      ) {}
    }
    const input = {
      actors: [
        { id: "a", role: "developer" },
        { id: "b", role: "funder" },
      ],
      ties: [new Tie("a", "b", "funding")],
    };
    expect(isValidEcosystemData(input)).toBe(false);
    const result = validateEcosystem(input);
    expect(result).toEqual({
      ok: true,
      data: { actors: input.actors, ties: [{ source: "a", target: "b", kind: "funding" }] },
    });
  });

  it("accepts records without a prototype, as zod does", () => {
    const tie = Object.assign(Object.create(null) as object, { source: "a", target: "b", kind: "funding" });
    const input = {
      actors: [
        { id: "a", role: "developer" },
        { id: "b", role: "funder" },
      ],
      ties: [tie],
    };
    expect(isValidEcosystemData(input)).toBe(true);
    expect(validateWithSchema(input).ok).toBe(true);
  });

  it("makes validateEcosystem return a plain-data document itself, not a copy", () => {
    const input = { actors: [{ id: "a", role: "developer" }], ties: [] };
    const result = validateEcosystem(input);
    expect(result.ok && result.data).toBe(input);
  });

  it("checks every tie's kind and ends although it looks each kind and end up once", () => {
    const actors = [
      { id: "a", role: "developer" },
      { id: "b", role: "funder" },
    ];
    const bad: unknown[][] = [
      [{ source: "a", target: "b", kind: null }],
      [{ source: "a", target: "b" }],
      [
        { source: "a", target: "b", kind: "funding" },
        { source: "a", target: "b", kind: 7 },
      ],
      [{ source: "a", target: 1, kind: "funding" }],
      [{ source: "a", target: "a", kind: "funding" }],
      [{ source: "a", target: "b", kind: "funding", since: "2024-01-02", until: "2024-01-01" }],
    ];
    for (const ties of bad) {
      expect(isValidEcosystemData({ actors, ties })).toBe(false);
      expect(validateWithSchema({ actors, ties }).ok).toBe(false);
    }
  });
});
