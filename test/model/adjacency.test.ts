import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { generateEcosystemData } from "../../src/datasets/generate.js";
import {
  DICTIONARY_ADJACENCY_MIN_TIES,
  emptyAdjacencyUses,
  prepareDictionaryAdjacency,
  recordTieUse,
} from "../../src/model/adjacency.js";
import { buildEcosystem, createEcosystem, toEcosystemData } from "../../src/model/ecosystem.js";

describe("prepareDictionaryAdjacency", () => {
  it("leaves the graph exactly as it was, edge keys included", () => {
    const eco = createEcosystem({
      actors: ["a", "b", "c"].map((id) => ({ id, role: "developer" })),
      ties: [
        { source: "a", target: "b", kind: "funding" },
        { source: "b", target: "c", kind: "collaboration" },
      ],
    });
    const before = eco.export();
    const uses = emptyAdjacencyUses();
    recordTieUse(uses, "a", "b", true);
    recordTieUse(uses, "b", "c", false);
    recordTieUse(uses, "c", "a", true);
    prepareDictionaryAdjacency(eco, uses);
    expect(eco.export()).toEqual(before);
    expect(eco.neighbors("b").sort()).toEqual(["a", "c"]);
  });

  it("picks placeholder keys that no actor uses", () => {
    const eco = createEcosystem({
      actors: [
        { id: "\u0000ecoweave-placeholder-a", role: "developer" },
        { id: "\u0000ecoweave-placeholder-b", role: "developer" },
      ],
      ties: [],
    });
    const uses = emptyAdjacencyUses();
    recordTieUse(uses, "\u0000ecoweave-placeholder-a", "\u0000ecoweave-placeholder-b", true);
    recordTieUse(uses, "\u0000ecoweave-placeholder-a", "\u0000ecoweave-placeholder-b", false);
    prepareDictionaryAdjacency(eco, uses);
    expect(eco.nodes()).toEqual(["\u0000ecoweave-placeholder-a", "\u0000ecoweave-placeholder-b"]);
    expect(eco.size).toBe(0);
  });
});

describe("buildEcosystem on a large document", () => {
  it(`prepares the adjacency from ${DICTIONARY_ADJACENCY_MIN_TIES} ties on and still round-trips`, () => {
    const data = generateEcosystemData({ actors: 8000, meanDegree: 14, seed: 3 });
    expect(data.ties.length).toBeGreaterThanOrEqual(DICTIONARY_ADJACENCY_MIN_TIES);
    const eco = buildEcosystem(data);
    expect(eco.order).toBe(8000);
    expect(eco.size).toBe(data.ties.length);
    expect(isDeepStrictEqual(toEcosystemData(eco), data)).toBe(true);
  });
});
