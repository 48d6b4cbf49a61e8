// Reference values: NetworkX biconnected_components, articulation_points and
// strongly_connected_components, from test/fixtures/measures/values.json (see measures-fixtures.ts).
// Planted truth: cut vertices and strong components found by direct search (BFS without an actor,
// mutual reachability), never by the code under test.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { biconnectedComponents } from "../../src/metrics/biconnected.js";
import { stronglyConnectedComponents } from "../../src/metrics/strong-components.js";
import { createEcosystem } from "../../src/model/ecosystem.js";
import { edgeListData } from "../helpers.js";
import { MEASURES_DATASETS, measuresData, measuresValues } from "./measures-fixtures.js";
import { randomNetworks } from "./random-networks.js";

/** Actors reachable from `start` following `next`, skipping `without`. */
function reach(start: string, next: (id: string) => Iterable<string>, without?: string): Set<string> {
  const seen = new Set([start]);
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    for (const w of next(queue[head]!)) {
      if (w !== without && !seen.has(w)) {
        seen.add(w);
        queue.push(w);
      }
    }
  }
  return seen;
}

function randomData(directed: boolean) {
  return randomNetworks({
    minActors: 1,
    maxActors: 12,
    maxTies: 30,
    kind: directed ? "funding" : "collaboration",
  });
}

describe("biconnectedComponents", () => {
  it.each(MEASURES_DATASETS)(
    "matches NetworkX biconnected_components and articulation_points on %s",
    (name) => {
      const result = biconnectedComponents(createEcosystem(measuresData(name)));
      expect(result.blocks).toEqual(measuresValues(name, "biconnected_components"));
      expect(result.cutVertices).toEqual(measuresValues(name, "articulation_points"));
    },
  );

  it("splits a bow tie at its knot and keeps a bridge as a block of two (doc example)", () => {
    const bowTie = edgeListData(
      ["a", "b", "c", "d", "e", "f"],
      [
        ["a", "b"],
        ["b", "c"],
        ["a", "c"],
        ["c", "d"],
        ["d", "e"],
        ["c", "e"],
        ["e", "f"],
      ],
    );
    expect(biconnectedComponents(createEcosystem(bowTie))).toEqual({
      blocks: [
        ["a", "b", "c"],
        ["c", "d", "e"],
        ["e", "f"],
      ],
      cutVertices: ["c", "e"],
    });
  });

  it("finds the cut vertices a direct search finds, and blocks that cover every tie (random graphs)", () => {
    fc.assert(
      fc.property(randomData(false), (data) => {
        const adjacent = new Map(data.actors.map((a) => [a.id, new Set<string>()]));
        for (const t of data.ties) {
          adjacent.get(t.source)!.add(t.target);
          adjacent.get(t.target)!.add(t.source);
        }
        const next = (id: string) => adjacent.get(id)!;
        const cuts: string[] = [];
        for (const [v, around] of adjacent) {
          const first = [...around][0];
          if (first === undefined) continue;
          const reached = reach(first, next, v);
          if ([...around].some((w) => !reached.has(w))) cuts.push(v);
        }
        const result = biconnectedComponents(createEcosystem(data));
        expect(result.cutVertices).toEqual(cuts.sort());
        for (const t of data.ties) {
          expect(result.blocks.some((b) => b.includes(t.source) && b.includes(t.target))).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe("stronglyConnectedComponents", () => {
  it("matches NetworkX strongly_connected_components on the generated directed ecosystem", () => {
    const result = stronglyConnectedComponents(createEcosystem(measuresData("gen-directed")));
    expect(result.components).toEqual(measuresValues("gen-directed", "strongly_connected_components"));
    expect(result.sizes).toEqual(result.components.map((c) => c.length));
  });

  it("is mutual reachability (random directed graphs)", () => {
    fc.assert(
      fc.property(randomData(true), (data) => {
        const out = new Map(data.actors.map((a) => [a.id, new Set<string>()]));
        for (const t of data.ties) out.get(t.source)!.add(t.target);
        const reached = new Map(data.actors.map((a) => [a.id, reach(a.id, (id) => out.get(id)!)]));
        const result = stronglyConnectedComponents(createEcosystem(data));
        for (const u of data.actors)
          for (const v of data.actors) {
            const together = result.assignment[u.id] === result.assignment[v.id];
            expect(together).toBe(reached.get(u.id)!.has(v.id) && reached.get(v.id)!.has(u.id));
          }
      }),
      { numRuns: 150 },
    );
  });

  it("joins a funding loop and leaves its funder alone (doc example)", () => {
    const loop = edgeListData(
      ["a", "b", "f"],
      [
        ["f", "a"],
        ["f", "b"],
        ["a", "b"],
        ["b", "a"],
      ],
      { kind: "funding" },
    );
    expect(stronglyConnectedComponents(createEcosystem(loop)).components).toEqual([["a", "b"], ["f"]]);
  });
});
