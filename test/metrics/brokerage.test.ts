// Reference values: R sna 2.7-1 `brokerage(A, cl)` with A the symmetric 0/1 adjacency matrix and cl the
// node attribute `group` in dataset node order (R 4.2.2): test/fixtures/oracle/values/karate.sna.json and
// southern-women.sna.json (raw.nli, exp.nli, sd.nli, z.nli, raw.gli, exp.gli, sd.gli, z.gli, exp.grp,
// sd.grp), and test/fixtures/oracle/brokerage_z/karate.json (the same call, recorded independently).
// The null model's formulas are those of test/fixtures/oracle/BROKERAGE.md and sna's R/gli.R.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BROKERAGE_DEFAULTS, type BrokerageRoles, brokerage } from "../../src/metrics/brokerage.js";
import { createEcosystem } from "../../src/model/ecosystem.js";
import { type EcoweaveError, InvalidOptionError } from "../../src/model/errors.js";
import type { EcosystemData } from "../../src/model/schema.js";
import { deepFreeze, oracleData, readJson } from "../helpers.js";
import { measuresDocExample } from "./cohesion-fixtures.js";

const TOLERANCE = 1e-9;
/** Every role count at zero. */
const NO_BROKERAGE: Readonly<BrokerageRoles<number>> = Object.freeze({
  coordinator: 0,
  itinerant: 0,
  representative: 0,
  gatekeeper: 0,
  liaison: 0,
  total: 0,
});
const COLUMNS = {
  w_I: "coordinator",
  w_O: "itinerant",
  b_IO: "representative",
  b_OI: "gatekeeper",
  b_O: "liaison",
  t: "total",
} as const;
type Column = keyof typeof COLUMNS;
type SnaRow = Record<Column, number | null>;

interface SnaValues {
  clid: string[];
  n_per_class: number[];
  "raw.nli": Record<string, SnaRow>;
  "exp.nli": Record<string, SnaRow>;
  "sd.nli": Record<string, SnaRow>;
  "z.nli": Record<string, SnaRow>;
  "raw.gli": SnaRow;
  "exp.gli": SnaRow;
  "sd.gli": SnaRow;
  "z.gli": SnaRow;
  "exp.grp": Record<string, SnaRow>;
  "sd.grp": Record<string, SnaRow>;
}

/** sna's row in ecoweave's role names. */
function fromSna(row: SnaRow): BrokerageRoles<number | null> {
  const out = {} as BrokerageRoles<number | null>;
  for (const [column, role] of Object.entries(COLUMNS) as [Column, keyof BrokerageRoles][])
    out[role] = row[column];
  return out;
}

function expectCloseRoles(
  actual: BrokerageRoles<number | null>,
  expected: BrokerageRoles<number | null>,
  label: string,
): void {
  for (const role of Object.values(COLUMNS)) {
    const want = expected[role];
    const got = actual[role];
    if (want === null) expect(got, `${label} ${role}`).toBeNull();
    else {
      expect(got, `${label} ${role}`).not.toBeNull();
      expect(Math.abs(got! - want), `${label} ${role}: ${got} vs ${want}`).toBeLessThanOrEqual(TOLERANCE);
    }
  }
}

function counts(roles: BrokerageRoles<number>): BrokerageRoles<number> {
  const { coordinator, itinerant, representative, gatekeeper, liaison, total } = roles;
  return { coordinator, itinerant, representative, gatekeeper, liaison, total };
}

/**
 * Broker v (team A) between in-neighbours a1 (A), b1 (B) and out-neighbours a2 (A), b2 (B), c1 (C),
 * every tie a directed arc. By hand: (a1, a2) coordinator; (a1, b2), (a1, c1) representative;
 * (b1, a2) gatekeeper; (b1, b2) itinerant; (b1, c1) liaison.
 */
