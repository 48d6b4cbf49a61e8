// Reference values: NetworkX 3.6.1 `nx.global_efficiency(G)` via ecoweave's `globalEfficiency` (itself checked
// against the oracle in test/metrics), used to check each suggestion's efficiency gain; NetworkX 3.6.1
// `nx.adamic_adar_index` / `nx.common_neighbors` via ecoweave's `linkPrediction` (checked in test/metrics).
// Unmet needs are recounted with `findStructuralGaps` (coverage). Planted structures are described above each test.
import { describe, expect, it } from "vitest";
import { generateEcosystem } from "../../src/datasets/generate.js";
import { sampleEcosystem } from "../../src/datasets/sample-ecosystem.js";
import { findStructuralGaps } from "../../src/gaps/find-structural-gaps.js";
import { globalEfficiency } from "../../src/metrics/efficiency.js";
import { linkPrediction } from "../../src/metrics/link-prediction.js";
import { createEcosystem, type Ecosystem, toEcosystemData } from "../../src/model/ecosystem.js";
import type { EcosystemData } from "../../src/model/schema.js";
import {
  SUGGEST_CONNECTIONS_DEFAULTS,
  suggestConnections,
  type WeaverSuggestion,
} from "../../src/weave/suggest-connections.js";
import { actorsOf, deepFreeze, edgeListData, oracleData, tiesFromPairs } from "../helpers.js";

const TOLERANCE = 1e-12;

function withTie(eco: Ecosystem, source: string, target: string): Ecosystem {
  const data = toEcosystemData(eco);
  data.ties.push({ source, target, kind: "collaboration" });
  return createEcosystem(data);
}

function unmetNeeds(eco: Ecosystem, maxDistance = 2): number {
  let total = 0;
  for (const gap of findStructuralGaps(eco, { include: ["coverage"], maxDistance })) {
    if (gap.kind === "coverage" && gap.evidence.attribute === null) total += gap.evidence.without;
  }
  return total;
}

function expectWellFormed(suggestions: readonly WeaverSuggestion[], gapDriven = true): void {
  for (let k = 0; k < suggestions.length; k++) {
    const s = suggestions[k]!;
    expect(s.source < s.target).toBe(true);
    expect(s.score).toBeGreaterThanOrEqual(0);
    expect(s.closes).toEqual(s.closing.map((closure) => closure.gap));
    expect(["mutual-contacts", "chain", "direct"]).toContain(s.introduction);
    for (const value of Object.values(s.components)) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(1 + TOLERANCE);
    }
    if (gapDriven) {
      // The marginal value never exceeds the tie's own value.
      expect(s.score).toBeLessThanOrEqual(s.gapValue + TOLERANCE);
      continue;
    }
    expect(s.score).toBeLessThanOrEqual(1);
    if (k > 0) {
      const previous = suggestions[k - 1]!;
      const ordered =
        previous.score > s.score ||
        (previous.score === s.score &&
          (previous.source < s.source || (previous.source === s.source && previous.target < s.target)));
      expect(ordered).toBe(true);
    }
  }
}

// a – b – c – d, four developers
const path = edgeListData(
  ["a", "b", "c", "d"],
  [
    ["a", "b"],
    ["b", "c"],
    ["c", "d"],
  ],
);

/**
 * A silo: developers s1–s6 (region Lappi) tied in a ring with chords and trained by upskiller su, with no
 * funder within reach; the rest: funders f1, f2 funding developers m1–m6 (region Uusimaa), su collaborating with m1.
 */
function siloData(): EcosystemData {
  const silo = ["s1", "s2", "s3", "s4", "s5", "s6"];
  const main = ["m1", "m2", "m3", "m4", "m5", "m6"];
  const ring = (ids: string[]) => ids.map((id, k) => [id, ids[(k + 1) % ids.length]!] as const);
  return {
    actors: [
      ...silo.map((id) => ({ id, label: `Silo ${id}`, role: "developer", attributes: { region: "Lappi" } })),
      { id: "su", label: "Silo University", role: "upskiller", attributes: { region: "Lappi" } },
      ...main.map((id) => ({ id, role: "developer", attributes: { region: "Uusimaa" } })),
      { id: "f1", label: "Fund One", role: "funder", attributes: { region: "Uusimaa" } },
      { id: "f2", label: "Fund Two", role: "funder", attributes: { region: "Uusimaa" } },
      { id: "mu", role: "upskiller", attributes: { region: "Uusimaa" } },
    ],
    ties: [
      ...tiesFromPairs([...ring(silo), ["s1", "s4"], ["s2", "s5"], ...ring(main), ["su", "m1"]]),
      ...silo.map((target) => ({ source: "su", target, kind: "training" })),
      ...main.map((target) => ({ source: "f1", target, kind: "funding" })),
      ...main.slice(0, 3).map((target) => ({ source: "f2", target, kind: "funding" })),
      ...main.map((target) => ({ source: "mu", target, kind: "training" })),
    ],
  };
}

