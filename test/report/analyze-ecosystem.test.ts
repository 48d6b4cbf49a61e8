// analyzeEcosystem collects the results of the analyses; each section is checked against a direct call
// of the function it comes from (those functions are checked against their references in their own
// tests), and the mixing section's expected counts by hand.
import { describe, expect, it } from "vitest";
import { findBridgeActors } from "../../src/brokers/find-bridge-actors.js";
import { findKeyPlayers } from "../../src/brokers/key-players.js";
import { findWeaverCandidates } from "../../src/brokers/weaver-candidates.js";
import { sampleEcosystem, sampleEcosystemData } from "../../src/datasets/sample-ecosystem.js";
import { findStructuralGaps } from "../../src/gaps/find-structural-gaps.js";
import { betweenness } from "../../src/metrics/centrality.js";
import { communities } from "../../src/metrics/communities.js";
import { coreNumbers } from "../../src/metrics/core-numbers.js";
import { structuralHoles } from "../../src/metrics/structural-holes.js";
import { createEcosystem } from "../../src/model/ecosystem.js";
import {
  ANALYZE_PHASES,
  type AnalyzeProgress,
  analyzeEcosystem,
} from "../../src/report/analyze-ecosystem.js";
import { ecosystemOverview } from "../../src/report/overview.js";
import { planWeaving } from "../../src/weave/plan-weaving.js";
import { suggestConnections } from "../../src/weave/suggest-connections.js";
import { deepFreeze } from "../helpers.js";
import { smallData } from "./fixtures.js";

