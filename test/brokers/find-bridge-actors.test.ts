// findBridgeActors: the ranking is ours (a weighted mean of percentile ranks) and is tested on planted
// structures where the right answer is known. The measures it reports are checked against references:
// NetworkX 3.6.1 betweenness_centrality (normalized), constraint and effective_size (weight="weight",
// per-node call) and articulation_points (test/fixtures/oracle/values/karate.networkx.json), and R sna
// 2.7-1 brokerage(A, cl) raw.nli with cl = node "group" (test/fixtures/oracle/values/karate.sna.json).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createCutOffScratch, cutOffActors } from "../../src/brokers/cut-off-actors.js";
import {
  BRIDGE_WEIGHTS_DEFAULTS,
  type BridgeActor,
  FIND_BRIDGE_ACTORS_DEFAULTS,
  findBridgeActors,
} from "../../src/brokers/find-bridge-actors.js";
import { shareBeaten } from "../../src/brokers/share-beaten.js";
import { compareIds } from "../../src/internal/compare.js";
import { createRandom, randomInt } from "../../src/internal/rng.js";
import { cutVertexImpact } from "../../src/metrics/cut-points.js";
import { createEcosystem } from "../../src/model/ecosystem.js";
import type { EcosystemData } from "../../src/model/schema.js";
import { getView } from "../../src/model/view-cache.js";
import {
  actorsOf,
  actorWithRegion,
  deepFreeze,
  expectCloseRecord,
  oracleData,
  oracleValues,
  readJson,
  tiesFromPairs,
} from "../helpers.js";

const TOLERANCE = 1e-9;

type Spec = { id: string; role: string; region?: string };

function data(actors: Spec[], pairs: [string, string][], kind = "collaboration"): EcosystemData {
  return deepFreeze<EcosystemData>({
    actors: actors.map(({ id, role, region }) => actorWithRegion(id, role, region)),
    ties: tiesFromPairs(pairs, kind),
  });
}

function clique(ids: string[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i < ids.length; i++) for (let j = 0; j < i; j++) pairs.push([ids[j]!, ids[i]!]);
  return pairs;
}

/** A clique of 6 developers and one of 6 funders, joined only through the upskiller b (tied to two of each). */
const twoClusters = (() => {
  const developers = Array.from({ length: 6 }, (_, i) => `d${i}`);
  const funders = Array.from({ length: 6 }, (_, i) => `f${i}`);
  return data(
    [
      ...actorsOf(developers),
      ...funders.map((id) => ({ id, role: "funder" })),
      { id: "b", role: "upskiller" },
    ],
    [...clique(developers), ...clique(funders), ["b", "d0"], ["b", "d1"], ["b", "f0"], ["b", "f1"]],
  );
})();

/** hub tied to 6 actors of mixed roles. */
const star = data(
  [
    { id: "hub", role: "upskiller" },
    ...["a", "b", "c", "d", "e", "f"].map((id, i) => ({ id, role: i % 2 === 0 ? "developer" : "funder" })),
  ],
  ["a", "b", "c", "d", "e", "f"].map((id): [string, string] => ["hub", id]),
);

/** v (region Pirkanmaa) tied to one member of each of three triangles in Lappi, Kainuu and Savo. */
const threeRegions = (() => {
  const actors: Spec[] = [{ id: "v", role: "developer", region: "Pirkanmaa" }];
  const pairs: [string, string][] = [];
  for (const region of ["Lappi", "Kainuu", "Savo"]) {
    const ids = [0, 1, 2].map((i) => `${region.toLowerCase()}${i}`);
    for (const id of ids) actors.push({ id, role: "developer", region });
    pairs.push(...clique(ids), ["v", ids[0]!]);
  }
  return data(actors, pairs);
})();

/** The score as documented: the weighted mean of the components, rounded to 12 decimals. */
function documentedScore(row: BridgeActor, weights = BRIDGE_WEIGHTS_DEFAULTS): number {
  let sum = 0;
  let total = 0;
  for (const part of ["betweenness", "brokerage", "constraint", "participation", "cutVertex"] as const) {
    sum += weights[part] * row.components[part];
    total += weights[part];
  }
  return Math.round((sum / total) * 1e12) / 1e12;
}

