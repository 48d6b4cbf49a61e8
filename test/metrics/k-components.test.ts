// Reference values: NetworkX k_components(U), from test/fixtures/measures/values.json (see
// measures-fixtures.ts). NetworkX's procedure is not exact on Les Misérables (see kComponents' doc
// comment), so there the reference is the definition: each group is k-connected and holds NetworkX's.
// Planted truth: maximal k-connected subsets found by enumerating every subset of small random graphs.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { kComponents } from "../../src/metrics/k-components.js";
import { nodeConnectivity } from "../../src/metrics/node-connectivity.js";
import { createEcosystem } from "../../src/model/ecosystem.js";
import { InvalidOptionError } from "../../src/model/errors.js";
import type { EcosystemData } from "../../src/model/schema.js";
import { edgeListData } from "../helpers.js";
import { MEASURES_DATASETS, measuresData, measuresValues } from "./measures-fixtures.js";

function induced(data: EcosystemData, members: readonly string[]): EcosystemData {
  const keep = new Set(members);
  return {
    ...data,
    actors: data.actors.filter((a) => keep.has(a.id)),
    ties: data.ties.filter((t) => keep.has(t.source) && keep.has(t.target)),
  };
}

/** κ of a small vertex set by enumeration: the least removal that disconnects it, |S| − 1 if none. */
function bruteKappa(adjacent: boolean[][], set: number[]): number {
  const size = set.length;
  for (let k = 0; k < size - 1; k++) {
    for (let mask = 0; mask < 1 << size; mask++) {
      let bits = 0;
      for (let b = 0; b < size; b++) if (mask & (1 << b)) bits++;
      if (bits !== k) continue;
      const left = set.filter((_, b) => !(mask & (1 << b)));
      const seen = new Set([left[0]!]);
      const queue = [left[0]!];
      for (let h = 0; h < queue.length; h++)
        for (const w of left)
          if (!seen.has(w) && adjacent[queue[h]!]![w]) {
            seen.add(w);
            queue.push(w);
          }
      if (seen.size < left.length) return k;
    }
  }
  return size - 1;
}

/** The maximal k-connected sets of at least two actors, for every k, by enumerating subsets. */
function bruteKComponents(n: number, pairs: [number, number][]): Record<string, string[][]> {
  const adjacent = Array.from({ length: n }, () => new Array<boolean>(n).fill(false));
  for (const [a, b] of pairs) adjacent[a]![b] = adjacent[b]![a] = true;
  const kappa = new Map<number, number>();
  for (let mask = 1; mask < 1 << n; mask++) {
    const set = [...Array(n).keys()].filter((v) => mask & (1 << v));
    if (set.length >= 2) kappa.set(mask, bruteKappa(adjacent, set));
  }
  const result: Record<string, string[][]> = {};
  for (let k = 1; ; k++) {
    const qualifying = [...kappa].filter(([, value]) => value >= k).map(([mask]) => mask);
    const maximalSets = qualifying.filter((m) => !qualifying.some((o) => o !== m && (o & m) === m));
    if (maximalSets.length === 0) return result;
    result[String(k)] = maximalSets
      .map((m) => [...Array(n).keys()].filter((v) => m & (1 << v)).map((v) => `v${v}`))
      .sort((a, b) => b.length - a.length || (a.join() < b.join() ? -1 : 1));
  }
}

describe("kComponents", () => {
  it.each(MEASURES_DATASETS.filter((name) => name !== "lesmis"))(
    "matches NetworkX k_components on %s",
    (name) => {
      expect({ ...kComponents(createEcosystem(measuresData(name))) }).toEqual(
        measuresValues(name, "k_components"),
      );
    },
  );

  it("reports k-connected groups holding NetworkX's on Les Misérables", () => {
    const data = measuresData("lesmis");
    const mine = kComponents(createEcosystem(data));
    const reference = measuresValues<Record<string, string[][]>>("lesmis", "k_components");
    expect(Object.keys(mine)).toEqual(Object.keys(reference));
    for (const [k, groups] of Object.entries(mine)) {
      for (const group of groups)
        expect(nodeConnectivity(createEcosystem(induced(data, group)))).toBeGreaterThanOrEqual(Number(k));
      for (const theirs of reference[k]!)
        expect(groups.some((g) => theirs.every((id) => g.includes(id)))).toBe(true);
    }
  });

  it("finds the maximal k-connected groups found by enumeration (random graphs)", () => {
    const graphs = fc
      .integer({ min: 2, max: 7 })
      .chain((n) =>
        fc
          .array(fc.tuple(fc.nat({ max: n - 1 }), fc.nat({ max: n - 1 })), { maxLength: 18 })
          .map((pairs) => ({ n, pairs: pairs.filter(([a, b]) => a !== b) })),
      );
    fc.assert(
      fc.property(graphs, ({ n, pairs }) => {
        const ids = Array.from({ length: n }, (_, i) => `v${i}`);
        const eco = createEcosystem(
          edgeListData(
            ids,
            pairs.map(([a, b]) => [`v${a}`, `v${b}`] as [string, string]),
          ),
        );
        expect({ ...kComponents(eco) }).toEqual(bruteKComponents(n, pairs));
      }),
      { numRuns: 120 },
    );
  });

  it("nests a kite's square inside its component (doc example) and refuses bad options", () => {
    const kite = edgeListData(
      ["a", "b", "c", "d", "e"],
      [
        ["a", "b"],
        ["b", "c"],
        ["c", "d"],
        ["d", "a"],
        ["a", "c"],
        ["d", "e"],
      ],
    );
    const eco = createEcosystem(kite);
    expect({ ...kComponents(eco) }).toEqual({ 1: [["a", "b", "c", "d", "e"]], 2: [["a", "b", "c", "d"]] });
    expect(() => kComponents(eco, { exactUpTo: 0 })).toThrow(InvalidOptionError);
    // Sampling pairs of a group gives an upper bound on its connectivity; here every pair is tried.
    expect({ ...kComponents(eco, { exactUpTo: 1, sampledPairs: 100 }) }).toEqual({ ...kComponents(eco) });
  });
});
