// Runtime checks at public entries: what a caller without TypeScript can get wrong.
import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { findBridgeActors } from "../../src/brokers/find-bridge-actors.js";
import { findStructuralGaps } from "../../src/gaps/find-structural-gaps.js";
import { betweenness, centrality, closeness, pagerank } from "../../src/metrics/centrality.js";
import { components } from "../../src/metrics/components.js";
import { optionKeys } from "../../src/model/check-arguments.js";
import { createEcosystem, type Ecosystem } from "../../src/model/ecosystem.js";
import { EcoweaveError, InvalidOptionError } from "../../src/model/errors.js";
import { suggestConnections } from "../../src/weave/suggest-connections.js";

const eco = createEcosystem({
  actors: [
    { id: "f", role: "funder" },
    { id: "d", role: "developer" },
  ],
  ties: [{ source: "f", target: "d", kind: "funding" }],
});

/** Calls a function the way a JavaScript caller may, past the types. */
const loose = <T>(value: unknown): T => value as T;

describe("unknown option keys", () => {
  it.each([
    [
      "betweenness",
      () => betweenness(eco, loose({ normalised: false })),
      '"normalised"; did you mean "normalized"?',
    ],
    [
      "closeness",
      () => closeness(eco, loose({ wasermanFaust: true })),
      '"wasermanFaust"; did you mean "wassermanFaust"?',
    ],
    ["pagerank", () => pagerank(eco, loose({ alpah: 0.9 })), '"alpah"; did you mean "alpha"?'],
    ["centrality", () => centrality(eco, loose({ kind: ["funding"] })), '"kind"; did you mean "kinds"?'],
    ["findBridgeActors", () => findBridgeActors(eco, loose({ tpo: 3 })), '"tpo"; did you mean "top"?'],
    [
      "findStructuralGaps",
      () => findStructuralGaps(eco, loose({ groupby: "role" })),
      '"groupby"; did you mean "groupBy"?',
    ],
    [
      "suggestConnections",
      () => suggestConnections(eco, loose({ stratgy: "balanced" })),
      '"stratgy"; did you mean "strategy"?',
    ],
  ])("%s names the key and the closest valid one", (fn, call, named) => {
    expect(call).toThrow(InvalidOptionError);
    expect(call).toThrow(`${fn}: unknown option ${named}`);
  });

  it("refuses options that are not an object", () => {
    expect(() => betweenness(eco, loose(5))).toThrow("betweenness: options must be an object, got a number");
  });

  it("accepts every documented key (the list is complete by type)", () => {
    expect(() =>
      betweenness(eco, { normalized: false, sample: 2, seed: 1, kinds: ["funding"], directed: false }),
    ).not.toThrow();
    // The key list type refuses a missing key at compile time; at run time it is a plain set.
    expect([...optionKeys<{ a?: number; b: string }>({ a: true, b: true })]).toEqual(["a", "b"]);
  });
});

describe("argument types", () => {
  it("names a simple graphology Graph passed for an ecosystem", () => {
    const graph = new Graph();
    graph.addNode("a");
    const call = () => betweenness(loose<Ecosystem>(graph));
    expect(call).toThrow(EcoweaveError);
    expect(call).toThrow(
      "betweenness: expected an ecosystem (from createEcosystem), got a graphology graph (type mixed, simple)",
    );
  });

  it("names an unbuilt document", () => {
    expect(() => findBridgeActors(loose({ actors: [], ties: [] }))).toThrow(
      "findBridgeActors: expected an ecosystem (from createEcosystem), got an ecosystem document; pass it to createEcosystem first",
    );
  });

  it("catches swapped arguments in every measure that builds a view, not a TypeError from inside", () => {
    const call = () => components(loose({}), loose(eco));
    expect(call).toThrow(EcoweaveError);
    expect(call).toThrow(
      "expected an ecosystem (from createEcosystem), got an object that is not an ecosystem",
    );
    let error: unknown;
    try {
      components(loose(undefined));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(EcoweaveError);
    expect((error as EcoweaveError).code).toBe("invalid_argument");
  });
});
