// Reference values: NetworkX bridges, attribute_mixing_matrix and attribute_assortativity_coefficient
// on a planted MultiGraph (test/fixtures/measures/values.json, key "multigraph"; see generate.py):
// a pair joined by a funding and a training tie, and a pair joined by two undirected ties.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { bridgeImpact, bridges, cutPoints } from "../../src/metrics/cut-points.js";
import { assortativity, mixingMatrix } from "../../src/metrics/groups.js";
import { createEcosystem } from "../../src/model/ecosystem.js";
import { InvalidOptionError } from "../../src/model/errors.js";

interface Multigraph {
  roles: Record<string, string>;
  ties: [string, string, string][];
  bridges: { values: [string, string][] };
  mixing: { values: { groups: string[]; counts: number[][] } };
  assortativity: { values: number };
}

const reference = (
  JSON.parse(
    readFileSync(fileURLToPath(new URL("../fixtures/measures/values.json", import.meta.url)), "utf8"),
  ) as { multigraph: Multigraph }
).multigraph;

const eco = createEcosystem({
  actors: Object.entries(reference.roles).map(([id, role]) => ({ id, role })),
  ties: reference.ties.map(([source, target, kind]) => ({ source, target, kind })),
});

describe("multiplicity", () => {
  it("bridges: a doubled pair is one relationship by default, never a bridge when ties count (NetworkX)", () => {
    expect(bridges(eco)).toEqual([
      ["a", "b"],
      ["b", "c"],
    ]);
    expect(bridges(eco, { multiplicity: "count" })).toEqual(reference.bridges.values);
    expect(bridgeImpact(eco, { multiplicity: "count" }).map((row) => [row.source, row.target])).toEqual(
      reference.bridges.values,
    );
    expect(cutPoints(eco, { multiplicity: "count" }).articulationPoints).toEqual(
      cutPoints(eco).articulationPoints,
    );
  });

  it("counts a pair once only when it passes the filters", () => {
    // Without training ties, a – b is joined by the funding tie alone: a bridge either way.
    const filtered = { kinds: ["funding", "collaboration", "information"], multiplicity: "count" } as const;
    expect(bridges(eco, filtered)).toContainEqual(["a", "b"]);
  });

  it("mixing matrix and assortativity count each tie with multiplicity count (NetworkX on a MultiGraph)", () => {
    const counted = mixingMatrix(eco, { multiplicity: "count" });
    expect(counted.groups).toEqual(reference.mixing.values.groups);
    expect(counted.counts).toEqual(reference.mixing.values.counts);
    expect(
      Math.abs(assortativity(eco, { multiplicity: "count" })! - reference.assortativity.values),
    ).toBeLessThanOrEqual(1e-12);
    // Collapsed, the doubled funder–developer pair adds 1 each way instead of 2.
    expect(mixingMatrix(eco).counts[0]![1]).toBe(1);
  });

  it("refuses an unknown multiplicity", () => {
    // @ts-expect-error: not a Multiplicity
    expect(() => bridges(eco, { multiplicity: "sum" })).toThrow(InvalidOptionError);
    // @ts-expect-error: not a Multiplicity
    expect(() => mixingMatrix(eco, { multiplicity: "sum" })).toThrow(InvalidOptionError);
  });
});
