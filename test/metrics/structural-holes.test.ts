// Reference values:
// - NetworkX 3.6.1 (test/fixtures/oracle/values/<dataset>.networkx.json): "constraint.unweighted" =
//   nx.constraint(G, weight=None) and "constraint.weighted" = nx.constraint(G, weight="weight"), both the
//   all-nodes call; "effective_size.*" = nx.effective_size(G, nodes=list(G), weight=…), the per-node path
//   (the all-nodes path is wrong for weighted graphs in 3.6.1, PR #8906; "*KNOWN_BUG" keys are not used);
//   "burt_efficiency.*" = effective size / number of distinct neighbours.
// - R igraph 1.3.5 igraph::constraint(g) and igraph::constraint(g, weights=E(g)$weight)
//   (values/<dataset>.igraph.json); python-igraph 0.10.2 Graph.constraint(weights=…)
//   (values/<dataset>.python-igraph.json).
// - The directed case and the hierarchy values derived from NetworkX are stated where they are used.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  constraint,
  effectiveSize,
  hierarchy,
  STRUCTURAL_HOLES_DEFAULTS,
  structuralHoles,
} from "../../src/metrics/structural-holes.js";
import { createEcosystem } from "../../src/model/ecosystem.js";
import type { EcosystemData } from "../../src/model/schema.js";
import {
  actorsOf,
  deepFreeze,
  edgeListData,
  expectCloseRecord,
  ORACLE_DATASETS,
  oracleData,
  oracleMeasures,
  oracleValues,
  WEIGHTED_ORACLE_DATASETS,
} from "../helpers.js";
import { measuresDocExample } from "./cohesion-fixtures.js";

const TOLERANCE = 1e-9;

type Values = Record<string, number | null>;

const triangle = edgeListData(
  ["a", "b", "c"],
  [
    ["a", "b"],
    ["b", "c"],
    ["a", "c"],
  ],
);
const star = edgeListData(
  ["hub", "l1", "l2", "l3", "l4"],
  [
    ["hub", "l1"],
    ["hub", "l2"],
    ["hub", "l3"],
    ["hub", "l4"],
  ],
);
/** b has a pendant contact a and two contacts c, d tied to each other. */
const pendantAndPair = edgeListData(
  ["a", "b", "c", "d"],
  [
    ["a", "b"],
    ["b", "c"],
    ["b", "d"],
    ["c", "d"],
  ],
);
const withIsolate = edgeListData(
  ["a", "b", "c", "lonely"],
  [
    ["a", "b"],
    ["b", "c"],
    ["a", "c"],
  ],
);

/**
 * A mixed ecosystem, read as a directed view. NetworkX 3.6.1 on the same DiGraph (arcs with summed
 * weights: f1→d1 2, f1→d2 1, f2→d2 3, u1→d1 1, u1→d3 2, d1⇄d2 1, d2⇄d3 2, d3→f2 1, d1→f1 0.5, u1→s 1).
 */
const mixed = deepFreeze<EcosystemData>({
  actors: [
    { id: "f1", role: "funder" },
    { id: "f2", role: "funder" },
    { id: "d1", role: "developer" },
    { id: "d2", role: "developer" },
    { id: "d3", role: "developer" },
    { id: "s", role: "developer" },
    { id: "u1", role: "upskiller" },
  ],
  ties: [
    { source: "f1", target: "d1", kind: "funding", weight: 2 },
    { source: "f1", target: "d2", kind: "funding" },
    { source: "f2", target: "d2", kind: "funding", weight: 3 },
    { source: "u1", target: "d1", kind: "training" },
    { source: "u1", target: "d3", kind: "training", weight: 2 },
    { source: "d1", target: "d2", kind: "collaboration" },
    { source: "d2", target: "d3", kind: "collaboration", weight: 2 },
    { source: "d3", target: "f2", kind: "information", directed: true },
    { source: "d1", target: "f1", kind: "information", directed: true, weight: 0.5 },
    { source: "u1", target: "s", kind: "training" },
  ],
});
// nx.constraint(G, weight=None) and nx.constraint(G, weight="weight") on that DiGraph.
const MIXED_CONSTRAINT_UNWEIGHTED: Values = {
  f1: 0.9649382716049381,
  d1: 0.5422222222222222,
  d2: 0.5236419753086419,
  f2: 1.0069444444444444,
  u1: 0.3333333333333333,
  d3: 0.5642361111111112,
  s: 1.0,
};
const MIXED_CONSTRAINT_WEIGHTED: Values = {
  f1: 0.8926227019733513,
  d1: 0.5175982459099343,
  d2: 0.463295770787654,
  f2: 1.0996938775510203,
  u1: 0.375,
  d3: 0.6408673469387753,
  s: 1.0,
};
// nx.effective_size(G, nodes=list(G), weight=…) on that DiGraph, except s: NetworkX gives NaN for an actor
// with no successors; the formula over its one contact (as NetworkX's own `redundancy` helper computes it)
// gives 1.
const MIXED_EFFECTIVE_SIZE_UNWEIGHTED: Values = {
  f1: 1.0,
  d1: 2.6,
  d2: 3.083333333333334,
  f2: 1.0,
  u1: 3.0,
  d3: 2.375,
  s: 1.0,
};
const MIXED_EFFECTIVE_SIZE_WEIGHTED: Values = {
  f1: 1.4142857142857141,
  d1: 2.7409090909090907,
  d2: 3.4916666666666667,
  f2: 1.0,
  u1: 3.0,
  d3: 2.321428571428571,
  s: 1.0,
};

