// Runtime checks at public entries: what a caller without TypeScript can get wrong.
import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { diagnoseStage } from "../../src/brokers/diagnose-stage.js";
import { findBridgeActors } from "../../src/brokers/find-bridge-actors.js";
import { findKeyPlayers } from "../../src/brokers/key-players.js";
import { findWeaverCandidates } from "../../src/brokers/weaver-candidates.js";
import { planPeerLearning } from "../../src/convene/plan-peer-learning.js";
import { peerLearningChanges } from "../../src/convene/scenario-changes.js";
import { generateEcosystem, generateEcosystemData } from "../../src/datasets/generate.js";
import { findStructuralGaps } from "../../src/gaps/find-structural-gaps.js";
import { degreeAssortativity } from "../../src/metrics/assortativity.js";
import { biconnectedComponents } from "../../src/metrics/biconnected.js";
import { brokerage } from "../../src/metrics/brokerage.js";
import { betweenness, centrality, closeness, pagerank } from "../../src/metrics/centrality.js";
import { averageClustering, localClustering, transitivity } from "../../src/metrics/clustering.js";
import { communities } from "../../src/metrics/communities.js";
import { components } from "../../src/metrics/components.js";
import { coreNumbers } from "../../src/metrics/core-numbers.js";
import {
  articulationPoints,
  bridgeImpact,
  bridges,
  cutPoints,
  cutVertexImpact,
} from "../../src/metrics/cut-points.js";
import { edgeBetweenness } from "../../src/metrics/edge-betweenness.js";
import { averageDistance, globalEfficiency, localEfficiency } from "../../src/metrics/efficiency.js";
import { assortativity, eiIndex, mixingMatrix } from "../../src/metrics/groups.js";
import { kComponents } from "../../src/metrics/k-components.js";
import { linkPrediction } from "../../src/metrics/link-prediction.js";
import { localConstraint } from "../../src/metrics/local-constraint.js";
import { minimumNodeCut, nodeConnectivity } from "../../src/metrics/node-connectivity.js";
import { constraint, effectiveSize, hierarchy, structuralHoles } from "../../src/metrics/structural-holes.js";
import { optionKeys } from "../../src/model/check-arguments.js";
import { createEcosystem, type Ecosystem } from "../../src/model/ecosystem.js";
import { EcoweaveError, InvalidOptionError } from "../../src/model/errors.js";
import { compareEcosystems } from "../../src/scenario/compare-ecosystems.js";
import { simulateRemoval } from "../../src/scenario/simulate-removal.js";
import { timeline } from "../../src/scenario/snapshot.js";
import { findSpreadSeeds } from "../../src/spread/find-spread-seeds.js";
import { simulateSpread } from "../../src/spread/simulate-spread.js";
import { spreadGain } from "../../src/spread/spread-gain.js";
import { planWeaving } from "../../src/weave/plan-weaving.js";
import { suggestConnections } from "../../src/weave/suggest-connections.js";
import { ringDocument } from "../helpers.js";

const eco = createEcosystem({
  actors: [
    { id: "f", role: "funder" },
    { id: "d", role: "developer" },
  ],
  ties: [{ source: "f", target: "d", kind: "funding" }],
});

