// Figures: NetworkX 3.6.1 on the kite (test/fixtures/oracle/values/kite.networkx.json: `global_efficiency`,
// `articulation_points`, `bridges`, `connected_components`).
import { describe, expect, it } from "vitest";
import { createEcosystem } from "../../src/model/ecosystem.js";
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
});