function field(
  record: ReturnType<typeof structuralHoles>,
  key: "constraint" | "effectiveSize" | "efficiency" | "hierarchy",
): Values {
  const out: Values = {};
  for (const [id, scores] of Object.entries(record)) out[id] = scores[key];
  return out;
}

/** Burt's formulas transcribed on dense matrices, straight from the definitions (test oracle). */
function denseHoles(data: EcosystemData, directed: boolean, weighted: boolean) {
  const ids = data.actors.map((actor) => actor.id);
  const n = ids.length;
  const index = new Map(ids.map((id, i) => [id, i]));
  const arc = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (const tie of data.ties) {
    const u = index.get(tie.source)!;
    const v = index.get(tie.target)!;
    const w = tie.weight ?? 1;
    const isDirected = tie.directed ?? (tie.kind === "funding" || tie.kind === "training");
    arc[u]![v]! += w;
    if (!directed || !isDirected) arc[v]![u]! += w;
  }
  const a = arc.map((row) => row.map((w) => (w > 0 ? (weighted ? w : 1) : 0)));
  const mutual = (i: number, j: number) => a[i]![j]! + a[j]![i]!;
  const contacts = (i: number) => ids.map((_, j) => j).filter((j) => j !== i && mutual(i, j) > 0);
  const p = (i: number, j: number) => mutual(i, j) / contacts(i).reduce((sum, k) => sum + mutual(i, k), 0);
  const m = (j: number, q: number) => mutual(j, q) / Math.max(...contacts(j).map((k) => mutual(j, k)));
  const result: Record<string, { constraint: number | null; effectiveSize: number | null }> = {};
  for (let i = 0; i < n; i++) {
    const N = contacts(i);
    if (N.length === 0) {
      result[ids[i]!] = { constraint: null, effectiveSize: null };
      continue;
    }
    let c = 0;
    let e = 0;
    for (const j of N) {
      let indirect = 0;
      let redundancy = 0;
      for (const q of N) {
        if (q === j) continue;
        indirect += p(i, q) * p(q, j);
        redundancy += p(i, q) * m(j, q);
      }
      c += (p(i, j) + indirect) ** 2;
      e += 1 - redundancy;
    }
    result[ids[i]!] = { constraint: c, effectiveSize: e };
  }
  return result;
}

const ACTOR_IDS = ["a", "b", "c", "d", "e", "f", "g"];
const randomTie = fc
  .record({
    pair: fc.uniqueArray(fc.constantFrom(...ACTOR_IDS), { minLength: 2, maxLength: 2 }),
    kind: fc.constantFrom("funding", "collaboration", "training"),
    weight: fc.integer({ min: 1, max: 6 }),
  })
  .map(({ pair, kind, weight }) => ({ source: pair[0]!, target: pair[1]!, kind, weight }));
const randomEcosystem = fc
  .array(randomTie, { maxLength: 20 })
  .map((ties): EcosystemData => ({ actors: actorsOf(ACTOR_IDS), ties }));

