// The planted-truth suite (issue 13, part 6): on eight small ecosystems whose answers are known by
// construction, and on the sample, the three answers must find what was planted and the default
// weaving plan must close it, judged by the independent truth of test/planted/truth.ts.
import { describe, expect, it } from "vitest";
import { findBridgeActors } from "../../src/brokers/find-bridge-actors.js";
import { findStructuralGaps } from "../../src/gaps/find-structural-gaps.js";
import { createEcosystem } from "../../src/model/ecosystem.js";
import type { EcosystemData } from "../../src/model/schema.js";
import { planWeaving } from "../../src/weave/plan-weaving.js";
import { baselineFigures, shortfalls } from "./baselines.js";
import type { PlantedEcosystem } from "./builder.js";
import { plantedEcosystems } from "./ecosystems.js";
import { decoyRanks, matchGaps } from "./match.js";
import { sample } from "./sample.js";
import {
  type AddedTie,
  articulationPoints,
  bridges,
  components,
  globalEfficiency,
  itemsClosed,
  singlePointsOfFailure,
  truthGraph,
  truthState,
  unmetNeeds,
  type WeavingFigures,
  weavingFigures,
} from "./truth.js";

const planted = plantedEcosystems();
const everyEcosystem: PlantedEcosystem[] = [...planted, sample()];

/** A document of undirected collaboration ties between developers, for checking the truth itself. */
function pathData(
  edges: readonly (readonly [string, string])[],
  roles: Record<string, string> = {},
): EcosystemData {
  const ids = [...new Set(edges.flat())].sort();
  return {
    actors: ids.map((id) => ({ id, role: roles[id] ?? "developer" })),
    ties: edges.map(([source, target]) => ({ source, target, kind: "collaboration" })),
  };
}

describe("the truth helpers, on graphs small enough to check by hand", () => {
  it("finds the cut vertices, bridges and efficiency of the path a – b – c – d", () => {
    const graph = truthGraph(
      pathData([
        ["a", "b"],
        ["b", "c"],
        ["c", "d"],
      ]),
    );
    expect(Object.fromEntries(articulationPoints(graph))).toEqual({ b: ["a"], c: ["d"] });
    // the middle tie splits two equal halves: the half holding the smaller id ("a") stays
    expect(bridges(graph).map((bridge) => [bridge.ends, bridge.cutOff])).toEqual([
      [["a", "b"], ["a"]],
      [
        ["b", "c"],
        ["c", "d"],
      ],
      [["c", "d"], ["d"]],
    ]);
    expect(singlePointsOfFailure(graph)).toBe(5);
    // ordered pairs: 6 at distance 1, 4 at 2, 2 at 3 → (6 + 2 + 2/3) / 12
    expect(globalEfficiency(graph)).toBeCloseTo((6 + 4 / 2 + 2 / 3) / 12, 12);
  });

  it("counts single points of failure removed, not the bridge that joins an isolate", () => {
    const data = pathData([
      ["a", "b"],
      ["b", "c"],
    ]);
    data.actors.push({ id: "z", role: "developer" });
    const before = truthState(data, undefined);
    expect(before.singlePoints).toBe(3);
    expect(weavingFigures(data, undefined, before, [["a", "c"]]).singlePointsRemoved).toBe(3);
    expect(weavingFigures(data, undefined, before, [["a", "z"]]).singlePointsRemoved).toBe(0);
  });

  it("finds no single point of failure on a cycle, and components with isolates", () => {
    const cycle = truthGraph(
      pathData([
        ["a", "b"],
        ["b", "c"],
        ["c", "a"],
      ]),
    );
    expect(singlePointsOfFailure(cycle)).toBe(0);
    const data = pathData([["a", "b"]]);
    data.actors.push({ id: "z", role: "funder" });
    expect(components(truthGraph(data))).toEqual([["a", "b"], ["z"]]);
  });

  it("counts needs within two steps, ties active at the date, and added ties", () => {
    const data = pathData(
      [
        ["d", "x"],
        ["x", "f"],
        ["f", "u"],
      ],
      { f: "funder", u: "upskiller" },
    );
    data.ties[2]!.until = "2024-12-31";
    const unmet = (at: string | undefined, added: AddedTie[] = []) =>
      unmetNeeds(truthGraph(data, { ...(at ? { at } : {}), added }), data).map((n) => `${n.actor}:${n.role}`);
    // d reaches f at 2 but u at 3; x, f and u reach all they need (u: f at 1, x at 2)
    expect(unmet(undefined)).toEqual(["d:upskiller"]);
    expect(unmet("2025-06-30")).toEqual(["d:upskiller", "u:developer", "u:funder", "x:upskiller"].sort());
    expect(unmet(undefined, [["d", "u"]])).toEqual([]);
  });
});