describe("findBridgeActors", () => {
  it("ranks first the one actor joining two dense clusters of different roles, as a cut vertex (the @example)", () => {
    const rows = findBridgeActors(createEcosystem(twoClusters));
    const [first] = rows;
    expect(first!.id).toBe("b");
    expect(first!.rank).toBe(1);
    expect(first!.isCutVertex).toBe(true);
    // By hand: removing b leaves two cliques of 6, so 13 − 1 − 6 = 6 actors are cut off.
    expect(first!.cutOff).toBe(6);
    expect(first!.groupsSpanned).toBe(2);
    expect(first!.communitiesSpanned).toBe(2);
    // b brokers the 4 developer–funder pairs (d0|d1 × f0|f1), each counted twice by sna: liaison 8.
    expect(first!.brokerage).toEqual({ representative: 0, gatekeeper: 0, liaison: 8, crossGroup: 8 });
    expect(first!.reasons).toEqual([
      "lies on 55% of the shortest paths between other actors",
      "brokers 4 pairs from two other roles (as a liaison), actors not tied to each other (each pair counted once)",
      "the only link between 6 actors (all with role funder) and the rest of its component: removing it cuts them off",
      "its contacts span 2 roles and 2 communities (participation 0.5)",
      "its contacts are seldom tied to each other: its constraint, 0.34, is lower than that of 100% of the other actors",
    ]);
    // Nobody else is a cut vertex.
    expect(rows.filter((row) => row.isCutVertex).map((row) => row.id)).toEqual(["b"]);
  });

  it("ranks the centre of a star first", () => {
    const [first, second] = findBridgeActors(createEcosystem(star));
    expect(first!.id).toBe("hub");
    // Louvain keeps the whole star in one community, so participation adds nothing: 1 − 0.15.
    expect(first!.components).toEqual({
      betweenness: 1,
      brokerage: 1,
      constraint: 1,
      participation: 0,
      cutVertex: 1,
    });
    expect(first!.score).toBe(0.85);
    expect(first!.betweenness).toBe(1);
    // By hand: without the hub, 6 leaves fall apart; the largest piece keeps 1, so 7 − 1 − 1 = 5.
    expect(first!.cutOff).toBe(5);
    expect(first!.reasons).toEqual([
      "lies on 100% of the shortest paths between other actors",
      // By hand: 3 developers × 3 funders, the hub an upskiller: 9 liaison pairs.
      "brokers 9 pairs from two other roles (as a liaison), actors not tied to each other (each pair counted once)",
      "the only link between 5 actors (by role: funder 3, developer 2) and the rest of its component: removing it cuts them off",
      // By hand: 6 contacts of share 1/6, none tied to another: 6 · (1/6)² = 1/6.
      "its contacts are seldom tied to each other: its constraint, 0.17, is lower than that of 100% of the other actors",
      "its contacts span 2 roles (participation 0)",
    ]);
    expect(second!.score).toBe(0);
    expect(second!.reasons).toEqual([
      "holds no bridging position in this view: no shortest path between others runs through it",
    ]);
  });

  it("explains a broker between three groups as a liaison, pairs counted once", () => {
    const [first] = findBridgeActors(createEcosystem(threeRegions), { groupBy: "region" });
    expect(first!.id).toBe("v");
    // v brokers the 3 pairs among lappi0, kainuu0 and savo0, each in two other regions: liaison 3 × 2.
    expect(first!.brokerage.liaison).toBe(6);
    expect(first!.groupsSpanned).toBe(3);
    expect(first!.reasons).toContain(
      "brokers 3 pairs from two other regions (as a liaison), actors not tied to each other (each pair counted once)",
    );
    // Three pieces of 3: the first reached (Kainuu: v's contacts are visited in id order) counts as the rest.
    expect(first!.cutOff).toBe(6);
    expect(first!.reasons).toContain(
      "the only link between 6 actors (by region: Lappi 3, Savo 3) and the rest of its component: removing it cuts them off",
    );
    expect(first!.reasons).toContain("its contacts span 3 regions and 3 communities (participation 0.67)");
  });

  it("words directed brokerage as paths, by role", () => {
    // f (funder) → v (developer) → u (upskiller) and f → v → d (developer): one liaison path, one gatekeeper path.
    const directed = data(
      [
        { id: "f", role: "funder" },
        { id: "v", role: "developer" },
        { id: "u", role: "upskiller" },
        { id: "d", role: "developer" },
      ],
      [
        ["f", "v"],
        ["v", "u"],
        ["v", "d"],
      ],
      "funding",
    );
    const [first] = findBridgeActors(createEcosystem(directed), { directed: true });
    expect(first!.id).toBe("v");
    expect(first!.brokerage).toEqual({ representative: 0, gatekeeper: 1, liaison: 1, crossGroup: 2 });
    expect(first!.reasons).toContain(
      "brokers 1 path from other roles into its own role (developer) as a gatekeeper, and 1 path between two other roles as a liaison",
    );
  });

  it("ranks by one measure alone when only that weight is positive", () => {
    const eco = createEcosystem(oracleData("karate"));
    const between = oracleValues<Record<string, number>>(
      "karate",
      "networkx",
      "betweenness_centrality.normalized",
    );
    const byBetweenness = Object.keys(between).sort((a, b) => between[b]! - between[a]! || compareIds(a, b));
    const rows = findBridgeActors(eco, {
      top: Number.POSITIVE_INFINITY,
      weights: { betweenness: 1, brokerage: 0, constraint: 0, participation: 0, cutVertex: 0 },
    });
    // Karate's betweenness values are distinct except for the zeros, which tie at score 0 (by id).
    const positive = byBetweenness.filter((id) => between[id]! > 0);
    expect(rows.slice(0, positive.length).map((row) => row.id)).toEqual(positive);
  });

  it("changes the order as expected when a weight is overridden", () => {
    // Karate by club: "0" (Mr. Hi) leads on betweenness and is first by default; "33" (the officer)
    // brokers the most cross-club pairs (sna raw.nli: b_IO 40 + b_OI 40), so brokerage alone puts it first.
    const eco = createEcosystem(oracleData("karate"));
    expect(findBridgeActors(eco, { groupBy: "group" })[0]!.id).toBe("0");
    const sna = readJson<{ "raw.nli": Record<string, Record<string, number>> }>("values/karate.sna.json")[
      "raw.nli"
    ];
    const cross = (id: string) => sna[id]!.b_IO! + sna[id]!.b_OI! + sna[id]!.b_O!;
    const expected = Object.keys(sna).sort((a, b) => cross(b) - cross(a) || compareIds(a, b));
    const rows = findBridgeActors(eco, {
      groupBy: "group",
      top: 5,
      weights: { betweenness: 0, brokerage: 1, constraint: 0, participation: 0, cutVertex: 0 },
    });
    expect(rows.map((row) => row.id)).toEqual(expected.slice(0, 5));
    expect(rows[0]!.id).toBe("33");
    // Overriding one weight keeps the other defaults.
    const noCut = findBridgeActors(eco, { weights: { cutVertex: 0 }, top: Number.POSITIVE_INFINITY });
    for (const row of noCut)
      expect(row.score).toBe(documentedScore(row, { ...BRIDGE_WEIGHTS_DEFAULTS, cutVertex: 0 }));
  });

  it("scores every actor by the documented weighted mean of its components, in [0, 1], ranked by score then id", () => {
    const rows = findBridgeActors(createEcosystem(oracleData("lesmis")), { top: Number.POSITIVE_INFINITY });
    expect(rows).toHaveLength(77);
    rows.forEach((row, index) => {
      expect(row.rank).toBe(index + 1);
      expect(row.score).toBe(documentedScore(row));
      expect(row.score).toBeGreaterThanOrEqual(0);
      expect(row.score).toBeLessThanOrEqual(1);
      if (index > 0) {
        const previous = rows[index - 1]!;
        expect(previous.score > row.score || (previous.score === row.score && previous.id < row.id)).toBe(
          true,
        );
      }
    });
  });

  it("reports the measures as their references compute them (karate, groups = the two clubs)", () => {
    const eco = createEcosystem(oracleData("karate"));
    const rows = findBridgeActors(eco, { groupBy: "group", top: Number.POSITIVE_INFINITY });
    const byId = (pick: (row: BridgeActor) => number | null) =>
      Object.fromEntries(rows.map((row) => [row.id, pick(row)]));
    expectCloseRecord(
      byId((row) => row.betweenness),
      oracleValues("karate", "networkx", "betweenness_centrality.normalized"),
      TOLERANCE,
    );
    expectCloseRecord(
      byId((row) => row.constraint),
      oracleValues("karate", "networkx", "constraint.weighted"),
      TOLERANCE,
    );
    expectCloseRecord(
      byId((row) => row.effectiveSize),
      oracleValues("karate", "networkx", "effective_size.weighted"),
      TOLERANCE,
    );
    const points = oracleValues<string[]>("karate", "networkx", "articulation_points");
    expect(
      rows
        .filter((row) => row.isCutVertex)
        .map((row) => row.id)
        .sort(compareIds),
    ).toEqual([...points].map(String).sort(compareIds));
    const sna = readJson<{ "raw.nli": Record<string, Record<string, number>> }>("values/karate.sna.json")[
      "raw.nli"
    ];
    for (const row of rows) {
      const ref = sna[row.id]!;
      expect(row.brokerage).toEqual({
        representative: ref.b_IO,
        gatekeeper: ref.b_OI,
        liaison: ref.b_O,
        crossGroup: ref.b_IO! + ref.b_OI! + ref.b_O!,
      });
    }
  });

  it("returns the top actors only, and everyone with top Infinity", () => {
    const eco = createEcosystem(oracleData("karate"));
    expect(findBridgeActors(eco)).toHaveLength(FIND_BRIDGE_ACTORS_DEFAULTS.top);
    const three = findBridgeActors(eco, { top: 3 });
    expect(three.map((row) => row.rank)).toEqual([1, 2, 3]);
    expect(three).toEqual(findBridgeActors(eco, { top: Number.POSITIVE_INFINITY }).slice(0, 3));
    expect(findBridgeActors(eco, { top: 100 })).toHaveLength(34);
  });

  it("gives deep-equal output for the same seed", () => {
    const a = findBridgeActors(createEcosystem(oracleData("lesmis")), { seed: 7, top: 20 });
    const b = findBridgeActors(createEcosystem(oracleData("lesmis")), { seed: 7, top: 20 });
    expect(a).toEqual(b);
  });

  it("estimates betweenness from seeded pivots above 2 000 actors, and says so", () => {
    const random = createRandom(11);
    const n = 2100;
    const actors = Array.from({ length: n }, (_, i) => ({
      id: `a${String(i).padStart(4, "0")}`,
      role: ["developer", "upskiller", "funder"][randomInt(random, 3)]!,
    }));
    const pairs: [string, string][] = [];
    for (let t = 0; t < 2 * n; t++) {
      const s = randomInt(random, n);
      const u = (s + 1 + randomInt(random, n - 1)) % n;
      pairs.push([actors[s]!.id, actors[u]!.id]);
    }
    const eco = createEcosystem(data(actors, pairs));
    const rows = findBridgeActors(eco, { top: 3 });
    expect(rows[0]!.reasons.some((reason) => reason.endsWith("(estimated)"))).toBe(true);
    expect(findBridgeActors(eco, { top: 3 })).toEqual(rows);
  });

  it("returns [] for an empty ecosystem, and a score of 0 for a lone actor", () => {
    expect(findBridgeActors(createEcosystem({ actors: [], ties: [] }))).toEqual([]);
    const [alone] = findBridgeActors(createEcosystem(data([{ id: "a", role: "developer" }], [])));
    expect(alone!.score).toBe(0);
    expect(alone!.constraint).toBeNull();
    expect(alone!.participation).toBeNull();
  });

  it("leaves its input unchanged", () => {
    const eco = createEcosystem(twoClusters);
    const before = eco.export();
    findBridgeActors(eco);
    expect(eco.export()).toEqual(before);
  });

  it("refuses bad weights, top, betweennessSample and groupBy", () => {
    const eco = createEcosystem(twoClusters);
    const bad: object[] = [
      { top: 0 },
      { top: 2.5 },
      { weights: { speed: 1 } },
      { weights: { betweenness: -1 } },
      { weights: { brokerage: Number.NaN } },
      { weights: { betweenness: 0, brokerage: 0, constraint: 0, participation: 0, cutVertex: 0 } },
      { betweennessSample: 1 },
      { groupBy: "region" },
      { resolution: -1 },
    ];
    for (const options of bad) {
      expect(() => findBridgeActors(eco, options), JSON.stringify(options)).toThrow(
        expect.objectContaining({ code: "invalid_option" }),
      );
    }
    expect(() => findBridgeActors(eco, { top: 0 })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidOptionError: findBridgeActors: top 0 must be an integer of at least 1, or Infinity]`,
    );
  });

  it("exports frozen defaults whose weights sum to 1", () => {
    expect(Object.isFrozen(FIND_BRIDGE_ACTORS_DEFAULTS)).toBe(true);
    expect(Object.isFrozen(BRIDGE_WEIGHTS_DEFAULTS)).toBe(true);
    const sum = Object.values(BRIDGE_WEIGHTS_DEFAULTS).reduce((s, w) => s + w, 0);
    expect(sum).toBeCloseTo(1, 12);
  });
});

describe("cutOffActors", () => {
  it("returns the component minus the actor minus one of its largest remaining pieces (brute force)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 14 }).chain((n) =>
          fc.tuple(
            fc.constant(n),
            fc.array(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 })), {
              maxLength: 2 * n,
            }),
          ),
        ),
        ([n, raw]) => {
          const ids = Array.from({ length: n }, (_, i) => `v${String(i).padStart(2, "0")}`);
          const pairs = raw.filter(([a, b]) => a !== b).map(([a, b]): [string, string] => [ids[a]!, ids[b]!]);
          const eco = createEcosystem(data(actorsOf(ids), pairs));
          const view = getView(eco, {});
          const impact = cutVertexImpact(eco);
          const scratch = createCutOffScratch(view.order);
          for (let v = 0; v < view.order; v++) {
            const got = cutOffActors(view, v, impact[view.ids[v]!]!, scratch).sort((a, b) => a - b);
            // Brute force: the pieces of v's component without v.
            const seen = new Set([v]);
            const pieces: number[][] = [];
            for (let k = view.offsets[v]!; k < view.offsets[v + 1]!; k++) {
              const root = view.targets[k]!;
              if (seen.has(root)) continue;
              seen.add(root);
              const piece = [root];
              for (let h = 0; h < piece.length; h++) {
                const u = piece[h]!;
                for (let l = view.offsets[u]!; l < view.offsets[u + 1]!; l++) {
                  const w = view.targets[l]!;
                  if (!seen.has(w)) {
                    seen.add(w);
                    piece.push(w);
                  }
                }
              }
              pieces.push(piece);
            }
            const largest = Math.max(0, ...pieces.map((piece) => piece.length));
            const candidates = pieces
              .filter((piece) => piece.length === largest)
              .map((rest) =>
                pieces
                  .filter((piece) => piece !== rest)
                  .flat()
                  .sort((a, b) => a - b),
              );
            if (pieces.length < 2) expect(got).toEqual([]);
            else expect(candidates).toContainEqual(got);
            expect(got.length).toBe(impact[view.ids[v]!]);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("shareBeaten", () => {
  it("gives the share of the other actors strictly beaten, nulls and (optionally) zeros scoring 0", () => {
    expect([...shareBeaten([3, 1, 1, 0, null], false, true)]).toEqual([1, 0.5, 0.5, 0, 0]);
    expect([...shareBeaten([3, 1, 1, 0, null], false, false)]).toEqual([1, 0.5, 0.5, 0.25, 0]);
    expect([...shareBeaten([0.2, 0.5, null, 0.2], true, false)]).toEqual([2 / 3, 1 / 3, 0, 2 / 3]);
    expect([...shareBeaten([0.1 + 0.2, 0.3], false, true)]).toEqual([0, 0]);
    expect([...shareBeaten([5], false, true)]).toEqual([0]);
  });
});