describe("structuralHoles", () => {
  it.each(ORACLE_DATASETS)(
    "matches NetworkX constraint, effective size and efficiency (unweighted) on %s",
    (name) => {
      const result = structuralHoles(createEcosystem(oracleData(name)), { weighted: false });
      expectCloseRecord(field(result, "constraint"), oracleValues(name, "networkx", "constraint.unweighted"));
      expectCloseRecord(
        field(result, "effectiveSize"),
        oracleValues(name, "networkx", "effective_size.unweighted"),
      );
      expectCloseRecord(
        field(result, "efficiency"),
        oracleValues(name, "networkx", "burt_efficiency.unweighted"),
      );
    },
  );

  it.each(WEIGHTED_ORACLE_DATASETS)(
    "matches NetworkX constraint, effective size and efficiency (weighted) on %s",
    (name) => {
      const result = structuralHoles(createEcosystem(oracleData(name)));
      expectCloseRecord(field(result, "constraint"), oracleValues(name, "networkx", "constraint.weighted"));
      expectCloseRecord(
        field(result, "effectiveSize"),
        oracleValues(name, "networkx", "effective_size.weighted"),
      );
      expectCloseRecord(
        field(result, "efficiency"),
        oracleValues(name, "networkx", "burt_efficiency.weighted"),
      );
    },
  );

  it("covers every structural-hole key of the NetworkX oracle", () => {
    const keys = new Set<string>();
    for (const name of ORACLE_DATASETS) {
      for (const key of Object.keys(oracleMeasures(name, "networkx"))) {
        if (/constraint|effective_size|burt|hierarchy/.test(key) && !key.includes("KNOWN_BUG")) keys.add(key);
      }
    }
    expect([...keys].sort()).toEqual([
      "burt_efficiency.unweighted",
      "burt_efficiency.weighted",
      "constraint.unweighted",
      "constraint.weighted",
      "effective_size.unweighted",
      "effective_size.weighted",
    ]);
  });

  it("gives each actor of a triangle constraint 1.125, effective size 1, efficiency 1/2, hierarchy 0 (doc example)", () => {
    // by hand: p = 1/2 to each contact, p_iq p_qj = 1/4, so c = 2 (1/2 + 1/4)² = 1.125; Borgatti's
    // n − 2t/n = 2 − 2/2 = 1; both contacts constrain equally, so r_j = 1 and h = 0.
    expect(structuralHoles(createEcosystem(triangle)).a).toEqual({
      constraint: 1.125,
      effectiveSize: 1,
      efficiency: 0.5,
      hierarchy: 0,
    });
  });

  it("gives a star's centre 1/4, 4, 1, 0 and each leaf 1, 1, 1, null", () => {
    // by hand: the centre spends 1/4 on each of 4 unconnected leaves: c = 4 (1/4)² = 1/4, no redundancy.
    const result = structuralHoles(createEcosystem(star));
    expect(result.hub).toEqual({ constraint: 0.25, effectiveSize: 4, efficiency: 1, hierarchy: 0 });
    expect(result.l1).toEqual({ constraint: 1, effectiveSize: 1, efficiency: 1, hierarchy: null });
  });

  it("gives null for all four measures of an isolate", () => {
    const result = structuralHoles(createEcosystem(withIsolate));
    expect(result.lonely).toEqual({
      constraint: null,
      effectiveSize: null,
      efficiency: null,
      hierarchy: null,
    });
    expect(result.a?.constraint).toBe(1.125);
  });

  it("returns a null-prototype record keyed by every actor id", () => {
    const result = structuralHoles(createEcosystem(withIsolate));
    expect(Object.getPrototypeOf(result)).toBeNull();
    expect(Object.keys(result).sort()).toEqual(["a", "b", "c", "lonely"]);
  });

  it("matches NetworkX on a directed view (contacts are predecessors ∪ successors, mutual weights)", () => {
    const eco = createEcosystem(mixed);
    const unweighted = structuralHoles(eco, { directed: true, weighted: false });
    expectCloseRecord(field(unweighted, "constraint"), MIXED_CONSTRAINT_UNWEIGHTED, TOLERANCE);
    expectCloseRecord(field(unweighted, "effectiveSize"), MIXED_EFFECTIVE_SIZE_UNWEIGHTED, TOLERANCE);
    const weighted = structuralHoles(eco, { directed: true });
    expectCloseRecord(field(weighted, "constraint"), MIXED_CONSTRAINT_WEIGHTED, TOLERANCE);
    expectCloseRecord(field(weighted, "effectiveSize"), MIXED_EFFECTIVE_SIZE_WEIGHTED, TOLERANCE);
  });

  it("agrees with a dense transcription of Burt's formulas on random ecosystems, both views (property)", () => {
    fc.assert(
      fc.property(randomEcosystem, fc.boolean(), fc.boolean(), (data, directed, weighted) => {
        const result = structuralHoles(createEcosystem(data), { directed, weighted });
        const expected = denseHoles(data, directed, weighted);
        for (const id of ACTOR_IDS) {
          const got = result[id]!;
          const want = expected[id]!;
          if (want.constraint === null) {
            expect(got.constraint).toBeNull();
            expect(got.effectiveSize).toBeNull();
          } else {
            expect(Math.abs(got.constraint! - want.constraint)).toBeLessThan(1e-12);
            expect(Math.abs(got.effectiveSize! - want.effectiveSize!)).toBeLessThan(1e-12);
          }
        }
      }),
      { numRuns: 200, seed: 11 },
    );
  });

  it("keeps effective size at most the number of contacts, and unweighted efficiency in [0, 1] (property)", () => {
    fc.assert(
      fc.property(randomEcosystem, fc.boolean(), (data, directed) => {
        const eco = createEcosystem(data);
        for (const weighted of [true, false]) {
          const result = structuralHoles(eco, { directed, weighted });
          for (const [id, scores] of Object.entries(result)) {
            const contacts = eco.neighbors(id).length;
            if (contacts === 0) {
              expect(scores.effectiveSize).toBeNull();
              continue;
            }
            expect(scores.effectiveSize).toBeLessThanOrEqual(contacts + 1e-12);
            expect(scores.efficiency).toBeCloseTo(scores.effectiveSize! / contacts, 14);
            if (!weighted) {
              expect(scores.efficiency).toBeGreaterThanOrEqual(0);
              expect(scores.efficiency).toBeLessThanOrEqual(1 + 1e-12);
            }
          }
        }
      }),
      { numRuns: 150, seed: 5 },
    );
  });

  it("gives undirected ties the same values in the directed view as in the undirected view (property)", () => {
    const undirectedOnly = fc
      .array(
        randomTie.map((tie) => ({ ...tie, kind: "collaboration" })),
        { maxLength: 20 },
      )
      .map((ties): EcosystemData => ({ actors: actorsOf(ACTOR_IDS), ties }));
    fc.assert(
      fc.property(undirectedOnly, (data) => {
        const eco = createEcosystem(data);
        const plain = structuralHoles(eco);
        const asArcs = structuralHoles(eco, { directed: true });
        for (const key of ["constraint", "effectiveSize", "efficiency", "hierarchy"] as const) {
          expectCloseRecord(field(asArcs, key), field(plain, key), 1e-12);
        }
      }),
      { numRuns: 100, seed: 3 },
    );
  });

  it("leaves its input unchanged", () => {
    const eco = createEcosystem(mixed);
    const before = eco.export();
    structuralHoles(eco, { directed: true });
    structuralHoles(eco, { weighted: false });
    expect(eco.export()).toEqual(before);
  });
});

