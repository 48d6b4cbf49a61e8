// findBridgeActors: the ranking is ours (a weighted sum of magnitudes) and is tested on planted structures
// where the right answer is known (here and in bridge-planted.test.ts). The measures it reports are checked against references:
// NetworkX 3.6.1 betweenness_centrality (normalized), constraint and effective_size (weight="weight",
// per-node call) and articulation_points (test/fixtures/oracle/values/karate.networkx.json), and R sna
// 2.7-1 brokerage(A, cl) raw.nli with cl = node "group" (test/fixtures/oracle/values/karate.sna.json).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  BRIDGE_WEIGHTS_DEFAULTS,
  type BridgeActor,
  FIND_BRIDGE_ACTORS_DEFAULTS,
  findBridgeActors,
} from "../../src/brokers/find-bridge-actors.js";
import { compareIds } from "../../src/internal/compare.js";
import { createRandom, randomInt } from "../../src/internal/rng.js";
import { createCutOffScratch, cutOffActors } from "../../src/metrics/cut-off-actors.js";
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

/** The score as documented: Σ w_k x_k / Σ w_k over the magnitudes, rounded to 12 decimals. */
function documentedScore(row: BridgeActor, weights = BRIDGE_WEIGHTS_DEFAULTS): number {
  let sum = 0;
  let total = 0;
  for (const part of ["betweenness", "cutOff", "needs", "brokerage"] as const) {
    sum += weights[part] * row.magnitudes[part];
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
    expect(first!.gapId).toBe("single-point-of-failure:actor:b");
    // By hand: removing b leaves two cliques of 6; the developers, reached first, count as the rest.
    expect(first!.cutOff).toBe(6);
    expect(first!.cutOffActors).toEqual(["f0", "f1", "f2", "f3", "f4", "f5"]);
    // By hand: the funders lose their way to a developer; the developers to a funder and, b being the only
    // upskiller, to an upskiller: 18 of the 20 needs met today (6 × 2 + 6 + b's 2).
    expect(first!.needsLost).toEqual([
      { role: "developer", actors: ["f0", "f1", "f2", "f3", "f4", "f5"] },
      { role: "funder", actors: ["d0", "d1", "d2", "d3", "d4", "d5"] },
      { role: "upskiller", actors: ["d0", "d1", "d2", "d3", "d4", "d5"] },
    ]);
    expect(first!.magnitudes.needs).toBe(18 / 20);
    expect(first!.magnitudes.cutOff).toBe(6 / 12);
    // b brokers the 4 developer–funder pairs (d0|d1 × f0|f1), each counted twice by sna: liaison 8, of the
    // 2 × 6 × 6 ordered developer–funder pairs.
    expect(first!.brokerage[0]).toEqual({
      grouping: "role",
      representative: 0,
      gatekeeper: 0,
      liaison: 8,
      crossGroup: 8,
      share: 8 / 72,
      groupsSpanned: 2,
    });
    expect(first!.brokerage.map((row) => row.grouping)).toEqual(["role", "community"]);
    expect(first!.communitiesSpanned).toBe(2);
    expect(first!.reasons).toEqual([
      "holds 6 actors to the rest of the network: if it left, they would lose their only path to the other 6 actors; 6 actors would lose their only way to a developer, 6 to a funder and 6 to an upskiller",
      "lies on 55% of the shortest paths between other actors",
      "brokers 4 pairs of its contacts across roles (11% of all such pairs) and 4 across communities (11%): contacts not tied to each other, each pair counted once",
      "its ties to d0 (27%), d1 (27%) and f0 (27%) carry the most shortest paths between actors",
      "its contacts span 2 roles and 2 communities (participation 0.5)",
    ]);
    // Nobody else is a cut vertex.
    expect(rows.filter((row) => row.isCutVertex).map((row) => row.id)).toEqual(["b"]);
  });

  it("ranks the centre of a star first, on magnitudes it holds whole", () => {
    const [first, second] = findBridgeActors(createEcosystem(star));
    expect(first!.id).toBe("hub");
    // By hand: all 15 pairs of leaves pass through it; 5 of 6 others cut off (one leaf is "the rest");
    // 9 of the 11 needs met lost (3 developers × 2 + 3 funders + the hub's 2, minus the hub's own);
    // all 9 developer–funder pairs brokered across roles, none across the one community.
    expect(first!.magnitudes).toEqual({ betweenness: 1, cutOff: 5 / 6, needs: 9 / 11, brokerage: 0.5 });
    expect(first!.score).toBe(documentedScore(first!));
    expect(first!.reasons).toEqual([
      "lies on 100% of the shortest paths between other actors",
      "holds 5 actors to the rest of the network: if it left, they would lose their only path to the other actor; 3 actors would lose their only way to a developer, 3 to a funder and 3 to an upskiller",
      "brokers 9 pairs of its contacts across roles (100% of all such pairs): contacts not tied to each other, each pair counted once",
      "its ties to a (29%), b (29%) and c (29%) carry the most shortest paths between actors",
      "its contacts span 2 roles (participation 0)",
    ]);
    expect(second!.score).toBe(0);
    expect(second!.reasons).toEqual([
      "holds no bridging position in this view: no shortest path between others runs through it",
    ]);
  });

  it("explains a broker between three regions as a liaison, pairs counted once", () => {
    const [first] = findBridgeActors(createEcosystem(threeRegions), { groupBy: "region" });
    expect(first!.id).toBe("v");
    // v brokers the 3 pairs among lappi0, kainuu0 and savo0, each in two other regions: liaison 3 × 2.
    expect(first!.brokerage).toEqual([
      // Ordered pairs of other actors in different regions: 9² − 3 · 3² = 54.
      {
        grouping: "region",
        representative: 0,
        gatekeeper: 0,
        liaison: 6,
        crossGroup: 6,
        share: 6 / 54,
        groupsSpanned: 3,
      },
    ]);
    // Three pieces of 3: the first reached (Kainuu: v's contacts are visited in id order) counts as the rest.
    expect(first!.cutOff).toBe(6);
    expect(first!.reasons).toEqual([
      "lies on 75% of the shortest paths between other actors",
      "holds 6 actors to the rest of the network: if it left, they would lose their only path to the other 3 actors",
      "brokers 3 pairs of its contacts across regions (11% of all such pairs): contacts not tied to each other, each pair counted once",
      "its ties to kainuu0 (47%), lappi0 (47%) and savo0 (47%) carry the most shortest paths between actors",
      "its contacts span 3 regions and 3 communities (participation 0.67)",
    ]);
  });

  it("counts brokerage across several groupings, in the order given, and averages their shares", () => {
    const eco = createEcosystem(threeRegions);
    const firstLetter = (id: string) => id.slice(0, 1);
    const [first] = findBridgeActors(eco, { groupBy: ["region", "role", firstLetter, () => "one"] });
    expect(first!.brokerage.map((row) => [row.grouping, row.crossGroup])).toEqual([
      ["region", 6],
      ["role", 0],
      ["grouping 1", 6],
      ["grouping 2", 0],
    ]);
    expect(first!.magnitudes.brokerage).toBeCloseTo((6 / 54 + 0 + 6 / 54 + 0) / 4, 15);
    const [byCommunity] = findBridgeActors(eco, { groupBy: ["community"] });
    // Louvain finds the three triangles, v joining one: its contacts lie in 3 communities.
    expect(byCommunity!.brokerage[0]!.groupsSpanned).toBe(3);
    expect(byCommunity!.communitiesSpanned).toBe(3);
    const [byFunction] = findBridgeActors(eco, { groupBy: firstLetter });
    expect(byFunction!.brokerage[0]!.grouping).toBe("group");
  });

  it("words directed brokerage as paths", () => {
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
    const [first] = findBridgeActors(createEcosystem(directed), { directed: true, groupBy: "role" });
    expect(first!.id).toBe("v");
    expect(first!.brokerage[0]).toMatchObject({
      representative: 0,
      gatekeeper: 1,
      liaison: 1,
      crossGroup: 2,
    });
    // Ordered pairs of the other three in different roles: 3² − (1 + 1 + 1) = 6.
    expect(first!.brokerage[0]!.share).toBe(2 / 6);
    expect(first!.reasons).toContain(
      "brokers 2 paths a → it → c across roles (33% of all such ordered pairs), with no tie a → c",
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
      weights: { betweenness: 1, cutOff: 0, needs: 0, brokerage: 0 },
    });
    expect(rows.map((row) => row.id)).toEqual(byBetweenness);
  });

  it("ranks by brokerage share alone when only that weight is positive (karate, groups = the two clubs)", () => {
    const karate = oracleData("karate");
    const eco = createEcosystem(karate);
    const sna = readJson<{ "raw.nli": Record<string, Record<string, number>> }>("values/karate.sna.json")[
      "raw.nli"
    ];
    const clubOf = new Map(karate.actors.map((actor) => [actor.id, String(actor.attributes!.group)]));
    const clubSize = (club: string) => [...clubOf.values()].filter((c) => c === club).length;
    const n = karate.actors.length;
    const squares = [...new Set(clubOf.values())].reduce((sum, club) => sum + clubSize(club) ** 2, 0);
    // The share by hand: sna's b_IO + b_OI + b_O over the ordered pairs of others in different clubs.
    const share = (id: string) =>
      (sna[id]!.b_IO! + sna[id]!.b_OI! + sna[id]!.b_O!) /
      ((n - 1) ** 2 - (squares - 2 * clubSize(clubOf.get(id)!) + 1));
    const expected = Object.keys(sna).sort((a, b) => share(b) - share(a) || compareIds(a, b));
    const rows = findBridgeActors(eco, {
      groupBy: "group",
      top: 5,
      weights: { betweenness: 0, cutOff: 0, needs: 0, brokerage: 1 },
    });
    expect(rows.map((row) => row.id)).toEqual(expected.slice(0, 5));
    for (const row of rows) expect(row.magnitudes.brokerage).toBeCloseTo(share(row.id), 15);
    // Overriding one weight keeps the other defaults.
    const noCut = findBridgeActors(eco, { weights: { cutOff: 0 }, top: Number.POSITIVE_INFINITY });
    for (const row of noCut)
      expect(row.score).toBe(documentedScore(row, { ...BRIDGE_WEIGHTS_DEFAULTS, cutOff: 0 }));
  });

  it("scores every actor by the documented weighted sum of its magnitudes, in [0, 1], ranked by score then id", () => {
    const rows = findBridgeActors(createEcosystem(oracleData("lesmis")), { top: Number.POSITIVE_INFINITY });
    expect(rows).toHaveLength(77);
    rows.forEach((row, index) => {
      expect(row.rank).toBe(index + 1);
      expect(row.score).toBe(documentedScore(row));
      let sum = 0;
      for (const part of ["betweenness", "cutOff", "needs", "brokerage"] as const) {
        expect(row.magnitudes[part]).toBeGreaterThanOrEqual(0);
        expect(row.magnitudes[part]).toBeLessThanOrEqual(1);
        sum += row.contributions[part];
      }
      expect(row.score).toBeCloseTo(sum, 11);
      if (index > 0) {
        const previous = rows[index - 1]!;
        expect(previous.score > row.score || (previous.score === row.score && previous.id < row.id)).toBe(
          true,
        );
      }
    });
  });

  it("breaks ties by id, whatever the order of the actors in the input", () => {
    // A ring of 6 of one role: every actor is the same (by role; Louvain communities would split the
    // ring, so they are left out), so the top 3 are the three smallest ids.
    const ids = ["r5", "r2", "r4", "r0", "r3", "r1"];
    const ring = data(
      actorsOf(ids),
      ids.map((id, i): [string, string] => [id, ids[(i + 1) % ids.length]!]),
    );
    const rows = findBridgeActors(createEcosystem(ring), { top: 3, groupBy: "role" });
    expect(rows.map((row) => row.id)).toEqual(["r0", "r1", "r2"]);
    expect(new Set(rows.map((row) => row.score)).size).toBe(1);
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
      expect(row.brokerage[0]).toMatchObject({
        grouping: "group",
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
    expect(alone!.needsLost).toEqual([]);
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
      { weights: { constraint: 1 } },
      { weights: { betweenness: -1 } },
      { weights: { brokerage: Number.NaN } },
      { weights: { betweenness: 0, cutOff: 0, needs: 0, brokerage: 0 } },
      { betweennessSample: 1 },
      { groupBy: "region" },
      { groupBy: ["role", "region"] },
      { groupBy: [] },
      { groupBy: [""] },
      { groupBy: [3] },
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
    expect(FIND_BRIDGE_ACTORS_DEFAULTS.groupBy).toEqual(["role", "community"]);
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
            const sizes: number[] = [];
            const unsorted = cutOffActors(view, v, impact[view.ids[v]!]!, scratch, sizes);
            const got = [...unsorted].sort((a, b) => a - b);
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
            // The piece sizes cut the result into whole pieces of C − v.
            let at = 0;
            for (const size of sizes) {
              const piece = unsorted.slice(at, at + size).sort((a, b) => a - b);
              expect(pieces.map((p) => [...p].sort((a, b) => a - b))).toContainEqual(piece);
              at += size;
            }
            expect(at).toBe(got.length);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
