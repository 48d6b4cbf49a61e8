// Reference values: NetworkX 3.6.1 jaccard_coefficient, adamic_adar_index, resource_allocation_index,
// preferential_attachment (G, ebunch=every non-edge) and len(list(common_neighbors(G, u, v)))
// (test/fixtures/oracle/values/<dataset>.networkx.json, key link_prediction.all_non_edges).
import { describe, expect, it } from "vitest";
import {
  commonNeighbors,
  LINK_PREDICTION_DEFAULTS,
  type LinkPredictionMethod,
  type LinkPredictionRow,
  linkPrediction,
} from "../../src/metrics/link-prediction.js";
import { createEcosystem } from "../../src/model/ecosystem.js";
import type { EcosystemData } from "../../src/model/schema.js";
import { actorsOf, deepFreeze, type OracleDatasetName, oracleData, oracleValues } from "../helpers.js";

const TOLERANCE = 1e-9;

interface OracleRow {
  u: string;
  v: string;
  common_neighbors: number;
  jaccard_coefficient: number;
  adamic_adar_index: number;
  resource_allocation_index: number;
  preferential_attachment: number;
}

const KEYS: Record<LinkPredictionMethod, keyof OracleRow> = {
  "common-neighbors": "common_neighbors",
  jaccard: "jaccard_coefficient",
  "adamic-adar": "adamic_adar_index",
  "resource-allocation": "resource_allocation_index",
  "preferential-attachment": "preferential_attachment",
};
const METHODS = Object.keys(KEYS) as LinkPredictionMethod[];
const DATASETS: OracleDatasetName[] = ["karate", "kite", "florentine"];

const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

const path = deepFreeze<EcosystemData>({
  actors: actorsOf(["a", "b", "c"]),
  ties: [
    { source: "a", target: "b", kind: "collaboration" },
    { source: "b", target: "c", kind: "collaboration" },
  ],
});

function expectSorted(rows: LinkPredictionRow[]): void {
  for (let r = 1; r < rows.length; r++) {
    const previous = rows[r - 1]!;
    const row = rows[r]!;
    const inOrder =
      previous.score > row.score ||
      (previous.score === row.score &&
        (previous.source < row.source || (previous.source === row.source && previous.target < row.target)));
    expect(inOrder, `rows ${r - 1} and ${r}`).toBe(true);
  }
}