describe("structuralHoles (docs example)", () => {
  it("gives the values printed in docs/measures.md", () => {
    const eco = createEcosystem(measuresDocExample);
    // by hand: p = 1/4 (lab), 1/4 (uni), 1/2 (esf); lab and uni are tied, each spending 1/2 on the
    // other: c = 2 (1/4 + 1/4 · 1/2)² + (1/2)² = 34/64
    expect(structuralHoles(eco).ngo).toEqual({
      constraint: 0.53125,
      effectiveSize: 2.5,
      efficiency: 0.8333333333333334,
      // Summed over ngo's contacts in id order (esf, lab, uni), whatever the order of the input.
      hierarchy: 0.03662432998872002,
    });
    expect(constraint(eco, { weighted: false }).ngo).toBe(0.6111111111111112);
  });
});

describe("constraint", () => {
  it.each(ORACLE_DATASETS)("matches NetworkX constraint (weight=None) on %s", (name) => {
    const expected = oracleValues<Values>(name, "networkx", "constraint.unweighted");
    expectCloseRecord(
      constraint(createEcosystem(oracleData(name)), { weighted: false }),
      expected,
      TOLERANCE,
    );
  });

  it.each(WEIGHTED_ORACLE_DATASETS)("matches NetworkX constraint (weight='weight') on %s", (name) => {
    const expected = oracleValues<Values>(name, "networkx", "constraint.weighted");
    expectCloseRecord(constraint(createEcosystem(oracleData(name))), expected, TOLERANCE);
  });

  it.each(ORACLE_DATASETS)("matches R igraph and python-igraph constraint (unweighted) on %s", (name) => {
    const values = constraint(createEcosystem(oracleData(name)), { weighted: false });
    expectCloseRecord(values, oracleValues(name, "igraph", "constraint.unweighted"), TOLERANCE);
    expectCloseRecord(values, oracleValues(name, "python-igraph", "constraint.unweighted"), TOLERANCE);
  });

  it.each(WEIGHTED_ORACLE_DATASETS)(
    "matches R igraph and python-igraph constraint (weighted) on %s",
    (name) => {
      const values = constraint(createEcosystem(oracleData(name)));
      expectCloseRecord(values, oracleValues(name, "igraph", "constraint.weighted"), TOLERANCE);
      expectCloseRecord(values, oracleValues(name, "python-igraph", "constraint.weighted"), TOLERANCE);
    },
  );

  it("is 1.125 for each actor of a triangle (doc example; by hand: 2 · (1/2 + 1/4)²)", () => {
    expect(constraint(createEcosystem(triangle)).a).toBe(1.125);
  });

  it("is 1 for a pendant actor, whose one contact holds all its investment", () => {
    const values = constraint(createEcosystem(pendantAndPair));
    expect(values.a).toBe(1);
    // b: p = 1/3 each; c_ba = (1/3)², c_bc = c_bd = (1/3 + 1/3 · 1/2)² = 1/4; total 1/9 + 1/2.
    expect(values.b).toBeCloseTo(1 / 9 + 1 / 2, 15);
  });

  it("is null for an isolate", () => {
    expect(constraint(createEcosystem(withIsolate)).lonely).toBeNull();
  });

  it("sums parallel ties: two ties a–b of weight 1 and 2 count as one tie of weight 3", () => {
    const parallel = deepFreeze<EcosystemData>({
      actors: actorsOf(["a", "b", "c"]),
      ties: [
        { source: "a", target: "b", kind: "collaboration", weight: 1 },
        { source: "a", target: "b", kind: "information", weight: 2 },
        { source: "a", target: "c", kind: "collaboration", weight: 1 },
      ],
    });
    const single = edgeListData(
      ["a", "b", "c"],
      [
        ["a", "b", 3],
        ["a", "c", 1],
      ],
    );
    const values = constraint(createEcosystem(parallel));
    expect(values).toEqual(constraint(createEcosystem(single)));
    // by hand: p_ab = 3/4, p_ac = 1/4, b and c not tied: (3/4)² + (1/4)² = 0.625
    expect(values.a).toBe(0.625);
  });

  it("ignores strengths when weighted is false", () => {
    const unequal = edgeListData(
      ["a", "b", "c"],
      [
        ["a", "b", 3],
        ["a", "c", 1],
      ],
    );
    // by hand: p = 1/2 each: (1/2)² + (1/2)² = 0.5
    expect(constraint(createEcosystem(unequal), { weighted: false }).a).toBe(0.5);
    expect(constraint(createEcosystem(unequal)).a).toBe(0.625);
  });

  it("leaves out a tie that is not active on the date `at`", () => {
    const dated = deepFreeze<EcosystemData>({
      actors: actorsOf(["a", "b", "c"]),
      ties: [
        { source: "a", target: "b", kind: "collaboration" },
        { source: "b", target: "c", kind: "collaboration" },
        { source: "a", target: "c", kind: "collaboration", until: "2020-12-31" },
      ],
    });
    const eco = createEcosystem(dated);
    expect(constraint(eco).b).toBe(1.125);
    // without a – c, b is the centre of a path: (1/2)² + (1/2)²
    expect({ ...constraint(eco, { at: "2021-06-01" }) }).toEqual({ a: 1, b: 0.5, c: 1 });
  });

  it("keeps only the tie kinds asked for", () => {
    const eco = createEcosystem(mixed);
    const values = constraint(eco, { kinds: ["collaboration"] });
    expect(values.f1).toBeNull();
    // d2 between d1 and d3 (not tied): weights 1 and 2, p = 1/3 and 2/3
    expect(values.d2).toBeCloseTo(1 / 9 + 4 / 9, 15);
  });
});