function hub(closed: boolean): EcosystemData {
  const team: Record<string, string> = { v: "A", a1: "A", a2: "A", b1: "B", b2: "B", c1: "C" };
  const arcs: [string, string][] = [
    ["a1", "v"],
    ["b1", "v"],
    ["v", "a2"],
    ["v", "b2"],
    ["v", "c1"],
  ];
  if (closed) arcs.push(["a1", "b2"]);
  return deepFreeze<EcosystemData>({
    actors: Object.entries(team).map(([id, group]) => ({
      id,
      role: "developer",
      attributes: { team: group },
    })),
    ties: arcs.map(([source, target]) => ({ source, target, kind: "information", directed: true })),
  });
}

/** Funder f → developer d → upskiller u (the doc example). */
const chain = deepFreeze<EcosystemData>({
  actors: [
    { id: "f", role: "funder" },
    { id: "d", role: "developer" },
    { id: "u", role: "upskiller" },
  ],
  ties: [
    { source: "f", target: "d", kind: "funding" },
    { source: "d", target: "u", kind: "information", directed: true },
  ],
});

const ACTOR_IDS = ["a", "b", "c", "d", "e", "f", "g"];
const GROUP_OF: Record<string, string> = { a: "x", b: "y", c: "x", d: "z", e: "y", f: "w", g: "x" };
const randomTie = fc
  .record({
    pair: fc.uniqueArray(fc.constantFrom(...ACTOR_IDS), { minLength: 2, maxLength: 2 }),
    kind: fc.constantFrom("funding", "collaboration", "training"),
  })
  .map(({ pair, kind }) => ({ source: pair[0]!, target: pair[1]!, kind }));
const randomEcosystem = fc.array(randomTie, { maxLength: 22 }).map(
  (ties): EcosystemData => ({
    actors: ACTOR_IDS.map((id) => ({ id, role: "developer", attributes: { team: GROUP_OF[id]! } })),
    ties,
  }),
);

/** Arcs of the view, straight from the document (test oracle). */
function arcSet(data: EcosystemData, directed: boolean): Set<string> {
  const arcs = new Set<string>();
  for (const tie of data.ties) {
    const isDirected = tie.directed ?? (tie.kind === "funding" || tie.kind === "training");
    arcs.add(`${tie.source}>${tie.target}`);
    if (!directed || !isDirected) arcs.add(`${tie.target}>${tie.source}`);
  }
  return arcs;
}

/**
 * The null model's per-group and whole-network moments transcribed literally from BROKERAGE.md and the
 * formulas of sna's R/gli.R, with explicit sums over groups (test oracle for the power-sum form).
 */
