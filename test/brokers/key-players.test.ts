// Reference values: no published key-player values exist for these graphs, so every optimum here is
// found by the exhaustive search below (all k-subsets, each scored by its own plain-array BFS written
// from Borgatti (2006), doi:10.1007/s10588-006-7084-x, independently of the code under test), and the
// small closed forms are derived by hand in comments.
import { describe, expect, it } from "vitest";
import {
  findKeyPlayers,
  KEY_PLAYERS_DEFAULTS,
  type KeyPlayerObjective,
} from "../../src/brokers/key-players.js";
import { createEcosystem } from "../../src/model/ecosystem.js";
import type { EcosystemData } from "../../src/model/schema.js";
import { actorsOf, deepFreeze, edgeListData, type OracleDatasetName, oracleData } from "../helpers.js";

const TOLERANCE = 1e-9;

/** a – b – c – d – e */
const path5 = edgeListData(
  ["a", "b", "c", "d", "e"],
  [
    ["a", "b"],
    ["b", "c"],
    ["c", "d"],
    ["d", "e"],
  ],
);

// ---------- exhaustive search (independent of src/brokers) ----------

interface Plain {
  ids: string[];
  neighbors: number[][];
}

function plainGraph(data: EcosystemData): Plain {
  const ids = data.actors.map((a) => a.id);
  const position = new Map(ids.map((id, i) => [id, i] as const));
  const sets = ids.map(() => new Set<number>());
  for (const tie of data.ties) {
    const u = position.get(tie.source)!;
    const v = position.get(tie.target)!;
    sets[u]!.add(v);
    sets[v]!.add(u);
  }
  return { ids, neighbors: sets.map((s) => [...s]) };
}

/** Hop distances from `sources`, avoiding `blocked`; Infinity where unreachable. */
function distances(g: Plain, sources: number[], blocked: boolean[]): number[] {
  const d = g.ids.map(() => Number.POSITIVE_INFINITY);
  const queue: number[] = [];
  for (const s of sources) {
    d[s] = 0;
    queue.push(s);
  }
  for (let h = 0; h < queue.length; h++) {
    const u = queue[h]!;
    for (const v of g.neighbors[u]!) {
      if (blocked[v] || d[v] !== Number.POSITIVE_INFINITY) continue;
      d[v] = d[u]! + 1;
      queue.push(v);
    }
  }
  return d;
}

/** Borgatti's objectives, straight from their definitions. */
function bruteScore(g: Plain, set: number[], objective: KeyPlayerObjective, m: number): number {
  const n = g.ids.length;
  const inSet = g.ids.map(() => false);
  for (const i of set) inSet[i] = true;
  const rest = g.ids.map((_, i) => i).filter((i) => !inSet[i]);
  const r = rest.length;
  if (objective === "fragmentation") {
    if (r < 2) return 1;
    // Ordered pairs in the same component: Σ_c s_c(s_c − 1).
    const done = g.ids.map(() => false);
    let sum = 0;
    for (const i of rest) {
      if (done[i]) continue;
      const d = distances(g, [i], inSet);
      let size = 0;
      for (const j of rest) {
        if (d[j]! < Number.POSITIVE_INFINITY) {
          done[j] = true;
          size++;
        }
      }
      sum += size * (size - 1);
    }
    return 1 - sum / (r * (r - 1));
  }
  if (objective === "distance-fragmentation") {
    if (r < 2) return 1;
    let sum = 0;
    for (const i of rest) {
      const d = distances(g, [i], inSet);
      for (const j of rest) if (j !== i) sum += 1 / d[j]!;
    }
    return 1 - sum / (r * (r - 1));
  }
  const d = distances(g, set, []);
  let sum = 0;
  for (const j of rest) sum += objective === "reach" ? (d[j]! <= m ? 1 : 0) : 1 / d[j]!;
  return sum / (n - set.length);
}

/** The best score over all k-subsets. */
function bruteOptimum(g: Plain, k: number, objective: KeyPlayerObjective, m: number): number {
  const n = g.ids.length;
  let best = Number.NEGATIVE_INFINITY;
  const set: number[] = [];
  // Iterative enumeration of k-subsets in lexicographic order.
  const c = Array.from({ length: k }, (_, i) => i);
  for (;;) {
    set.length = 0;
    for (const i of c) set.push(i);
    best = Math.max(best, bruteScore(g, set, objective, m));
    let j = k - 1;
    while (j >= 0 && c[j] === n - k + j) j--;
    if (j < 0) break;
    c[j]!++;
    for (let t = j + 1; t < k; t++) c[t] = c[t - 1]! + 1;
  }
  return best;
}

function indicesOf(g: Plain, ids: string[]): number[] {
  return ids.map((id) => g.ids.indexOf(id));
}

