// Gap-driven weaving against planted truth: each expected remedy is checked by a direct breadth-first
// search on the ecosystem with the suggested ties added, never by the code under test.
import { describe, expect, it } from "vitest";
import { sampleEcosystem } from "../../src/datasets/sample-ecosystem.js";
import { createEcosystem, type Ecosystem } from "../../src/model/ecosystem.js";
import type { EcosystemData } from "../../src/model/schema.js";
import { getView } from "../../src/model/view-cache.js";
import { createCutStructure, createReliefScratch, reliefOf } from "../../src/weave/cut-structure.js";
import { planWeaving } from "../../src/weave/plan-weaving.js";
import { suggestConnections } from "../../src/weave/suggest-connections.js";
import { introductionWords, proposedTieKind } from "../../src/weave/tie-proposal.js";

type Pair = readonly [string, string];

/** Undirected adjacency of the data's ties (all dates) plus `added`. */
function adjacency(data: EcosystemData, added: readonly Pair[] = []): Map<string, Set<string>> {
  const adj = new Map<string, Set<string>>();
  for (const actor of data.actors) adj.set(actor.id, new Set());
  for (const tie of [...data.ties.map((t) => [t.source, t.target] as const), ...added]) {
    adj.get(tie[0])!.add(tie[1]);
    adj.get(tie[1])!.add(tie[0]);
  }
  return adj;
}

/** Hop distances from `source` by breadth-first search, skipping `removed`. */
function distances(adj: Map<string, Set<string>>, source: string, removed?: string): Map<string, number> {
  const seen = new Map([[source, 0]]);
  const queue = [source];
  for (let head = 0; head < queue.length; head++) {
    const x = queue[head]!;
    for (const y of adj.get(x)!) {
      if (y === removed || seen.has(y)) continue;
      seen.set(y, seen.get(x)! + 1);
      queue.push(y);
    }
  }
  return seen;
}

function reachesRole(data: EcosystemData, adj: Map<string, Set<string>>, id: string, role: string): boolean {
  const roleOf = new Map(data.actors.map((a) => [a.id, a.role]));
  for (const [other, d] of distances(adj, id))
    if (d >= 1 && d <= 2 && roleOf.get(other) === role) return true;
  return false;
}

/** Actors cut off by removing `cut`: its component less one, less the largest remaining piece (BFS). */
function cutOffBy(adj: Map<string, Set<string>>, cut: string): number {
  const size = distances(adj, cut).size;
  const seen = new Set<string>([cut]);
  let largest = 0;
  for (const w of adj.get(cut)!) {
    if (seen.has(w)) continue;
    const piece = distances(adj, w, cut);
    for (const x of piece.keys()) seen.add(x);
    largest = Math.max(largest, piece.size);
  }
  return size - 1 - largest;
}

/** Whether removing `cut` leaves its component in more than one piece (BFS from one neighbour). */
function isCutVertex(adj: Map<string, Set<string>>, cut: string): boolean {
  const neighbours = [...adj.get(cut)!];
  if (neighbours.length < 2) return false;
  const reached = distances(adj, neighbours[0]!, cut);
  return neighbours.some((w) => !reached.has(w));
}

function actor(id: string, role: string, region: string) {
  return { id, role, attributes: { region } };
}

/** A main network (funder, upskiller, 6 developers in a ring) and a 5-developer silo tied out once. */
function siloData(): EcosystemData {
  const main = ["m1", "m2", "m3", "m4", "m5", "m6"];
  const silo = ["s1", "s2", "s3", "s4", "s5"];
  const ties: [string, string][] = [];
  main.forEach((id, k) => {
    ties.push([id, main[(k + 1) % main.length]!]);
  });
  for (const id of main) ties.push(["f1", id], ["u1", id]);
  for (let i = 0; i < silo.length; i++)
    for (let j = i + 1; j < silo.length; j++) ties.push([silo[i]!, silo[j]!]);
  ties.push(["s1", "x1"], ["x1", "x2"], ["x2", "m1"]);
  return {
    actors: [
      actor("f1", "funder", "Uusimaa"),
      actor("u1", "upskiller", "Uusimaa"),
      ...main.map((id) => actor(id, "developer", "Uusimaa")),
      ...silo.map((id) => actor(id, "developer", "Lappi")),
      actor("x1", "developer", "Oulu"),
      actor("x2", "developer", "Oulu"),
    ],
    ties: ties.map(([source, target]) => ({ source, target, kind: "collaboration" })),
  };
}