function literalMoments(N: number, d: number, n: number[]) {
  const q = d ** 2 * (1 - d);
  const r = d ** 3 * (1 - d) ** 3;
  const s = d ** 4 * (1 - d) ** 2;
  const t = d ** 5 * (1 - d);
  const choose2 = (x: number) => (x * (x - 1)) / 2;
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const groups = n.map((ng, g) => {
    const others = n.filter((_, h) => h !== g);
    const e = [
      q * (ng - 1) * (ng - 2),
      q * sum(others.map((x) => x * (x - 1))),
      q * (N - ng) * (ng - 1),
      q * (N - ng) * (ng - 1),
      q * (sum(others) ** 2 - sum(others.map((x) => x * x))),
      q * (N - 1) * (N - 2),
    ];
    const extra = [
      2 * (ng - 1) * (ng - 2) * (ng - 3) * r,
      2 * sum(others.map((x) => x * (x - 1) * (x - 2))) * r,
      2 * ((ng - 1) * choose2(N - ng) + (N - ng) * choose2(ng - 1)) * r,
      2 * ((ng - 1) * choose2(N - ng) + (N - ng) * choose2(ng - 1)) * r,
      4 * sum(others.map((x) => x * choose2(N - x - ng))) * r,
      2 * (N - 1) * (N - 2) * (N - 3) * r,
    ];
    return { expected: e, sd: e.map((value, k) => Math.sqrt(value * (1 - q) + extra[k]!)) };
  });
  const G = n.length;
  let itinerant = 0;
  let liaisonExpected = 0;
  let liaison = 0;
  for (let i = 0; i < G; i++) {
    for (let j = 0; j < G; j++) {
      if (i === j) continue;
      const x = n[i]!;
      const y = n[j]!;
      itinerant += x * y * (x - 1) * ((2 * x + 2 * y - 6) * r + (N - x - 1) * t);
      liaisonExpected += x * y * (N - x - y);
      for (let k = 0; k < G; k++) {
        if (k === i || k === j) continue;
        const [a, b, c] = [n[i]!, n[j]!, n[k]!];
        liaison +=
          a *
          b *
          c *
          ((4 * (N - b) - 2 * (a + c + 1)) * r - (4 * (N - c) - 2 * (a + b + 1)) * s + (N - (a + c + 1)) * t);
      }
    }
  }
  const e3 = q * sum(n.map((x) => x * (N - x) * (x - 1)));
  const networkExpected = [
    q * sum(n.map((x) => x * (x - 1) * (x - 2))),
    e3,
    e3,
    e3,
    q * liaisonExpected,
    q * N * (N - 1) * (N - 2),
  ];
  const representative = sum(n.map((x) => x * (N - x) * (x - 1) * ((N - 3) * r + (x - 2) * t)));
  const networkExtra = [
    sum(n.map((x) => x * (x - 1) * (x - 2) * ((4 * x - 10) * r - 4 * (x - 3) * s + (x - 3) * t))),
    itinerant,
    representative,
    representative,
    liaison,
    N * (N - 1) * (N - 2) * ((4 * N - 10) * r - 4 * (N - 3) * s + (N - 3) * t),
  ];
  return {
    groups,
    networkExpected,
    networkSd: networkExpected.map((value, k) => Math.sqrt(value * (1 - q) + networkExtra[k]!)),
  };
}

const ROLE_ORDER = ["coordinator", "itinerant", "representative", "gatekeeper", "liaison", "total"] as const;

