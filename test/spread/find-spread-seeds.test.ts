import { describe, expect, it } from "vitest";
import { createEcosystem } from "../../src/model/ecosystem.js";
import { InvalidOptionError } from "../../src/model/errors.js";
import type { EcosystemData } from "../../src/model/schema.js";
import { findSpreadSeeds } from "../../src/spread/find-spread-seeds.js";
import { type ExactArc, exactIc, exactLt, exactReachOfSets, icArcs, ltArcs, subsets } from "./exact.js";
import { BRIDGED, HUB } from "./networks.js";

type Exact = (
  ids: readonly string[],
  arcs: readonly ExactArc[],
  seeds: readonly string[],
) => { expected: number };

/** Every k-subset's exact expected reach, best first. */
function exhaustive(data: EcosystemData, arcs: ExactArc[], exact: Exact, k: number) {
  const ids = data.actors.map((a) => a.id);
  const table = exactReachOfSets(ids, arcs, exact === exactLt);
  return subsets(ids, k)
    .map((set) => ({ set, reach: table.get(set.join(","))! }))
    .sort((a, b) => b.reach - a.reach);
}

const SETTINGS: {
  name: string;
  data: EcosystemData;
  arcs: ExactArc[];
  exact: Exact;
  options: Record<string, unknown>;
}[] = [
  {
    name: "IC, undirected, p = 0.3",
    data: BRIDGED,
    arcs: icArcs(BRIDGED, false, () => 0.3),
    exact: exactIc,
    options: { probability: 0.3 },
  },
  {
    name: "IC, directed, p = 0.5",
    data: HUB,
    arcs: icArcs(HUB, true, () => 0.5),
    exact: exactIc,
    options: { probability: 0.5, directed: true },
  },
  {
    // Unequal chances: the reverse cascade's geometric skips thin by chance / largest.
    name: "IC, undirected, chances from weights",
    data: BRIDGED,
    arcs: icArcs(BRIDGED, false, (arc) => 1 - 0.7 ** arc.weight),
    exact: exactIc,
    options: { probability: { weight: 0.3 } },
  },
  {
    name: "LT, directed",
    data: HUB,
    arcs: ltArcs(HUB, true),
    exact: exactLt,
    options: { model: "linear-threshold", directed: true },
  },
  {
    name: "LT, undirected",
    data: BRIDGED,
    arcs: ltArcs(BRIDGED, false),
    exact: exactLt,
    options: { model: "linear-threshold" },
  },
];

describe("findSpreadSeeds against exhaustive search of the exact expected reach", () => {
  it.each(SETTINGS)(
    "$name: k = 1 finds the best actor when it leads clearly, k = 2 reaches ≥ 95% of the best pair",
    ({ data, arcs, exact, options }) => {
      const eco = createEcosystem(data);
      const singles = exhaustive(data, arcs, exact, 1);
      const one = findSpreadSeeds(eco, { ...options, k: 1 });
      if (singles[0]!.reach - singles[1]!.reach >= 0.05 * singles[0]!.reach) {
        expect(one.seeds.map((s) => s.id)).toEqual(singles[0]!.set);
      } else {
        const found = singles.find((row) => row.set[0] === one.seeds[0]!.id)!;
        expect(found.reach).toBeGreaterThanOrEqual(0.95 * singles[0]!.reach);
      }
      expect(one.expectedReach).toBeCloseTo(
        exact(
          data.actors.map((a) => a.id),
          arcs,
          [one.seeds[0]!.id],
        ).expected,
        0,
      );

      const pairs = exhaustive(data, arcs, exact, 2);
      const two = findSpreadSeeds(eco, { ...options, k: 2 });
      const chosen = two.seeds.map((s) => s.id);
      const reach = exact(
        data.actors.map((a) => a.id),
        arcs,
        chosen,
      ).expected;
      expect(reach).toBeGreaterThanOrEqual(0.95 * pairs[0]!.reach);
      expect(two.seeds[0]!.marginalGain).toBeGreaterThanOrEqual(two.seeds[1]!.marginalGain);
      expect(two.guaranteed).toBe(true);
    },
  );

  it("meets a clear single best actor in most settings, so the k = 1 equality is exercised", () => {
    const clear = SETTINGS.filter(({ data, arcs, exact }) => {
      const singles = exhaustive(data, arcs, exact, 1);
      return singles[0]!.reach - singles[1]!.reach >= 0.05 * singles[0]!.reach;
    });
    expect(clear.length).toBeGreaterThanOrEqual(2);
  });

  it("the one-pass exact table agrees with the direct enumeration", () => {
    const arcs = icArcs(BRIDGED, false, () => 0.3);
    const ids = BRIDGED.actors.map((a) => a.id);
    const table = exactReachOfSets(ids, arcs, false);
    expect(table.get("a,h")).toBeCloseTo(exactIc(ids, arcs, ["a", "h"]).expected, 10);
    const lt = ltArcs(HUB, true);
    const hubIds = HUB.actors.map((a) => a.id);
    expect(exactReachOfSets(hubIds, lt, true).get("hub,s4")).toBeCloseTo(
      exactLt(hubIds, lt, ["hub", "s4"]).expected,
      10,
    );
  });
});

describe("findSpreadSeeds' result", () => {
  const eco = createEcosystem(BRIDGED);

  it("gives each seed a marginal gain and a reason as data", () => {
    const result = findSpreadSeeds(eco, { k: 2, probability: 0.3 });
    const [first, second] = result.seeds;
    expect(first!.reason.id).toBe("spread.seed.reach");
    expect(first!.reason.text).toContain(first!.label);
    expect(first!.reason.params.gain).toBe(first!.marginalGain);
    expect(first!.marginalGain + second!.marginalGain).toBeCloseTo(result.expectedReach, 10);
  });

  it("spreads seeds over groups with the groups objective", () => {
    // Reaching half of each region: North and South are far apart, so their seeds differ.
    const result = findSpreadSeeds(eco, { k: 2, probability: 0.1, objective: "groups", groupBy: "region" });
    const regions = new Set(
      result.seeds.map((s) => BRIDGED.actors.find((a) => a.id === s.id)!.attributes!.region),
    );
    expect(regions.size).toBe(2);
    expect(result.seeds[0]!.reason.id).toBe("spread.seed.groups");
    expect(result.byGroup!.map((row) => row.group)).toEqual(["Middle", "North", "South"]);
  });

  it("is byte-identical for the same seed and independent of file order", () => {
    const options = { k: 2, probability: 0.3, seed: 5 };
    const first = JSON.stringify(findSpreadSeeds(eco, options));
    expect(JSON.stringify(findSpreadSeeds(createEcosystem(BRIDGED), options))).toBe(first);
    const reversed = { ...BRIDGED, actors: [...BRIDGED.actors].reverse(), ties: [...BRIDGED.ties].reverse() };
    expect(JSON.stringify(findSpreadSeeds(createEcosystem(reversed), options))).toBe(first);
  });

  it.each([
    ["k = 0", { k: 0 }],
    ["k above the number of actors", { k: 9 }],
    ["ε = 0", { epsilon: 0 }],
    ["ε = 1", { epsilon: 1 }],
    ["an unknown objective", { objective: "fame" as never }],
    ["a group share of 0", { objective: "groups" as const, groupShare: 0 }],
  ])("refuses %s", (_name, options) => {
    expect(() => findSpreadSeeds(eco, options)).toThrow(InvalidOptionError);
  });
});