describe("gap-driven weaving (planted truth)", () => {
  it("ties a silo without a funder to a funder first and names its gap", () => {
    const data = siloData();
    const silo = ["s1", "s2", "s3", "s4", "s5"];
    const truthBefore = silo.filter((id) => !reachesRole(data, adjacency(data), id, "funder"));
    expect(truthBefore).toEqual(silo);
    const [first] = suggestConnections(createEcosystem(data));
    const ends = [first!.source, first!.target];
    const roles = ends.map((id) => data.actors.find((a) => a.id === id)!.role).sort();
    expect(roles).toEqual(["developer", "funder"]);
    expect(ends.some((id) => silo.includes(id))).toBe(true);
    expect(first!.tieKind).toBe("funding");
    expect(first!.closes.some((id) => id.startsWith("siloed-community:"))).toBe(true);
    // Every silo member within one step of its end gains a funder: here all five (a clique).
    const after = adjacency(data, [[first!.source, first!.target]]);
    expect(silo.filter((id) => reachesRole(data, after, id, "funder"))).toEqual(silo);
    expect(first!.reasons).toContain("Gives all 5 Lappi developers a funder within 2 steps.");
  });

  it("brings every isolate in within a budget of one tie each", () => {
    const data = siloData();
    data.actors.push(actor("i1", "developer", "Kymi"), actor("i2", "upskiller", "Kymi"));
    const plan = planWeaving(createEcosystem(data), { budget: 4 });
    const added = plan.steps.map((s) => [s.source, s.target] as const);
    const reached = distances(adjacency(data, added), "m1");
    expect(reached.has("i1")).toBe(true);
    expect(reached.has("i2")).toBe(true);
    expect(plan.gaps.closed).toContain("fragmentation:isolates");
  });

  it("bypasses a cut vertex rather than tying it again from inside the part it holds", () => {
    // Two rings of developers joined only through c, each ring with a funder and an upskiller.
    const left = ["a1", "a2", "a3", "a4", "a5"];
    const right = ["b1", "b2", "b3", "b4", "b5"];
    const ties: [string, string][] = [];
    for (const ring of [left, right]) {
      ring.forEach((id, k) => {
        ties.push([id, ring[(k + 1) % ring.length]!]);
      });
    }
    ties.push(["c", "a1"], ["c", "b1"], ["fa", "a3"], ["ua", "a4"], ["fb", "b3"], ["ub", "b4"]);
    ties.push(["fa", "a2"], ["ua", "a5"], ["fb", "b2"], ["ub", "b5"]);
    const data: EcosystemData = {
      actors: [
        ...[...left, ...right, "c"].map((id) => actor(id, "developer", "R")),
        actor("fa", "funder", "R"),
        actor("ua", "upskiller", "R"),
        actor("fb", "funder", "R"),
        actor("ub", "upskiller", "R"),
      ],
      ties: ties.map(([source, target]) => ({ source, target, kind: "collaboration" })),
    };
    expect(isCutVertex(adjacency(data), "c")).toBe(true);
    const plan = planWeaving(createEcosystem(data), { budget: 1 });
    const step = plan.steps[0]!;
    expect([step.source, step.target]).not.toContain("c");
    expect(isCutVertex(adjacency(data, [[step.source, step.target]]), "c")).toBe(false);
    expect(step.closes).toContain("single-point-of-failure:actor:c");
  });

  it("gives a tie to a cut vertex from inside the part it holds no structural value", () => {
    // c holds the ring p1 … p4; p3 is not tied to c. All developers: no needs either.
    const ids = ["h1", "h2", "h3", "c", "p1", "p2", "p3", "p4"];
    const pairs: Pair[] = [
      ["h1", "h2"],
      ["h2", "h3"],
      ["h3", "h1"],
      ["h1", "c"],
      ["c", "p1"],
      ["p1", "p2"],
      ["p2", "p3"],
      ["p3", "p4"],
      ["p4", "c"],
    ];
    const data: EcosystemData = {
      actors: ids.map((id) => actor(id, "developer", "R")),
      ties: pairs.map(([source, target]) => ({ source, target, kind: "collaboration" })),
    };
    // Truth: c stays a cut vertex once p3 – c is added.
    expect(isCutVertex(adjacency(data, [["p3", "c"]]), "c")).toBe(true);
    const eco: Ecosystem = createEcosystem(data);
    const view = getView(eco, {});
    const cuts = createCutStructure(view);
    const component = new Int32Array(view.order);
    const at = (id: string) => view.index.get(id)!;
    expect(reliefOf(cuts, component, at("p3"), at("c"), createReliefScratch(view.order))).toEqual([]);
    // A tie from outside the part c holds (h2 – p3) relieves c and h1 of everyone they cut off.
    const relief = reliefOf(cuts, component, at("h2"), at("p3"), createReliefScratch(view.order));
    const before = adjacency(data);
    const after = adjacency(data, [["h2", "p3"]]);
    const actors = relief.filter((r) => r.element === "actor").map((r) => view.ids[r.a]!);
    expect(actors.sort()).toEqual(["c", "h1"]);
    for (const r of relief.filter((x) => x.element === "actor")) {
      expect(r.cutOff).toBe(cutOffBy(before, view.ids[r.a]!));
      expect(r.cutOffAfter).toBe(cutOffBy(after, view.ids[r.a]!));
    }
    const all = suggestConnections(eco, { top: 40, maxPerActor: 40 });
    const inside = all.find((s) => s.source === "c" && s.target === "p3")!;
    expect(inside.gapValue).toBe(0);
    expect(inside.closes).toEqual([]);
  });

  it("proposes the tie kind that fits the role pair", () => {
    expect(proposedTieKind("developer", "funder")).toBe("funding");
    expect(proposedTieKind("funder", "developer")).toBe("funding");
    expect(proposedTieKind("upskiller", "developer")).toBe("training");
    expect(proposedTieKind("developer", "developer")).toBe("peer-learning");
    expect(proposedTieKind("upskiller", "funder")).toBe("collaboration");
  });

  it("words alternative introducers and a chain differently", () => {
    expect(introductionWords("mutual-contacts", ["A", "B"])).toBe("through A or B (each knows both)");
    expect(introductionWords("chain", ["A", "B"])).toBe("through A → B");
    expect(introductionWords("direct", [])).toBe("the weaver, directly");
  });

  it("keeps suggestions in the scope: one end, or both ends, with the attribute value", () => {
    const data = siloData();
    const region = new Map(data.actors.map((a) => [a.id, a.attributes!.region]));
    const eco = createEcosystem(data);
    const one = suggestConnections(eco, { scope: { attribute: "region", value: "Lappi" }, top: 10 });
    expect(one.length).toBeGreaterThan(0);
    for (const s of one) expect([region.get(s.source), region.get(s.target)]).toContain("Lappi");
    const both = suggestConnections(eco, { scope: { attribute: "region", value: "Oulu", ends: "both" } });
    for (const s of both) expect([region.get(s.source), region.get(s.target)]).toEqual(["Oulu", "Oulu"]);
    expect(() => suggestConnections(eco, { scope: { attribute: "region", value: "Mars" } })).toThrow(
      /no actor/,
    );
  });
});

