// Reference values: NetworkX 3.6.1 nx.connected_components(G) (test/fixtures/oracle/values/<dataset>.networkx.json,
// key "connected_components"). Compared as sets: NetworkX lists members in dataset order, we sort by id.
import { describe, expect, it } from "vitest";
import { compareIds } from "../../src/internal/compare.js";
import { COMPONENTS_DEFAULTS, components } from "../../src/metrics/components.js";
import { createEcosystem } from "../../src/model/ecosystem.js";
import { edgeListData, ORACLE_DATASETS, oracleData, oracleValues } from "../helpers.js";
import { dated, empty, path, single, twoComponentsAndIsolate } from "./cohesion-fixtures.js";

describe("components", () => {
  it.each(ORACLE_DATASETS)("matches NetworkX connected_components on %s", (name) => {
    const expected = oracleValues<string[][]>(name, "networkx", "connected_components").map((c) =>
      [...c].sort(compareIds),
    );
    const result = components(createEcosystem(oracleData(name)));
    expect(result.components).toEqual(expected);
    expect(result.count).toBe(expected.length);
    expect(result.sizes).toEqual(expected.map((c) => c.length));
  });

  it("orders components largest first, members by id, and assigns each actor its component (doc example)", () => {
    const result = components(createEcosystem(twoComponentsAndIsolate));
    expect(result.components).toEqual([["a", "b", "c"], ["d", "e"], ["f"]]);
    expect(result.count).toBe(3);
    expect(result.sizes).toEqual([3, 2, 1]);
    expect({ ...result.assignment }).toEqual({ a: 0, b: 0, c: 0, d: 1, e: 1, f: 2 });
    expect(Object.getPrototypeOf(result.assignment)).toBeNull();
  });

  it("breaks ties between equally large components by their smallest member id", () => {
    const data = edgeListData(
      ["z", "y", "m", "b"],
      [
        ["z", "b"],
        ["y", "m"],
      ],
    );
    expect(components(createEcosystem(data)).components).toEqual([
      ["b", "z"],
      ["m", "y"],
    ]);
  });

  it("gives no component for an empty ecosystem and one for a single actor", () => {
    expect(components(createEcosystem(empty))).toEqual({
      count: 0,
      assignment: {},
      sizes: [],
      components: [],
    });
    expect(components(createEcosystem(single)).components).toEqual([["solo"]]);
  });

  it("is one component on a path", () => {
    expect(components(createEcosystem(path)).count).toBe(1);
  });

  it("leaves out ties inactive on the `at` date and ties of other kinds", () => {
    const eco = createEcosystem(dated);
    expect(components(eco).count).toBe(1);
    expect(components(eco, { at: "2021-06-01", kinds: ["collaboration", "funding"] }).components).toEqual([
      ["a", "b"],
      ["c"],
    ]);
  });

  it("gives the weakly connected components of the directed view", () => {
    // funding f → a and f → b only: no directed path between a and b, yet one weak component
    const eco = createEcosystem({
      actors: [
        { id: "f", role: "funder" },
        { id: "a", role: "developer" },
        { id: "b", role: "developer" },
      ],
      ties: [
        { source: "f", target: "a", kind: "funding" },
        { source: "f", target: "b", kind: "funding" },
      ],
    });
    expect(components(eco, { directed: true })).toEqual(components(eco));
    expect(components(eco, { directed: true }).components).toEqual([["a", "b", "f"]]);
  });

  it("has frozen defaults and leaves its input unchanged", () => {
    expect(Object.isFrozen(COMPONENTS_DEFAULTS)).toBe(true);
    const eco = createEcosystem(twoComponentsAndIsolate);
    const before = eco.export();
    components(eco);
    expect(eco.export()).toEqual(before);
  });
});