describe.each(everyEcosystem)("the planted ecosystem $key", (p) => {
  const graph = truthGraph(p.data, { at: p.at });

  it("is a valid document of 20 to 120 actors whose features name its actors", () => {
    const eco = createEcosystem(p.data);
    expect(eco.order).toBeGreaterThanOrEqual(20);
    expect(eco.order).toBeLessThanOrEqual(120);
    for (const feature of p.features) {
      for (const id of [...feature.actors, ...(feature.context ?? [])]) expect(eco.hasNode(id)).toBe(true);
    }
  });

  it("has every item open, and its witness closes every item", () => {
    expect(itemsClosed(p.data, p.items, p.at, [])).toEqual([]);
    expect(itemsClosed(p.data, p.items, p.at, p.witness)).toEqual(p.items.map((item) => item.id));
  });

  it("has no single absent tie that closes more items than the witness's first", () => {
    const first = itemsClosed(p.data, p.items, p.at, p.witness.slice(0, 1)).length;
    let best = 0;
    const n = graph.ids.length;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        if (graph.adjacency[i]!.includes(j)) continue;
        const closed = itemsClosed(p.data, p.items, p.at, [[graph.ids[i]!, graph.ids[j]!]]).length;
        if (closed > best) best = closed;
      }
    }
    expect(best).toBe(first);
  });
});

