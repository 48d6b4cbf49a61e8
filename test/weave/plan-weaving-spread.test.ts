// The spread objective of planWeaving against planted truth: the exact expected reach of the
// innovation with each absent tie added, by enumerating every live-edge graph (test/spread/exact.ts,
// independent of src/spread).
import { describe, expect, it } from "vitest";
import { createEcosystem } from "../../src/model/ecosystem.js";
import { InvalidOptionError } from "../../src/model/errors.js";
import type { EcosystemData } from "../../src/model/schema.js";
import { planWeaving } from "../../src/weave/plan-weaving.js";
import { deepFreeze } from "../helpers.js";
import { exactReachOfSets, icArcs } from "../spread/exact.js";

const actor = (id: string, role: string, region: string) => ({ id, role, attributes: { region } });

/**
 * Two regions that no tie joins: a North triangle n1–n2–n3 with m1 hanging off n3, and a South path
 * s1 – s2 – s3. An innovation started by n1 never leaves the North (12 arcs).
 */
const TWO_REGIONS: EcosystemData = deepFreeze({
  name: "two regions",
  actors: [
    actor("n1", "developer", "North"),
    actor("n2", "funder", "North"),
    actor("n3", "upskiller", "North"),
    actor("m1", "developer", "North"),
    actor("s1", "developer", "South"),
    actor("s2", "developer", "South"),
    actor("s3", "funder", "South"),
  ],
  ties: [
    { source: "n1", target: "n2", kind: "collaboration" },
    { source: "n2", target: "n3", kind: "collaboration" },
    { source: "n1", target: "n3", kind: "collaboration" },
    { source: "n3", target: "m1", kind: "collaboration" },
    { source: "s1", target: "s2", kind: "collaboration" },
    { source: "s2", target: "s3", kind: "collaboration" },
  ],
});

const P = 0.6;
const ids = TWO_REGIONS.actors.map((a) => a.id);

/** The exact expected reach from n1 of the document with `extra` ties added, at chance P on every arc. */
function exactReach(extra: readonly [string, string][]): number {
  const data: EcosystemData = {
    ...TWO_REGIONS,
    ties: [
      ...TWO_REGIONS.ties,
      ...extra.map(([source, target]) => ({ source, target, kind: "collaboration" })),
    ],
  };
  return exactReachOfSets(
    ids,
    icArcs(data, false, () => P),
    false,
  ).get("n1")!;
}

/** Every absent pair of the document (plus `made`), smaller id first, with its exact gain. */
function exactGains(made: readonly [string, string][]): { pair: [string, string]; gain: number }[] {
  const present = new Set(
    [...TWO_REGIONS.ties.map((t) => [t.source, t.target] as const), ...made].map(([a, b]) =>
      [a, b].sort().join("|"),
    ),
  );
  const base = exactReach(made);
  const gains: { pair: [string, string]; gain: number }[] = [];
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const pair = [ids[i]!, ids[j]!].sort() as [string, string];
      if (present.has(pair.join("|"))) continue;
      gains.push({ pair, gain: exactReach([...made, pair]) - base });
    }
  }
  return gains.sort((a, b) => b.gain - a.gain);
}

const SPREAD = { seeds: ["n1"], probability: P, runs: 10000, groupBy: "region" } as const;

