// On small instances the plan's score is the exhaustive optimum of scorePeerLearning, found in the
// test by enumerating every balanced seating (restricted growth strings), independently of the solvers.
import { describe, expect, it } from "vitest";
import type { PeerLearningOptions } from "../../src/convene/options.js";
import { planPeerLearning } from "../../src/convene/plan-peer-learning.js";
import { scorePeerLearning } from "../../src/convene/score-peer-learning.js";
import type { Ecosystem } from "../../src/model/ecosystem.js";
import { balancedPartitions, twelveActors } from "./fixtures.js";

const optima = new Map<object, number | null>();

/** The best score of scorePeerLearning over every feasible seating, by enumeration; `null` if none is feasible. */
function exhaustiveOptimum(
  eco: Ecosystem,
  options: PeerLearningOptions & { participants: string[] },
): number | null {
  if (optima.has(options)) return optima.get(options)!;
  const partitions = balancedPartitions(options.participants, options.tables!);
  let best: number | null = null;
  const consider = (seating: string[][][]) => {
    const result = scorePeerLearning(eco, seating, options);
    if (result.feasible && (best === null || result.score > best)) best = result.score;
  };
  if ((options.sessions ?? 1) === 1) for (const first of partitions) consider([first]);
  else {
    // Sessions are interchangeable, so each unordered pair of partitions is scored once.
    for (let a = 0; a < partitions.length; a++) {
      for (let b = a; b < partitions.length; b++) consider([partitions[a]!, partitions[b]!]);
    }
  }
  optima.set(options, best);
  return best;
}

const eco = twelveActors();
const all = ["d1", "d2", "d3", "d4", "f1", "f2", "f3", "f4", "u1", "u2", "u3", "u4"];

describe("planPeerLearning on small instances", () => {
  const cases: [string, PeerLearningOptions & { participants: string[] }][] = [
    [
      "12 participants, 3 tables of 4, one session",
      { participants: all, tables: 3, size: { min: 4, max: 4 } },
    ],
    [
      "10 participants, 3 tables of 3 or 4, one session",
      { participants: all.filter((id) => id !== "u4" && id !== "f3"), tables: 3, size: { min: 3, max: 4 } },
    ],
    [
      "11 participants, 3 tables, one session, weights changed",
      {
        participants: all.filter((id) => id !== "d2"),
        tables: 3,
        size: { min: 3, max: 4 },
        weights: { need: 5, region: 0 },
      },
    ],
    [
      "9 participants, 3 tables of 3, two sessions",
      {
        participants: ["d1", "d2", "d3", "f1", "f2", "f3", "u1", "u2", "u4"],
        sessions: 2,
        tables: 3,
        size: { min: 3, max: 3 },
      },
    ],
    [
      "9 participants, one session, kept apart, together and a host",
      {
        participants: ["d1", "d2", "d3", "f1", "f2", "f3", "u1", "u2", "u4"],
        tables: 3,
        size: { min: 3, max: 3 },
        apart: [["d3", "f2"]],
        together: [["d1", "u4"]],
        hosts: [{ actor: "f1", table: 0 }],
      },
    ],
  ];

  for (const [name, options] of cases) {
    it(`${name}: the exact plan scores the optimum`, () => {
      const optimum = exhaustiveOptimum(eco, options);
      expect(optimum).not.toBeNull();
      const plan = planPeerLearning(eco, options);
      expect(plan.solver).toBe("exact");
      expect(plan.feasible).toBe(true);
      expect(plan.score).toBeCloseTo(optimum!, 9);
      expect(scorePeerLearning(eco, plan.seating, options).score).toBe(plan.score);
    });

    it(`${name}: the heuristic reaches the optimum too`, () => {
      const optimum = exhaustiveOptimum(eco, options);
      const plan = planPeerLearning(eco, { ...options, solver: "heuristic" });
      expect(plan.solver).toBe("heuristic");
      expect(plan.feasible).toBe(true);
      expect(plan.score).toBeCloseTo(optimum!, 9);
    });
  }

  it("puts the host at its table and respects apart and together", () => {
    const options = cases[4]![1];
    for (const solver of ["exact", "heuristic"] as const) {
      const plan = planPeerLearning(eco, { ...options, solver });
      const [session] = plan.sessions;
      expect(session!.tables[0]!.members).toContain("f1");
      expect(session!.tables[0]!.seats.find((seat) => seat.id === "f1")!.host).toBe(true);
      const tableOf = (id: string) => session!.tables.findIndex((table) => table.members.includes(id));
      expect(tableOf("d3")).not.toBe(tableOf("f2"));
      expect(tableOf("d1")).toBe(tableOf("u4"));
    }
  });
});
