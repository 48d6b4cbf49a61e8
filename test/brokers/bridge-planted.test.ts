// findBridgeActors on planted structures whose right answer is known, with the truth computed in the test by
// plain breadth-first searches and shortest-path counting (./brute-force.ts), never by the code under test.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type BridgeActor, findBridgeActors } from "../../src/brokers/find-bridge-actors.js";
import { sampleEcosystem, sampleEcosystemData } from "../../src/datasets/sample-ecosystem.js";
import { findStructuralGaps } from "../../src/gaps/find-structural-gaps.js";
import { gapId } from "../../src/gaps/types.js";
import { createRandom, randomInt } from "../../src/internal/rng.js";
import { createEcosystem } from "../../src/model/ecosystem.js";
import type { EcosystemData } from "../../src/model/schema.js";
import { deepFreeze } from "../helpers.js";
import {
  adjacencyOf,
  betweennessByCounting,
  cutOffByRemoval,
  needsLostByRemoval,
  needsMetDirect,
  reachable,
} from "./brute-force.js";

type Pair = [string, string];

function document(
  actors: { id: string; role: string; region?: string }[],
  ties: { pairs: Pair[]; kind: string }[],
): EcosystemData {
  return deepFreeze<EcosystemData>({
    actors: actors.map(({ id, role, region }) => ({
      id,
      role,
      ...(region === undefined ? {} : { attributes: { region } }),
    })),
    ties: ties.flatMap(({ pairs, kind }) => pairs.map(([source, target]) => ({ source, target, kind }))),
  });
}

/**
 * A region of 16 actors: a hub developer tied to all 15 others, a ring through the 15 and two chords;
 * among them a funder and two upskillers.
 */
function region(
  prefix: string,
  name: string,
): { actors: { id: string; role: string; region: string }[]; pairs: Pair[] } {
  const others = [
    `${prefix}-f1`,
    `${prefix}-u1`,
    `${prefix}-u2`,
    ...Array.from({ length: 12 }, (_, i) => `${prefix}-d${String(i + 1).padStart(2, "0")}`),
  ];
  const roleOf = (id: string) =>
    id.includes("-f") ? "funder" : id.includes("-u") ? "upskiller" : "developer";
  const hub = `${prefix}-hub`;
  const pairs: Pair[] = others.map((id): Pair => [hub, id]);
  for (let i = 0; i < others.length; i++) pairs.push([others[i]!, others[(i + 1) % others.length]!]);
  pairs.push([others[0]!, others[7]!], [others[2]!, others[10]!]);
  return {
    actors: [
      { id: hub, role: "developer", region: name },
      ...others.map((id) => ({ id, role: roleOf(id), region: name })),
    ],
    pairs,
  };
}

/** Two regions of 16, joined only through the upskiller `bridge`, tied to two developers of each. */
const twoRegions = (() => {
  const west = region("w", "West");
  const east = region("e", "East");
  return document(
    [...west.actors, ...east.actors, { id: "bridge", role: "upskiller", region: "East" }],
    [
      { pairs: [...west.pairs, ...east.pairs], kind: "collaboration" },
      {
        pairs: [
          ["bridge", "w-d01"],
          ["bridge", "w-d02"],
          ["bridge", "e-d01"],
          ["bridge", "e-d02"],
        ],
        kind: "peer-learning",
      },
    ],
  );
})();

/**
 * A main network of 30 (20 developers, 5 upskillers, 5 funders: a ring and 30 seeded chords) and a silo
 * of 8 developers, densely tied among themselves, held to it only by the tie m-d07 — s-d1.
 */
const silo = (() => {
  const random = createRandom(5);
  const main = Array.from({ length: 30 }, (_, i) => ({
    id: i < 20 ? `m-d${String(i).padStart(2, "0")}` : i < 25 ? `m-u${i}` : `m-f${i}`,
    role: i < 20 ? "developer" : i < 25 ? "upskiller" : "funder",
  }));
  const pairs: Pair[] = main.map((actor, i): Pair => [actor.id, main[(i + 1) % 30]!.id]);
  for (let chord = 0; chord < 30; chord++) {
    const a = randomInt(random, 30);
    const b = (a + 2 + randomInt(random, 27)) % 30;
    pairs.push([main[a]!.id, main[b]!.id]);
  }
  const siloIds = Array.from({ length: 8 }, (_, i) => `s-d${i + 1}`);
  for (let i = 0; i < 8; i++)
    for (let j = i + 1; j < 8; j++) if ((i + j) % 3 !== 0) pairs.push([siloIds[i]!, siloIds[j]!]);
  pairs.push(["m-d07", "s-d1"]);
  return document(
    [...main, ...siloIds.map((id) => ({ id, role: "developer" }))],
    [{ pairs, kind: "collaboration" }],
  );
})();