describe("analyzeEcosystem", () => {
  const sample = sampleEcosystem();
  const report = analyzeEcosystem(sample);

  it("reports the 115 actors of the sample ecosystem (the documented example)", () => {
    expect(report.overview.actors).toBe(115);
    expect(report.actors).toHaveLength(115);
  });

  it("gives byte-identical JSON for the same input and seed", () => {
    const again = analyzeEcosystem(sampleEcosystem());
    expect(JSON.stringify(again)).toBe(JSON.stringify(report));
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it("collects each analysis as the function itself returns it", () => {
    const eco = createEcosystem(smallData());
    const small = analyzeEcosystem(eco, { seed: 3, top: 4, budget: 2, strategy: "bridge-clusters" });
    expect(small.overview).toEqual(ecosystemOverview(eco, { seed: 3 }));
    expect(small.gaps).toEqual(findStructuralGaps(eco, { seed: 3 }));
    expect(small.bridgeActors).toEqual(findBridgeActors(eco, { seed: 3, top: 4 }));
    expect(small.keyPlayers).toEqual(findKeyPlayers(eco, { seed: 3 }));
    expect(small.weaverCandidates).toEqual(findWeaverCandidates(eco, { seed: 3 }));
    expect(small.suggestions).toEqual(
      suggestConnections(eco, { seed: 3, top: 4, strategy: "bridge-clusters" }),
    );
    expect(small.plan).toEqual(planWeaving(eco, { seed: 3, budget: 2, strategy: "bridge-clusters" }));
  });

  it("fills the actor table from the measures", () => {
    const eco = createEcosystem(smallData());
    const small = analyzeEcosystem(eco);
    const between = betweenness(eco);
    const holes = structuralHoles(eco);
    const partition = communities(eco, { seed: 1 });
    const cores = coreNumbers(eco);
    // Rows in id order, whatever the order of the input (issue 14).
    expect(small.actors.map((row) => row.id)).toEqual(["d1", "d2", "d3", "d4", "d5", "f1", "u1"]);
    for (const row of small.actors) {
      expect(row.betweenness).toBe(between[row.id]);
      expect(row.constraint).toBe(holes[row.id]!.constraint);
      expect(row.effectiveSize).toBe(holes[row.id]!.effectiveSize);
      expect(row.community).toBe(partition.assignment[row.id]);
      expect(row.coreNumber).toBe(cores[row.id]);
    }
    expect(small.actors[2]).toMatchObject({
      id: "d3",
      label: 'Gamma "Unit"',
      role: "developer",
      attributes: { region: "Lappi" },
      degree: 3,
    });
    expect(small.actors[4]).toMatchObject({ id: "d5", degree: 0, constraint: null, effectiveSize: null });
  });

  it("gives the mixing matrix with the pairs a configuration model expects", () => {
    const small = analyzeEcosystem(createEcosystem(smallData()));
    const { mixing } = small;
    expect(mixing.groups).toEqual(["developer", "funder", "upskiller"]);
    // pairs: developer–developer d1d2, d2d3, d3d4 (3); funder–developer f1d1, f1d2 (2);
    // upskiller–developer u1d3, u1d4 (2). Degree sums D: developer 10, funder 2, upskiller 2; 2m = 14.
    expect(mixing.ties).toEqual([
      [3, 2, 2],
      [2, 0, 0],
      [2, 0, 0],
    ]);
    expect(mixing.counts).toEqual([
      [6, 2, 2],
      [2, 0, 0],
      [2, 0, 0],
    ]);
    // E[dev, dev] = 10² / (2 · 14); E[dev, funder] = 10 · 2 / 14
    expect(mixing.expected[0]![0]).toBeCloseTo(100 / 28, 12);
    expect(mixing.expected[0]![1]).toBeCloseTo(20 / 14, 12);
    expect(mixing.ratio[0]![1]).toBeCloseTo(2 / (20 / 14), 12);
    expect(mixing.ratio[1]![1]).toBe(0);
  });

  it("reports progress before each phase and once at the end", () => {
    const calls: AnalyzeProgress[] = [];
    analyzeEcosystem(createEcosystem(smallData()), { onProgress: (progress) => calls.push(progress) });
    expect(calls.map((call) => call.phase)).toEqual([...ANALYZE_PHASES, "complete"]);
    expect(calls.map((call) => call.done)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(calls.every((call) => call.total === 9)).toBe(true);
  });

  it("records the options it used, without the callback", () => {
    const small = analyzeEcosystem(createEcosystem(smallData()), {
      kinds: ["collaboration", "funding"],
      groupBy: (_id, actor) => actor.role,
      coverageBy: "region",
      onProgress: () => {},
    });
    expect(small.generatedWith).toEqual({
      kinds: ["collaboration", "funding"],
      at: null,
      seed: 1,
      groupBy: "function",
      coverageBy: "region",
      maxDistance: 2,
      horizonMonths: 12,
      permutations: 1000,
      top: 10,
      keyPlayers: 3,
      teamSize: 3,
      strategy: "close-gaps",
      budget: 5,
      objective: "gaps",
      betweennessSample: "auto",
    });
    expect(small.overview.ties).toBe(5);
    expect(small.gaps.some((gap) => gap.kind === "coverage" && gap.evidence.attribute === "region")).toBe(
      true,
    );
  });

  it("lowers the set sizes to n − 1 and leaves key players, team and plan out below 2 actors", () => {
    const two = analyzeEcosystem(
      createEcosystem({
        actors: [
          { id: "a", role: "funder" },
          { id: "b", role: "developer" },
        ],
        ties: [],
      }),
    );
    expect(two.keyPlayers?.k).toBe(1);
    expect(two.weaverCandidates?.team).toHaveLength(1);
    const one = analyzeEcosystem(createEcosystem({ actors: [{ id: "a", role: "funder" }], ties: [] }));
    expect(one.keyPlayers).toBeNull();
    expect(one.weaverCandidates).toBeNull();
    expect(one.plan).toBeNull();
    expect(one.suggestions).toEqual([]);
    expect(one.actors).toHaveLength(1);
  });

  it.each([[{ top: 0 }], [{ budget: 1.5 }], [{ keyPlayers: 0 }], [{ teamSize: -1 }], [{ seed: Number.NaN }]])(
    "refuses the option %o",
    (options) => {
      expect(() => analyzeEcosystem(createEcosystem(smallData()), options)).toThrow(
        expect.objectContaining({ code: "invalid_option" }),
      );
    },
  );

  it("refuses the directed view", () => {
    expect(() => analyzeEcosystem(createEcosystem(smallData()), { directed: true })).toThrow(
      expect.objectContaining({ code: "not_applicable" }),
    );
  });

  it("leaves its input unchanged", () => {
    const eco = createEcosystem(deepFreeze(smallData()));
    const before = JSON.stringify(eco.export());
    analyzeEcosystem(eco);
    expect(JSON.stringify(eco.export())).toBe(before);
  });

  it("passes horizonMonths on to the gaps, the suggestions and the plan", () => {
    // the sample's ESF+ funding ties end on 2025-12-31: six months after the analysis date
    const at = "2025-06-30";
    const ending = sampleEcosystemData().ties.filter((tie) => tie.until !== undefined && tie.until >= at);
    expect(ending.length).toBe(13);
    expect(ending.every((tie) => tie.until === "2025-12-31")).toBe(true);
    const options = { at, top: 3, budget: 1, permutations: 10, keyPlayers: 1, teamSize: 1 };
    const mentionsEnding = (report: ReturnType<typeof analyzeEcosystem>) => [
      report.gaps.some((gap) => gap.kind === "ties-ending"),
      report.suggestions.some((s) => s.closes.some((id) => id.startsWith("ties-ending:"))),
      report.generatedWith.horizonMonths,
    ];
    expect(mentionsEnding(analyzeEcosystem(sample, options))).toEqual([true, true, 12]);
    expect(mentionsEnding(analyzeEcosystem(sample, { ...options, horizonMonths: 5 }))).toEqual([
      false,
      false,
      5,
    ]);
    expect(() => analyzeEcosystem(sample, { ...options, horizonMonths: 0 })).toThrow(/horizonMonths/);
  });
});