/** Two cliques of five developers, {a1…a5} and {b1…b5}, not tied to each other. */
function twoClusters(): EcosystemData {
  const clique = (prefix: string) => {
    const ids = [1, 2, 3, 4, 5].map((k) => `${prefix}${k}`);
    const pairs: [string, string][] = [];
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) pairs.push([ids[i]!, ids[j]!]);
    return { ids, pairs };
  };
  const a = clique("a");
  const b = clique("b");
  return {
    actors: actorsOf([...a.ids, ...b.ids]),
    ties: tiesFromPairs([...a.pairs, ...b.pairs]),
  };
}

describe("suggestConnections", () => {
  it("closes a – c through b on the path a – b – c – d (the @example)", () => {
    const suggestions = suggestConnections(createEcosystem(path), { top: 1, strategy: "balanced" });
    expect(suggestions.map((s) => [s.source, s.target, s.introducers])).toEqual([["a", "c", ["b"]]]);
  });

  it("scores every absent tie of the path with the formulas of its components (by hand)", () => {
    const suggestions = suggestConnections(createEcosystem(path), { strategy: "balanced" });
    expect(suggestions.map((s) => `${s.source}-${s.target}`)).toEqual(["a-c", "b-d", "a-d"]);
    const ad = suggestions[2]!;
    // a–d: distance 3 → feasibility ½ · 2^−1, no common contact; gain 2 · (1 − 1/3) / 12 = 1/9, the largest,
    // and a, d are in different Louvain communities → structural gain ½ + ¼. Developers only: complementarity 0.
    expect(ad.components.feasibility).toBeCloseTo(0.25, 12);
    expect(ad.components.structuralGain).toBeCloseTo(0.75, 12);
    expect(ad.components.complementarity).toBe(0);
    expect(ad.evidence.efficiencyGain).toBeCloseTo(1 / 9, 12);
    // balanced weights 1, 1, 1, 0.5, load 0.5: (0 + 0.75 + 0.25 + 0 − 0) / 3.5
    expect(ad.score).toBeCloseTo(1 / 3.5, 12);
    expect(ad.introducers).toEqual(["b", "c"]);
  });

  it("ties a siloed developer cluster to a funder first with fill-role-gaps, and says so", () => {
    const eco = createEcosystem(siloData());
    const [first] = suggestConnections(eco, { strategy: "fill-role-gaps" });
    const ends = [first!.source, first!.target];
    expect(ends.some((id) => id === "f1" || id === "f2")).toBe(true);
    expect(ends.some((id) => id.startsWith("s") || id === "su")).toBe(true);
    // A silo developer and its three contacts gain a funder within 2 steps.
    expect(first!.evidence.newlyCovered).toBe(4);
    expect(first!.tieKind).toBe("funding");
    expect(
      first!.reasons.some((reason) => /^Gives 4 Lappi developers a funder within 2 steps\.$/.test(reason)),
    ).toBe(true);
  });

  it("counts newly covered needs as the coverage gaps do (findStructuralGaps before and after the tie)", () => {
    for (const eco of [createEcosystem(siloData()), sampleEcosystem()]) {
      const before = unmetNeeds(eco);
      for (const s of suggestConnections(eco, { top: 6, strategy: "fill-role-gaps" })) {
        expect(before - unmetNeeds(withTie(eco, s.source, s.target))).toBe(s.evidence.newlyCovered);
      }
    }
  });

  it("reports the efficiency gain, common contacts and Adamic–Adar of each suggestion as the measures give them", () => {
    const eco = createEcosystem(oracleData("florentine"));
    const base = globalEfficiency(eco);
    const suggestions = suggestConnections(eco, { top: 8 });
    const rows = linkPrediction(eco, {
      method: "adamic-adar",
      pairs: suggestions.map((s) => [s.source, s.target] as const),
    });
    for (const s of suggestions) {
      expect(s.evidence.efficiencyGain).toBeCloseTo(
        globalEfficiency(withTie(eco, s.source, s.target)) - base,
        12,
      );
      const row = rows.find((r) => r.source === s.source && r.target === s.target)!;
      expect(s.evidence.adamicAdar).toBeCloseTo(row.score, 12);
      expect(s.evidence.commonNeighbors).toBe(row.commonNeighbors.length);
      if (s.evidence.distance === 2) expect([...s.introducers].sort()).toEqual(row.commonNeighbors);
    }
  });

  it("joins two separate clusters first with bridge-clusters", () => {
    const [first] = suggestConnections(createEcosystem(twoClusters()), { strategy: "bridge-clusters" });
    expect(first!.evidence.joinsComponents).toBe(true);
    expect(first!.source[0]).not.toBe(first!.target[0]);
    expect(first!.introducers).toEqual([]);
    expect(first!.reasons.some((r) => r.startsWith("Joins two parts of the network"))).toBe(true);
  });

  it("prefers distance-2 pairs with many common contacts with close-triangles", () => {
    const eco = sampleEcosystem();
    const suggestions = suggestConnections(eco, { strategy: "close-triangles", top: 5 });
    const most = Math.max(
      ...linkPrediction(eco, { method: "common-neighbors", top: 1 }).map((row) => row.score),
    );
    for (const s of suggestions) expect(s.evidence.distance).toBe(2);
    expect(suggestions[0]!.evidence.commonNeighbors).toBeGreaterThanOrEqual(most - 2);
    expect(suggestions[0]!.introducers.length).toBe(suggestions[0]!.evidence.commonNeighbors);
  });

  it("ranks the unacquainted Pirkanmaa developers together, introduced by their shared trainer", () => {
    // docs/sample-ecosystem.md, feature 4: pir-d05 … pir-d08 share the trainer pir-u01 and the themes.
    const suggestions = suggestConnections(sampleEcosystem(), {
      strategy: "close-triangles",
      roles: ["developer"],
      rolesMatch: "both",
      top: 200,
      maxPerActor: 10,
    });
    const among = suggestions.filter((s) => /^pir-d0[5-8]$/.test(s.source) && /^pir-d0[5-8]$/.test(s.target));
    expect(among).toHaveLength(6);
    for (const s of among) {
      expect(s.introducers).toContain("pir-u01");
      expect(s.components.similarity).toBe(1);
    }
  });

  it("connects only pairs with a peripheral end with connect-periphery", () => {
    const suggestions = suggestConnections(sampleEcosystem(), { strategy: "connect-periphery" });
    expect(suggestions.length).toBeGreaterThan(0);
    const eco = sampleEcosystem();
    const degree = (id: string) => new Set(eco.neighbors(id)).size;
    for (const s of suggestions) expect(Math.min(degree(s.source), degree(s.target))).toBeLessThanOrEqual(2);
  });

  it("honours exclude (actors and pairs), top, maxPerActor and roles", () => {
    const eco = sampleEcosystem();
    const all = suggestConnections(eco, { top: 10 });
    const [first] = all;
    const pairExcluded = suggestConnections(eco, { top: 10, exclude: [[first!.target, first!.source]] });
    expect(pairExcluded.some((s) => s.source === first!.source && s.target === first!.target)).toBe(false);
    const actorExcluded = suggestConnections(eco, { top: 10, exclude: [first!.source] });
    expect(actorExcluded.some((s) => s.source === first!.source || s.target === first!.source)).toBe(false);

    expect(suggestConnections(eco, { top: 3 })).toEqual(all.slice(0, 3));

    const once = suggestConnections(eco, { top: 30, maxPerActor: 1 });
    const ends = once.flatMap((s) => [s.source, s.target]);
    expect(new Set(ends).size).toBe(ends.length);

    const role = (id: string) => eco.getNodeAttribute(id, "role");
    const either = suggestConnections(eco, { top: 15, roles: ["funder"] });
    expect(either.length).toBe(15);
    for (const s of either) expect(role(s.source) === "funder" || role(s.target) === "funder").toBe(true);
    const both = suggestConnections(eco, { top: 15, roles: ["funder", "upskiller"], rolesMatch: "both" });
    for (const s of both) expect([role(s.source), role(s.target)].every((r) => r !== "developer")).toBe(true);
  });

  it("returns well-formed, ranked suggestions for every strategy", () => {
    const eco = sampleEcosystem();
    for (const strategy of [
      "close-gaps",
      "balanced",
      "close-triangles",
      "bridge-clusters",
      "fill-role-gaps",
      "connect-periphery",
    ] as const) {
      expectWellFormed(suggestConnections(eco, { strategy }), strategy === "close-gaps");
    }
  });

  it("accepts custom weights: only similarity counts with the others at 0", () => {
    const suggestions = suggestConnections(sampleEcosystem(), {
      strategy: "balanced",
      weights: { complementarity: 0, structuralGain: 0, feasibility: 0, similarity: 1, load: 0 },
      top: 5,
    });
    for (const s of suggestions) expect(s.score).toBeCloseTo(s.components.similarity, 12);
  });

  it("uses the complementarity option for the role pairs it gives, the derived matrix for the others", () => {
    const eco = createEcosystem(siloData());
    const suggestions = suggestConnections(eco, {
      complementarity: { developer: { developer: 1, funder: 0.25 } },
      top: 1000,
      maxPerActor: 1000,
    });
    // Derived: R(r, s) = ([r needs s] + [s needs r]) / 2 with the built-in needs (DESIGN.md).
    const expected: Record<string, number> = {
      "developer|developer": 1,
      "developer|funder": 0.25,
      "developer|upskiller": 1,
      "funder|upskiller": 0.5,
      "funder|funder": 0,
      "upskiller|upskiller": 0,
    };
    for (const s of suggestions) {
      const roles = [eco.getNodeAttribute(s.source, "role"), eco.getNodeAttribute(s.target, "role")].sort();
      expect(s.evidence.rolePair).toBe(expected[roles.join("|")]);
    }
    // Up to 300 actors every absent pair is a candidate: 16 · 15 / 2 pairs minus the 36 tied.
    const tied = eco.reduceEdges((set, _e, _a, x, y) => set.add([x, y].sort().join("|")), new Set<string>());
    expect(suggestions.length).toBe((eco.order * (eco.order - 1)) / 2 - tied.size);
  });

  it("suggests candidates from the documented families above 300 actors, each one absent", () => {
    const eco = generateEcosystem({ actors: 400, meanDegree: 6, seed: 3 });
    const suggestions = suggestConnections(eco, { top: 25 });
    expect(suggestions).toHaveLength(25);
    expectWellFormed(suggestions);
    for (const s of suggestions) expect(eco.areNeighbors(s.source, s.target)).toBe(false);
  });

  it("estimates efficiency gains from samples above 3,000 actors", () => {
    const eco = generateEcosystem({ actors: 3100, meanDegree: 4, seed: 2 });
    const suggestions = suggestConnections(eco, { top: 10 });
    expect(suggestions).toHaveLength(10);
    expectWellFormed(suggestions);
    for (const s of suggestions) expect(s.evidence.efficiencyGainExact).toBe(false);
  });

  it("gives deep-equal output for the same input and seed", () => {
    expect(suggestConnections(sampleEcosystem(), { seed: 4 })).toEqual(
      suggestConnections(sampleEcosystem(), { seed: 4 }),
    );
  });

  it("leaves its input unchanged", () => {
    const data = deepFreeze(siloData());
    const eco = createEcosystem(data);
    const before = eco.export();
    suggestConnections(eco);
    expect(eco.export()).toEqual(before);
  });

  it("has frozen defaults", () => {
    expect(Object.isFrozen(SUGGEST_CONNECTIONS_DEFAULTS)).toBe(true);
    expect(SUGGEST_CONNECTIONS_DEFAULTS.top).toBe(20);
    expect(SUGGEST_CONNECTIONS_DEFAULTS.maxPerActor).toBe(3);
  });

  it.each([
    [{ directed: true }, "not_applicable"],
    [{ strategy: "nearest" as never }, "invalid_option"],
    [{ weights: { load: -1 } }, "invalid_option"],
    [{ weights: { reach: 1 } as never }, "invalid_option"],
    [{ weights: { complementarity: 0, structuralGain: 0, feasibility: 0, similarity: 0 } }, "invalid_option"],
    [{ top: 0 }, "invalid_option"],
    [{ maxPerActor: 0 }, "invalid_option"],
    [{ maxDistance: 0 }, "invalid_option"],
    [{ roles: ["investor"] }, "invalid_option"],
    [{ rolesMatch: "all" as never }, "invalid_option"],
    [{ exclude: ["zz"] }, "unknown_actor"],
    [{ exclude: [["a", "zz"] as const] }, "unknown_actor"],
    [{ complementarity: { developer: { funder: 2 } } }, "invalid_option"],
    [{ complementarity: { investor: { funder: 1 } } }, "invalid_option"],
  ])("refuses %o with %s", (options, code) => {
    expect(() => suggestConnections(createEcosystem(path), options)).toThrow(
      expect.objectContaining({ code }),
    );
  });

  it("names the function and the value in its messages", () => {
    expect(() =>
      suggestConnections(createEcosystem(path), { exclude: ["zz"] }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[EcoweaveError: suggestConnections: unknown actor "zz" in exclude[0]]`,
    );
  });
});
