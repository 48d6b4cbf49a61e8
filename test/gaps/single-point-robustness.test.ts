// The blocks a single point of failure joins and the ties that would bypass it, against truth found by
// plain breadth-first searches on the document's ties: pieces of C − v, and for each piece the actors
// no single other actor separates from v (Menger: two disjoint paths, so a shared block).
import { describe, expect, it } from "vitest";
import { findStructuralGaps } from "../../src/gaps/find-structural-gaps.js";
import type { StructuralGapOf } from "../../src/gaps/types.js";
import { createEcosystem } from "../../src/model/ecosystem.js";
import type { EcosystemData } from "../../src/model/schema.js";
import { formatMessage } from "../../src/text/message.js";
import { type Adjacency, adjacencyOf, reachable } from "../brokers/brute-force.js";
import { edgeListData } from "../helpers.js";

/** Whether y is reached from v once `without` has left (BFS avoiding it). */
function reachesWithout(adjacency: Adjacency, v: string, y: string, without: string): boolean {
  return reachable(adjacency, v, without).has(y);
}

/** The pieces of v's component without v, each with the size of v's block in it. */
function blocksByBruteForce(adjacency: Adjacency, v: string): { piece: Set<string>; block: number }[] {
  const component = reachable(adjacency, v);
  const assigned = new Set<string>();
  const result: { piece: Set<string>; block: number }[] = [];
  for (const member of component) {
    if (member === v || assigned.has(member)) continue;
    const piece = reachable(adjacency, member, v);
    for (const actor of piece) assigned.add(actor);
    let block = 1;
    for (const y of piece) {
      const separated = [...piece].some((z) => z !== y && !reachesWithout(adjacency, v, y, z));
      if (adjacency.get(v)!.has(y) || !separated) block++;
    }
    result.push({ piece, block });
  }
  return result;
}

function singlePoints(data: EcosystemData): StructuralGapOf<"single-point-of-failure">[] {
  return findStructuralGaps(createEcosystem(data), { include: ["single-point-of-failure"] }).filter(
    (gap): gap is StructuralGapOf<"single-point-of-failure"> => gap.kind === "single-point-of-failure",
  );
}

/** Whether the document has a single-point-of-failure gap on actor `v` (or tie `ends`). */
function stillFails(data: EcosystemData, place: string | readonly [string, string]): boolean {
  return singlePoints(data).some((gap) =>
    typeof place === "string"
      ? gap.evidence.actor === place
      : gap.evidence.ends?.[0] === place[0] && gap.evidence.ends[1] === place[1],
  );
}

function withTies(data: EcosystemData, pairs: readonly (readonly [string, string])[]): EcosystemData {
  return {
    actors: data.actors,
    ties: [...data.ties, ...pairs.map(([source, target]) => ({ source, target, kind: "collaboration" }))],
  };
}

// h joins a triangle (h a b), a square (h c d e), a bridge to f (f – g hangs beyond); d joins the
// square to the triangle d x y; p – q – r is a second component.
const planted = edgeListData(
  ["a", "b", "c", "d", "e", "f", "g", "h", "p", "q", "r", "x", "y"],
  [
    ["h", "a"],
    ["a", "b"],
    ["b", "h"],
    ["h", "c"],
    ["c", "d"],
    ["d", "e"],
    ["e", "h"],
    ["h", "f"],
    ["f", "g"],
    ["d", "x"],
    ["x", "y"],
    ["y", "d"],
    ["p", "q"],
    ["q", "r"],
  ],
);

describe("single points of failure: blocks and bypass ties", () => {
  const adjacency = adjacencyOf(planted);
  const gaps = singlePoints(planted);

  it("gives each cut vertex the sizes of the blocks meeting at it and the ties that bypass it", () => {
    const actors = gaps.filter((gap) => gap.evidence.element === "actor");
    expect(actors.map((gap) => gap.evidence.actor).sort()).toEqual(["d", "f", "h", "q"]);
    for (const gap of actors) {
      const v = gap.evidence.actor!;
      const truth = blocksByBruteForce(adjacency, v);
      expect(gap.evidence.blockSizes, v).toEqual(truth.map((t) => t.block).sort((x, y) => y - x));
      expect(gap.evidence.bypassTies, v).toBe(truth.length - 1);
      // Chaining the pieces with bypassTies ties (not through v) leaves no one hanging on v; one fewer does not.
      const chain = truth.slice(1).map((t, k) => [[...truth[k]!.piece][0]!, [...t.piece][0]!] as const);
      expect(stillFails(withTies(planted, chain), v), v).toBe(false);
      expect(stillFails(withTies(planted, chain.slice(1)), v), v).toBe(true);
    }
    expect(actors.find((gap) => gap.evidence.actor === "h")!.evidence.blockSizes).toEqual([4, 3, 2]);
  });

  it("gives each bridge the largest other block at each end, and one tie bypasses it", () => {
    const ties = gaps.filter((gap) => gap.evidence.element === "tie");
    expect(ties.length).toBeGreaterThan(0);
    for (const gap of ties) {
      const [a, b] = gap.evidence.ends!;
      const sideBlock = (end: string, other: string): number => {
        const sizes = blocksByBruteForce(adjacency, end)
          .filter((t) => !t.piece.has(other))
          .map((t) => t.block);
        return sizes.reduce((largest, size) => Math.max(largest, size), 1);
      };
      expect(gap.evidence.blockSizes, `${a}-${b}`).toEqual([sideBlock(a, b), sideBlock(b, a)]);
      expect(gap.evidence.bypassTies).toBe(1);
      const sideA = reachable(adjacency, a, b);
      const sideB = reachable(adjacency, b, a);
      const from = [...sideA].find((id) => id !== a) ?? a;
      const to = from === a ? [...sideB].find((id) => id !== b)! : b;
      expect(stillFails(withTies(planted, [[from, to]]), [a, b])).toBe(false);
    }
  });

  it("says so in the detail, in every locale's words", () => {
    const h = gaps.find((gap) => gap.evidence.actor === "h")!;
    expect(h.detail).toContain(
      "h is where 3 blocks meet (groups that no single departure splits; the largest has 4 actors): 2 new ties between them, not through h, would leave no one hanging on it alone.",
    );
    const bypass = h.detailMessage.params.bypass;
    expect(bypass).toMatchObject({ id: "gaps.singlePoint.actor.bypass", params: { blocks: 3, bypass: 2 } });
    expect(formatMessage(h.detailMessage, "fi")).toContain("Toimijassa h kohtaa 3 lohkoa");
    expect(formatMessage(h.detailMessage, "fi")).toContain("2 uutta yhteyttä");
    expect(formatMessage(h.detailMessage, "sv")).toContain("Hos h möts 3 block");
    expect(formatMessage(h.detailMessage, "sv")).toContain("2 nya band");
  });
});
