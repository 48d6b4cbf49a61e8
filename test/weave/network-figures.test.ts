// Figures: NetworkX 3.6.1 on the kite (test/fixtures/oracle/values/kite.networkx.json: `global_efficiency`,
// `articulation_points`, `bridges`, `connected_components`).
import { describe, expect, it } from "vitest";
import { generateEcosystem, generateEcosystemData } from "../../src/datasets/generate.js";
import { unfilledContents } from "../../src/model/deferred-graph.js";
import { createEcosystem } from "../../src/model/ecosystem.js";
import type { Ecosystem } from "../../src/model/graph-types.js";
import { getView } from "../../src/model/view-cache.js";
import { createDistanceMatrix } from "../../src/weave/distance-matrix.js";
import { networkFigures, unusedKind, withTies, wovenBase } from "../../src/weave/network-figures.js";
import { actorsOf, oracleData, oracleValues } from "../helpers.js";

describe("networkFigures", () => {
  it("matches NetworkX on the kite, exact and sampled alike", () => {
    const eco = createEcosystem(oracleData("kite"));
    const exact = networkFigures(eco, {}, 2, createDistanceMatrix(getView(eco)), 1);
    // With at least as many sources as actors the sampled estimate is the exact value.
    const sampled = networkFigures(eco, {}, 2, null, 1);
    for (const figures of [exact, sampled]) {
      expect(figures.globalEfficiency).toBeCloseTo(
        oracleValues<number>("kite", "networkx", "global_efficiency"),
        12,
      );
      expect(figures.components).toBe(
        oracleValues<unknown[]>("kite", "networkx", "connected_components").length,
      );
      expect(figures.singlePointsOfFailure).toBe(
        oracleValues<unknown[]>("kite", "networkx", "articulation_points").length +
          oracleValues<unknown[]>("kite", "networkx", "bridges").length,
      );
      expect(figures.largestComponentShare).toBe(1);
      expect(figures.coverageGaps).toBe(0);
    }
  });
});

describe("withTies", () => {
  it("adds the ties to a copy, counts them under a kinds filter, and leaves the input unchanged", () => {
    const eco = createEcosystem({
      actors: actorsOf(["a", "b", "c"]),
      ties: [{ source: "a", target: "b", kind: "woven" }],
    });
    const before = eco.export();
    const kind = unusedKind(eco);
    expect(kind).toBe("woven-2");
    const woven = withTies(wovenBase(eco), [["b", "c"]], kind, { kinds: ["woven"] });
    expect(eco.export()).toEqual(before);
    expect(woven.eco.size).toBe(2);
    expect(woven.viewOptions.kinds).toEqual(["woven", "woven-2"]);
    expect(getView(woven.eco, woven.viewOptions).size).toBe(2);
    expect(woven.eco.nodes()).toEqual(eco.nodes());
  });

  it("gives the view a graphology copy with the ties added gives, from a filled or an unfilled graph", () => {
    const shape = { actors: 300, meanDegree: 4, seed: 9 };
    const pairs: [string, string][] = [
      ["a001", "a250"],
      ["a017", "a299"],
      ["a001", "a250"],
    ];
    const byCopy = (eco: Ecosystem): Ecosystem => {
      const copy = eco.copy() as Ecosystem;
      for (const [source, target] of pairs) copy.addUndirectedEdge(source, target, { kind: "woven" });
      return copy;
    };
    for (const eco of [generateEcosystem(shape), createEcosystem(generateEcosystemData(shape))]) {
      const woven = withTies(wovenBase(eco), pairs, "woven", {});
      expect(unfilledContents(woven.eco)).toBeDefined();
      for (const options of [{}, { kinds: ["collaboration", "woven"] }, { directed: true }]) {
        const expected = getView(byCopy(eco), options);
        const actual = getView(woven.eco, options);
        expect(Array.from(actual.ids)).toEqual(Array.from(expected.ids));
        expect(Array.from(actual.offsets)).toEqual(Array.from(expected.offsets));
        expect(Array.from(actual.targets)).toEqual(Array.from(expected.targets));
        expect(Array.from(actual.weights)).toEqual(Array.from(expected.weights));
      }
      expect(unfilledContents(woven.eco)).toBeDefined();
    }
  });
});
