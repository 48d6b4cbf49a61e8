// simulateRemoval: every point of a curve equals the direct computation on the ecosystem with those
// actors removed (applyScenario, then components and globalEfficiency, which agree with NetworkX;
// unmet needs by a breadth-first search written out below); planted structures; refusals.
// Karate club: Zachary (1977), from the shared oracle (test/fixtures/oracle/datasets/karate.json).
import { describe, expect, it } from "vitest";
import { sampleEcosystem } from "../../src/datasets/sample-ecosystem.js";
import { bfs } from "../../src/internal/bfs.js";
import { components } from "../../src/metrics/components.js";
import { globalEfficiency } from "../../src/metrics/efficiency.js";
import { createEcosystem, type Ecosystem, ecosystemRoles } from "../../src/model/ecosystem.js";
import { InvalidOptionError, NotApplicableError } from "../../src/model/errors.js";
import type { EcosystemData } from "../../src/model/schema.js";
import { getView } from "../../src/model/view-cache.js";
import { applyScenario } from "../../src/scenario/apply-scenario.js";
import { type RemovalSimulation, simulateRemoval } from "../../src/scenario/simulate-removal.js";
import { actorsOf, oracleData } from "../helpers.js";

const TOLERANCE = 1e-12;

/** Hub h plus leaves x, y, z, w. */
const star = createEcosystem({
  actors: actorsOf(["h", "w", "x", "y", "z"]),
  ties: ["w", "x", "y", "z"].map((leaf) => ({ source: "h", target: leaf, kind: "collaboration" })),
});

/** Five hubs in a ring, each with eight spokes of its own: the planted hub-and-spoke network. */
function hubsAndSpokes(): Ecosystem {
  const data: EcosystemData = { actors: [], ties: [] };
  for (let h = 0; h < 5; h++) {
    data.actors.push({ id: `h${h}`, role: "developer" });
    data.ties.push({ source: `h${h}`, target: `h${(h + 1) % 5}`, kind: "collaboration" });
    for (let s = 0; s < 8; s++) {
      data.actors.push({ id: `h${h}-s${s}`, role: "developer" });
      data.ties.push({ source: `h${h}`, target: `h${h}-s${s}`, kind: "collaboration" });
    }
  }
  return createEcosystem(data);
}

/** Remaining actors who had a needed role within `maxDistance` at the start and have lost it. */
function directUnmetNeeds(before: Ecosystem, after: Ecosystem, maxDistance = 2): number {
  const roles = ecosystemRoles(before);
  const reach = (eco: Ecosystem, need: string): Set<string> => {
    const view = getView(eco);
    const holders = view.ids.flatMap((id, i) => (eco.getNodeAttribute(id, "role") === need ? [i] : []));
    const distance = new Int32Array(view.order);
    const queue = new Int32Array(view.order);
    const count = bfs(view, holders, distance, queue, maxDistance);
    return new Set(Array.from(queue.subarray(0, count), (i) => view.ids[i]!));
  };
  const lost = new Set<string>();
  for (const need of roles.keys()) {
    const had = reach(before, need);
    const has = reach(after, need);
    after.forEachNode((id, attributes) => {
      const needs = roles.get(attributes.role)?.needs ?? [];
      if (attributes.role !== need && needs.includes(need) && had.has(id) && !has.has(id)) lost.add(id);
    });
  }
  return lost.size;
}

/** Checks every step of a single-trial curve against the direct computation. */
function expectDirect(eco: Ecosystem, curve: RemovalSimulation): void {
  const removed: string[] = [];
  for (const step of curve.steps) {
    removed.push(...step.removedIds!);
    expect(removed.length).toBe(step.removed);
    const after = applyScenario(
      eco,
      removed.map((id) => ({ op: "removeActor" as const, id })),
    );
    const parts = components(after);
    expect(step.remaining).toBe(after.order);
    expect(step.largestComponent).toBe(parts.sizes[0] ?? 0);
    expect(step.largestComponentShare).toBeCloseTo(
      after.order === 0 ? 0 : (parts.sizes[0] ?? 0) / after.order,
      12,
    );
    expect(Math.abs(step.globalEfficiency - globalEfficiency(after))).toBeLessThan(TOLERANCE);
    expect(step.unmetNeeds).toBe(directUnmetNeeds(eco, after));
  }
}

