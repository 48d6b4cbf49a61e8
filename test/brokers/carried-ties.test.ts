// The ties a bridge actor carries, against edge betweenness found by enumerating pairs: for every
// ordered pair s, t, BFS distances and path counts give σ_st(u – v) = σ_su · σ_vt when
// d(s, u) + 1 + d(v, t) = d(s, t), never the library's own accumulation.
import { describe, expect, it } from "vitest";
import { findBridgeActors } from "../../src/brokers/find-bridge-actors.js";
import { edgeBetweenness } from "../../src/metrics/edge-betweenness.js";
import { createEcosystem } from "../../src/model/ecosystem.js";
import { InvalidOptionError } from "../../src/model/errors.js";
import type { EcosystemData } from "../../src/model/schema.js";
import { formatMessage } from "../../src/text/message.js";
import { edgeListData } from "../helpers.js";
import { type Adjacency, adjacencyOf, pathsFrom } from "./brute-force.js";

/** Normalised edge betweenness of the tie u – v by enumerating ordered pairs. */
function tieShareByPairs(adjacency: Adjacency, u: string, v: string): number {
  const ids = [...adjacency.keys()];
  const counts = new Map(ids.map((id) => [id, pathsFrom(adjacency, id)]));
  let sum = 0;
  for (const s of ids) {
    const from = counts.get(s)!;
    for (const t of ids) {
      if (s === t || !from.distance.has(t)) continue;
      const dst = from.distance.get(t)!;
      for (const [a, b] of [
        [u, v],
        [v, u],
      ] as const) {
        const toT = counts.get(b)!;
        if (!from.distance.has(a) || !toT.distance.has(t)) continue;
        if (from.distance.get(a)! + 1 + toT.distance.get(t)! !== dst) continue;
        sum += (from.count.get(a)! * toT.count.get(t)!) / from.count.get(t)!;
      }
    }
  }
  return sum / (ids.length * (ids.length - 1));
}

// Two triangles (a b c, x y z) joined through h by a – h – x, a pendant p on h, and a square c d e f.
const planted = edgeListData(
  ["a", "b", "c", "d", "e", "f", "h", "p", "x", "y", "z"],
  [
    ["a", "b"],
    ["b", "c"],
    ["c", "a"],
    ["x", "y"],
    ["y", "z"],
    ["z", "x"],
    ["a", "h"],
    ["h", "x"],
    ["h", "p"],
    ["c", "d"],
    ["d", "e"],
    ["e", "f"],
    ["f", "c"],
  ],
);

describe("findBridgeActors: the ties each bridge actor carries", () => {
  const adjacency = adjacencyOf(planted);
  const rows = findBridgeActors(createEcosystem(planted), { top: Number.POSITIVE_INFINITY });

  it("lists each actor's ties with the highest edge betweenness, as pair enumeration finds them", () => {
    for (const row of rows) {
      const truth = [...adjacency.get(row.id)!]
        .map((contact) => ({ contact, share: tieShareByPairs(adjacency, row.id, contact) }))
        .sort((p, q) => q.share - p.share || (p.contact < q.contact ? -1 : 1))
        .slice(0, 3);
      expect(
        row.carriedTies.map((tie) => tie.contact),
        row.id,
      ).toEqual(truth.map((t) => t.contact));
      row.carriedTies.forEach((tie, k) => {
        expect(tie.betweenness).toBeCloseTo(truth[k]!.share, 12);
        const pair = [row.id, tie.contact].sort();
        expect([tie.source, tie.target]).toEqual(pair);
      });
    }
  });

  it("puts the tie between the two halves first for h and says so in every locale", () => {
    const h = rows.find((row) => row.id === "h")!;
    expect(h.carriedTies.map((tie) => tie.contact)).toEqual(["a", "x", "p"]);
    const reason = h.reasonMessages.find((m) => m.id === "brokers.bridge.carries")!;
    expect(reason.text).toMatch(
      /^its ties to a \(\d+%\), x \(\d+%\) and p \(\d+%\) carry the most shortest paths/,
    );
    expect(formatMessage(reason, "fi")).toContain("toimijoihin a (");
    expect(formatMessage(reason, "sv")).toContain("dess band till a (");
  });

  it("lists no ties with carriedTies 0 and refuses a count that is not a whole number ≥ 0", () => {
    const none = findBridgeActors(createEcosystem(planted), { carriedTies: 0 });
    expect(none.every((row) => row.carriedTies.length === 0)).toBe(true);
    expect(none.every((row) => row.reasonMessages.every((m) => m.id !== "brokers.bridge.carries"))).toBe(
      true,
    );
    expect(() => findBridgeActors(createEcosystem(planted), { carriedTies: -1 })).toThrow(InvalidOptionError);
    expect(() => findBridgeActors(createEcosystem(planted), { carriedTies: 1.5 })).toThrow(
      InvalidOptionError,
    );
  });

  it("estimates from the betweenness pivots, deterministically for a seed", () => {
    const options = { betweennessSample: 4, seed: 7 } as const;
    const first = findBridgeActors(createEcosystem(planted), options);
    const again = findBridgeActors(createEcosystem(planted), options);
    expect(first.map((row) => row.carriedTies)).toEqual(again.map((row) => row.carriedTies));
    expect(
      first[0]!.reasons.some((r) => r.includes("carry the most shortest paths between actors (estimated)")),
    ).toBe(true);
  });

  it("on the directed view reads in-ties and out-ties, as edgeBetweenness scores each arc", () => {
    // Funding and training ties are directed: f → a → b → c, f → c, and a collaboration a – x.
    const directed: EcosystemData = {
      actors: ["a", "b", "c", "f", "x"].map((id) => ({ id, role: "developer" })),
      ties: [
        { source: "f", target: "a", kind: "funding" },
        { source: "a", target: "b", kind: "training" },
        { source: "b", target: "c", kind: "training" },
        { source: "f", target: "c", kind: "funding" },
        { source: "a", target: "x", kind: "collaboration" },
      ],
    };
    const eco = createEcosystem(directed);
    const arcs = edgeBetweenness(eco, { directed: true });
    for (const row of findBridgeActors(eco, {
      directed: true,
      top: Number.POSITIVE_INFINITY,
      carriedTies: 10,
    })) {
      const own = arcs
        .filter((arc) => (arc.source === row.id || arc.target === row.id) && arc.betweenness > 0)
        .map((arc) => ({ source: arc.source, target: arc.target, betweenness: arc.betweenness }));
      const listed = row.carriedTies.map(({ source, target, betweenness }) => ({
        source,
        target,
        betweenness,
      }));
      const byEnds = (
        p: { source: string; target: string },
        q: { source: string; target: string },
      ): number => (`${p.source}>${p.target}` < `${q.source}>${q.target}` ? -1 : 1);
      expect(listed.sort(byEnds), row.id).toEqual(own.sort(byEnds));
      for (const tie of row.carriedTies)
        expect(tie.contact).toBe(tie.source === row.id ? tie.target : tie.source);
    }
  });
});
