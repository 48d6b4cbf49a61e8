// The typed-array Louvain behind `communities`, checked against planted truth and the peers.
// Reference modularity: NetworkX 2.8.8 `louvain_communities(G, weight="weight", seed=s)` and
// python-igraph 0.10.2 `community_multilevel(weights="weight")` (Python's `random` seeded s), s = 0…9,
// on the oracle datasets with parallel ties summed; the medians over the ten seeds are below.
import { describe, expect, it } from "vitest";
import { communities } from "../../src/metrics/communities.js";
import { createEcosystem } from "../../src/model/ecosystem.js";
import type { EcosystemData } from "../../src/model/schema.js";
import { actorsOf, type OracleDatasetName, oracleData } from "../helpers.js";

const PEER_MEDIANS: Readonly<Record<string, { networkx: number; igraph: number }>> = {
  borgatti: { networkx: 0.08, igraph: 0.08 },
  "borgatti-weighted": { networkx: 0.058, igraph: 0.0526 },
  florentine: { networkx: 0.3975, igraph: 0.3988 },
  karate: { networkx: 0.4439, igraph: 0.4439 },
  kite: { networkx: 0.2222, igraph: 0.2222 },
  lesmis: { networkx: 0.5654, igraph: 0.5654 },
  "southern-women": { networkx: 0.3253, igraph: 0.3225 },
};

/** Strength between each pair, summed over parallel ties, as a map of maps (built directly). */
function strengths(data: EcosystemData, weighted: boolean): Map<string, Map<string, number>> {
  const between = new Map<string, Map<string, number>>();
  for (const actor of data.actors) between.set(actor.id, new Map());
  for (const tie of data.ties) {
    const w = weighted ? (tie.weight ?? 1) : 1;
    for (const [a, b] of [
      [tie.source, tie.target],
      [tie.target, tie.source],
    ] as const) {
      const row = between.get(a)!;
      row.set(b, weighted ? (row.get(b) ?? 0) + w : 1);
    }
  }
  return between;
}

/** Q = (1/2m) Σ_ij [A_ij − k_i k_j / 2m] δ(c_i, c_j), summed over every ordered pair of actors. */
function modularityByPairs(data: EcosystemData, community: (id: string) => number, weighted = true): number {
  const between = strengths(data, weighted);
  const degree = new Map<string, number>();
  let twiceTotal = 0;
  for (const [id, row] of between) {
    let k = 0;
    for (const w of row.values()) k += w;
    degree.set(id, k);
    twiceTotal += k;
  }
  let sum = 0;
  for (const i of between.keys()) {
    for (const j of between.keys()) {
      if (community(i) !== community(j)) continue;
      sum += (between.get(i)!.get(j) ?? 0) - (degree.get(i)! * degree.get(j)!) / twiceTotal;
    }
  }
  return sum / twiceTotal;
}

/** `groups` cliques of `size` actors, clique g joined to clique g + 1 (cyclically) by one tie. */
function ringOfCliques(groups: number, size: number): { data: EcosystemData; planted: string[][] } {
  const planted: string[][] = [];
  const ties: EcosystemData["ties"] = [];
  for (let g = 0; g < groups; g++) {
    const members = Array.from({ length: size }, (_unused, k) => `g${g}m${k}`);
    planted.push(members);
    for (let a = 0; a < size; a++) {
      for (let b = a + 1; b < size; b++)
        ties.push({ source: members[a]!, target: members[b]!, kind: "collaboration" });
    }
  }
  for (let g = 0; g < groups; g++) {
    ties.push({ source: planted[g]![0]!, target: planted[(g + 1) % groups]![1]!, kind: "collaboration" });
  }
  return { data: { actors: actorsOf(planted.flat()), ties }, planted };
}

/** A planted partition: `groups` of `size`, ties inside with probability `inside`, across with `across`. */
function plantedPartition(
  groups: number,
  size: number,
  inside: number,
  across: number,
  seed: number,
): { data: EcosystemData; planted: string[][] } {
  let state = seed;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  const planted = Array.from({ length: groups }, (_unused, g) =>
    Array.from({ length: size }, (_unused2, k) => `p${g}-${String(k).padStart(2, "0")}`),
  );
  const all = planted.flatMap((members, g) => members.map((id) => ({ id, g })));
  const ties: EcosystemData["ties"] = [];
  for (let a = 0; a < all.length; a++) {
    for (let b = a + 1; b < all.length; b++) {
      if (random() < (all[a]!.g === all[b]!.g ? inside : across)) {
        ties.push({ source: all[a]!.id, target: all[b]!.id, kind: "collaboration" });
      }
    }
  }
  return { data: { actors: actorsOf(all.map((actor) => actor.id)), ties }, planted };
}

const asSets = (groups: readonly (readonly string[])[]) =>
  groups.map((members) => [...members].sort().join(" ")).sort();

describe("the typed-array Louvain", () => {
  it("finds the cliques of a ring of cliques", () => {
    const { data, planted } = ringOfCliques(8, 6);
    for (const seed of [1, 2, 3]) {
      expect(asSets(communities(createEcosystem(data), { seed }).communities)).toEqual(asSets(planted));
    }
  });

  it("finds the groups of a planted partition", () => {
    for (const seed of [11, 12, 13]) {
      const { data, planted } = plantedPartition(5, 30, 0.4, 0.01, seed);
      expect(asSets(communities(createEcosystem(data), { seed }).communities)).toEqual(asSets(planted));
    }
  });

  it("reports the modularity of its partition, as every pair of actors gives it", () => {
    for (const name of ["karate", "lesmis", "southern-women"] as const) {
      const data = oracleData(name);
      for (const weighted of [true, false]) {
        const result = communities(createEcosystem(data), { weighted });
        const direct = modularityByPairs(data, (id) => result.assignment[id]!, weighted);
        expect(Math.abs(result.modularity! - direct)).toBeLessThan(1e-12);
      }
    }
  });

  it("leaves no actor that would raise modularity by moving to another community", () => {
    for (const name of ["karate", "lesmis", "florentine"] as const) {
      const data = oracleData(name);
      const result = communities(createEcosystem(data), { seed: 3 });
      const found = result.modularity!;
      for (const actor of data.actors) {
        for (let c = 0; c < result.count; c++) {
          if (c === result.assignment[actor.id]) continue;
          const moved = modularityByPairs(data, (id) => (id === actor.id ? c : result.assignment[id]!));
          expect(moved).toBeLessThanOrEqual(found + 1e-12);
        }
      }
    }
  });

  it.each(Object.keys(PEER_MEDIANS))(
    "is within 0.01 of NetworkX and igraph on %s (median of 10 seeds)",
    (name) => {
      const eco = createEcosystem(oracleData(name as OracleDatasetName));
      const values = Array.from(
        { length: 10 },
        (_unused, s) => communities(eco, { seed: s + 1 }).modularity!,
      );
      values.sort((a, b) => a - b);
      const median = (values[4]! + values[5]!) / 2;
      const peers = PEER_MEDIANS[name]!;
      expect(median).toBeGreaterThanOrEqual(Math.max(peers.networkx, peers.igraph) - 0.01);
    },
  );

  it("gives the same partition for the same seed, and more communities at a higher resolution", () => {
    const eco = createEcosystem(oracleData("lesmis"));
    expect(communities(eco, { seed: 5 })).toEqual(communities(eco, { seed: 5 }));
    expect(communities(eco, { resolution: 3 }).count).toBeGreaterThan(communities(eco).count);
  });
});
