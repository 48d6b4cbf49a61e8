// A hand-made ecosystem that uses every field: declared roles, labels with commas, quotes, line
// breaks and unicode, list and scalar attributes of every type, directed and undirected ties (with
// and without an explicit flag), parallel ties between one pair, weights, amounts and dates.
import fc from "fast-check";
import type { EcosystemData } from "../../src/model/schema.js";

export const SAMPLE: EcosystemData = {
  name: "Pirkanmaa pilot",
  description: "hand-made: every field used",
  roles: [
    { id: "host", label: "Host organisation", needs: ["developer", "funder"] },
    { id: "researcher", needs: [] },
  ],
  actors: [
    {
      id: "f1",
      label: 'Säätiö "Kasvu", Tampere',
      role: "funder",
      attributes: { region: "Pirkanmaa", founded: 1990, active: true, themes: ["inclusion", "employment"] },
    },
    {
      id: "d1",
      label: "Nuorten tuki ry\nyouth work",
      role: "developer",
      attributes: { region: "Uusimaa", themes: ["youth"], budget: 12500.5 },
    },
    {
      id: "u1",
      label: "Ammattiopisto Ööö",
      role: "upskiller",
      attributes: { themes: [], region: "Pirkanmaa" },
    },
    { id: "h1", role: "host", attributes: { founded: "1990s", note: "" } },
    { id: "r1", label: "Research group", role: "researcher" },
  ],
  ties: [
    {
      source: "f1",
      target: "d1",
      kind: "funding",
      weight: 2,
      amount: 250000,
      since: "2022-01-01",
      until: "2023-12-31",
    },
    { source: "u1", target: "d1", kind: "training", since: "2023-03-01" },
    { source: "f1", target: "d1", kind: "information" },
    { source: "d1", target: "h1", kind: "collaboration", directed: true, weight: 2.5 },
    { source: "h1", target: "u1", kind: "funding", directed: false, amount: 0 },
    { source: "r1", target: "h1", kind: "peer-learning", weight: 0.25, until: "2024-06-30" },
  ],
};

const ID = fc.stringMatching(/^[a-zäö][a-z0-9äö_-]{0,6}$/).filter((id) => !(id in Object.prototype));
const TEXT = fc.string({
  unit: fc.constantFrom("a", "b", "ä", "ö", ",", '"', "\n", " ", "|", "[", "€", "x"),
  maxLength: 8,
});
const VALUE = fc.oneof(
  TEXT,
  // JSON cannot write -0 (it reads back as 0), so the generator leaves it out.
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((value) => !Object.is(value, -0)),
  fc.integer(),
  fc.boolean(),
  fc.array(TEXT, { maxLength: 3 }),
);
const DATE = fc
  .date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2030-12-31T00:00:00Z"), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

/**
 * Valid ecosystem documents with varied attributes and ties. Labels are non-empty and attribute
 * objects hold at least one key: the two things the table formats cannot tell from absent (see toCsv).
 */
export const ecosystemDocuments: fc.Arbitrary<EcosystemData> = fc
  .uniqueArray(ID, { minLength: 2, maxLength: 6 })
  .chain((ids) =>
    fc.record({
      actors: fc.tuple(
        ...ids.map((id) =>
          fc.record(
            {
              id: fc.constant(id),
              role: fc.constantFrom("developer", "upskiller", "funder"),
              label: TEXT.filter((text) => text.length > 0),
              attributes: fc.dictionary(fc.constantFrom("region", "size", "themes", "note", "x y"), VALUE, {
                minKeys: 1,
                maxKeys: 3,
              }),
            },
            { requiredKeys: ["id", "role"] },
          ),
        ),
      ),
      ties: fc.array(
        fc
          .record(
            {
              pair: fc.uniqueArray(fc.constantFrom(...ids), { minLength: 2, maxLength: 2 }),
              kind: fc.constantFrom("funding", "collaboration", "peer-learning", "custom kind"),
              directed: fc.boolean(),
              weight: fc.double({ min: 0.001, max: 1e6, noNaN: true }),
              amount: fc.integer({ min: 0, max: 10_000_000 }),
              dates: fc.tuple(DATE, DATE).map(([a, b]) => (a <= b ? [a, b] : [b, a])),
            },
            { requiredKeys: ["pair", "kind"] },
          )
          .map(({ pair, dates, ...rest }) => ({
            source: pair[0]!,
            target: pair[1]!,
            ...rest,
            ...(dates === undefined ? {} : { since: dates[0]!, until: dates[1]! }),
          })),
        { maxLength: 8 },
      ),
    }),
  );
