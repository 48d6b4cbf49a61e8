// hangingActors against the definition checked by brute force: an actor outside the core hangs when
// removing some other single actor leaves it with no path to any core actor (a bridge is covered by
// removing its core-side end). Random small graphs and cores, seeded (fast-check).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hangingActors, piecesAmong, tiesAmong } from "../../src/brokers/stage-structure.js";
import { createEcosystem } from "../../src/model/ecosystem.js";
import { getView } from "../../src/model/view-cache.js";
import { edgeListData } from "../helpers.js";

/** Whether j reaches an actor of `targets` by BFS over `pairs` without passing through `removed`. */
function reaches(
  n: number,
  pairs: readonly [number, number][],
  j: number,
  removed: number,
  targets: Set<number>,
): boolean {
  const neighbours: number[][] = Array.from({ length: n }, () => []);
  for (const [a, b] of pairs) {
    neighbours[a]!.push(b);
    neighbours[b]!.push(a);
  }
  const seen = new Set([j]);
  const queue = [j];
  for (let head = 0; head < queue.length; head++) {
    const u = queue[head]!;
    if (u !== j && targets.has(u)) return true;
    for (const v of neighbours[u]!) {
      if (v === removed || seen.has(v)) continue;
      seen.add(v);
      queue.push(v);
    }
  }
  return false;
}

const graphs = fc.integer({ min: 2, max: 12 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    pairs: fc.uniqueArray(
      fc
        .tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 }))
        .filter(([a, b]) => a < b),
      { maxLength: 24, selector: ([a, b]) => `${a}-${b}` },
    ),
    core: fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { minLength: 1, maxLength: 4 }),
  }),
);

describe("hangingActors", () => {
  it("marks exactly the actors one other actor separates from every core actor (brute force)", () => {
    fc.assert(
      fc.property(graphs, ({ n, pairs, core }) => {
        const ids = Array.from({ length: n }, (_, i) => `a${String(i).padStart(2, "0")}`);
        const view = getView(
          createEcosystem(
            edgeListData(
              ids,
              pairs.map(([a, b]): [string, string] => [ids[a]!, ids[b]!]),
            ),
          ),
          {},
        );
        // Actors are in id order, so dense index i is actor i.
        expect(view.ids).toEqual(ids);
        const mask = new Uint8Array(n);
        for (const i of core) mask[i] = 1;
        const hanging = hangingActors(view, mask);
        // The search starts from the first core actor in view order; only its component counts.
        const root = Math.min(...core);
        const inRootComponent = (j: number) => j === root || reaches(n, pairs, j, -1, new Set([root]));
        const coreInComponent = new Set(core.filter((c) => inRootComponent(c)));
        for (let j = 0; j < n; j++) {
          const marked = hanging[j] === 1;
          let expected = false;
          if (!coreInComponent.has(j) && inRootComponent(j)) {
            for (let v = 0; v < n && !expected; v++) {
              if (v === j) continue;
              const others = new Set([...coreInComponent].filter((c) => c !== v));
              expected = !reaches(n, pairs, j, v, others);
            }
          }
          expect(marked, `actor ${j}`).toBe(expected);
        }
      }),
      { numRuns: 300, seed: 20261207 },
    );
  });

  it("counts pieces and ties among a set of actors", () => {
    const view = getView(
      createEcosystem(
        edgeListData(
          ["a", "b", "c", "d", "e"],
          [
            ["a", "b"],
            ["b", "c"],
            ["d", "e"],
            ["c", "d"],
          ],
        ),
      ),
      {},
    );
    const members = new Uint8Array(5);
    for (const id of ["a", "b", "d", "e"]) members[view.index.get(id)!] = 1;
    // Without c, {a, b} and {d, e} are apart: 2 pieces, 2 ties among them.
    expect(piecesAmong(view, members)).toBe(2);
    expect(
      tiesAmong(
        view,
        ["a", "b", "d", "e"].map((id) => view.index.get(id)!),
      ),
    ).toBe(2);
  });
});
