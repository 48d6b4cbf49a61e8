import { describe, expect, it } from "vitest";
import { createEcosystem } from "../../src/model/ecosystem.js";
import { InvalidOptionError } from "../../src/model/errors.js";
import type { EcosystemData } from "../../src/model/schema.js";
import { simulateSpread } from "../../src/spread/simulate-spread.js";
import { exactIc, exactLt, icArcs, ltArcs } from "./exact.js";
import { BRIDGED, HUB } from "./networks.js";

const RUNS = 20000;

function ids(data: EcosystemData): string[] {
  return data.actors.map((a) => a.id);
}

/** The simulated mean within 4 standard errors of the exact value, and each actor's probability too. */
function expectMatches(
  result: ReturnType<typeof simulateSpread>,
  exact: { expected: number; probability: Map<string, number> },
) {
  expect(result.standardError).not.toBeNull();
  expect(Math.abs(result.expectedReach - exact.expected)).toBeLessThanOrEqual(
    4 * result.standardError! + 1e-12,
  );
  for (const [id, p] of exact.probability) {
    const se = Math.sqrt(Math.max(p * (1 - p), 1e-9) / result.runs);
    expect(Math.abs(result.reachProbability[id]! - p), id).toBeLessThanOrEqual(4 * se + 1e-9);
  }
}

describe("simulateSpread(independent cascade) matches the exact live-edge enumeration", () => {
  it("undirected view, one probability", () => {
    const exact = exactIc(
      ids(BRIDGED),
      icArcs(BRIDGED, false, () => 0.4),
      ["a"],
    );
    const result = simulateSpread(createEcosystem(BRIDGED), { seeds: ["a"], probability: 0.4, runs: RUNS });
    expect(exact.expected).toBeGreaterThan(2);
    expectMatches(result, exact);
  });

  it("undirected view, chances from weights (1 − (1 − p0)^w)", () => {
    const exact = exactIc(
      ids(BRIDGED),
      icArcs(BRIDGED, false, (arc) => 1 - 0.7 ** arc.weight),
      ["a", "h"],
    );
    const result = simulateSpread(createEcosystem(BRIDGED), {
      seeds: ["h", "a"],
      probability: { weight: 0.3 },
      runs: RUNS,
      seed: 7,
    });
    expectMatches(result, exact);
  });

  it("directed view, chances per tie kind", () => {
    const byKind: Record<string, number> = {
      funding: 0.6,
      training: 0.5,
      collaboration: 0.3,
      "peer-learning": 0.8,
      information: 0.2,
    };
    const chance = (arc: { kinds: string[] }) =>
      1 - arc.kinds.reduce((q, kind) => q * (1 - byKind[kind]!), 1);
    const exact = exactIc(ids(HUB), icArcs(HUB, true, chance), ["s4"]);
    const result = simulateSpread(createEcosystem(HUB), {
      seeds: ["s4"],
      probability: { kind: byKind },
      directed: true,
      runs: RUNS,
    });
    expectMatches(result, exact);
  });

  it("chances per role pair, directional", () => {
    const table: Record<string, Record<string, number>> = {
      funder: { developer: 0.7 },
      developer: { developer: 0.5 },
    };
    const roleOf = new Map(BRIDGED.actors.map((a) => [a.id, a.role]));
    const exact = exactIc(
      ids(BRIDGED),
      icArcs(BRIDGED, false, (arc) => table[roleOf.get(arc.from)!]?.[roleOf.get(arc.to)!] ?? 0.25),
      ["c"],
    );
    const result = simulateSpread(createEcosystem(BRIDGED), {
      seeds: ["c"],
      probability: { rolePair: table, otherwise: 0.25 },
      runs: RUNS,
    });
    expectMatches(result, exact);
  });
});

describe("simulateSpread(linear threshold) matches its live-edge equivalent", () => {
  it("undirected view, weights from strengths", () => {
    const exact = exactLt(ids(BRIDGED), ltArcs(BRIDGED, false), ["a"]);
    const result = simulateSpread(createEcosystem(BRIDGED), {
      seeds: ["a"],
      model: "linear-threshold",
      runs: RUNS,
    });
    expectMatches(result, exact);
  });

  it("directed view", () => {
    const exact = exactLt(ids(HUB), ltArcs(HUB, true), ["hub", "s4"]);
    const result = simulateSpread(createEcosystem(HUB), {
      seeds: ["hub", "s4"],
      model: "linear-threshold",
      directed: true,
      runs: RUNS,
    });
    expectMatches(result, exact);
  });
});

