import { describe, expect, it } from "vitest";
import { affiliationDocumentSchema, fromAffiliations } from "../../src/io/affiliations.js";
import { toEcosystemData } from "../../src/model/ecosystem.js";
import { deepFreeze, issuePlaces, thrownIssues } from "../helpers.js";

// Hand example: three initiatives.
//   p1 (2021-01-01 … 2022-12-31): a, b, c      p2 (2022-06-01 … 2024-05-31): a, b
//   n1 (no dates, a network):     b, d
// Pairs: a–b share p1, p2 → weight 2, since 2021-01-01 (earliest), until 2024-05-31 (latest);
//        a–c, b–c share p1 → weight 1 with p1's dates; b–d shares n1 → weight 1, no dates.
const DOCUMENT = deepFreeze({
  name: "Projects 2021–2024",
  actors: [
    { id: "a", role: "developer" },
    { id: "b", role: "upskiller" },
    { id: "c", role: "funder" },
    { id: "d", role: "developer", label: "Dev D" },
  ],
  initiatives: [
    {
      id: "p1",
      label: "ESF+ project",
      kind: "project",
      since: "2021-01-01",
      until: "2022-12-31",
      members: [{ actor: "a", role: "lead" }, { actor: "b" }, { actor: "c", role: "funder" }],
    },
    {
      id: "p2",
      kind: "project",
      since: "2022-06-01",
      until: "2024-05-31",
      members: [{ actor: "b" }, { actor: "a" }],
    },
    { id: "n1", kind: "network", members: [{ actor: "b" }, { actor: "d" }] },
  ],
});

describe("fromAffiliations", () => {
  it("projects co-membership to collaboration ties weighted by shared initiatives (hand example)", () => {
    const data = toEcosystemData(fromAffiliations(DOCUMENT));
    expect(data.ties).toEqual([
      {
        source: "a",
        target: "b",
        kind: "collaboration",
        weight: 2,
        since: "2021-01-01",
        until: "2024-05-31",
      },
      {
        source: "a",
        target: "c",
        kind: "collaboration",
        weight: 1,
        since: "2021-01-01",
        until: "2022-12-31",
      },
      {
        source: "b",
        target: "c",
        kind: "collaboration",
        weight: 1,
        since: "2021-01-01",
        until: "2022-12-31",
      },
      { source: "b", target: "d", kind: "collaboration", weight: 1 },
    ]);
    expect(data.name).toBe("Projects 2021–2024");
    expect(data.actors[3]).toEqual({ id: "d", role: "developer", label: "Dev D" });
  });

  it("leaves a pair's date open when one shared initiative has none", () => {
    const data = toEcosystemData(
      fromAffiliations({
        actors: [
          { id: "a", role: "developer" },
          { id: "b", role: "funder" },
        ],
        initiatives: [
          { id: "x", since: "2020-01-01", until: "2020-12-31", members: [{ actor: "a" }, { actor: "b" }] },
          { id: "y", since: "2021-01-01", members: [{ actor: "a" }, { actor: "b" }] },
        ],
      }),
    );
    expect(data.ties).toEqual([
      { source: "a", target: "b", kind: "collaboration", weight: 2, since: "2020-01-01" },
    ]);
  });

  it("gives weight 2 in its doc-comment example", () => {
    const eco = fromAffiliations({
      actors: [
        { id: "a", role: "developer" },
        { id: "b", role: "upskiller" },
      ],
      initiatives: [
        { id: "p1", members: [{ actor: "a" }, { actor: "b" }] },
        { id: "p2", members: [{ actor: "b" }, { actor: "a" }] },
      ],
    });
    expect(eco.getEdgeAttribute(eco.edges()[0]!, "weight")).toBe(2);
  });

  it("reports unknown members, duplicate ids and members, bad dates and bad actors at their JSON paths", () => {
    const issues = thrownIssues(() =>
      fromAffiliations({
        actors: [
          { id: "a", role: "developer" },
          { id: "b", role: "nobody" },
        ],
        initiatives: [
          { id: "p1", members: [{ actor: "a" }, { actor: "zz" }, { actor: "a" }] },
          { id: "p1", members: [], since: "2022-05-01", until: "2021-01-01" },
          { id: "p3", members: [{ actor: "a", share: 1 }], since: "2022-13-01" },
        ],
      }),
    );
    expect(issuePlaces(issues)).toEqual([
      "actors[1].role unknown_role",
      "initiatives[0].members[1].actor unknown_actor",
      "initiatives[0].members[2].actor duplicate_member",
      "initiatives[1].id duplicate_id",
      "initiatives[1].until date_order",
      "initiatives[2].members[0] unrecognized_keys",
      "initiatives[2].since invalid_date",
    ]);
  });

  it("reports a missing initiatives list", () => {
    expect(issuePlaces(thrownIssues(() => fromAffiliations({ actors: [] })))).toEqual([
      "initiatives invalid_type",
    ]);
  });
});

describe("affiliationDocumentSchema", () => {
  it("accepts the hand example and refuses an unknown top-level field", () => {
    expect(affiliationDocumentSchema.safeParse(DOCUMENT).success).toBe(true);
    expect(affiliationDocumentSchema.safeParse({ ...DOCUMENT, ties: [] }).success).toBe(false);
  });
});