describe("effectiveSize", () => {
  it.each(ORACLE_DATASETS)("matches NetworkX effective_size (per-node path, weight=None) on %s", (name) => {
    const expected = oracleValues<Values>(name, "networkx", "effective_size.unweighted");
    expectCloseRecord(
      effectiveSize(createEcosystem(oracleData(name)), { weighted: false }),
      expected,
      TOLERANCE,
    );
  });

  it.each(WEIGHTED_ORACLE_DATASETS)(
    "matches NetworkX effective_size (per-node path, weight='weight') on %s",
    (name) => {
      const expected = oracleValues<Values>(name, "networkx", "effective_size.weighted");
      expectCloseRecord(effectiveSize(createEcosystem(oracleData(name))), expected, TOLERANCE);
    },
  );

  it("is 4 for the centre of a star of four (doc example)", () => {
    expect(effectiveSize(createEcosystem(star)).hub).toBe(4);
  });

  it("is n − 2t/n unweighted (Borgatti): 3 − 2/3 for an actor with three contacts, one tie among them", () => {
    expect(effectiveSize(createEcosystem(pendantAndPair), { weighted: false }).b).toBeCloseTo(3 - 2 / 3, 15);
  });

  it("applies the formula to an actor with only incoming arcs, where NetworkX's per-node path gives NaN", () => {
    expect(effectiveSize(createEcosystem(mixed), { directed: true }).s).toBe(1);
  });

  it("is null for an isolate", () => {
    expect(effectiveSize(createEcosystem(withIsolate)).lonely).toBeNull();
  });
});

