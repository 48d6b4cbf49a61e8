// All-pairs measures on several threads: the planted truth of a path, bit-for-bit equality between 1, 2
// and 4 workers (exact and sampled, undirected and directed), and the browser path (no worker threads).
import graphologyCloseness from "graphology-metrics/centrality/closeness.js";
import { afterEach, describe, expect, it } from "vitest";
import { barabasiAlbert } from "../../bench/peers/graphs.js";
import { localEfficiencyWork } from "../../src/internal/local-efficiency-kernel.js";
import { simpleGraphOf } from "../../src/internal/simple-graph.js";
import { threadsFor } from "../../src/internal/worker-threads.js";
import { betweenness, centrality, closeness } from "../../src/metrics/centrality.js";
import { globalEfficiency, globalEfficiencyEstimate, localEfficiency } from "../../src/metrics/efficiency.js";
import { createEcosystem, type Ecosystem } from "../../src/model/ecosystem.js";
import { InvalidOptionError } from "../../src/model/errors.js";
import type { EcosystemData } from "../../src/model/schema.js";
import { getView } from "../../src/model/view-cache.js";
import { createDistanceMatrix, globalEfficiencyOf } from "../../src/weave/distance-matrix.js";

function ecosystemOf(nodes: number, edges: ArrayLike<number>, kind = "collaboration"): Ecosystem {
  const data: EcosystemData = {
    actors: Array.from({ length: nodes }, (_, i) => ({
      id: `v${String(i).padStart(5, "0")}`,
      role: "developer",
    })),
    ties: Array.from({ length: edges.length / 2 }, (_, k) => ({
      source: `v${String(edges[2 * k]).padStart(5, "0")}`,
      target: `v${String(edges[2 * k + 1]).padStart(5, "0")}`,
      kind,
    })),
  };
  return createEcosystem(data);
}

function valuesOf(record: Record<string, number>): number[] {
  return Object.keys(record)
    .sort()
    .map((id) => record[id]!);
}

const originalGetBuiltinModule = process.getBuiltinModule;
afterEach(() => {
  Object.defineProperty(process, "getBuiltinModule", {
    value: originalGetBuiltinModule,
    configurable: true,
    writable: true,
  });
});

// 3 000 actors, 14 985 ties: 3000 · (3000 + 29 970) ≈ 10⁸ tie visits, enough for 4 threads.
const NODES = 3000;
const random = ecosystemOf(NODES, barabasiAlbert(NODES, 5, 7));

function pathOf(n: number): Ecosystem {
  const edges: number[] = [];
  for (let i = 0; i + 1 < n; i++) edges.push(i, i + 1);
  return ecosystemOf(n, edges);
}

describe("betweenness with workers", () => {
  it("is big enough that 2 and 4 workers really run on 2 and 4 threads", () => {
    const arcs = 2 * 14_985;
    expect(threadsFor(4, 64, NODES * (NODES + arcs))).toBe(4);
    expect(threadsFor(2, 64, NODES * (NODES + arcs))).toBe(2);
  });

  it("gives a path's planted values, i·(n−1−i) pairs through actor i, on 4 threads", () => {
    const n = 4000;
    const path = pathOf(n);
    const values = valuesOf(betweenness(path, { normalized: false, workers: 4 }));
    for (let i = 0; i < n; i++) expect(values[i]).toBe(i * (n - 1 - i));
  }, 300_000);

  it("gives the same bits with 1, 2 and 4 workers, exact", () => {
    const one = valuesOf(betweenness(random, { workers: 1 }));
    const two = valuesOf(betweenness(random, { workers: 2 }));
    const four = valuesOf(betweenness(random, { workers: 4 }));
    expect(two).toEqual(one);
    expect(four).toEqual(one);
    expect(valuesOf(betweenness(random))).toEqual(one);
    expect(one.some((value) => value > 0)).toBe(true);
  }, 300_000);

  it("gives the same bits with 1, 2 and 4 workers, sampled from the same seeded pivots", () => {
    const options = { sample: 2000, seed: 5 };
    const one = valuesOf(betweenness(random, { ...options, workers: 1 }));
    expect(valuesOf(betweenness(random, { ...options, workers: 2 }))).toEqual(one);
    expect(valuesOf(betweenness(random, { ...options, workers: 4 }))).toEqual(one);
    const actors = centrality(random, { ...options, workers: 3 }).actors;
    expect(Object.keys(actors).map((id) => actors[id]!.betweenness)).toEqual(
      valuesOf(betweenness(random, options)),
    );
  }, 300_000);

  it("gives the same bits with 1 and 4 workers on the directed view", () => {
    const directed = ecosystemOf(NODES, barabasiAlbert(NODES, 5, 11), "funding");
    const one = valuesOf(betweenness(directed, { directed: true, workers: 1 }));
    expect(valuesOf(betweenness(directed, { directed: true, workers: 4 }))).toEqual(one);
  }, 300_000);

  it("runs on the calling thread, with the same bits, where worker threads are out of reach", () => {
    const threaded = valuesOf(betweenness(random, { workers: 2 }));
    Object.defineProperty(process, "getBuiltinModule", {
      value: undefined,
      configurable: true,
      writable: true,
    });
    expect(valuesOf(betweenness(random))).toEqual(threaded);
    expect(valuesOf(betweenness(random, { workers: 4 }))).toEqual(threaded);
  }, 300_000);

  it("refuses a workers value that is not a positive integer", () => {
    for (const workers of [0, -1, 1.5, Number.NaN]) {
      expect(() => betweenness(random, { workers })).toThrow(InvalidOptionError);
      expect(() => centrality(random, { workers })).toThrow(/workers .* must be a positive integer/);
    }
  });
});