describe("gap-driven weaving on the sample (as of 2025-06-30)", () => {
  const at = "2025-06-30";
  const eco = sampleEcosystem();
  const data = {
    actors: eco.mapNodes((id, a) => ({ id, role: a.role })),
    ties: eco
      .filterEdges((_e, t) => (t.since ?? "") <= at && (t.until ?? "9999") >= at)
      .map((e) => ({ source: eco.source(e), target: eco.target(e), kind: "x" })),
  } as EcosystemData;
  const unmet = (added: readonly Pair[]) => {
    const adj = adjacency(data, added);
    let count = 0;
    const needs: Record<string, string[]> = {
      developer: ["funder", "upskiller"],
      upskiller: ["developer", "funder"],
      funder: ["developer"],
    };
    for (const a of data.actors)
      for (const role of needs[a.role] ?? []) if (!reachesRole(data, adj, a.id, role)) count++;
    return count;
  };

  it("meets unmet needs with each of the plan's first three ties", () => {
    const plan = planWeaving(eco, { at, budget: 3 });
    const added: Pair[] = [];
    let before = unmet(added);
    expect(before).toBe(30);
    for (const step of plan.steps) {
      added.push([step.source, step.target]);
      const after = unmet(added);
      expect(after).toBeLessThan(before);
      before = after;
    }
  });

  it("gives the Lappi silo a funder and an upskiller remedy, and suggests a tie to pir-d08", () => {
    const suggestions = suggestConnections(eco, { at });
    const lappi = Array.from({ length: 8 }, (_, k) => `lap-d0${k + 1}`);
    const remedyRank = (role: string) =>
      suggestions.findIndex((s) => {
        const ends = [s.source, s.target];
        return (
          ends.some((id) => lappi.includes(id)) &&
          ends.some((id) => eco.getNodeAttribute(id, "role") === role)
        );
      }) + 1;
    // Measured: the funder remedy ranks 2nd, the upskiller remedy 6th (the first is the top gap's).
    expect(remedyRank("funder")).toBeGreaterThan(0);
    expect(remedyRank("funder")).toBeLessThanOrEqual(3);
    expect(remedyRank("upskiller")).toBeGreaterThan(0);
    expect(remedyRank("upskiller")).toBeLessThanOrEqual(8);
    // pir-d08, the one of the four Pirkanmaa developers hanging on pir-u01, is in the 9th suggestion;
    // pairs among pir-d05 … pir-d08 close no gap and rank outside the top 20 (close-triangles finds them).
    const pir = ["pir-d05", "pir-d06", "pir-d07", "pir-d08"];
    const rank = suggestions.findIndex((s) => pir.includes(s.source) || pir.includes(s.target)) + 1;
    expect(rank).toBeGreaterThan(0);
    expect(rank).toBeLessThanOrEqual(10);
  });
});
