// The `nodes` option of every per-actor measure: only the named actors, with the values the whole
// network gives them (the reference is each function's own unrestricted call, checked elsewhere
// against NetworkX).
import { describe, expect, it } from "vitest";
import {
  betweenness,
  centrality,
  closeness,
  degreeCentrality,
  eigenvector,
  pagerank,
} from "../../src/metrics/centrality.js";
import { averageClustering, localClustering } from "../../src/metrics/clustering.js";
import { coreNumbers } from "../../src/metrics/core-numbers.js";
import { localConstraint } from "../../src/metrics/local-constraint.js";
import { constraint, effectiveSize, hierarchy, structuralHoles } from "../../src/metrics/structural-holes.js";
import { createEcosystem } from "../../src/model/ecosystem.js";
import { InvalidOptionError } from "../../src/model/errors.js";
import { measuresData } from "./measures-fixtures.js";

const eco = createEcosystem(measuresData("karate"));
const nodes = ["33", "0", "11", "0"];
const expectedKeys = ["0", "11", "33"];

type PerActor = (options: { nodes?: readonly string[] }) => Record<string, unknown>;

const measures: [string, PerActor][] = [
  ["degreeCentrality", (o) => degreeCentrality(eco, o)],
  ["betweenness", (o) => betweenness(eco, o)],
  ["betweenness by length", (o) => betweenness(eco, { ...o, weights: "length" })],
  ["closeness", (o) => closeness(eco, o)],
  ["eigenvector", (o) => eigenvector(eco, o)],
  ["pagerank", (o) => pagerank(eco, o)],
  ["centrality", (o) => centrality(eco, o).actors],
  ["structuralHoles", (o) => structuralHoles(eco, o)],
  ["constraint", (o) => constraint(eco, o)],
  ["effectiveSize", (o) => effectiveSize(eco, o)],
  ["hierarchy", (o) => hierarchy(eco, o)],
  ["localConstraint", (o) => localConstraint(eco, o)],
  ["localClustering", (o) => localClustering(eco, o)],
  ["coreNumbers", (o) => coreNumbers(eco, o)],
];

describe("the nodes option", () => {
  it.each(measures)("%s scores only the named actors, with unchanged values", (_name, measure) => {
    const all = measure({});
    const some = measure({ nodes });
    expect(Object.keys(some)).toEqual(expectedKeys);
    for (const id of expectedKeys) expect(some[id]).toEqual(all[id]);
    expect(Object.getPrototypeOf(some)).toBeNull();
    expect(() => measure({ nodes: ["0", "ghost"] })).toThrow(InvalidOptionError);
    expect(Object.keys(measure({ nodes: [] }))).toEqual([]);
  });

  it("averages clustering over the named actors only", () => {
    const all = localClustering(eco);
    expect(averageClustering(eco, { nodes })).toBe((all["0"]! + all["11"]! + all["33"]!) / 3);
  });
});
