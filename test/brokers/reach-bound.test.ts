import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ReachBound } from "../../src/brokers/reach-bound.js";
import { bfs } from "../../src/internal/bfs.js";
import { createEcosystem } from "../../src/model/ecosystem.js";
import type { EcosystemData } from "../../src/model/schema.js";
import { getView } from "../../src/model/view-cache.js";
import { randomNetworks } from "../metrics/random-networks.js";

/** Hop distances from `sources` on plain adjacency lists, by a queue (∞ when unreachable). */
function hops(neighbours: readonly (readonly number[])[], sources: readonly number[]): number[] {
  const distance = neighbours.map(() => Number.POSITIVE_INFINITY);
  const queue: number[] = [];
  for (const s of sources) {
    distance[s] = 0;
    queue.push(s);
  }
  for (let head = 0; head < queue.length; head++) {
    const u = queue[head]!;
    for (const w of neighbours[u]!) {
      if (distance[w] === Number.POSITIVE_INFINITY) {
        distance[w] = distance[u]! + 1;
        queue.push(w);
      }
    }
  }
  return distance;
}

describe("ReachBound", () => {
  it("bounds what each actor newly brings within m steps of a base set (random networks)", () => {
    const cases = fc.tuple(
      randomNetworks({ minActors: 2, maxActors: 16, maxTies: 40, kind: "collaboration" }),
      fc.array(fc.boolean(), { minLength: 16, maxLength: 16 }),
      fc.integer({ min: 1, max: 3 }),
    );
    fc.assert(
      fc.property(cases, ([data, inBase, m]: [EcosystemData, boolean[], number]) => {
        const view = getView(createEcosystem(data), {});
        const n = view.order;
        // Neighbour lists straight from the document's ties, not from the view.
        const index = new Map(data.actors.map((actor, i) => [actor.id, i]));
        const neighbours: number[][] = data.actors.map(() => []);
        for (const tie of data.ties) {
          const a = index.get(tie.source)!;
          const b = index.get(tie.target)!;
          neighbours[a]!.push(b);
          neighbours[b]!.push(a);
        }
        const base = data.actors.map((_, i) => i).filter((i) => inBase[i] === true);
        const fromBase = hops(neighbours, base);
        const baseDistance = new Int32Array(n);
        bfs(
          view,
          Int32Array.from(base, (i) => view.index.get(data.actors[i]!.id)!),
          baseDistance,
          new Int32Array(n),
          m,
        );
        const bound = new ReachBound(view, n, m);
        bound.prepare(baseDistance);
        for (let v = 0; v < n; v++) {
          if (fromBase[v] === 0) continue;
          const fromV = hops(neighbours, [v]);
          let newlyReached = 0;
          for (let w = 0; w < n; w++) if (w !== v && fromBase[w]! > m && fromV[w]! <= m) newlyReached++;
          expect(bound.of(view.index.get(data.actors[v]!.id)!)).toBeGreaterThanOrEqual(newlyReached);
        }
      }),
    );
  });

  it("is exact on a path from its end when nothing is reached yet", () => {
    // a0 – a1 – a2 – a3 – a4, empty base, m = 2: a0 reaches a1 and a2, one walk each.
    const ids = ["a0", "a1", "a2", "a3", "a4"];
    const eco = createEcosystem({
      actors: ids.map((id) => ({ id, role: "developer" })),
      ties: ids.slice(1).map((id, i) => ({ source: ids[i]!, target: id, kind: "collaboration" })),
    });
    const view = getView(eco, {});
    const distance = new Int32Array(5).fill(-1);
    const bound = new ReachBound(view, 5, 2);
    bound.prepare(distance);
    // C₁(a1) = X(a1) + X(a0) + X(a2) = 3, and a0's only contact is a1: 3 walks (a0a1, a0a1a0, a0a1a2).
    expect(bound.of(view.index.get("a0")!)).toBe(3);
  });
});
