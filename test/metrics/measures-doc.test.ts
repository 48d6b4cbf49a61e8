// The values printed in docs/measures.md, section "Blocks, connectivity, directed and weighted
// variants": the example ecosystem there, each value checked here so the page cannot drift.
import { describe, expect, it } from "vitest";
import {
  betweenness,
  biconnectedComponents,
  bridges,
  coreNumbers,
  createEcosystem,
  degreeAssortativity,
  edgeBetweenness,
  kComponents,
  localClustering,
  localConstraint,
  minimumNodeCut,
  nodeConnectivity,
  stronglyConnectedComponents,
} from "../../src/index.js";

const eco = createEcosystem({
  actors: [
    { id: "esf", role: "funder" },
    { id: "city", role: "funder" },
    { id: "ngo", role: "developer" },
    { id: "lab", role: "developer" },
    { id: "coop", role: "developer" },
    { id: "uni", role: "upskiller" },
  ],
  ties: [
    { source: "ngo", target: "lab", kind: "collaboration" },
    { source: "lab", target: "uni", kind: "collaboration" },
    { source: "uni", target: "ngo", kind: "collaboration" },
    { source: "ngo", target: "coop", kind: "collaboration" },
    { source: "coop", target: "uni", kind: "peer-learning" },
    { source: "esf", target: "ngo", kind: "funding", weight: 3 },
    { source: "esf", target: "ngo", kind: "training" },
    { source: "city", target: "coop", kind: "funding" },
    { source: "coop", target: "city", kind: "information" },
  ],
});

describe("docs/measures.md example (issue 18)", () => {
  it("gives the printed values", () => {
    expect(biconnectedComponents(eco)).toEqual({
      blocks: [
        ["coop", "lab", "ngo", "uni"],
        ["city", "coop"],
        ["esf", "ngo"],
      ],
      cutVertices: ["coop", "ngo"],
    });
    expect(nodeConnectivity(eco)).toBe(1);
    expect(nodeConnectivity(eco, { source: "lab", target: "coop" })).toBe(2);
    expect(nodeConnectivity(eco, { directed: true })).toBe(0);
    expect(minimumNodeCut(eco, { directed: true, source: "city", target: "lab" })).toEqual(["coop"]);
    expect(minimumNodeCut(eco, { source: "lab", target: "coop" })).toEqual(["ngo", "uni"]);
    expect({ ...kComponents(eco) }).toEqual({
      1: [["city", "coop", "esf", "lab", "ngo", "uni"]],
      2: [["coop", "lab", "ngo", "uni"]],
    });
    expect(localConstraint(eco, { nodes: ["ngo"] }).ngo!.esf).toBe(0.32653061224489793);
    expect(edgeBetweenness(eco, { normalized: false })[0]).toEqual({
      source: "city",
      target: "coop",
      betweenness: 5,
    });
    expect({ ...betweenness(eco, { weights: "length", normalized: false, nodes: ["ngo", "coop"] }) }).toEqual(
      {
        coop: 4,
        ngo: 5,
      },
    );
    expect(stronglyConnectedComponents(eco).components).toEqual([
      ["city", "coop", "lab", "ngo", "uni"],
      ["esf"],
    ]);
    expect({ ...localClustering(eco, { directed: true, nodes: ["coop"] }) }).toEqual({
      coop: 0.3333333333333333,
    });
    expect(coreNumbers(eco, { directed: true, mode: "in" }).esf).toBe(0);
    expect(degreeAssortativity(eco)).toBe(-0.4583333333333333);
    expect(bridges(eco)).toEqual([
      ["city", "coop"],
      ["esf", "ngo"],
    ]);
    expect(bridges(eco, { multiplicity: "count" })).toEqual([]);
  });
});
