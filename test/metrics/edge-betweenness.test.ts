// Reference values: NetworkX edge_betweenness_centrality and betweenness_centrality (weight=None and
// weight="weight" read as a distance), from test/fixtures/measures/values.json (see measures-fixtures.ts).
import { describe, expect, it } from "vitest";
import { betweenness } from "../../src/metrics/centrality.js";
import { edgeBetweenness } from "../../src/metrics/edge-betweenness.js";
import { createEcosystem } from "../../src/model/ecosystem.js";
import { InvalidOptionError } from "../../src/model/errors.js";
import { edgeListData, expectCloseRecord } from "../helpers.js";
import {
  isDirectedDataset,
  MEASURES_DATASETS,
  type MeasuresDatasetName,
  measuresData,
  measuresValues,
  WEIGHTED_MEASURES_DATASETS,
} from "./measures-fixtures.js";

type EdgeRow = [string, string, number];

function variants(name: MeasuresDatasetName): ("unweighted" | "weighted")[] {
  return WEIGHTED_MEASURES_DATASETS.includes(name) ? ["unweighted", "weighted"] : ["unweighted"];
}

describe("edgeBetweenness", () => {
  for (const name of MEASURES_DATASETS) {
    for (const tag of variants(name)) {
      for (const normalized of [true, false]) {
        it(`matches NetworkX on ${name} (${tag}, ${normalized ? "normalized" : "raw"})`, () => {
          const expected = measuresValues<EdgeRow[]>(
            name,
            `edge_betweenness.${tag}.${normalized ? "normalized" : "raw"}`,
          );
          const rows = edgeBetweenness(createEcosystem(measuresData(name)), {
            directed: isDirectedDataset(name),
            normalized,
            weights: tag === "weighted" ? "length" : "ignore",
          });
          const sortedExpected = [...expected].sort((a, b) =>
            a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0,
          );
          expect(rows.map((row) => [row.source, row.target])).toEqual(
            sortedExpected.map((row) => [row[0], row[1]]),
          );
          rows.forEach((row, r) => {
            expect(Math.abs(row.betweenness - sortedExpected[r]![2])).toBeLessThanOrEqual(1e-9);
          });
        });
      }
    }
  }

  it("gives each tie of a path its own pair and the pairs it joins (doc example)", () => {
    const eco = createEcosystem(
      edgeListData(
        ["a", "b", "c"],
        [
          ["a", "b"],
          ["b", "c"],
        ],
      ),
    );
    expect(edgeBetweenness(eco, { normalized: false })).toEqual([
      { source: "a", target: "b", betweenness: 2 },
      { source: "b", target: "c", betweenness: 2 },
    ]);
  });

  it("routes around a heavy tie when weights are lengths", () => {
    // a – c weighs 5, a – b – c weighs 2 in all: the a, c traffic leaves the direct tie.
    const eco = createEcosystem(
      edgeListData(
        ["a", "b", "c"],
        [
          ["a", "b", 1],
          ["b", "c", 1],
          ["a", "c", 5],
        ],
      ),
    );
    const byLength = edgeBetweenness(eco, { normalized: false, weights: "length" });
    expect(byLength.find((row) => row.source === "a" && row.target === "c")!.betweenness).toBe(0);
    expect(byLength.find((row) => row.source === "a" && row.target === "b")!.betweenness).toBe(2);
    const byHops = edgeBetweenness(eco, { normalized: false });
    expect(byHops.every((row) => row.betweenness === 1)).toBe(true);
  });

  it("refuses an unknown weights mode", () => {
    const eco = createEcosystem(edgeListData(["a", "b"], [["a", "b"]]));
    // @ts-expect-error: not a PathWeights value
    expect(() => edgeBetweenness(eco, { weights: "strength" })).toThrow(InvalidOptionError);
  });
});

describe("betweenness with weights: length", () => {
  for (const name of WEIGHTED_MEASURES_DATASETS) {
    for (const normalized of [true, false]) {
      it(`matches NetworkX betweenness_centrality(weight="weight") on ${name} (${normalized ? "normalized" : "raw"})`, () => {
        const expected = measuresValues<Record<string, number>>(
          name,
          `betweenness.weighted.${normalized ? "normalized" : "raw"}`,
        );
        const values = betweenness(createEcosystem(measuresData(name)), {
          directed: isDirectedDataset(name),
          normalized,
          weights: "length",
        });
        expectCloseRecord({ ...values }, expected, 1e-9);
      });
    }
  }

  it("matches hop betweenness when every tie weighs the same, and refuses a sample", () => {
    const eco = createEcosystem(measuresData("kite"));
    expectCloseRecord({ ...betweenness(eco, { weights: "length" }) }, { ...betweenness(eco) }, 1e-12);
    expect(() => betweenness(eco, { weights: "length", sample: 3 })).toThrow(InvalidOptionError);
  });
});