/**
 * A funder funding 10 developers who are not tied to each other; three of them are also trained by an
 * upskiller, who informs a second funder.
 */
const hubAndSpoke = document(
  [
    { id: "hub", role: "funder" },
    { id: "u1", role: "upskiller" },
    { id: "f2", role: "funder" },
    ...Array.from({ length: 10 }, (_, i) => ({
      id: `d${String(i + 1).padStart(2, "0")}`,
      role: "developer",
    })),
  ],
  [
    {
      pairs: Array.from({ length: 10 }, (_, i): Pair => ["hub", `d${String(i + 1).padStart(2, "0")}`]),
      kind: "funding",
    },
    {
      pairs: [
        ["u1", "d01"],
        ["u1", "d02"],
        ["u1", "d03"],
      ],
      kind: "training",
    },
    { pairs: [["u1", "f2"]], kind: "information" },
  ],
);

type SentenceKind = "hangs" | "paths" | "brokerage";

function kindOf(reason: string): SentenceKind | "evidence" {
  if (reason.startsWith("holds") || reason.startsWith("if it left")) return "hangs";
  if (reason.startsWith("lies on")) return "paths";
  if (reason.startsWith("brokers")) return "brokerage";
  return "evidence";
}

/** The first reason reports the scored part (or parts) adding most to the score. */
function expectDecidingReasonFirst(row: BridgeActor): void {
  const { contributions: c } = row;
  const present: [SentenceKind, number][] = [];
  if (row.cutOff > 0 || row.needsLost.length > 0) present.push(["hangs", c.cutOff + c.needs]);
  if (row.betweenness > 0) present.push(["paths", c.betweenness]);
  if (row.brokerage.some((b) => b.crossGroup > 0)) present.push(["brokerage", c.brokerage]);
  if (present.length === 0) return;
  const largest = Math.max(...present.map(([, value]) => value));
  const first = kindOf(row.reasons[0]!);
  expect(present.find(([kind]) => kind === first)?.[1], `${row.id}: ${row.reasons[0]}`).toBe(largest);
}

/** The score is the sum of the contributions, and each is w_k x_k / Σ w with the default weights. */
function expectScoreFromParts(row: BridgeActor): void {
  const weights = { betweenness: 0.4, cutOff: 0.3, needs: 0.15, brokerage: 0.15 };
  let sum = 0;
  for (const part of ["betweenness", "cutOff", "needs", "brokerage"] as const) {
    expect(row.contributions[part]).toBeCloseTo(weights[part] * row.magnitudes[part], 12);
    sum += row.contributions[part];
  }
  expect(row.score).toBeCloseTo(sum, 11);
}