/** Actors of highest degree, ties by id (the documented baseline). */
function topDegree(g: Plain, k: number): number[] {
  return g.ids
    .map((id, i) => ({ id, i, degree: g.neighbors[i]!.length }))
    .sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, k)
    .map((x) => x.i);
}

const SMALL: OracleDatasetName[] = ["borgatti", "kite", "florentine", "southern-women", "karate"];
const CASES: [KeyPlayerObjective, number][] = [
  ["fragmentation", 1],
  ["distance-fragmentation", 1],
  ["reach", 1],
  ["reach", 2],
  ["distance-reach", 1],
];

const table: [OracleDatasetName, KeyPlayerObjective, number, number][] = [];
for (const name of SMALL)
  for (const [objective, m] of CASES) for (const k of [1, 2, 3]) table.push([name, objective, m, k]);
for (const [objective, m] of CASES) {
  for (const k of objective === "distance-fragmentation" ? [1, 2] : [1, 2, 3])
    table.push(["lesmis", objective, m, k]);
}

describe("findKeyPlayers", () => {
  it.each(table)(
    "finds the exhaustive-search optimum on %s for %s (m = %i), k = %i",
    (name, objective, m, k) => {
      const data = oracleData(name);
      const g = plainGraph(data);
      const eco = createEcosystem(data);
      const optimum = bruteOptimum(g, k, objective, m);
      const exact = findKeyPlayers(eco, { k, objective, reachDistance: m, exhaustive: true });
      const result = findKeyPlayers(eco, { k, objective, reachDistance: m });
      expect(Math.abs(exact.score - optimum)).toBeLessThanOrEqual(TOLERANCE);
      expect(exact.exhaustive).toBe(true);
      // On these graphs the default call is affordable exhaustively, and so gives the same answer.
      expect(result).toEqual(exact);
      // The heuristic alone (greedy, top-degree and 5 random starts, then swaps) finds the optimum on
      // every graph of up to 40 actors; on lesmis (77) it is checked for k ≤ 2 (for fragmentation with
      // k = 3 it stops at 0.525 < 0.593 with the default 5 restarts).
      if (g.ids.length <= 40 || k <= 2) {
        const heuristic = findKeyPlayers(eco, { k, objective, reachDistance: m, exhaustive: false });
        expect(heuristic.exhaustive).toBe(false);
        expect(Math.abs(heuristic.score - optimum)).toBeLessThanOrEqual(TOLERANCE);
      }
      // The reported set really has the reported score, and the baselines are what they claim.
      expect(exact.actors).toHaveLength(k);
      expect(
        Math.abs(bruteScore(g, indicesOf(g, exact.actors), objective, m) - exact.score),
      ).toBeLessThanOrEqual(TOLERANCE);
      const top = topDegree(g, k);
      expect(exact.baseline.topDegree.actors).toEqual(top.map((i) => g.ids[i]!).sort());
      expect(Math.abs(exact.baseline.topDegree.score - bruteScore(g, top, objective, m))).toBeLessThanOrEqual(
        TOLERANCE,
      );
      expect(Math.abs(exact.baseline.empty - bruteScore(g, [], objective, m))).toBeLessThanOrEqual(TOLERANCE);
    },
  );

  it("returns the optimum with the smallest sorted id list when several sets tie", () => {
    // Star hub – x, y, z plus the pair p – q: removing the hub leaves x, y, z, p – q, and every k = 2
    // set {hub, w} with w ∈ {x, y, z} leaves two isolates and p – q: Σ = 2 over 4 · 3 pairs.
    // {hub, p} leaves x, y, z, q isolated: Σ = 0, F = 1. Also {hub, q}; "p" < "q".
    const eco = createEcosystem(
      edgeListData(
        ["q", "p", "z", "y", "x", "hub"],
        [
          ["hub", "x"],
          ["hub", "y"],
          ["hub", "z"],
          ["p", "q"],
        ],
      ),
    );
    for (const exhaustive of [true, false]) {
      expect(findKeyPlayers(eco, { k: 2, exhaustive })).toMatchObject({ actors: ["hub", "p"], score: 1 });
    }
  });

  it("cuts a path of five at its middle: F = 1 − (2 + 2) / (4 · 3) = 2/3 (doc example)", () => {
    const result = findKeyPlayers(createEcosystem(path5), { k: 1 });
    expect(result.actors).toEqual(["c"]);
    expect(result.score).toBe(0.6666666666666667);
    expect(result.objective).toBe("fragmentation");
    expect(result.k).toBe(1);
    // The whole path is connected: F = 0 before any removal.
    expect(result.baseline.empty).toBe(0);
  });

  it("gives distance-weighted fragmentation by hand on a path of five", () => {
    // Removing c: pairs (a, b) and (d, e) at distance 1, both ways: ᴰF = 1 − 4 / 12 = 2/3.
    // Removing b: (c, d), (d, e) at 1 and (c, e) at 2, both ways: ᴰF = 1 − 2 · 2.5 / 12 = 7/12 < 2/3.
    const result = findKeyPlayers(createEcosystem(path5), { k: 1, objective: "distance-fragmentation" });
    expect(result.actors).toEqual(["c"]);
    expect(result.score).toBeCloseTo(2 / 3, 12);
    // Whole path: Σ_{i≠j} 1/d = 2 (4 · 1 + 3 / 2 + 2 / 3 + 1 / 4) = 12.8333…; ᴰF = 1 − 12.8333… / 20.
    expect(result.baseline.empty).toBeCloseTo(1 - (2 * (4 + 1.5 + 2 / 3 + 0.25)) / 20, 12);
  });

  it("gives reach and distance-weighted reach by hand on a path of five", () => {
    // c reaches b and d in one step: R = 2/4; within two steps all four: R = 1.
    const eco = createEcosystem(path5);
    expect(findKeyPlayers(eco, { k: 1, objective: "reach" })).toMatchObject({ actors: ["b"], score: 0.5 });
    expect(findKeyPlayers(eco, { k: 1, objective: "reach", reachDistance: 2 })).toMatchObject({
      actors: ["c"],
      score: 1,
    });
    // ᴰR of c: (1 + 1 + 1/2 + 1/2) / 4 = 0.75; of b: (1 + 1 + 1/2 + 1/3) / 4 < 0.75.
    expect(findKeyPlayers(eco, { k: 1, objective: "distance-reach" })).toMatchObject({
      actors: ["c"],
      score: 0.75,
    });
    // The empty set reaches nobody.
    expect(findKeyPlayers(eco, { k: 1, objective: "reach" }).baseline.empty).toBe(0);
  });

  it("takes fragmentation as 1 when fewer than two actors remain", () => {
    const pair = createEcosystem(edgeListData(["a", "b"], [["a", "b"]]));
    expect(findKeyPlayers(pair, { k: 1 })).toMatchObject({ actors: ["a"], score: 1 });
    expect(findKeyPlayers(pair, { k: 1, objective: "distance-fragmentation" })).toMatchObject({ score: 1 });
  });

  it("measures fragmentation on the remaining actors, isolates included", () => {
    // a – b – c plus isolate z; removing b leaves a, c, z as three isolates: F = 1.
    const eco = createEcosystem(
      edgeListData(
        ["a", "b", "c", "z"],
        [
          ["a", "b"],
          ["b", "c"],
        ],
      ),
    );
    const result = findKeyPlayers(eco, { k: 1 });
    expect(result).toMatchObject({ actors: ["b"], score: 1 });
    // Before: Σ s(s − 1) = 3 · 2 + 0 = 6 over 4 · 3 ordered pairs: F = 1/2.
    expect(result.baseline.empty).toBe(0.5);
  });

  it("breaks ties between equally good sets by id", () => {
    // In a 4-cycle every single removal leaves a path of three: all score 0; "a" wins by id.
    const cycle = createEcosystem(
      edgeListData(
        ["d", "c", "b", "a"],
        [
          ["a", "b"],
          ["b", "c"],
          ["c", "d"],
          ["d", "a"],
        ],
      ),
    );
    expect(findKeyPlayers(cycle, { k: 1 }).actors).toEqual(["a"]);
    expect(findKeyPlayers(cycle, { k: 1, objective: "reach" }).actors).toEqual(["a"]);
  });

  it("returns deep-equal results for the same seed", () => {
    const eco = createEcosystem(oracleData("lesmis"));
    for (const objective of ["fragmentation", "reach", "distance-reach"] as const) {
      const first = findKeyPlayers(eco, { k: 4, objective, seed: 7 });
      const second = findKeyPlayers(createEcosystem(oracleData("lesmis")), { k: 4, objective, seed: 7 });
      expect(second).toEqual(first);
    }
  });

  it("draws members only from the candidates of highest degree when asked", () => {
    const data = oracleData("karate");
    const g = plainGraph(data);
    const pool = new Set(topDegree(g, 6).map((i) => g.ids[i]!));
    for (const objective of ["fragmentation", "reach", "distance-fragmentation"] as const) {
      const result = findKeyPlayers(createEcosystem(data), { k: 3, objective, candidates: 6 });
      for (const id of result.actors) expect(pool.has(id)).toBe(true);
    }
    // With every actor a candidate the result is the default one.
    const eco = createEcosystem(data);
    expect(findKeyPlayers(eco, { k: 2, candidates: 34 })).toEqual(findKeyPlayers(eco, { k: 2 }));
  });

  it("counts the sets it scored", () => {
    const eco = createEcosystem(path5);
    // Exhaustive: every k-subset once.
    expect(findKeyPlayers(eco, { k: 1 }).evaluations).toBe(5);
    expect(findKeyPlayers(eco, { k: 2 }).evaluations).toBe(10);
    // Heuristic, k = 1, no restarts. Greedy: 5 sets. From the greedy set {c}: 1 (its score) + 4 swaps
    // (none improves) + 1 (rescored) = 6. From the top-degree set {b} (b, c, d have degree 2; b by
    // id): 1 + 4 (swap to c) + 4 (none improves) + 1 = 10. Total 21.
    expect(findKeyPlayers(eco, { k: 1, exhaustive: false, restarts: 0 }).evaluations).toBe(21);
  });

  it("honours the view options", () => {
    // a – b – c by collaboration; c – a by information. All kinds: a triangle, F = 0 for any removal.
    const data = deepFreeze<EcosystemData>({
      actors: actorsOf(["a", "b", "c", "d"]),
      ties: [
        { source: "a", target: "b", kind: "collaboration" },
        { source: "b", target: "c", kind: "collaboration" },
        { source: "c", target: "a", kind: "information" },
        { source: "c", target: "d", kind: "collaboration" },
      ],
    });
    const eco = createEcosystem(data);
    const all = findKeyPlayers(eco, { k: 1 });
    expect(all.actors).toEqual(["c"]);
    expect(all.score).toBeCloseTo(2 / 3, 12);
    // Collaboration only: a path a – b – c – d; removing b or c: Σ = 2, F = 1 − 2 / 6.
    expect(findKeyPlayers(eco, { k: 1, kinds: ["collaboration"] })).toMatchObject({
      actors: ["b"],
      score: 1 - 2 / 6,
    });
  });

  it("leaves its input unchanged", () => {
    const data = deepFreeze(oracleData("kite"));
    const eco = createEcosystem(data);
    const before = JSON.stringify(eco.export());
    findKeyPlayers(eco, { k: 2, objective: "distance-reach" });
    findKeyPlayers(eco, { k: 2, objective: "fragmentation" });
    expect(JSON.stringify(eco.export())).toBe(before);
  });

  it("exposes frozen defaults", () => {
    expect(Object.isFrozen(KEY_PLAYERS_DEFAULTS)).toBe(true);
    expect(KEY_PLAYERS_DEFAULTS).toEqual({
      directed: false,
      k: 3,
      objective: "fragmentation",
      reachDistance: 1,
      seed: 1,
      restarts: 5,
    });
  });

  it.each([
    [{ k: 0 }, "k 0"],
    [{ k: 5 }, "k 5"],
    [{ k: 1.5 }, "k 1.5"],
    [{ k: 1, reachDistance: 0 }, "reachDistance 0"],
    [{ k: 1, reachDistance: 1.5 }, "reachDistance 1.5"],
    [{ k: 1, restarts: -1 }, "restarts -1"],
    [{ k: 2, candidates: 1 }, "candidates 1"],
    [{ k: 1, objective: "centrality" as KeyPlayerObjective }, 'objective "centrality"'],
    [{ k: 1, seed: Number.NaN }, "seed NaN"],
  ])("refuses %o with an invalid_option error naming the value", (options, named) => {
    const eco = createEcosystem(path5);
    expect(() => findKeyPlayers(eco, options)).toThrow(
      expect.objectContaining({ code: "invalid_option", message: expect.stringContaining(named) }),
    );
    expect(() => findKeyPlayers(eco, options)).toThrow(/^findKeyPlayers: /);
  });

  it("refuses a k on an ecosystem too small for it", () => {
    const eco = createEcosystem(edgeListData(["solo"], []));
    expect(() => findKeyPlayers(eco, { k: 1 })).toThrow(expect.objectContaining({ code: "invalid_option" }));
  });

  it.each([
    ["fragmentation", {}],
    ["reach", { kinds: ["collaboration"] }],
  ] as const)("refuses the directed view (%s)", (objective, view) => {
    const eco = createEcosystem(path5);
    expect(() => findKeyPlayers(eco, { k: 1, objective, directed: true, ...view })).toThrow(
      expect.objectContaining({ code: "not_applicable" }),
    );
  });

  it("prints a message a person can act on", () => {
    expect(() => findKeyPlayers(createEcosystem(path5), { k: 5 })).toThrowErrorMatchingInlineSnapshot(
      `[InvalidOptionError: findKeyPlayers: k 5 must be an integer from 1 to the number of actors minus one (4)]`,
    );
  });
});
