// layoutEcosystem: the truth is ForceAtlas2 run directly on a graph built here from the document (pairs
// and summed weights counted with a Map, ids sorted), and the picture's coordinates recomputed here from
// the positions by the scaling toSvg documents.
import { UndirectedGraph } from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { describe, expect, it } from "vitest";
import { createRandom, shuffleInPlace } from "../../src/internal/rng.js";
import { createEcosystem } from "../../src/model/ecosystem.js";
import { EcoweaveError, InvalidOptionError, NotApplicableError } from "../../src/model/errors.js";
import type { EcosystemData } from "../../src/model/schema.js";
import { layoutEcosystem } from "../../src/report/layout.js";
import { toSvg } from "../../src/report/svg.js";
import { deepFreeze } from "../helpers.js";
import { smallData } from "./fixtures.js";

/** 24 actors in three loose groups, parallel ties, an isolate, weights exact in binary. */
function groupsData(): EcosystemData {
  const actors: EcosystemData["actors"] = [];
  for (let i = 0; i < 24; i++)
    actors.push({ id: `a${i}`, role: i % 3 === 0 ? "funder" : i % 3 === 1 ? "developer" : "upskiller" });
  const ties: EcosystemData["ties"] = [];
  const random = createRandom(11);
  for (let i = 0; i < 23; i++) {
    for (let j = i + 1; j < 23; j++) {
      const sameGroup = Math.floor(i / 8) === Math.floor(j / 8);
      if (random() < (sameGroup ? 0.45 : 0.04)) {
        ties.push({ source: `a${i}`, target: `a${j}`, kind: "collaboration", weight: 1 + (i % 3) * 0.5 });
        if ((i + j) % 5 === 0)
          ties.push({ source: `a${j}`, target: `a${i}`, kind: "information", weight: 0.25 });
      }
    }
  }
  return { name: "groups", actors, ties };
}

function shuffled(data: EcosystemData, seed: number): EcosystemData {
  const random = createRandom(seed);
  return {
    ...data,
    actors: shuffleInPlace(random, [...data.actors]),
    ties: shuffleInPlace(random, [...data.ties]),
  };
}

/** ForceAtlas2 on the document's pairs, as the layout is documented: ids sorted, seeded starts. */
function directLayout(data: EcosystemData, seed: number, iterations: number) {
  const ids = data.actors.map((actor) => actor.id).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const pairWeights = new Map<string, number>();
  for (const tie of data.ties) {
    const [a, b] = tie.source < tie.target ? [tie.source, tie.target] : [tie.target, tie.source];
    const key = `${a}\u0000${b}`;
    pairWeights.set(key, (pairWeights.get(key) ?? 0) + (tie.weight ?? 1));
  }
  const random = createRandom(seed);
  const spread = 10 * Math.sqrt(ids.length);
  const graph = new UndirectedGraph<{ x: number; y: number }, { weight: number }>();
  for (const id of ids) {
    const x = random() * spread;
    const y = random() * spread;
    graph.addNode(id, { x, y });
  }
  for (const a of ids)
    for (const b of ids) {
      const weight = pairWeights.get(`${a}\u0000${b}`);
      if (weight !== undefined) graph.addEdge(a, b, { weight });
    }
  return forceAtlas2(graph, {
    iterations,
    getEdgeWeight: (_edge, attributes) => attributes.weight,
    settings: { ...forceAtlas2.inferSettings(ids.length), gravity: 1 },
  });
}

function svgCoordinates(svg: string): Map<string, [string, string]> {
  const found = new Map<string, [string, string]>();
  for (const match of svg.matchAll(/<circle class="actor" data-id="([^"]*)" cx="([^"]*)" cy="([^"]*)"/g))
    found.set(match[1]!, [match[2]!, match[3]!]);
  return found;
}

/** toSvg's documented fit: one factor into the area less a 38-pixel margin (and the legend band), centred. */
function fitted(
  positions: Record<string, { x: number; y: number }>,
  width: number,
  height: number,
  legend: boolean,
): Map<string, [string, string]> {
  const left = 24 + 14;
  const areaWidth = width - (legend ? 200 : 0) - 2 * left;
  const areaHeight = height - 2 * left;
  const points = Object.values(positions);
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const minX = xs.reduce((a, b) => Math.min(a, b));
  const maxX = xs.reduce((a, b) => Math.max(a, b));
  const minY = ys.reduce((a, b) => Math.min(a, b));
  const maxY = ys.reduce((a, b) => Math.max(a, b));
  const factor = Math.min(areaWidth / (maxX - minX), areaHeight / (maxY - minY));
  const offsetX = left + (areaWidth - factor * (maxX - minX)) / 2;
  const offsetY = left + (areaHeight - factor * (maxY - minY)) / 2;
  const oneDecimal = (value: number) => String(Math.round(value * 10) / 10);
  const result = new Map<string, [string, string]>();
  for (const [id, p] of Object.entries(positions))
    result.set(id, [
      oneDecimal(offsetX + factor * (p.x - minX)),
      oneDecimal(offsetY + factor * (p.y - minY)),
    ]);
  return result;
}