describe("findBridgeActors on planted truth", () => {
  it("ranks first the upskiller that alone joins two regions, on the shortest-path share and cut-off counted directly", () => {
    const adjacency = adjacencyOf(twoRegions);
    const between = betweennessByCounting(adjacency);
    const rows = findBridgeActors(createEcosystem(twoRegions), { top: Number.POSITIVE_INFINITY });
    const [first] = rows;
    expect(first!.id).toBe("bridge");
    // 16 × 16 pairs across the regions of the 32 × 31 / 2 pairs of other actors: 52%.
    expect(between.get("bridge")).toBeCloseTo(256 / 496, 12);
    expect(first!.betweenness).toBeCloseTo(between.get("bridge")!, 12);
    expect(first!.cutOff).toBe(cutOffByRemoval(adjacency, "bridge"));
    expect(first!.cutOff).toBe(16);
    expect(first!.gapId).toBe(gapId("single-point-of-failure", "actor", "bridge"));
    // The two regions are the same size, so either is "the rest" and the other is cut off.
    const sides = ["e-hub", "w-hub"].map((hub) => [...reachable(adjacency, hub, "bridge")].sort());
    expect(sides.map((side) => side.length)).toEqual([16, 16]);
    expect(sides).toContainEqual(first!.cutOffActors);
    expect(first!.reasons[0]).toBe("lies on 52% of the shortest paths between other actors");
    expect(first!.reasons[1]).toBe(
      "holds 16 actors to the rest of the network: if it left, they would lose their only path to the other 16 actors",
    );
    // Every actor's betweenness and cut-off agree with the direct counts; the order follows the score.
    for (const row of rows) {
      expect(row.betweenness, row.id).toBeCloseTo(between.get(row.id)!, 12);
      expect(row.cutOff, row.id).toBe(cutOffByRemoval(adjacency, row.id));
      expectScoreFromParts(row);
      expectDecidingReasonFirst(row);
    }
    // The in-region hubs broker more role pairs, and still rank below the bridge.
    const hub = rows.find((row) => row.id === "w-hub")!;
    expect(hub.brokerage[0]!.crossGroup).toBeGreaterThan(first!.brokerage[0]!.crossGroup);
    expect(hub.rank).toBeGreaterThan(1);
  });

  it("puts the developer whose one tie holds a silo in the top 3, naming the actors and needs that hang on it", () => {
    const adjacency = adjacencyOf(silo);
    const rows = findBridgeActors(createEcosystem(silo), { top: Number.POSITIVE_INFINITY });
    const top3 = rows.slice(0, 3).map((row) => row.id);
    expect(top3).toContain("m-d07");
    const holder = rows.find((row) => row.id === "m-d07")!;
    expect(holder.cutOff).toBe(cutOffByRemoval(adjacency, "m-d07"));
    expect(holder.cutOffActors).toEqual(Array.from({ length: 8 }, (_, i) => `s-d${i + 1}`));
    // Needs lost, by direct search with the actor removed: the silo's 8 developers lose both roles.
    const lost = needsLostByRemoval(silo, adjacency, "m-d07");
    expect(holder.needsLost).toEqual(
      [...lost.entries()]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([role, actors]) => ({ role, actors: actors.sort() })),
    );
    expect(holder.needsLost.map((need) => [need.role, need.actors.length])).toEqual([
      ["funder", 8],
      ["upskiller", 8],
    ]);
    expect(holder.reasons).toContain(
      "holds 8 actors to the rest of the network: if it left, they would lose their only path to the other 29 actors, and 8 of them their only way to a funder and 8 to an upskiller",
    );
    for (const row of rows) {
      expect(row.cutOff, row.id).toBe(cutOffByRemoval(adjacency, row.id));
      const direct = needsLostByRemoval(silo, adjacency, row.id);
      expect(
        row.needsLost.map((need) => need.role),
        row.id,
      ).toEqual([...direct.keys()].sort());
      expectDecidingReasonFirst(row);
    }
  });

  it("ranks a hub-and-spoke funder first, and names the pendants that would lose their funder", () => {
    const adjacency = adjacencyOf(hubAndSpoke);
    const rows = findBridgeActors(createEcosystem(hubAndSpoke));
    expect(rows[0]!.id).toBe("hub");
    expect(rows[0]!.cutOff).toBe(cutOffByRemoval(adjacency, "hub"));
    const lost = needsLostByRemoval(hubAndSpoke, adjacency, "hub");
    const pendants = ["d04", "d05", "d06", "d07", "d08", "d09", "d10"];
    expect(lost.get("funder")?.sort()).toEqual(pendants);
    expect(rows[0]!.needsLost).toEqual([
      { role: "funder", actors: pendants },
      { role: "upskiller", actors: pendants },
    ]);
    // The three trained developers keep f2 through u1: they lose nothing.
    expect(rows[0]!.reasons[0]).toMatch(/^lies on \d+% of the shortest paths/);
    expectDecidingReasonFirst(rows[0]!);
  });

  it("says when others would lose a need met only by the actor itself, though it cuts nobody off", () => {
    // A triangle of two developers and their one funder: no cut vertex, but without f they reach no funder.
    const triangle = document(
      [
        { id: "a", role: "developer" },
        { id: "b", role: "developer" },
        { id: "f", role: "funder" },
      ],
      [
        {
          pairs: [
            ["a", "b"],
            ["a", "f"],
            ["b", "f"],
          ],
          kind: "collaboration",
        },
      ],
    );
    const rows = findBridgeActors(createEcosystem(triangle));
    const funder = rows.find((row) => row.id === "f")!;
    expect(funder.isCutVertex).toBe(false);
    expect(funder.gapId).toBeNull();
    expect(funder.needsLost).toEqual([{ role: "funder", actors: ["a", "b"] }]);
    expect(funder.reasons[0]).toBe("if it left, 2 actors would lose their only way to a funder");
    expect(rows[0]!.id).toBe("f");
  });
});

