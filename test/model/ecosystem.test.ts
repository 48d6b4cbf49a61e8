import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  createEcosystem,
  type EcosystemData,
  ecosystemJsonSchema,
  ecosystemRoles,
  toEcosystemData,
  validateEcosystem,
} from "../../src/index.js";
import { deepFreeze } from "../helpers.js";

const data: EcosystemData = {
  name: "Tiny",
  description: "three actors",
  roles: [{ id: "host", label: "Host", needs: ["developer"] }],
  actors: [
    { id: "f1", label: "Foundation", role: "funder", attributes: { region: "Uusimaa", founded: 1990 } },
    { id: "d1", role: "developer", attributes: { themes: ["inclusion", "youth"], active: true } },
    { id: "h1", role: "host" },
  ],
  ties: [
    { source: "f1", target: "d1", kind: "funding", amount: 250000, since: "2022-01-01", until: "2023-12-31" },
    { source: "d1", target: "f1", kind: "information" },
    { source: "d1", target: "h1", kind: "collaboration", directed: true, weight: 2.5 },
    { source: "h1", target: "d1", kind: "training", directed: false },
  ],
};

describe("createEcosystem", () => {
  it("builds a mixed multigraph keyed by actor id", () => {
    const eco = createEcosystem(data);
    expect(eco.type).toBe("mixed");
    expect(eco.multi).toBe(true);
    expect(eco.order).toBe(3);
    expect(eco.size).toBe(4);
    expect(eco.getNodeAttribute("f1", "role")).toBe("funder");
  });

  it("makes funding and training ties directed by default and honours an explicit flag", () => {
    const eco = createEcosystem(data);
    const directedness = eco.mapEdges((_edge, tie, _s, _t, _sa, _ta, undirected) => [tie.kind, !undirected]);
    expect(directedness).toEqual([
      ["funding", true],
      ["information", false],
      ["collaboration", true],
      ["training", false],
    ]);
  });

  it("does not mutate or keep references to its input", () => {
    const input = deepFreeze(structuredClone(data));
    const eco = createEcosystem(input);
    eco.updateNodeAttribute("d1", "attributes", (attributes) => ({ ...attributes, extra: 1 }));
    expect(input).toEqual(data);
  });

  it("stores the declared roles and resolves them over the built-ins", () => {
    const roles = ecosystemRoles(createEcosystem(data));
    expect([...roles.keys()]).toEqual(["developer", "upskiller", "funder", "host"]);
    expect(roles.get("developer")?.needs).toEqual(["funder", "upskiller"]);
    expect(roles.get("host")?.needs).toEqual(["developer"]);
  });

  it("lets a declared role override a built-in role's needs", () => {
    const eco = createEcosystem({ roles: [{ id: "developer", needs: ["funder"] }], actors: [], ties: [] });
    expect(ecosystemRoles(eco).get("developer")?.needs).toEqual(["funder"]);
  });

  it("stores actor ids that are awkward but legal and finds their neighbours", () => {
    const eco = createEcosystem({
      actors: [
        { id: "ä ö", role: "developer" },
        { id: "__proto", role: "funder" },
        { id: "0", role: "upskiller" },
      ],
      ties: [
        { source: "ä ö", target: "__proto", kind: "collaboration" },
        { source: "0", target: "ä ö", kind: "collaboration" },
      ],
    });
    expect(eco.neighbors("ä ö").sort()).toEqual(["0", "__proto"]);
  });
});

describe("toEcosystemData", () => {
  it("gives back the document it was built from", () => {
    expect(toEcosystemData(createEcosystem(data))).toEqual(data);
  });

  it("shares no objects with the graph", () => {
    const eco = createEcosystem(data);
    const out = toEcosystemData(eco);
    (out.actors[1]!.attributes!.themes as string[]).push("changed");
    expect(eco.getNodeAttribute("d1", "attributes")?.themes).toEqual(["inclusion", "youth"]);
  });

  const idArbitrary = fc
    .string({ minLength: 1, maxLength: 6 })
    .filter((id) => validateEcosystem({ actors: [{ id, role: "developer" }], ties: [] }).ok);
  const dateArbitrary = fc
    .date({
      min: new Date("2000-01-01T00:00:00Z"),
      max: new Date("2030-12-31T00:00:00Z"),
      noInvalidDate: true,
    })
    .map((date) => date.toISOString().slice(0, 10));
  const documentArbitrary = fc.uniqueArray(idArbitrary, { minLength: 2, maxLength: 12 }).chain((ids) =>
    fc.record({
      actors: fc.constant(ids).chain((list) =>
        fc.tuple(
          ...list.map((id) =>
            fc.record(
              {
                id: fc.constant(id),
                role: fc.constantFrom("developer", "upskiller", "funder"),
                label: fc.string(),
                attributes: fc.dictionary(
                  fc.constantFrom("region", "themes", "size", "public"),
                  fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.array(fc.string(), { maxLength: 3 })),
                ),
              },
              { requiredKeys: ["id", "role"] },
            ),
          ),
        ),
      ),
      ties: fc.array(
        fc
          .record(
            {
              pair: fc.uniqueArray(fc.constantFrom(...ids), { minLength: 2, maxLength: 2 }),
              kind: fc.constantFrom(
                "funding",
                "training",
                "collaboration",
                "peer-learning",
                "information",
                "x",
              ),
              directed: fc.boolean(),
              weight: fc.double({ min: 0.01, max: 100, noNaN: true }),
              amount: fc.integer({ min: 0, max: 10_000_000 }),
              dates: fc.tuple(dateArbitrary, dateArbitrary).map(([a, b]) => (a <= b ? [a, b] : [b, a])),
            },
            { requiredKeys: ["pair", "kind"] },
          )
          .map(({ pair, dates, ...rest }) => ({
            source: pair[0] as string,
            target: pair[1] as string,
            ...rest,
            ...(dates ? { since: dates[0], until: dates[1] } : {}),
          })),
        { maxLength: 30 },
      ),
    }),
  );

  it("round-trips any valid document losslessly (property)", () => {
    fc.assert(
      fc.property(documentArbitrary, (document) => {
        expect(validateEcosystem(document).ok).toBe(true);
        const once = toEcosystemData(createEcosystem(document));
        expect(once).toEqual(document);
        expect(toEcosystemData(createEcosystem(once))).toEqual(once);
      }),
      { numRuns: 150, seed: 20261129 },
    );
  });
});

describe("ecosystemJsonSchema", () => {
  it("is a draft 2020-12 schema that requires actors and ties and forbids unknown fields", () => {
    const schema = ecosystemJsonSchema();
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.required).toEqual(["actors", "ties"]);
    expect(schema.additionalProperties).toBe(false);
  });
});