describe("brokerage", () => {
  it.each(["karate", "southern-women"] as const)(
    "matches sna brokerage per actor (raw.nli exactly, exp.nli, sd.nli, z.nli) on %s",
    (name) => {
      const sna = readJson<SnaValues>(`values/${name}.sna.json`);
      const result = brokerage(createEcosystem(oracleData(name)), { groupBy: "group" });
      const groupOf = new Map(
        oracleData(name).actors.map((actor) => [actor.id, String(actor.attributes?.group)]),
      );
      expect(Object.keys(result.actors).sort()).toEqual(Object.keys(sna["raw.nli"]).sort());
      for (const [id, row] of Object.entries(sna["raw.nli"])) {
        const actor = result.actors[id]!;
        expect(counts(actor), id).toEqual(fromSna(row));
        const moments = result.byGroup[groupOf.get(id)!]!;
        expectCloseRoles(moments.expected, fromSna(sna["exp.nli"][id]!), `${id} expected`);
        expectCloseRoles(moments.sd, fromSna(sna["sd.nli"][id]!), `${id} sd`);
        expectCloseRoles(actor.z, fromSna(sna["z.nli"][id]!), `${id} z`);
      }
    },
  );

  it.each(["karate", "southern-women"] as const)(
    "matches sna brokerage for the groups (clid, exp.grp, sd.grp) and the network (raw/exp/sd/z.gli) on %s",
    (name) => {
      const sna = readJson<SnaValues>(`values/${name}.sna.json`);
      const result = brokerage(createEcosystem(oracleData(name)), { groupBy: "group" });
      expect(result.groups).toEqual(sna.clid);
      sna.clid.forEach((group, g) => {
        expect(result.byGroup[group]!.size).toBe(sna.n_per_class[g]);
        expectCloseRoles(
          result.byGroup[group]!.expected,
          fromSna(sna["exp.grp"][group]!),
          `${group} exp.grp`,
        );
        expectCloseRoles(result.byGroup[group]!.sd, fromSna(sna["sd.grp"][group]!), `${group} sd.grp`);
      });
      expect(result.network.raw).toEqual(fromSna(sna["raw.gli"]));
      expectCloseRoles(result.network.expected, fromSna(sna["exp.gli"]), "exp.gli");
      expectCloseRoles(result.network.sd, fromSna(sna["sd.gli"]), "sd.gli");
      expectCloseRoles(result.network.z, fromSna(sna["z.gli"]), "z.gli");
    },
  );

  it("matches the independently recorded sna z-scores for karate (brokerage_z/karate.json)", () => {
    const sna = readJson<
      Omit<SnaValues, "raw.gli" | "exp.gli" | "sd.gli" | "z.gli"> & {
        gli: { raw: SnaRow; exp: SnaRow; sd: SnaRow; z: SnaRow };
      }
    >("brokerage_z/karate.json");
    const result = brokerage(createEcosystem(oracleData("karate")), { groupBy: "group" });
    for (const [id, row] of Object.entries(sna["z.nli"])) {
      expect(counts(result.actors[id]!), id).toEqual(fromSna(sna["raw.nli"][id]!));
      expectCloseRoles(result.actors[id]!.z, fromSna(row), `${id} z`);
    }
    expect(result.network.raw).toEqual(fromSna(sna.gli.raw));
    expectCloseRoles(result.network.expected, fromSna(sna.gli.exp), "gli exp");
    expectCloseRoles(result.network.sd, fromSna(sna.gli.sd), "gli sd");
    expectCloseRoles(result.network.z, fromSna(sna.gli.z), "gli z");
  });

  it("counts each role by hand on a directed broker between three teams", () => {
    const open = brokerage(createEcosystem(hub(false)), { directed: true, groupBy: "team" });
    expect(counts(open.actors.v!)).toEqual({
      coordinator: 1,
      itinerant: 1,
      representative: 2,
      gatekeeper: 1,
      liaison: 1,
      total: 6,
    });
    for (const id of ["a1", "a2", "b1", "b2", "c1"]) expect(open.actors[id]!.total).toBe(0);
    expect(open.groups).toEqual(["A", "B", "C"]);
    // the arc a1 → b2 closes one representative pair
    const closed = brokerage(createEcosystem(hub(true)), { directed: true, groupBy: "team" });
    expect(closed.actors.v!.representative).toBe(1);
    expect(closed.actors.v!.total).toBe(5);
  });

  it("makes the broker of funder → developer → upskiller a liaison, by role (doc example)", () => {
    const eco = createEcosystem(chain);
    expect(brokerage(eco, { directed: true }).actors.d!.liaison).toBe(1);
    expect(brokerage(eco, { directed: true }).actors.d!.total).toBe(1);
    // undirected: the pair is brokered in both directions
    expect(brokerage(eco).actors.d!.liaison).toBe(2);
    // Groups in order of first appearance among the actors in id order: d, f, u.
    expect(brokerage(eco).groups).toEqual(["developer", "funder", "upskiller"]);
  });

  it("gives the values printed in docs/measures.md", () => {
    const eco = createEcosystem(measuresDocExample);
    const roles = brokerage(eco);
    // Groups in order of first appearance among the actors in id order: esf, lab, ngo, uni.
    expect(roles.groups).toEqual(["funder", "developer", "upskiller"]);
    expect(roles.actors.ngo!.liaison).toBe(2);
    expect(roles.actors.ngo!.total).toBe(4);
    expect(brokerage(eco, { directed: true }).actors.ngo!.gatekeeper).toBe(1);
  });

  it("counts each brokered pair twice in an undirected view, so representative equals gatekeeper", () => {
    const undirected = brokerage(createEcosystem(hub(false)), { groupBy: "team" });
    const v = undirected.actors.v!;
    expect(v.representative).toBe(v.gatekeeper);
    // 5 contacts, no ties among them: C(5, 2) unordered pairs, each counted twice
    expect(v.total).toBe(20);
  });

  it("computes the null model with N counting isolates and d = arcs / (N(N − 1))", () => {
    const withIsolate: EcosystemData = {
      ...chain,
      actors: [...chain.actors, { id: "i", role: "developer" }],
    };
    const result = brokerage(createEcosystem(withIsolate), { directed: true });
    // N = 4, arcs = 2, d = 2/12; the developer group has 2 actors
    const d = 2 / 12;
    const q = d * d * (1 - d);
    expect(result.byGroup.developer!.size).toBe(2);
    expect(result.byGroup.developer!.expected.total).toBeCloseTo(q * 3 * 2, 15);
    expect(result.byGroup.developer!.expected.representative).toBeCloseTo(q * 2 * 1, 15);
    expect(result.byGroup.developer!.expected.coordinator).toBe(0);
    expect(result.actors.d!.z.coordinator).toBeNull();
  });

  it("agrees with a literal transcription of sna's moments for three to six groups (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 3, maxLength: 6 }),
        fc.integer({ min: 0, max: 40 }),
        (sizes, extraArcs) => {
          const actors: EcosystemData["actors"] = [];
          sizes.forEach((size, g) => {
            for (let k = 0; k < size; k++)
              actors.push({ id: `g${g}m${k}`, role: "developer", attributes: { team: `t${g}` } });
          });
          const N = actors.length;
          const ties: EcosystemData["ties"] = [];
          for (let k = 0; k < Math.min(extraArcs, N - 1); k++) {
            ties.push({
              source: actors[k]!.id,
              target: actors[k + 1]!.id,
              kind: "information",
              directed: true,
            });
          }
          const result = brokerage(createEcosystem({ actors, ties }), { directed: true, groupBy: "team" });
          const literal = literalMoments(N, ties.length / (N * (N - 1)), sizes);
          sizes.forEach((_, g) => {
            const moments = result.byGroup[`t${g}`]!;
            ROLE_ORDER.forEach((role, k) => {
              const scale = Math.max(1, Math.abs(literal.groups[g]!.expected[k]!));
              expect(
                Math.abs(moments.expected[role]! - literal.groups[g]!.expected[k]!) / scale,
              ).toBeLessThan(1e-12);
              const sdScale = Math.max(1, literal.groups[g]!.sd[k]!);
              expect(Math.abs(moments.sd[role]! - literal.groups[g]!.sd[k]!) / sdScale).toBeLessThan(1e-12);
            });
          });
          ROLE_ORDER.forEach((role, k) => {
            const scale = Math.max(1, Math.abs(literal.networkExpected[k]!));
            expect(
              Math.abs(result.network.expected[role]! - literal.networkExpected[k]!) / scale,
            ).toBeLessThan(1e-12);
            const sdScale = Math.max(1, literal.networkSd[k]!);
            expect(Math.abs(result.network.sd[role]! - literal.networkSd[k]!) / sdScale).toBeLessThan(1e-9);
          });
        },
      ),
      { numRuns: 60, seed: 19 },
    );
  });

  it("has the five roles sum to the total for every actor, in both views (property)", () => {
    fc.assert(
      fc.property(randomEcosystem, fc.boolean(), (data, directed) => {
        const result = brokerage(createEcosystem(data), { directed, groupBy: "team" });
        const raw = { coordinator: 0, itinerant: 0, representative: 0, gatekeeper: 0, liaison: 0, total: 0 };
        for (const actor of Object.values(result.actors)) {
          const { coordinator, itinerant, representative, gatekeeper, liaison, total } = actor;
          expect(coordinator + itinerant + representative + gatekeeper + liaison).toBe(total);
          for (const role of ROLE_ORDER) raw[role] += actor[role];
        }
        expect(result.network.raw).toEqual(raw);
      }),
      { numRuns: 150, seed: 23 },
    );
  });

  it("has each actor's total equal its number of open ordered two-paths, by role (property)", () => {
    fc.assert(
      fc.property(randomEcosystem, fc.boolean(), (data, directed) => {
        const result = brokerage(createEcosystem(data), { directed, groupBy: "team" });
        const arcs = arcSet(data, directed);
        for (const v of ACTOR_IDS) {
          const expected = { ...NO_BROKERAGE };
          for (const a of ACTOR_IDS) {
            for (const c of ACTOR_IDS) {
              if (a === c || a === v || c === v) continue;
              if (!arcs.has(`${a}>${v}`) || !arcs.has(`${v}>${c}`) || arcs.has(`${a}>${c}`)) continue;
              const [ga, gv, gc] = [GROUP_OF[a], GROUP_OF[v], GROUP_OF[c]];
              if (ga === gv && gv === gc) expected.coordinator++;
              else if (ga === gc) expected.itinerant++;
              else if (ga === gv) expected.representative++;
              else if (gc === gv) expected.gatekeeper++;
              else expected.liaison++;
              expected.total++;
            }
          }
          expect(counts(result.actors[v]!), v).toEqual(expected);
        }
      }),
      { numRuns: 150, seed: 29 },
    );
  });

  it.each([false, true])("refuses a groupBy attribute missing on some actors (directed: %s)", (directed) => {
    const eco = createEcosystem(chain);
    let caught: unknown;
    try {
      brokerage(eco, { directed, groupBy: "region" });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidOptionError);
    expect((caught as EcoweaveError).code).toBe("invalid_option");
    expect((caught as Error).message).toMatchInlineSnapshot(
      `"brokerage: attribute "region" is missing on 3 actors (d, f, u); pass groupBy or add it"`,
    );
  });

  it("accepts a grouping function", () => {
    const result = brokerage(createEcosystem(chain), {
      directed: true,
      groupBy: (id) => (id === "d" ? "middle" : "ends"),
    });
    expect(result.groups).toEqual(["middle", "ends"]);
    expect(result.actors.d!.itinerant).toBe(1);
  });

  it("gives null expectations, sds and z-scores when density is undefined (fewer than two actors)", () => {
    const single = brokerage(createEcosystem({ actors: [{ id: "solo", role: "developer" }], ties: [] }));
    expect(counts(single.actors.solo!)).toEqual(NO_BROKERAGE);
    expect(Object.values(single.actors.solo!.z).every((value) => value === null)).toBe(true);
    expect(Object.values(single.network.expected).every((value) => value === null)).toBe(true);
    expect(Object.values(single.byGroup.developer!.sd).every((value) => value === null)).toBe(true);
    const empty = brokerage(createEcosystem({ actors: [], ties: [] }));
    expect(Object.keys(empty.actors)).toEqual([]);
    expect(empty.groups).toEqual([]);
    expect(empty.network.raw.total).toBe(0);
  });

  it("leaves out ties outside `kinds` and returns null-prototype records", () => {
    const result = brokerage(createEcosystem(chain), { kinds: ["funding"] });
    expect(result.actors.d!.total).toBe(0);
    expect(Object.getPrototypeOf(result.actors)).toBeNull();
    expect(Object.getPrototypeOf(result.byGroup)).toBeNull();
  });

  it("leaves its input unchanged", () => {
    const eco = createEcosystem(hub(true));
    const before = eco.export();
    brokerage(eco, { directed: true, groupBy: "team" });
    brokerage(eco, { groupBy: "team" });
    expect(eco.export()).toEqual(before);
  });
});

describe("BROKERAGE_DEFAULTS", () => {
  it("is frozen, undirected and groups by role", () => {
    expect(Object.isFrozen(BROKERAGE_DEFAULTS)).toBe(true);
    expect(BROKERAGE_DEFAULTS).toEqual({ directed: false, groupBy: "role" });
  });
});