describe("findBridgeActors' cut-off and needs, against removal by brute force", () => {
  it("counts, for every actor of random small networks, the actors cut off and the needs lost", () => {
    const roles = ["developer", "upskiller", "funder"];
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }).chain((n) =>
          fc.tuple(
            fc.array(fc.constantFrom(...roles), { minLength: n, maxLength: n }),
            fc.array(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 })), {
              maxLength: 2 * n,
            }),
          ),
        ),
        ([actorRoles, raw]) => {
          const ids = actorRoles.map((_, i) => `v${String(i).padStart(2, "0")}`);
          const pairs = raw.filter(([a, b]) => a !== b).map(([a, b]): Pair => [ids[a]!, ids[b]!]);
          const doc = document(
            ids.map((id, i) => ({ id, role: actorRoles[i]! })),
            [{ pairs, kind: "collaboration" }],
          );
          const adjacency = adjacencyOf(doc);
          const met = needsMetDirect(doc, adjacency);
          for (const row of findBridgeActors(createEcosystem(doc), { top: Number.POSITIVE_INFINITY })) {
            expect(row.cutOff).toBe(cutOffByRemoval(adjacency, row.id));
            const direct = needsLostByRemoval(doc, adjacency, row.id);
            const expected = [...direct.entries()]
              .sort(([a], [b]) => (a < b ? -1 : 1))
              .map(([role, actors]) => ({ role, actors: [...actors].sort() }));
            expect(row.needsLost).toEqual(expected);
            const lost = expected.reduce((sum, need) => sum + need.actors.length, 0);
            expect(row.magnitudes.needs).toBe(met === 0 ? 0 : lost / met);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("findBridgeActors on the sample ecosystem", () => {
  const eco = sampleEcosystem();
  const data = sampleEcosystemData();
  const rows = findBridgeActors(eco, { top: Number.POSITIVE_INFINITY });
  const byId = new Map(rows.map((row) => [row.id, row]));

  it("ranks in score order, ties by id, with the deciding reason first", () => {
    rows.forEach((row, index) => {
      expect(row.rank).toBe(index + 1);
      expectScoreFromParts(row);
      expectDecidingReasonFirst(row);
      if (index > 0) {
        const previous = rows[index - 1]!;
        expect(previous.score > row.score || (previous.score === row.score && previous.id < row.id)).toBe(
          true,
        );
      }
    });
  });

  it("is monotone: an actor at least as large on every part, and larger on one, ranks higher", () => {
    const parts = ["betweenness", "cutOff", "needs", "brokerage"] as const;
    let pairs = 0;
    for (const a of rows) {
      for (const b of rows) {
        const dominates =
          parts.every((part) => a.magnitudes[part] >= b.magnitudes[part]) &&
          parts.some((part) => a.magnitudes[part] > b.magnitudes[part]);
        if (!dominates) continue;
        pairs++;
        expect(a.rank, `${a.id} over ${b.id}`).toBeLessThan(b.rank);
      }
    }
    expect(pairs).toBeGreaterThan(1000);
  });

  it("puts the competence centre (38% of shortest paths) above upskillers on fewer paths, as its reasons say", () => {
    const adjacency = adjacencyOf(data);
    const centre = byId.get("u-competence")!;
    expect(centre.rank).toBe(1);
    expect(centre.reasons[0]).toBe("lies on 38% of the shortest paths between other actors");
    for (const id of ["uus-u01", "ksu-u01", "psa-u01"]) {
      const other = byId.get(id)!;
      expect(other.betweenness).toBeLessThan(centre.betweenness);
      expect(other.rank).toBeGreaterThan(centre.rank);
      expect(kindOf(other.reasons[0]!)).toBe("paths");
    }
    // psa-u01 holds Pohjois-Savo (9 actors, counted directly); its paths still decide its rank.
    const psa = byId.get("psa-u01")!;
    expect(psa.cutOff).toBe(cutOffByRemoval(adjacency, "psa-u01"));
    expect(psa.cutOff).toBe(9);
    expect(psa.gapId).toBe("single-point-of-failure:actor:psa-u01");
  });

  it("ranks the tie holding Lappi near the top, and the ESF+ funder with the pendants it holds", () => {
    const adjacency = adjacencyOf(data);
    for (const id of ["ppo-d05", "lap-d01"]) {
      const row = byId.get(id)!;
      expect(row.rank, id).toBeLessThanOrEqual(5);
      expect(row.cutOff).toBe(cutOffByRemoval(adjacency, id));
    }
    const holder = byId.get("ppo-d05")!;
    expect(holder.cutOffActors).toEqual(Array.from({ length: 8 }, (_, i) => `lap-d0${i + 1}`));
    expect(holder.needsLost.map((need) => [need.role, need.actors.length])).toEqual([
      ["funder", 8],
      ["upskiller", 8],
    ]);
    const esf = byId.get("f-esf")!;
    expect(esf.rank).toBe(2);
    expect(esf.cutOffActors).toEqual([
      "epo-d01",
      "esa-d01",
      "kha-d01",
      "kpo-d01",
      "kym-d01",
      "pha-d01",
      "pka-d01",
      "pom-d01",
      "sat-d01",
    ]);
    // Every cut vertex points to its single-point-of-failure gap, and the gap exists.
    const gapIds = new Set(findStructuralGaps(eco).map((gap) => gap.id));
    for (const row of rows) {
      if (row.isCutVertex) expect(gapIds.has(row.gapId!), row.id).toBe(true);
      else expect(row.gapId).toBeNull();
    }
  });

  it("gives byte-identical output for the same input and seed", () => {
    const again = findBridgeActors(sampleEcosystem(), { top: Number.POSITIVE_INFINITY });
    expect(JSON.stringify(again)).toBe(JSON.stringify(rows));
  });
});
