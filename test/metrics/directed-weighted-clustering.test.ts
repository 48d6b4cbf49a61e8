// Reference values: NetworkX 2.8.8 clustering(G, weight="weight") on the DiGraph of three directed
// ecosystems, from test/fixtures/measures/directed-connectivity.json (generate_directed_connectivity.py).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { averageClustering, localClustering } from "../../src/metrics/clustering.js";
import { createEcosystem } from "../../src/model/ecosystem.js";
import type { EcosystemData } from "../../src/model/schema.js";
import { measuresData } from "./measures-fixtures.js";

const ROOT = fileURLToPath(new URL("../fixtures/measures/", import.meta.url));
const reference = JSON.parse(readFileSync(`${ROOT}directed-connectivity.json`, "utf8")) as {
  datasets: Record<string, { clustering_weighted: Record<string, number> }>;
};

function dataOf(name: string): EcosystemData {
  if (name === "gen-directed") return measuresData("gen-directed");
  return JSON.parse(readFileSync(`${ROOT}datasets/${name}.json`, "utf8")) as EcosystemData;
}

describe("weighted directed clustering (Fagiolo 2007)", () => {
  it.each(Object.keys(reference.datasets))("matches NetworkX on %s to 1e-9", (name) => {
    const eco = createEcosystem(dataOf(name));
    const expected = reference.datasets[name]!.clustering_weighted;
    const actual = localClustering(eco, { directed: true, weighted: true });
    expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
    let sum = 0;
    for (const [id, value] of Object.entries(expected)) {
      expect(Math.abs(actual[id]! - value), id).toBeLessThan(1e-9);
      sum += value;
    }
    const mean = averageClustering(eco, { directed: true, weighted: true })!;
    expect(Math.abs(mean - sum / Object.keys(expected).length)).toBeLessThan(1e-9);
  });

  it("differs from the unweighted value where strengths differ (gen-directed)", () => {
    const eco = createEcosystem(measuresData("gen-directed"));
    const weighted = localClustering(eco, { directed: true, weighted: true });
    const plain = localClustering(eco, { directed: true });
    expect(Object.keys(plain).some((id) => plain[id]! > 0 && weighted[id]! < plain[id]!)).toBe(true);
  });
});