describe("closeness with workers", () => {
  it("gives a path's planted values, (n−1) over the summed distances i(i+1)/2 + (n−1−i)(n−i)/2", () => {
    const n = 4000;
    const values = valuesOf(closeness(pathOf(n), { workers: 4 }));
    for (let i = 0; i < n; i++) {
      expect(values[i]).toBe((n - 1) / ((i * (i + 1)) / 2 + ((n - 1 - i) * (n - i)) / 2));
    }
  }, 300_000);

  it("gives graphology-metrics' bits with 1, 2 and 4 workers, undirected and directed", () => {
    for (const directed of [false, true]) {
      const view = getView(random, { directed });
      const theirs = graphologyCloseness(simpleGraphOf(view), { wassermanFaust: true });
      const expected = Object.keys(theirs)
        .sort()
        .map((id) => theirs[id]!);
      for (const workers of [1, 2, 4])
        expect(valuesOf(closeness(random, { directed, workers }))).toEqual(expected);
    }
  }, 300_000);

  it("refuses a workers value that is not a positive integer", () => {
    expect(() => closeness(random, { workers: 0 })).toThrow(InvalidOptionError);
  });
});

describe("efficiency with workers", () => {
  it("gives a path's planted global efficiency, 2/(n(n−1)) Σ_d (n−d)/d, on 4 threads", () => {
    const n = 4000;
    let planted = 0;
    for (let d = 1; d < n; d++) planted += (n - d) / d;
    planted *= 2 / (n * (n - 1));
    expect(globalEfficiency(pathOf(n), { workers: 4 })).toBeCloseTo(planted, 12);
  }, 300_000);

  it("gives the same bits with 1, 2 and 4 workers, exact and sampled", () => {
    const one = globalEfficiency(random, { workers: 1 });
    expect(globalEfficiency(random, { workers: 2 })).toBe(one);
    expect(globalEfficiency(random, { workers: 4 })).toBe(one);
    const sampled = globalEfficiencyEstimate(random, { sources: 1500, seed: 3, workers: 1 });
    expect(globalEfficiencyEstimate(random, { sources: 1500, seed: 3, workers: 4 })).toEqual(sampled);
  }, 300_000);

  it("gives a windmill's planted local efficiency on several threads: 1/(2t − 1) at the hub, 1 on the blades", () => {
    const t = 3000;
    const edges: number[] = [];
    for (let b = 0; b < t; b++) edges.push(0, 2 * b + 1, 0, 2 * b + 2, 2 * b + 1, 2 * b + 2);
    const windmill = ecosystemOf(2 * t + 1, edges);
    const view = getView(windmill);
    expect(threadsFor(4, 64, localEfficiencyWork(view.order, view.offsets, view.targets))).toBe(4);
    const values = valuesOf(localEfficiency(windmill, { workers: 4 }).perActor);
    expect(Math.abs(values[0]! - 1 / (2 * t - 1))).toBeLessThan(1e-18);
    expect(values.slice(1).every((value) => value === 1)).toBe(true);
  }, 300_000);

  it("gives the same local efficiency bits with 1, 2 and 4 workers", () => {
    const dense = ecosystemOf(2000, barabasiAlbert(2000, 15, 3));
    const view = getView(dense);
    expect(threadsFor(4, 64, localEfficiencyWork(view.order, view.offsets, view.targets))).toBe(4);
    const one = localEfficiency(dense, { workers: 1 });
    expect(localEfficiency(dense, { workers: 2 })).toEqual(one);
    expect(localEfficiency(dense, { workers: 4 })).toEqual(one);
    expect(one.value).toBeGreaterThan(0);
  }, 300_000);

  it("refuses a workers value that is not a positive integer", () => {
    expect(() => globalEfficiency(random, { workers: 0 })).toThrow(InvalidOptionError);
    expect(() => localEfficiency(random, { workers: 2.5 })).toThrow(InvalidOptionError);
  });
});

/** Byte-for-byte equality of two typed arrays (vitest's deep equality is too slow for 9·10⁶ entries). */
function sameBytes(a: ArrayBufferView, b: ArrayBufferView): boolean {
  return (
    Buffer.compare(
      Buffer.from(a.buffer, a.byteOffset, a.byteLength),
      Buffer.from(b.buffer, b.byteOffset, b.byteLength),
    ) === 0
  );
}

describe("the weaving distance matrix with workers", () => {
  it("holds a path's planted distances |i − j| when built on 4 threads", () => {
    const n = 6000;
    const view = getView(pathOf(n));
    expect(threadsFor(4, 64, n * (n + view.targets.length))).toBe(4);
    const matrix = createDistanceMatrix(view, { workers: 4 });
    for (let i = 0; i < n; i += 97) {
      for (let j = 0; j < n; j += 89) expect(matrix.distances[i * n + j]).toBe(Math.abs(i - j));
    }
    for (let i = 0; i < n; i++) {
      expect(matrix.eccentricities[i]).toBe(Math.max(i, n - 1 - i));
      expect(matrix.componentSizes[i]).toBe(n);
    }
  }, 300_000);

  it("is the same, array for array, with 1, 2 and 4 workers", () => {
    const view = getView(random);
    const one = createDistanceMatrix(view, { workers: 1 });
    for (const workers of [2, 4]) {
      const other = createDistanceMatrix(view, { workers });
      expect(sameBytes(other.distances, one.distances)).toBe(true);
      expect(sameBytes(other.inverseSums, one.inverseSums)).toBe(true);
      expect(sameBytes(other.eccentricities, one.eccentricities)).toBe(true);
      expect(sameBytes(other.componentSizes, one.componentSizes)).toBe(true);
    }
    expect(globalEfficiencyOf(one)).toBe(globalEfficiency(random, { workers: 1 }));
  }, 300_000);
});