describe("layoutEcosystem", () => {
  it("gives every actor, and only them, finite positions in a null-prototype record", () => {
    const data = groupsData();
    const positions = layoutEcosystem(createEcosystem(data));
    expect(Object.getPrototypeOf(positions)).toBeNull();
    expect(Object.keys(positions).sort()).toEqual(data.actors.map((actor) => actor.id).sort());
    for (const { x, y } of Object.values(positions)) {
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    }
  });

  it("equals ForceAtlas2 run on the document's pairs with summed weights and seeded starts", () => {
    const data = groupsData();
    for (const [seed, iterations] of [
      [1, 300],
      [5, 40],
    ] as const) {
      const truth = directLayout(data, seed, iterations);
      const positions = layoutEcosystem(createEcosystem(data), { seed, iterations });
      for (const [id, position] of Object.entries(truth)) expect(positions[id]).toEqual(position);
    }
  });

  it("gives the same positions whatever the order of actors and ties in the file", () => {
    const data = deepFreeze(groupsData());
    const reference = layoutEcosystem(createEcosystem(data), { seed: 3 });
    for (const seed of [1, 2, 3, 4]) {
      expect(layoutEcosystem(createEcosystem(shuffled(data, seed)), { seed: 3 })).toEqual(reference);
    }
    expect(layoutEcosystem(createEcosystem(data), { seed: 4 })).not.toEqual(reference);
  });

  it("lays out only the ties of the kinds asked for", () => {
    const data = groupsData();
    const kept = { ...data, ties: data.ties.filter((tie) => tie.kind === "information") };
    expect(layoutEcosystem(createEcosystem(data), { kinds: ["information"] })).toEqual(
      layoutEcosystem(createEcosystem(kept)),
    );
  });

  it("places no actor, or a single one, at the origin", () => {
    expect(Object.keys(layoutEcosystem(createEcosystem({ actors: [], ties: [] })))).toEqual([]);
    const one = layoutEcosystem(createEcosystem({ actors: [{ id: "a", role: "funder" }], ties: [] }));
    expect(one.a).toEqual({ x: 0, y: 0 });
  });

  it("is what toSvg draws, scaled by one factor into the drawing area and centred", () => {
    const eco = createEcosystem(groupsData());
    for (const options of [
      { seed: 1 },
      { seed: 2, width: 500, height: 900, legend: false },
      { seed: 3, kinds: ["collaboration"], iterations: 60 },
    ]) {
      const { width = 960, height = 640, legend = true, ...layoutOptions } = options;
      const expected = fitted(layoutEcosystem(eco, layoutOptions), width, height, legend);
      expect(svgCoordinates(toSvg(eco, { ...options, bridgeActors: 0 }))).toEqual(expected);
    }
    const small = createEcosystem(smallData());
    expect(svgCoordinates(toSvg(small))).toEqual(fitted(layoutEcosystem(small), 960, 640, true));
  });

  it("refuses unknown options, naming the closest one, and bad values", () => {
    const eco = createEcosystem(smallData());
    const unknown = { seeed: 2 } as unknown as Parameters<typeof layoutEcosystem>[1];
    expect(() => layoutEcosystem(eco, unknown)).toThrow(InvalidOptionError);
    expect(() => layoutEcosystem(eco, unknown)).toThrow(/unknown option "seeed".*"seed"/);
    expect(() => layoutEcosystem(eco, { iterations: 0 })).toThrow(/iterations 0 must be an integer/);
    expect(() => layoutEcosystem(eco, { seed: Number.NaN })).toThrow(InvalidOptionError);
    expect(() => layoutEcosystem(eco, { directed: true })).toThrow(NotApplicableError);
    expect(() => layoutEcosystem(smallData() as never)).toThrow(EcoweaveError);
    expect(() => layoutEcosystem(smallData() as never)).toThrow(/pass it to createEcosystem first/);
  });
});