describe("hierarchy", () => {
  it("matches the hand derivation for an actor with a pendant contact and two tied contacts (doc example)", () => {
    // b: c_ba = 1/9, c_bc = c_bd = 1/4, C = 11/18, N = 3, C/N = 11/54;
    // r = 6/11, 27/22, 27/22; h = (6/11 ln 6/11 + 2 · 27/22 ln 27/22) / (3 ln 3)
    const expected = ((6 / 11) * Math.log(6 / 11) + 2 * (27 / 22) * Math.log(27 / 22)) / (3 * Math.log(3));
    const values = hierarchy(createEcosystem(pendantAndPair));
    expect(values.b).toBeCloseTo(expected, 14);
    expect(values.b).toBe(0.05220454544675251);
  });

  it("is 0 when every contact constrains the actor equally (triangle, star centre)", () => {
    expect(hierarchy(createEcosystem(triangle)).a).toBe(0);
    expect(hierarchy(createEcosystem(star)).hub).toBe(0);
  });

  it("is null for fewer than two contacts (pendant, isolate)", () => {
    expect(hierarchy(createEcosystem(star)).l1).toBeNull();
    expect(hierarchy(createEcosystem(withIsolate)).lonely).toBeNull();
  });

  it("matches the hierarchy derived from NetworkX local_constraint on kite (unweighted)", () => {
    // c_ij = nx.local_constraint(G, v, j) (NetworkX 3.6.1, weight=None), then
    // h = Σ r ln r / (N ln N) with r = c_ij / (C / N), computed in Python.
    const expected: Values = {
      "0": 0.03356474631181206,
      "1": 0.03356474631181206,
      "2": 0.0010693232702606614,
      "3": 0.009520692594887102,
      "4": 0.0010693232702606614,
      "5": 0.01957288301138605,
      "6": 0.01957288301138605,
      "7": 0.012233674104192892,
      "8": 0.0,
      "9": null,
    };
    expectCloseRecord(
      hierarchy(createEcosystem(oracleData("kite")), { weighted: false }),
      expected,
      TOLERANCE,
    );
  });

  it("matches the hierarchy derived from NetworkX local_constraint on borgatti-weighted (weighted)", () => {
    // as above with nx.local_constraint(G, v, j, weight="weight")
    const expected: Values = {
      A: 0.39508870269003393,
      B: 0.42069525782051737,
      C: null,
      D: 0.45019109884186637,
      E: 0.4799420171141154,
      F: 0.03032450874741461,
      G: 0.12477634155975155,
    };
    expectCloseRecord(hierarchy(createEcosystem(oracleData("borgatti-weighted"))), expected, TOLERANCE);
  });
});

describe("STRUCTURAL_HOLES_DEFAULTS", () => {
  it("is frozen, undirected and weighted", () => {
    expect(Object.isFrozen(STRUCTURAL_HOLES_DEFAULTS)).toBe(true);
    expect(STRUCTURAL_HOLES_DEFAULTS).toEqual({ directed: false, weighted: true });
  });
});