describe("linkPrediction", () => {
  for (const name of DATASETS) {
    it.each(METHODS)(`matches NetworkX on every non-edge of ${name} for %s`, (method) => {
      const eco = createEcosystem(oracleData(name));
      const expected = oracleValues<OracleRow[]>(name, "networkx", "link_prediction.all_non_edges");
      const rows = linkPrediction(eco, { method });
      expect(rows).toHaveLength(expected.length);
      const byPair = new Map(rows.map((row) => [pairKey(row.source, row.target), row]));
      for (const reference of expected) {
        const row = byPair.get(pairKey(reference.u, reference.v));
        expect(row, `${reference.u}–${reference.v}`).toBeDefined();
        const value = reference[KEYS[method]] as number;
        expect(Math.abs(row!.score - value), `${reference.u}–${reference.v}`).toBeLessThanOrEqual(TOLERANCE);
        expect(row!.commonNeighbors).toHaveLength(reference.common_neighbors);
      }
      expectSorted(rows);
      for (const row of rows) expect(row.source < row.target).toBe(true);
    });
  }

  it("scores the absent tie of a path through its middle actor (doc example)", () => {
    expect(linkPrediction(createEcosystem(path), { method: "resource-allocation" })).toEqual([
      { source: "a", target: "c", score: 0.5, commonNeighbors: ["b"] },
    ]);
  });

  it("uses Adamic–Adar by default", () => {
    expect(LINK_PREDICTION_DEFAULTS.method).toBe("adamic-adar");
    expect(Object.isFrozen(LINK_PREDICTION_DEFAULTS)).toBe(true);
    expect(linkPrediction(createEcosystem(path))[0]!.score).toBeCloseTo(1 / Math.log(2), 15);
  });

  it("keeps the best rows with top, equal to the head of the full ranking", () => {
    const eco = createEcosystem(oracleData("karate"));
    for (const method of METHODS) {
      const all = linkPrediction(eco, { method });
      for (const top of [1, 7, 40]) expect(linkPrediction(eco, { method, top })).toEqual(all.slice(0, top));
    }
  });

  it("scores given pairs in their orientation, adjacent or not", () => {
    const eco = createEcosystem(path);
    const rows = linkPrediction(eco, {
      method: "common-neighbors",
      pairs: [
        ["c", "a"],
        ["a", "b"],
      ],
    });
    expect(rows).toEqual([
      { source: "c", target: "a", score: 1, commonNeighbors: ["b"] },
      { source: "a", target: "b", score: 0, commonNeighbors: [] },
    ]);
  });

  it("gives Jaccard 0 to two isolates and lists pairs without common neighbours", () => {
    const eco = createEcosystem({ actors: actorsOf(["a", "b"]), ties: [] });
    expect(linkPrediction(eco, { method: "jaccard" })).toEqual([
      { source: "a", target: "b", score: 0, commonNeighbors: [] },
    ]);
  });

  it("ignores tie weights and parallel ties", () => {
    const eco = createEcosystem({
      actors: actorsOf(["a", "b", "c"]),
      ties: [
        { source: "a", target: "b", kind: "collaboration", weight: 5 },
        { source: "a", target: "b", kind: "funding" },
        { source: "b", target: "c", kind: "collaboration" },
      ],
    });
    expect(linkPrediction(eco, { method: "preferential-attachment" })[0]!.score).toBe(1);
  });

  it("refuses unknown actors, self-pairs, bad methods, bad top and the directed view", () => {
    const eco = createEcosystem(path);
    expect(() => linkPrediction(eco, { pairs: [["a", "q"]] })).toThrow(
      expect.objectContaining({ code: "unknown_actor" }),
    );
    expect(() => linkPrediction(eco, { pairs: [["a", "a"]] })).toThrow(
      expect.objectContaining({ code: "invalid_option" }),
    );
    // The same self-pair rule in every link-prediction function.
    expect(() => commonNeighbors(eco, "b", "b")).toThrow(expect.objectContaining({ code: "invalid_option" }));
    expect(() => linkPrediction(eco, { method: "katz" as LinkPredictionMethod })).toThrow(
      expect.objectContaining({ code: "invalid_option" }),
    );
    expect(() => linkPrediction(eco, { top: 0 })).toThrow(
      expect.objectContaining({ code: "invalid_option" }),
    );
    expect(() => linkPrediction(eco, { directed: true })).toThrow(
      expect.objectContaining({ code: "not_applicable" }),
    );
    expect(() => linkPrediction(eco, { pairs: [["a", "q"]] })).toThrowErrorMatchingInlineSnapshot(
      `[EcoweaveError: linkPrediction: unknown actor "q" in pairs[0]]`,
    );
  });

  it("leaves its input unchanged", () => {
    const eco = createEcosystem(deepFreeze(oracleData("kite")));
    const before = JSON.stringify(eco.export());
    linkPrediction(eco);
    expect(JSON.stringify(eco.export())).toBe(before);
  });
});

describe("commonNeighbors", () => {
  it("lists the actors tied to both (doc example)", () => {
    expect(commonNeighbors(createEcosystem(path), "a", "c")).toEqual(["b"]);
    expect(commonNeighbors(createEcosystem(path), "a", "b")).toEqual([]);
  });

  it("sorts by id and respects the view's kinds", () => {
    const eco = createEcosystem({
      actors: actorsOf(["u", "v", "z", "m"]),
      ties: [
        { source: "u", target: "z", kind: "collaboration" },
        { source: "v", target: "z", kind: "collaboration" },
        { source: "u", target: "m", kind: "information" },
        { source: "v", target: "m", kind: "information" },
      ],
    });
    expect(commonNeighbors(eco, "u", "v")).toEqual(["m", "z"]);
    expect(commonNeighbors(eco, "u", "v", { kinds: ["collaboration"] })).toEqual(["z"]);
  });

  it("refuses an unknown actor", () => {
    expect(() => commonNeighbors(createEcosystem(path), "a", "nobody")).toThrow(
      expect.objectContaining({ code: "unknown_actor" }),
    );
  });
});