describe("simulateSpread's tallies", () => {
  const eco = createEcosystem(BRIDGED);

  it("totals the reach by role and group from the actors' probabilities", () => {
    const result = simulateSpread(eco, { seeds: ["a"], probability: 0.5, groupBy: "region", runs: 2000 });
    const south = ["f", "g", "h"].reduce((sum, id) => sum + result.reachProbability[id]!, 0);
    expect(result.byGroup!.map((row) => row.group)).toEqual(["Middle", "North", "South"]);
    expect(result.byGroup![2]!.expectedReach).toBeCloseTo(south, 10);
    const roles = result.byRole.reduce((sum, row) => sum + row.expectedReach, 0);
    expect(roles).toBeCloseTo(result.expectedReach, 10);
    expect(result.groupsReached).toContain("North");
    expect(result.curve[0]).toBe(1);
    expect(result.curve.at(-1)).toBeCloseTo(result.expectedReach, 10);
  });

  it("maxSteps: 0 reaches the seeds only, 1 their contacts at most", () => {
    expect(simulateSpread(eco, { seeds: ["a"], probability: 1, maxSteps: 0 }).expectedReach).toBe(1);
    const one = simulateSpread(eco, { seeds: ["a"], probability: 1, maxSteps: 1 });
    expect(one.expectedReach).toBe(3);
    expect(simulateSpread(eco, { seeds: ["a"], probability: 1 }).expectedReach).toBe(8);
    expect(simulateSpread(eco, { seeds: ["a"], probability: 0 }).expectedReach).toBe(1);
  });

  it("counts only the ties of the chosen kinds", () => {
    const result = simulateSpread(eco, { seeds: ["a"], probability: 1, kinds: ["collaboration"] });
    expect(
      Object.keys(result.reachProbability)
        .filter((id) => result.reachProbability[id] === 1)
        .sort(),
    ).toEqual(["a", "b", "c", "d"]);
  });
});

describe("simulateSpread is deterministic", () => {
  function shuffled(data: EcosystemData, seed: number): EcosystemData {
    let state = seed;
    const next = () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state / 2147483648;
    };
    const shuffle = <T>(values: T[]): T[] => {
      for (let i = values.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [values[i], values[j]] = [values[j]!, values[i]!];
      }
      return values;
    };
    return { ...data, actors: shuffle([...data.actors]), ties: shuffle(data.ties.map((t) => ({ ...t }))) };
  }

  it("gives byte-identical JSON for the same seed, whatever the order of actors and ties", () => {
    for (const model of ["independent-cascade", "linear-threshold"] as const) {
      const options = { seeds: ["a", "e"], model, runs: 500, seed: 3, groupBy: "region" };
      const first = JSON.stringify(simulateSpread(createEcosystem(BRIDGED), options));
      expect(JSON.stringify(simulateSpread(createEcosystem(BRIDGED), options))).toBe(first);
      for (const s of [1, 2, 3])
        expect(JSON.stringify(simulateSpread(createEcosystem(shuffled(BRIDGED, s)), options))).toBe(first);
    }
  });

  it("changes with the seed", () => {
    const eco = createEcosystem(BRIDGED);
    const a = simulateSpread(eco, { seeds: ["a"], probability: 0.4, runs: 200, seed: 1 });
    const b = simulateSpread(eco, { seeds: ["a"], probability: 0.4, runs: 200, seed: 2 });
    expect(a.expectedReach).not.toBe(b.expectedReach);
  });
});

describe("simulateSpread refuses bad options", () => {
  const eco = createEcosystem(BRIDGED);
  const cases: [string, Parameters<typeof simulateSpread>[1]][] = [
    ["no seeds", { seeds: [] }],
    ["an unknown seed", { seeds: ["zz"] }],
    ["a repeated seed", { seeds: ["a", "a"] }],
    ["a probability above 1", { seeds: ["a"], probability: 1.5 }],
    ["a negative probability", { seeds: ["a"], probability: -0.1 }],
    ["a kind without a chance", { seeds: ["a"], probability: { kind: { collaboration: 0.2 } } }],
    [
      "a role pair without a chance",
      { seeds: ["a"], probability: { rolePair: { developer: { developer: 0.2 } } } },
    ],
    ["probability with the linear threshold", { seeds: ["a"], model: "linear-threshold", probability: 0.2 }],
    ["an unknown model", { seeds: ["a"], model: "sir" as never }],
    ["zero runs", { seeds: ["a"], runs: 0 }],
    ["fractional runs", { seeds: ["a"], runs: 2.5 }],
    ["negative maxSteps", { seeds: ["a"], maxSteps: -1 }],
    ["a missing groupBy attribute", { seeds: ["a"], groupBy: "sector" }],
    ["a bad probability shape", { seeds: ["a"], probability: "high" as never }],
  ];
  it.each(cases)("refuses %s", (_name, options) => {
    expect(() => simulateSpread(eco, options)).toThrow(InvalidOptionError);
  });
});
