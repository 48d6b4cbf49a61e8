// diagnoseStage: Krebs & Holley's stages decided by our documented rules. There is no reference
// implementation of the stages; the figures behind them are checked against NetworkX 3.6.1 values in
// test/fixtures/oracle/values/<dataset>.networkx.json (keys named at each use), and centralisation is
// Freeman's formula applied to those NetworkX values (the formula R igraph centr_degree(loops = FALSE)
// and centr_betw implement). Planted shapes are built inline.
import { describe, expect, it } from "vitest";
import { DIAGNOSE_STAGE_DEFAULTS, diagnoseStage } from "../../src/brokers/diagnose-stage.js";
import { createEcosystem } from "../../src/model/ecosystem.js";
import type { EcosystemData } from "../../src/model/schema.js";
import { deepFreeze, edgeListData, oracleData, oracleValues } from "../helpers.js";

const TOLERANCE = 1e-9;

/** A hub tied to `leaves` actors named `${prefix}0` …; returns its ids and ties. */
function starParts(
  hub: string,
  prefix: string,
  leaves: number,
): { ids: string[]; pairs: [string, string][] } {
  const ids = [hub];
  const pairs: [string, string][] = [];
  for (let i = 0; i < leaves; i++) {
    ids.push(`${prefix}${i}`);
    pairs.push([hub, `${prefix}${i}`]);
  }
  return { ids, pairs };
}

/** `count` triangles that share nothing: many small components. */
function fragments(count: number): EcosystemData {
  const ids: string[] = [];
  const pairs: [string, string][] = [];
  for (let t = 0; t < count; t++) {
    const [a, b, c] = [`t${t}a`, `t${t}b`, `t${t}c`];
    ids.push(a, b, c);
    pairs.push([a, b], [b, c], [a, c]);
  }
  return edgeListData(ids, pairs);
}

/** `count` stars of `leaves` leaves whose hubs h0 … are joined in a chain. */
function linkedStars(count: number, leaves: number): EcosystemData {
  const ids: string[] = [];
  const pairs: [string, string][] = [];
  for (let s = 0; s < count; s++) {
    const part = starParts(`h${s}`, `s${s}l`, leaves);
    ids.push(...part.ids);
    pairs.push(...part.pairs);
    if (s > 0) pairs.push([`h${s - 1}`, `h${s}`]);
  }
  return edgeListData(ids, pairs);
}

/**
 * A clique c0 … c7 and 24 peripheral actors. Well connected: each is tied to two core members, so no
 * single actor or tie holds it. Starved: each is tied to one core member only, a spoke of it.
 */
function coreWithPeriphery(periphery: "well-connected" | "starved" = "well-connected"): EcosystemData {
  const ids: string[] = [];
  const pairs: [string, string][] = [];
  for (let i = 0; i < 8; i++) {
    ids.push(`c${i}`);
    for (let j = 0; j < i; j++) pairs.push([`c${j}`, `c${i}`]);
  }
  for (let p = 0; p < 24; p++) {
    ids.push(`p${p}`);
    pairs.push([`c${p % 8}`, `p${p}`]);
    if (periphery === "well-connected") pairs.push([`c${(p + 1) % 8}`, `p${p}`]);
  }
  return edgeListData(ids, pairs);
}

/** Two cliques of `size` (a0 …, b0 …) joined only through broker x, tied to a0 and b0. */
function twoClustersAndBroker(size: number): EcosystemData {
  const a = Array.from({ length: size }, (_, i) => `a${i}`);
  const b = Array.from({ length: size }, (_, i) => `b${i}`);
  const pairs: [string, string][] = [];
  for (const group of [a, b])
    for (let i = 0; i < size; i++) for (let j = 0; j < i; j++) pairs.push([group[j]!, group[i]!]);
  pairs.push(["x", "a0"], ["x", "b0"]);
  return edgeListData([...a, ...b, "x"], pairs);
}

const star6 = (() => {
  const part = starParts("hub", "x", 5);
  return edgeListData(part.ids, part.pairs);
})();