describe("planWeaving with the spread objective", () => {
  const eco = createEcosystem(TWO_REGIONS);

  it("picks first the tie of largest exact gain, which reaches the South", () => {
    const exact = exactGains([]);
    // The planted truth has a clear leader: n1–s2, the seed tied to the middle of the South path.
    expect(exact[0]!.pair).toEqual(["n1", "s2"]);
    expect(exact[0]!.gain - exact[1]!.gain).toBeGreaterThan(0.1);
    const plan = planWeaving(eco, { objective: "spread", budget: 1, spread: SPREAD, maxPerActor: 5 });
    const step = plan.steps[0]!;
    expect([step.source, step.target]).toEqual(exact[0]!.pair);
    expect(Math.abs(step.gain - exact[0]!.gain)).toBeLessThanOrEqual(4 * step.spread!.standardError!);
    expect(step.spread!.newlyReached).toEqual(["South"]);
    expect(step.reasons[0]).toContain("South");
    expect(step.reasons[0]).toBe(step.spread!.reason.text);
    expect(plan.spread!.seeds).toEqual(["n1"]);
    expect(Math.abs(plan.spread!.before - exactReach([]))).toBeLessThan(0.05);
    expect(plan.spread!.after).toBeCloseTo(plan.spread!.before + step.gain, 12);
  });

  it("re-scores the second tie as if the first were made", () => {
    const plan = planWeaving(eco, { objective: "spread", budget: 2, spread: SPREAD, maxPerActor: 5 });
    const first: [string, string] = [plan.steps[0]!.source, plan.steps[0]!.target];
    const exact = exactGains([first]);
    const second = plan.steps[1]!;
    // The best second tie by exact enumeration given the first, or one within 4 standard errors of it.
    const chosen = exact.find((row) => row.pair[0] === second.source && row.pair[1] === second.target)!;
    expect(exact[0]!.gain - chosen.gain).toBeLessThanOrEqual(4 * second.spread!.standardError!);
    expect(Math.abs(second.gain - chosen.gain)).toBeLessThanOrEqual(4 * second.spread!.standardError!);
    // Once the South is reached, no second tie to it can newly reach it.
    expect(second.spread!.newlyReached).toEqual([]);
  });

  it("stops when no tie can carry the innovation further", () => {
    // With chance 1 every arc is live: one tie to the South reaches all of it, and nothing is left.
    const plan = planWeaving(eco, {
      objective: "spread",
      budget: 4,
      spread: { seeds: ["n1"], probability: 1, runs: 50 },
      maxPerActor: 5,
    });
    expect(plan.steps).toHaveLength(1);
    expect(plan.steps[0]!.gain).toBe(3);
    expect(plan.spread!.after).toBe(7);
  });

  it("gives byte-identical plans for the same input and seed, and follows the seed", () => {
    const options = {
      objective: "spread",
      budget: 2,
      spread: { seeds: ["n1"], probability: 0.3, runs: 500 },
    } as const;
    const a = JSON.stringify(planWeaving(eco, options));
    const b = JSON.stringify(planWeaving(createEcosystem(TWO_REGIONS), options));
    expect(a).toBe(b);
    const reseeded = planWeaving(eco, { ...options, spread: { ...options.spread, seed: 7 } });
    expect(JSON.stringify(reseeded)).not.toBe(a);
  });

  it("gives planned ties the chance of their proposed kind under a per-kind probability", () => {
    const plan = planWeaving(eco, {
      objective: "spread",
      budget: 2,
      spread: {
        seeds: ["n1"],
        probability: { kind: { collaboration: 0.6, "peer-learning": 0.6, training: 0.6, funding: 0.6 } },
        runs: 2000,
      },
      maxPerActor: 5,
    });
    const uniform = planWeaving(eco, {
      objective: "spread",
      budget: 2,
      spread: { seeds: ["n1"], probability: 0.6, runs: 2000 },
      maxPerActor: 5,
    });
    // Every kind at the same chance: the same live-edge graphs, so the same plan and gains.
    expect(plan.steps.map((s) => [s.source, s.target, s.gain])).toEqual(
      uniform.steps.map((s) => [s.source, s.target, s.gain]),
    );
  });

  it("refuses a missing spread option and a per-kind probability without the proposed kinds", () => {
    expect(() => planWeaving(eco, { objective: "spread" })).toThrow(InvalidOptionError);
    expect(() =>
      planWeaving(eco, {
        objective: "spread",
        spread: { seeds: ["n1"], probability: { kind: { collaboration: 0.2 } } },
      }),
    ).toThrow(/proposed tie kind "(funding|training|peer-learning)"/);
    expect(() => planWeaving(eco, { objective: "spread", spread: { seeds: ["nobody"] } })).toThrow(
      InvalidOptionError,
    );
  });
});