describe("simulateRemoval", () => {
  it("leaves a star's four leaves apart once the hub has gone (the doc example)", () => {
    const curve = simulateRemoval(star, { strategy: "degree", steps: 1 });
    expect(curve.steps[1]!.removedIds).toEqual(["h"]);
    expect(curve.steps[1]!.largestComponentShare).toBe(0.25);
    expect(curve.steps[1]!.globalEfficiency).toBe(0);
    // Intact star: 4 pairs at distance 1 and 6 at distance 2 (each way): (8 + 12/2) / 20
    expect(curve.steps[0]!.globalEfficiency).toBeCloseTo(0.7, 15);
  });

  it.each([
    ["degree", false],
    ["degree", true],
    ["betweenness", false],
    ["betweenness", true],
  ] as const)(
    "agrees with the direct computation on the sample ecosystem (%s, adaptive %s)",
    (strategy, adaptive) => {
      const eco = sampleEcosystem();
      const curve = simulateRemoval(eco, { strategy, adaptive, steps: 25 });
      expect(curve.efficiencySources).toBeNull();
      expectDirect(eco, curve);
    },
  );

  it("agrees with the direct computation on the karate club, every actor leaving at random", () => {
    const eco = createEcosystem(oracleData("karate"));
    const curve = simulateRemoval(eco, { strategy: "random", trials: 1, seed: 42 });
    expect(curve.steps).toHaveLength(35);
    expectDirect(eco, curve);
  });

  it("agrees with the direct computation when only funders leave, counting who loses access", () => {
    const eco = sampleEcosystem();
    const curve = simulateRemoval(eco, { strategy: "degree", pool: { role: "funder" } });
    expect(curve.pool).toBe(13);
    const removed = curve.steps.flatMap((step) => step.removedIds!);
    expect(removed.every((id) => eco.getNodeAttribute(id, "role") === "funder")).toBe(true);
    expect(removed[0]).toBe("f-esf");
    expectDirect(eco, curve);
    expect(curve.steps.at(-1)!.unmetNeeds).toBeGreaterThan(50);
  });

  it("counts unmet needs by hand on a chain funder – d1 – d2 – d3", () => {
    const chain = createEcosystem({
      actors: [
        { id: "f", role: "funder" },
        { id: "d1", role: "developer" },
        { id: "d2", role: "developer" },
        { id: "d3", role: "developer" },
      ],
      ties: [
        { source: "f", target: "d1", kind: "funding" },
        { source: "d1", target: "d2", kind: "collaboration" },
        { source: "d2", target: "d3", kind: "collaboration" },
      ],
    });
    // d2 loses its funder (2 steps away through d1) and f its developers; d3 never had a funder in reach.
    const curve = simulateRemoval(chain, { strategy: "degree", pool: { ids: ["d1"] } });
    expect(curve.steps.map((step) => step.unmetNeeds)).toEqual([0, 2]);
  });

  it("takes the actors of a function strategy, which sees the remaining candidates and degrees", () => {
    const eco = hubsAndSpokes();
    const seen: number[] = [];
    const curve = simulateRemoval(eco, {
      steps: 3,
      trials: 1,
      strategy: (state) => {
        seen.push(state.degree("h0"));
        return state.candidates.at(-1)!;
      },
    });
    expect(curve.strategy).toBe("custom");
    expect(curve.steps.flatMap((step) => step.removedIds!)).toEqual(["h4-s7", "h4-s6", "h4-s5"]);
    expect(seen).toEqual([10, 10, 10]);
    expectDirect(eco, curve);
  });

  it("hurts a hub-and-spoke network faster when the most connected leave first than at random", () => {
    const eco = hubsAndSpokes();
    const targeted = simulateRemoval(eco, { strategy: "degree", steps: 5 });
    const random = simulateRemoval(eco, { strategy: "random", steps: 5, trials: 50, seed: 3 });
    expect(targeted.steps.flatMap((step) => step.removedIds!)).toEqual(["h0", "h1", "h2", "h3", "h4"]);
    for (let t = 1; t <= 5; t++) {
      expect(targeted.steps[t]!.largestComponentShare).toBeLessThan(random.steps[t]!.largestComponentShare);
      expect(targeted.steps[t]!.globalEfficiency).toBeLessThan(random.steps[t]!.globalEfficiency);
    }
    // Every hub gone: 40 lone spokes.
    expect(targeted.steps[5]!.largestComponentShare).toBe(1 / 40);
  });

  it("averages random trials with sample standard deviations, and gives no ids then", () => {
    const curve = simulateRemoval(star, { strategy: "random", trials: 4, seed: 9 });
    expect(curve.trials).toBe(4);
    expect(curve.steps[0]!.sd).toEqual({
      largestComponent: 0,
      largestComponentShare: 0,
      globalEfficiency: 0,
      unmetNeeds: 0,
    });
    expect(curve.steps.every((step) => step.removedIds === null)).toBe(true);
    // After all five leave nothing remains in any trial.
    expect(curve.steps[5]).toMatchObject({
      remaining: 0,
      largestComponent: 0,
      largestComponentShare: 0,
      globalEfficiency: 0,
    });
    // The means are the means of the single trials drawn from the same stream.
    const one = simulateRemoval(star, { strategy: "random", trials: 1, seed: 9 });
    expect(one.steps[0]!.sd).toBeNull();
  });

  it("gives byte-identical output for the same seed, and runs a deterministic strategy once", () => {
    const eco = sampleEcosystem();
    const a = simulateRemoval(eco, { strategy: "random", steps: 20, trials: 3, seed: 5 });
    const b = simulateRemoval(eco, { strategy: "random", steps: 20, trials: 3, seed: 5 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(
      JSON.stringify(simulateRemoval(eco, { strategy: "random", steps: 20, trials: 3, seed: 6 })),
    ).not.toBe(JSON.stringify(a));
    expect(simulateRemoval(eco, { strategy: "degree", steps: 2, trials: 7 }).trials).toBe(1);
  });

  it("samples efficiency from fixed seeded sources when asked, and stays close to the exact value", () => {
    const eco = sampleEcosystem();
    const exact = simulateRemoval(eco, { strategy: "degree", steps: 10 });
    const sampled = simulateRemoval(eco, { strategy: "degree", steps: 10, efficiencySources: 60 });
    expect(sampled.efficiencySources).toBe(60);
    for (let t = 0; t <= 10; t++) {
      expect(sampled.steps[t]!.largestComponentShare).toBe(exact.steps[t]!.largestComponentShare);
      expect(Math.abs(sampled.steps[t]!.globalEfficiency - exact.steps[t]!.globalEfficiency)).toBeLessThan(
        0.05,
      );
    }
  });

  it("reads only the tie kinds and date of the view options", () => {
    const eco = sampleEcosystem();
    const curve = simulateRemoval(eco, {
      strategy: "degree",
      steps: 3,
      kinds: ["funding"],
      at: "2024-06-30",
    });
    expect(curve.steps[0]!.globalEfficiency).toBeCloseTo(
      globalEfficiency(eco, { kinds: ["funding"], at: "2024-06-30" }),
      12,
    );
  });

  it("gives only step 0 for an empty pool, and refuses a role pool no actor holds", () => {
    const eco = createEcosystem({
      roles: [{ id: "host" }],
      actors: [{ id: "a", role: "developer" }],
      ties: [],
    });
    expect(() => simulateRemoval(eco, { pool: { role: "host" } })).toThrow(/no actor has the role "host"/);
    const curve = simulateRemoval(eco, { pool: { ids: [] } });
    expect(curve.steps).toEqual([
      {
        removed: 0,
        remaining: 1,
        removedIds: null,
        largestComponent: 1,
        largestComponentShare: 1,
        globalEfficiency: 0,
        unmetNeeds: 0,
        sd: { largestComponent: 0, largestComponentShare: 0, globalEfficiency: 0, unmetNeeds: 0 },
      },
    ]);
  });

  it("leaves its input unchanged", () => {
    const eco = sampleEcosystem();
    const before = eco.export();
    simulateRemoval(eco, { strategy: "betweenness", adaptive: true, steps: 3 });
    simulateRemoval(eco, { strategy: "random", steps: 3, trials: 2 });
    expect(eco.export()).toEqual(before);
  });

  it.each([
    [{ strategy: "closeness" }, InvalidOptionError],
    [{ steps: 6 }, InvalidOptionError],
    [{ steps: 1.5 }, InvalidOptionError],
    [{ trials: 0 }, InvalidOptionError],
    [{ maxDistance: 0 }, InvalidOptionError],
    [{ pool: { role: "mentor" } }, InvalidOptionError],
    [{ pool: { ids: ["h", "nobody"] } }, InvalidOptionError],
    [{ pool: { ids: ["h", "h"] } }, InvalidOptionError],
    [{ efficiencySources: 0 }, InvalidOptionError],
    [{ directed: true }, NotApplicableError],
    [{ strategy: () => "nobody" }, InvalidOptionError],
  ] as const)("refuses %o", (options, error) => {
    expect(() => simulateRemoval(star, options as never)).toThrow(error);
  });
});