describe("diagnoseStage", () => {
  it("diagnoses many small components as scattered fragments", () => {
    const result = diagnoseStage(createEcosystem(fragments(8)));
    expect(result.stage).toBe("scattered-fragments");
    expect(result.evidence.components).toBe(8);
    expect(result.evidence.largestComponentShare).toBeCloseTo(3 / 24, 12);
    expect(result.reasons[0]).toBe(
      "the largest component holds 13% of actors (3 of 24) in 8 components: the network is still scattered fragments",
    );
  });

  it("diagnoses a star as hub-and-spoke (the @example)", () => {
    const result = diagnoseStage(createEcosystem(star6));
    expect(result.stage).toBe("hub-and-spoke");
    // By hand: a star is the most centralised graph, so both centralisations are 1.
    expect(result.evidence.degreeCentralization).toBeCloseTo(1, 12);
    expect(result.evidence.betweennessCentralization).toBeCloseTo(1, 12);
    expect(result.evidence.hubs).toEqual(["hub"]);
    expect(result.reasons[0]).toBe(
      "degree centralisation is 1 (a star is 1): hub is tied to 5 of the 5 other actors, a hub-and-spoke network around it",
    );
  });

  it("diagnoses several stars linked through their hubs as multi-hub", () => {
    const result = diagnoseStage(createEcosystem(linkedStars(4, 6)));
    expect(result.stage).toBe("multi-hub");
    expect(result.evidence.hubs).toEqual(["h1", "h2", "h0", "h3"]);
    // By hand: n = 28, degrees 7, 8, 8, 7 and 24 × 1 (sum 54): (28 · 8 − 54) / (27 · 26).
    expect(result.evidence.degreeCentralization).toBeCloseTo(170 / 702, 12);
    expect(result.evidence.maxCoreNumber).toBe(1);
    expect(result.reasons[0]).toMatch(
      /^4 hubs \(4 or more contacts, at least 2× the average of 1\.9\), h1, h2, h0 and h3/,
    );
  });

  it("diagnoses a dense core with a well-connected periphery as core-periphery", () => {
    const result = diagnoseStage(createEcosystem(coreWithPeriphery()));
    expect(result.stage).toBe("core-periphery");
    expect(result.evidence.maxCoreNumber).toBe(7);
    expect(result.evidence.coreSize).toBe(8);
    expect(result.evidence.coreDensity).toBe(1);
    // Each peripheral actor has two core contacts: no single actor or tie holds it.
    expect(result.evidence).toMatchObject({
      corePieces: 1,
      periphery: 24,
      hangingPeriphery: 0,
      largestCut: null,
    });
    expect(result.reasons[0]).toBe(
      "8 actors form a dense core (each tied to at least 7 others in it, 100% of its pairs tied) and 24 (75%) sit around it: a core-periphery network",
    );
  });

  it("does not call a dense core with a starved periphery core-periphery: its spokes hang on one member each", () => {
    const result = diagnoseStage(createEcosystem(coreWithPeriphery("starved")));
    // By hand: all 24 peripheral actors are pendants of one core member (24 of 24 hang); the 8 core
    // members have 7 + 3 = 10 contacts, at least 2 × the mean (56 + 24) · 2 / 32 = 5: 8 hubs.
    expect(result.evidence).toMatchObject({ periphery: 24, hangingPeriphery: 24, hangingShare: 1 });
    expect(result.stage).toBe("multi-hub");
    expect(result.reasons[1]).toBe(
      "not core-periphery: 24 of the 24 actors around the dense core (100%) hang on a single actor or tie: a starved periphery, not yet a core-periphery network",
    );
  });

  it("calls two clusters joined by one broker scattered fragments, not core-periphery", () => {
    const result = diagnoseStage(createEcosystem(twoClustersAndBroker(6)));
    // By hand: without x, one clique (6 actors, 15 ties) is cut off from the other: 6 ≥ 0.25 · 13.
    expect(result.evidence.largestCut).toEqual({ actor: "x", cutOff: 6, tiesAmongCutOff: 15 });
    expect(result.stage).toBe("scattered-fragments");
    expect(result.reasons[0]).toBe(
      "x alone holds 6 actors (46%) to the rest, and they form a cluster of their own (15 ties among them): clusters that know each other through one broker, still scattered fragments",
    );
  });

  it("does not call a main network plus four isolates core-periphery", () => {
    const data = coreWithPeriphery();
    const withIsolates = edgeListData(
      [...data.actors.map((actor) => actor.id), "i0", "i1", "i2", "i3"],
      data.ties.map((tie): [string, string] => [tie.source, tie.target]),
    );
    const result = diagnoseStage(createEcosystem(withIsolates));
    // 32 of 36 actors connected: 0.89 < 0.95.
    expect(result.evidence.largestComponentShare).toBeCloseTo(32 / 36, 12);
    expect(result.stage).not.toBe("core-periphery");
    expect(result.reasons).toContain(
      "not core-periphery: 4 actors (11%) are outside the main network (4 isolated actors), more than the 5% a core-periphery network leaves out",
    );
  });

  it("reads two equal stars joined by their centres as multi-hub: centralisation 0.476 stays below 0.5", () => {
    const result = diagnoseStage(createEcosystem(linkedStars(2, 10)));
    // By hand: n = 22, degrees 11, 11 and 20 × 1: (22 · 11 − 42) / (21 · 20) = 200 / 420.
    expect(result.evidence.degreeCentralization).toBeCloseTo(200 / 420, 12);
    expect(result.stage).toBe("multi-hub");
  });

  it("counts a largest component of exactly the threshold share as connected, and one actor less as fragments", () => {
    const base = linkedStars(1, 4); // hub + 4 leaves = 5 actors
    const withIsolates = (count: number) =>
      edgeListData(
        [...base.actors.map((a) => a.id), ...Array.from({ length: count }, (_, i) => `i${i}`)],
        base.ties.map((t): [string, string] => [t.source, t.target]),
      );
    const half = diagnoseStage(createEcosystem(withIsolates(5)));
    expect(half.evidence.largestComponentShare).toBe(0.5);
    expect(half.stage).toBe("hub-and-spoke");
    expect(diagnoseStage(createEcosystem(withIsolates(6))).stage).toBe("scattered-fragments");
  });

  it("keeps a star hub-and-spoke when an isolate or a tie between two leaves is added", () => {
    const part = starParts("hub", "x", 9);
    const plusIsolate = edgeListData([...part.ids, "loner"], part.pairs);
    const plusTie = edgeListData(part.ids, [...part.pairs, ["x0", "x1"]]);
    expect(diagnoseStage(createEcosystem(plusIsolate)).stage).toBe("hub-and-spoke");
    expect(diagnoseStage(createEcosystem(plusTie)).stage).toBe("hub-and-spoke");
  });

  it("gives the same diagnosis whatever the order of actors and ties", () => {
    const data = coreWithPeriphery();
    const reversed = deepFreeze<EcosystemData>({
      actors: [...data.actors].reverse(),
      ties: [...data.ties].reverse(),
    });
    expect(diagnoseStage(createEcosystem(reversed))).toEqual(diagnoseStage(createEcosystem(data)));
  });

  it("calls a ring with no hub and no dense core an early multi-hub network", () => {
    const ids = Array.from({ length: 12 }, (_, i) => `r${String(i).padStart(2, "0")}`);
    const ring = edgeListData(
      ids,
      ids.map((id, i): [string, string] => [id, ids[(i + 1) % ids.length]!]),
    );
    const result = diagnoseStage(createEcosystem(ring));
    expect(result.stage).toBe("multi-hub");
    expect(result.evidence.hubs).toEqual([]);
    expect(result.reasons[0]).toMatch(/^no actor stands out/);
  });

  it("reads the karate club as core-periphery: a dense 4-core of both leaders and their lieutenants", () => {
    // Karate: degree centralisation 0.40 (< 0.5), and the innermost core (NetworkX core_number: k = 4,
    // 10 members) has 25 of its 45 pairs tied (0.56 ≥ 0.5), so rule 3 decides before the 4 hubs are
    // counted. The figures are NetworkX's (keys below).
    const result = diagnoseStage(createEcosystem(oracleData("karate")));
    expect(result.stage).toBe("core-periphery");
    const e = result.evidence;
    const degree = oracleValues<Record<string, number>>("karate", "networkx", "degree");
    const between = oracleValues<Record<string, number>>(
      "karate",
      "networkx",
      "betweenness_centrality.normalized",
    );
    const core = oracleValues<Record<string, number>>("karate", "networkx", "core_number");
    const freeman = (values: number[], denominator: number) =>
      (values.length * Math.max(...values) - values.reduce((s, v) => s + v, 0)) / denominator;
    const n = Object.keys(degree).length;
    expect(Math.abs(e.degreeCentralization - freeman(Object.values(degree), (n - 1) * (n - 2)))).toBeLessThan(
      TOLERANCE,
    );
    expect(Math.abs(e.betweennessCentralization - freeman(Object.values(between), n - 1))).toBeLessThan(
      TOLERANCE,
    );
    expect(e.maxCoreNumber).toBe(Math.max(...Object.values(core)));
    expect(e.coreSize).toBe(Object.values(core).filter((k) => k === e.maxCoreNumber).length);
    expect(e.coreDensity).toBeCloseTo(25 / 45, 12);
    expect(
      Math.abs(e.transitivity - oracleValues<number>("karate", "networkx", "transitivity")),
    ).toBeLessThan(TOLERANCE);
    expect(e.hubs).toEqual(["33", "0", "32", "2"]);
  });

  it("reads the Florentine families as hub-and-spoke around the Medici, a loose one", () => {
    // Florentine (NetworkX's 15 families): one component, degree centralisation 50/182 = 0.27, the
    // innermost core is a 2-core (below 3), and the Medici (6 ties, mean 2.67) are the only actor with
    // twice the mean degree, so rule 5 decides; they lie on 52% of shortest paths (NetworkX
    // betweenness_centrality.normalized: 0.5220).
    const result = diagnoseStage(createEcosystem(oracleData("florentine")));
    expect(result.stage).toBe("hub-and-spoke");
    expect(result.evidence.hubs).toEqual(["Medici"]);
    expect(result.evidence.degreeCentralization).toBeCloseTo(50 / 182, 12);
    const between = oracleValues<Record<string, number>>(
      "florentine",
      "networkx",
      "betweenness_centrality.normalized",
    );
    const values = Object.values(between);
    const expected =
      (values.length * Math.max(...values) - values.reduce((s, v) => s + v, 0)) / (values.length - 1);
    expect(Math.abs(result.evidence.betweennessCentralization - expected)).toBeLessThan(TOLERANCE);
    expect(result.reasons[0]).toBe(
      "Medici is the only hub (6 contacts, at least 2× the average of 2.7) and there is no dense core: a hub-and-spoke network around it, though a loose one (degree centralisation 0.27)",
    );
    expect(result.reasons).toContain(
      "Medici lies on 52% of the shortest paths between other actors; betweenness centralisation is 0.44",
    );
  });

  it("estimates betweenness from seeded pivots when asked, and says so", () => {
    const data = coreWithPeriphery();
    const a = diagnoseStage(createEcosystem(data), { betweennessSample: 10, seed: 3 });
    const b = diagnoseStage(createEcosystem(data), { betweennessSample: 10, seed: 3 });
    expect(a).toEqual(b);
    expect(a.evidence.betweennessPivots).toBe(10);
    expect(a.stage).toBe("core-periphery");
  });

  it("honours the thresholds: a stricter core density turns the karate club multi-hub", () => {
    const result = diagnoseStage(createEcosystem(oracleData("karate")), { minCoreDensity: 0.6 });
    expect(result.stage).toBe("multi-hub");
  });

  it("leaves its input unchanged", () => {
    const eco = createEcosystem(coreWithPeriphery());
    const before = eco.export();
    diagnoseStage(eco);
    expect(eco.export()).toEqual(before);
  });

  it("refuses fewer than 3 actors, the directed view and out-of-range thresholds", () => {
    const pair = createEcosystem(edgeListData(["a", "b"], [["a", "b"]]));
    expect(() => diagnoseStage(pair)).toThrow(expect.objectContaining({ code: "not_applicable" }));
    expect(() => diagnoseStage(createEcosystem(edgeListData([], [])))).toThrow(
      expect.objectContaining({ code: "not_applicable" }),
    );
    const eco = createEcosystem(star6);
    expect(() => diagnoseStage(eco, { directed: true })).toThrow(
      expect.objectContaining({ code: "not_applicable" }),
    );
    for (const bad of [
      { minLargestComponentShare: 0 },
      { starCentralization: 1.5 },
      { minCoreDensity: Number.NaN },
      { hubFactor: 0.5 },
      { minHubDegree: 2.5 },
      { minCoreNumber: 0 },
      { betweennessSample: 1 },
    ]) {
      expect(() => diagnoseStage(eco, bad), JSON.stringify(bad)).toThrow(
        expect.objectContaining({ code: "invalid_option" }),
      );
    }
    expect(() => diagnoseStage(pair)).toThrowErrorMatchingInlineSnapshot(
      `[NotApplicableError: diagnoseStage: needs at least 3 actors, the ecosystem has 2]`,
    );
  });

  it("exports frozen defaults", () => {
    expect(Object.isFrozen(DIAGNOSE_STAGE_DEFAULTS)).toBe(true);
    expect(DIAGNOSE_STAGE_DEFAULTS.minLargestComponentShare).toBe(0.5);
  });
});