describe("what was planted, by direct computation", () => {
  const byKey = new Map(everyEcosystem.map((p) => [p.key, p]));
  const truth = (key: string) => {
    const p = byKey.get(key)!;
    return { p, graph: truthGraph(p.data, { at: p.at }) };
  };

  it("silo: Lappi's 7 developers are the only unmet needs (14), and nothing hangs on one actor", () => {
    const { p, graph } = truth("silo");
    expect(unmetNeeds(graph, p.data).length).toBe(14);
    expect(new Set(unmetNeeds(graph, p.data).map((n) => n.actor))).toEqual(new Set(p.features[0]!.actors));
    expect(singlePointsOfFailure(graph)).toBe(0);
  });

  it("broker: psa-u02 is the one cut vertex and cuts off Pohjois-Savo's 10; every need is met", () => {
    const { p, graph } = truth("broker");
    expect([...articulationPoints(graph).keys()]).toEqual(["psa-u02"]);
    expect(articulationPoints(graph).get("psa-u02")!.length).toBe(10);
    expect(bridges(graph)).toEqual([]);
    expect(unmetNeeds(graph, p.data)).toEqual([]);
  });

  it("isolates: the four isolates are the only parts outside the main component", () => {
    const { graph } = truth("isolates");
    expect(components(graph).slice(1)).toEqual([["eka-d01"], ["kym-d01"], ["pka-d01"], ["sat-u01"]]);
    expect(singlePointsOfFailure(graph)).toBe(0);
  });

  it("periphery: three core developers cut off 3, 3 and 4; the periphery holds all 20 unmet needs", () => {
    const { p, graph } = truth("periphery");
    const cuts = articulationPoints(graph);
    expect([...cuts.keys()].sort()).toEqual(["ksu-d07", "pir-d07", "ppo-d07"]);
    expect([...cuts.values()].map((c) => c.length).sort()).toEqual([3, 3, 4]);
    expect(unmetNeeds(graph, p.data).length).toBe(20);
  });

  it("hub: f-hub cuts off its 8 spokes, which lack only an upskiller", () => {
    const { p, graph } = truth("hub");
    expect(articulationPoints(graph).get("f-hub")!.length).toBe(8);
    expect(unmetNeeds(graph, p.data).every((n) => n.role === "upskiller")).toBe(true);
    expect(unmetNeeds(graph, p.data).length).toBe(8);
  });

  it("decoy: the dense Uusimaa cluster has every need met, two ties out and nothing hanging on one actor", () => {
    const { p, graph } = truth("decoy");
    const decoy = new Set(p.decoy);
    expect(unmetNeeds(graph, p.data).filter((n) => decoy.has(n.actor))).toEqual([]);
    let inside = 0;
    let outside = 0;
    for (const id of decoy) {
      for (const j of graph.adjacency[graph.index.get(id)!]!) {
        if (decoy.has(graph.ids[j]!)) inside++;
        else outside++;
      }
    }
    expect(outside).toBe(2);
    expect((outside - inside / 2) / (outside + inside / 2)).toBeLessThanOrEqual(-0.9);
    // the one cut vertex is the real feature's: vsu-d08 and its two pendants
    expect(Object.fromEntries(articulationPoints(graph))).toEqual({ "vsu-d08": ["vsu-d09", "vsu-d10"] });
    expect(bridges(graph).map((bridge) => bridge.ends.join())).toEqual([
      "vsu-d08,vsu-d09",
      "vsu-d08,vsu-d10",
    ]);
  });

  it("ring: no single point of failure anywhere; Kainuu's 6 actors lack a funder", () => {
    const { p, graph } = truth("ring");
    expect(singlePointsOfFailure(graph)).toBe(0);
    expect(unmetNeeds(graph, p.data).map((n) => `${n.actor}:${n.role}`)).toEqual(
      ["kai-d01", "kai-d02", "kai-d03", "kai-d04", "kai-d05", "kai-u01"].map((id) => `${id}:funder`),
    );
  });

  it("ending: every need is met at the analysis date; once f-prog's ties end, 3 isolates and Kainuu without funder", () => {
    const { p, graph } = truth("ending");
    expect(unmetNeeds(graph, p.data)).toEqual([]);
    const later = truthGraph(p.data, { at: "2026-01-01" });
    expect(components(later).slice(1)).toEqual([["kha-d01"], ["pha-d01"], ["sat-d01"]]);
    const unmet = unmetNeeds(later, p.data);
    expect(unmet.filter((n) => n.role === "funder").map((n) => n.actor)).toEqual([
      "kai-d01",
      "kai-d02",
      "kai-d03",
      "kai-d04",
      "kai-u01",
      "kha-d01",
      "pha-d01",
      "sat-d01",
    ]);
  });

  it("sample: 30 unmet needs and 6 cut vertices plus 12 bridges at 2025-06-30", () => {
    const { p, graph } = truth("sample");
    expect(unmetNeeds(graph, p.data).length).toBe(30);
    expect(articulationPoints(graph).size).toBe(6);
    expect(bridges(graph).length).toBe(12);
  });
});

describe.each(planted)("the answers on $key find what was planted in their top 3", (p) => {
  const eco = createEcosystem(p.data);
  const gaps =
    p.features.some((f) => f.answer === "gaps") || p.decoy
      ? findStructuralGaps(eco, { at: p.at, seed: 1 })
      : [];
  const bridgeIds = p.features.some((f) => f.answer === "bridges")
    ? findBridgeActors(eco, { at: p.at, top: Number.POSITIVE_INFINITY }).map((actor) => actor.id)
    : [];

  for (const feature of p.features) {
    it(`${feature.name}: ${feature.answer}`, () => {
      if (feature.answer === "gaps") {
        const match = matchGaps(gaps, feature);
        expect(
          { missing: match.missing, rank: match.rank },
          `gaps about "${feature.name}" in the top 3 at ranks ${match.aboutRanks.join(", ") || "none"}`,
        ).toEqual({ missing: [], rank: expect.any(Number) });
        expect(match.rank!).toBeLessThanOrEqual(3);
      } else {
        for (const id of feature.actors) {
          const rank = bridgeIds.indexOf(id) + 1;
          expect(rank, `${id} ranks ${rank} among bridge actors (0 = absent)`).toBeGreaterThanOrEqual(1);
          expect(rank, `${id} ranks ${rank} among bridge actors`).toBeLessThanOrEqual(3);
        }
      }
    });
  }

  if (p.decoy) {
    it("ranks no gap of the decoy cluster in the top 3, nor above a planted feature", () => {
      const decoys = decoyRanks(gaps, p.decoy!);
      const featureRanks = p.features
        .filter((f) => f.answer === "gaps")
        .map((f) => matchGaps(gaps, f).rank ?? Number.POSITIVE_INFINITY);
      const worstFeature = featureRanks.reduce((worst, rank) => Math.max(worst, rank), 3);
      for (const rank of decoys) expect(rank, `a decoy gap at rank ${rank}`).toBeGreaterThan(worstFeature);
    });
  }
});

