// Reference values: NetworkX 3.6.1 nx.core_number(G) (test/fixtures/oracle/values/<dataset>.networkx.json,
// key "core_number"), compared exactly.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CORE_NUMBERS_DEFAULTS, coreNumbers } from "../../src/metrics/core-numbers.js";
import { createEcosystem } from "../../src/model/ecosystem.js";
import type { EcosystemData } from "../../src/model/schema.js";
import { edgeListData, ORACLE_DATASETS, oracleData, oracleValues } from "../helpers.js";
import { dated, empty, path, single, star, triangleWithPendant } from "./cohesion-fixtures.js";
import { randomNetworks } from "./random-networks.js";

/** Core numbers by definition: peel actors of degree < k until none is left, for k = 1, 2, … */
function bruteCores(data: EcosystemData): Record<string, number> {
  const adjacent = new Map(data.actors.map((a) => [a.id, new Set<string>()]));
  for (const tie of data.ties) {
    adjacent.get(tie.source)!.add(tie.target);
    adjacent.get(tie.target)!.add(tie.source);
  }
  const core: Record<string, number> = {};
  for (const id of adjacent.keys()) core[id] = 0;
  for (let k = 1; ; k++) {
    const alive = new Set(adjacent.keys());
    let changed = true;
    while (changed) {
      changed = false;
      for (const v of alive) {
        let d = 0;
        for (const w of adjacent.get(v)!) if (alive.has(w)) d++;
        if (d < k) {
          alive.delete(v);
          changed = true;
        }
      }
    }
    if (alive.size === 0) return core;
    for (const v of alive) core[v] = k;
  }
}

describe("coreNumbers", () => {
  it.each(ORACLE_DATASETS)("matches NetworkX core_number on %s", (name) => {
    const expected = oracleValues<Record<string, number>>(name, "networkx", "core_number");
    expect({ ...coreNumbers(createEcosystem(oracleData(name))) }).toEqual(expected);
  });

  it("is 2 on a triangle and 1 on its pendant (doc example)", () => {
    expect({ ...coreNumbers(createEcosystem(triangleWithPendant)) }).toEqual({ a: 2, b: 2, c: 2, d: 1 });
  });

  it("is 1 on a path and a star, 0 for an isolate, and empty for an empty ecosystem", () => {
    expect({ ...coreNumbers(createEcosystem(path)) }).toEqual({ a: 1, b: 1, c: 1 });
    expect({ ...coreNumbers(createEcosystem(star)) }).toEqual({ hub: 1, x: 1, y: 1, z: 1 });
    expect({ ...coreNumbers(createEcosystem(single)) }).toEqual({ solo: 0 });
    expect({ ...coreNumbers(createEcosystem(empty)) }).toEqual({});
  });

  it("is k − 1 on a complete graph of k actors", () => {
    const ids = ["a", "b", "c", "d", "e"];
    const pairs: [string, string][] = [];
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) pairs.push([ids[i]!, ids[j]!]);
    expect(Object.values(coreNumbers(createEcosystem(edgeListData(ids, pairs))))).toEqual([4, 4, 4, 4, 4]);
  });

  it("counts parallel ties once and leaves out ties inactive on the `at` date", () => {
    expect({ ...coreNumbers(createEcosystem(dated)) }).toEqual({ a: 2, b: 2, c: 2 });
    expect({ ...coreNumbers(createEcosystem(dated), { at: "2021-06-01" }) }).toEqual({ a: 1, b: 1, c: 1 });
  });

  it("agrees with peeling by definition (random graphs)", () => {
    const graphs = randomNetworks({ minActors: 1, maxActors: 14, maxTies: 40, kind: "collaboration" });
    fc.assert(
      fc.property(graphs, (data) => {
        expect({ ...coreNumbers(createEcosystem(data)) }).toEqual(bruteCores(data));
      }),
      { numRuns: 200, seed: 7 },
    );
  });

  it("is a null-prototype record", () => {
    expect(Object.getPrototypeOf(coreNumbers(createEcosystem(path)))).toBeNull();
  });

  it("reads undirected ties both ways on the directed view, and refuses an unknown mode", () => {
    // Each undirected tie is two arcs, so in + out degree doubles and so do the core numbers.
    expect({ ...coreNumbers(createEcosystem(path), { directed: true }) }).toEqual({ a: 2, b: 2, c: 2 });
    expect({ ...coreNumbers(createEcosystem(path), { directed: true, mode: "in" }) }).toEqual({
      a: 1,
      b: 1,
      c: 1,
    });
    // @ts-expect-error: not a CoreMode
    expect(() => coreNumbers(createEcosystem(path), { directed: true, mode: "both" })).toThrow(
      expect.objectContaining({ code: "invalid_option" }),
    );
  });

  it("has frozen defaults and leaves its input unchanged", () => {
    expect(Object.isFrozen(CORE_NUMBERS_DEFAULTS)).toBe(true);
    const eco = createEcosystem(triangleWithPendant);
    const before = eco.export();
    coreNumbers(eco);
    expect(eco.export()).toEqual(before);
  });
});
