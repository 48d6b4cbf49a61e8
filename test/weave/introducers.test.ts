// Introducers: mutual contacts ordered by tie strength, degree and id; otherwise one shortest chain.
// Expected values derived by hand from the small documents below.
import { describe, expect, it } from "vitest";
import { createEcosystem } from "../../src/model/ecosystem.js";
import type { EcosystemData } from "../../src/model/schema.js";
import { getView } from "../../src/model/view-cache.js";
import { introducersOf } from "../../src/weave/introducers.js";
import { actorsOf } from "../helpers.js";

function tie(source: string, target: string, weight = 1): EcosystemData["ties"][number] {
  return { source, target, kind: "collaboration", weight };
}

function introducers(data: EcosystemData, a: string, b: string): string[] {
  const view = getView(createEcosystem(data));
  return introducersOf(view, view.index.get(a)!, view.index.get(b)!);
}

describe("introducersOf", () => {
  it("orders mutual contacts by the weaker tie, then the stronger, then degree, then id", () => {
    // u and v share w1 (ties 3 and 1: weaker 1), w2 (2 and 2), w3 (2 and 5), w4 and w5 (1 and 1; w5 has an extra contact)
    const data: EcosystemData = {
      actors: actorsOf(["u", "v", "w1", "w2", "w3", "w4", "w5", "x"]),
      ties: [
        tie("u", "w1", 3),
        tie("w1", "v", 1),
        tie("u", "w2", 2),
        tie("w2", "v", 2),
        tie("u", "w3", 2),
        tie("w3", "v", 5),
        tie("u", "w4"),
        tie("w4", "v"),
        tie("u", "w5"),
        tie("w5", "v"),
        tie("w5", "x"),
      ],
    };
    expect(introducers(data, "u", "v")).toEqual(["w3", "w2", "w1", "w5", "w4"]);
  });

  it("gives the chain along one shortest path, smallest ids first, when no contact is shared", () => {
    // u – p – q – v and u – r – s – v: two shortest paths; the chain takes p (p < r), then q
    const data: EcosystemData = {
      actors: actorsOf(["u", "v", "p", "q", "r", "s"]),
      ties: [tie("u", "r"), tie("r", "s"), tie("s", "v"), tie("u", "p"), tie("p", "q"), tie("q", "v")],
    };
    expect(introducers(data, "u", "v")).toEqual(["p", "q"]);
    expect(introducers(data, "v", "u")).toEqual(["q", "p"]);
  });

  it("is empty when no path joins the two", () => {
    const data: EcosystemData = { actors: actorsOf(["a", "b", "c"]), ties: [tie("a", "b")] };
    expect(introducers(data, "a", "c")).toEqual([]);
  });
});