/** Six actors on a ring with one chord: every measure and answer has something to work on. */
const ring = createEcosystem(ringDocument());

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

  // Each measure and answer with an options object: a slip of one key names the key and the right one.
  const measures: [string, (options: unknown) => unknown, string, string][] = [
    ["structuralHoles", (o) => structuralHoles(ring, loose(o)), "weigthed", "weighted"],
    ["constraint", (o) => constraint(ring, loose(o)), "kind", "kinds"],
    ["effectiveSize", (o) => effectiveSize(ring, loose(o)), "node", "nodes"],
    ["hierarchy", (o) => hierarchy(ring, loose(o)), "directd", "directed"],
    ["brokerage", (o) => brokerage(ring, loose(o)), "groupby", "groupBy"],
    ["localClustering", (o) => localClustering(ring, loose(o)), "weigted", "weighted"],
    ["averageClustering", (o) => averageClustering(ring, loose(o)), "kind", "kinds"],
    ["transitivity", (o) => transitivity(ring, loose(o)), "kind", "kinds"],
    ["components", (o) => components(ring, loose(o)), "directd", "directed"],
    ["coreNumbers", (o) => coreNumbers(ring, loose(o)), "mdoe", "mode"],
    ["cutPoints", (o) => cutPoints(ring, loose(o)), "multiplcity", "multiplicity"],
    ["articulationPoints", (o) => articulationPoints(ring, loose(o)), "kind", "kinds"],
    ["bridges", (o) => bridges(ring, loose(o)), "kind", "kinds"],
    ["cutVertexImpact", (o) => cutVertexImpact(ring, loose(o)), "kind", "kinds"],
    ["bridgeImpact", (o) => bridgeImpact(ring, loose(o)), "kind", "kinds"],
    ["globalEfficiency", (o) => globalEfficiency(ring, loose(o)), "source", "sources"],
    ["localEfficiency", (o) => localEfficiency(ring, loose(o)), "kind", "kinds"],
    ["averageDistance", (o) => averageDistance(ring, loose(o)), "kind", "kinds"],
    ["linkPrediction", (o) => linkPrediction(ring, loose(o)), "methd", "method"],
    ["edgeBetweenness", (o) => edgeBetweenness(ring, loose(o)), "normalised", "normalized"],
    ["localConstraint", (o) => localConstraint(ring, loose(o)), "weigthed", "weighted"],
    ["biconnectedComponents", (o) => biconnectedComponents(ring, loose(o)), "kind", "kinds"],
    ["kComponents", (o) => kComponents(ring, loose(o)), "exactUpto", "exactUpTo"],
    ["nodeConnectivity", (o) => nodeConnectivity(ring, loose(o)), "sorce", "source"],
    ["minimumNodeCut", (o) => minimumNodeCut(ring, loose(o)), "targte", "target"],
    ["communities", (o) => communities(ring, loose(o)), "resolutoin", "resolution"],
    ["mixingMatrix", (o) => mixingMatrix(ring, loose(o)), "groupby", "groupBy"],
    ["assortativity", (o) => assortativity(ring, loose(o)), "groupby", "groupBy"],
    ["eiIndex", (o) => eiIndex(ring, loose(o)), "groupby", "groupBy"],
    ["degreeAssortativity", (o) => degreeAssortativity(ring, loose(o)), "z", "x"],
    ["diagnoseStage", (o) => diagnoseStage(ring, loose(o)), "hubfactor", "hubFactor"],
    ["findKeyPlayers", (o) => findKeyPlayers(ring, loose(o)), "objectiv", "objective"],
    ["findWeaverCandidates", (o) => findWeaverCandidates(ring, loose(o)), "teamsize", "teamSize"],
    ["findSpreadSeeds", (o) => findSpreadSeeds(ring, loose(o)), "modle", "model"],
    ["planWeaving", (o) => planWeaving(ring, loose(o)), "budjet", "budget"],
    ["planPeerLearning", (o) => planPeerLearning(ring, loose(o)), "tabels", "tables"],
    ["simulateRemoval", (o) => simulateRemoval(ring, loose(o)), "stratgy", "strategy"],
    ["timeline", (o) => timeline(ring, { dates: ["2025-01-01"] }, loose(o)), "sed", "seed"],
    ["compareEcosystems", (o) => compareEcosystems(ring, ring, loose(o)), "tpo", "top"],
  ];

  it.each(measures)("%s refuses an unknown key and names the closest valid one", (fn, call, slip, meant) => {
    expect(() => call({ [slip]: 1 })).toThrow(InvalidOptionError);
    expect(() => call({ [slip]: 1 })).toThrow(`${fn}: unknown option "${slip}"; did you mean "${meant}"?`);
  });

  it.each(measures)("%s still takes no options and an empty object", (_fn, call) => {
    expect(() => call(undefined)).not.toThrow();
    expect(() => call({})).not.toThrow();
  });

  it.each([
    ["simulateSpread", (o: object) => simulateSpread(ring, loose({ seeds: ["f1"], ...o })), "run", "runs"],
    [
      "spreadGain",
      (o: object) => spreadGain(ring, loose({ seeds: ["f1"], ties: [{ source: "f1", target: "u1" }], ...o })),
      "tie",
      "ties",
    ],
    ["peerLearningChanges", (o: object) => peerLearningChanges({ pairs: [] }, loose(o)), "knd", "kind"],
    [
      "generateEcosystem",
      (o: object) => generateEcosystem(loose({ actors: 20, ...o })),
      "meandegree",
      "meanDegree",
    ],
    [
      "generateEcosystemData",
      (o: object) => generateEcosystemData(loose({ actors: 20, ...o })),
      "sed",
      "seed",
    ],
  ])("%s (options required or no ecosystem) refuses an unknown key", (fn, call, slip, meant) => {
    expect(() => call({})).not.toThrow();
    expect(() => call({ [slip]: 1 })).toThrow(`${fn}: unknown option "${slip}"; did you mean "${meant}"?`);
  });

  it("compareEcosystems checks both ecosystems", () => {
    expect(() => compareEcosystems(ring, loose({}))).toThrow(
      "compareEcosystems: expected an ecosystem (from createEcosystem), got an object that is not an ecosystem",
    );
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