describe("structural absences the answers must respect", () => {
  it("ring: no single-point-of-failure gap and no bridge actor cutting anyone off", () => {
    const p = planted.find((q) => q.key === "ring")!;
    const eco = createEcosystem(p.data);
    const gaps = findStructuralGaps(eco, { at: p.at, seed: 1 });
    expect(gaps.filter((gap) => gap.kind === "single-point-of-failure")).toEqual([]);
    const cutting = findBridgeActors(eco, { at: p.at, top: Number.POSITIVE_INFINITY }).filter(
      (a) => a.cutOff > 0,
    );
    expect(cutting).toEqual([]);
  });

  it("broker: the only link between two parts ranks first among bridge actors", () => {
    const p = planted.find((q) => q.key === "broker")!;
    expect(findBridgeActors(createEcosystem(p.data), { at: p.at })[0]!.id).toBe("psa-u02");
  });
});

/** The ties of the default plan of `budget` ties, as the plan's steps name them. */
function planTies(p: PlantedEcosystem, budget: number): AddedTie[] {
  return planWeaving(createEcosystem(p.data), { budget, at: p.at }).steps.map((step) => [
    step.source,
    step.target,
  ]);
}

describe.each(everyEcosystem)("the default plan on $key", (p) => {
  const closable = (k: number) => itemsClosed(p.data, p.items, p.at, p.witness.slice(0, k)).length;
  const plans = new Map([5, 10].map((budget) => [budget, planTies(p, budget)]));

  it("closes at least three quarters of what five ties can close at budget 5", () => {
    const closed = itemsClosed(p.data, p.items, p.at, plans.get(5)!);
    const open = p.items.map((item) => item.id).filter((id) => !closed.includes(id));
    expect(
      closed.length,
      `closed ${closed.join(", ") || "nothing"}; open ${open.join(", ")}`,
    ).toBeGreaterThanOrEqual(Math.ceil(0.75 * closable(5)));
  });

  it("closes all that ten ties can close at budget 10", () => {
    const closed = itemsClosed(p.data, p.items, p.at, plans.get(10)!);
    const open = p.items.map((item) => item.id).filter((id) => !closed.includes(id));
    expect(
      closed.length,
      `closed ${closed.join(", ") || "nothing"}; open ${open.join(", ")}`,
    ).toBeGreaterThanOrEqual(closable(10));
  });

  const before = truthState(p.data, p.at);
  for (const budget of [5, 10]) {
    it(`beats random ties on each figure, and no baseline dominates it, at budget ${budget}`, () => {
      const plan = weavingFigures(p.data, p.at, before, plans.get(budget)!);
      const baselines = baselineFigures(p.data, p.at, before, budget);
      const random = baselines.get("random (mean of 20 seeds)")!;
      const show = (f: WeavingFigures) =>
        `needs ${f.needsMet.toFixed(2)}, SPOF ${f.singlePointsRemoved.toFixed(2)}, ΔE ${f.efficiencyGained.toFixed(4)}`;
      const others = [...baselines].map(([name, figures]) => `${name}: ${show(figures)}`).join("; ");
      expect(shortfalls(plan, before, baselines), `plan ${show(plan)}; ${others}`).toEqual([]);
      expect(random.efficiencyGained).toBeGreaterThan(0);
    });
  }
});
