// The planted features of the sample ecosystem (docs/sample-ecosystem.md), checked by direct
// computation on the graph: BFS over the cached CSR view and neighbour tests. No reference tool is
// involved: every expected value is a property the data was written to have.
import { describe, expect, it } from "vitest";
import { sampleEcosystem, sampleEcosystemData } from "../../src/datasets/sample-ecosystem.js";
import { bfs } from "../../src/internal/bfs.js";
import { createEcosystem, type Ecosystem } from "../../src/model/ecosystem.js";
import { validateEcosystem } from "../../src/model/validate.js";
import type { EcosystemView, ViewOptions } from "../../src/model/view.js";
import { getView } from "../../src/model/view-cache.js";

const eco = sampleEcosystem();

function idsWith(predicate: (id: string) => boolean): string[] {
  return eco.filterNodes((id) => predicate(id));
}

/** Ids reached from `from` within `maxDistance` hops in the given view. */
function reach(graph: Ecosystem, from: readonly string[], options: ViewOptions = {}, maxDistance = Infinity) {
  const view = getView(graph, options);
  const distance = new Int32Array(view.order);
  const queue = new Int32Array(view.order);
  const count = bfs(
    view,
    from.map((id) => view.index.get(id)!),
    distance,
    queue,
    maxDistance,
  );
  return new Set(Array.from(queue.subarray(0, count), (i) => view.ids[i]!));
}

function componentCount(view: EcosystemView): number {
  const distance = new Int32Array(view.order);
  const queue = new Int32Array(view.order);
  const seen = new Uint8Array(view.order);
  let components = 0;
  for (let i = 0; i < view.order; i++) {
    if (seen[i]) continue;
    components++;
    const count = bfs(view, [i], distance, queue);
    for (let k = 0; k < count; k++) seen[queue[k]!] = 1;
  }
  return components;
}

function adjacent(a: string, b: string): boolean {
  const view = getView(eco);
  const i = view.index.get(a)!;
  const j = view.index.get(b)!;
  return view.targets.subarray(view.offsets[i]!, view.offsets[i + 1]!).includes(j);
}

const role = (id: string) => eco.getNodeAttribute(id, "role");

describe("sampleEcosystemData", () => {
  it("passes createEcosystem validation", () => {
    const result = validateEcosystem(sampleEcosystemData());
    expect(result.ok).toBe(true);
  });

  it("has 115 actors and 286 ties (the @example value)", () => {
    const data = sampleEcosystemData();
    expect(data.actors.length).toBe(115);
    expect(data.ties.length).toBe(286);
  });

  it("says in its description that it is fictional and illustrative", () => {
    expect(sampleEcosystemData().description).toMatch(/fictional, illustrative/);
    expect(sampleEcosystemData().name).toMatch(/fictional, illustrative/);
  });

  it("returns a fresh deep copy on every call", () => {
    const first = sampleEcosystemData();
    const second = sampleEcosystemData();
    expect(first).toEqual(second);
    first.actors[0]!.attributes!.themes = ["changed"];
    first.ties.pop();
    expect(sampleEcosystemData()).toEqual(second);
  });

  it("gives every actor a region, a type and themes, and uses all three roles and all five kinds", () => {
    const data = sampleEcosystemData();
    for (const actor of data.actors) {
      expect(typeof actor.attributes?.region).toBe("string");
      expect(typeof actor.attributes?.type).toBe("string");
      expect(Array.isArray(actor.attributes?.themes)).toBe(true);
    }
    expect(new Set(data.actors.map((a) => a.role))).toEqual(new Set(["developer", "upskiller", "funder"]));
    expect(new Set(data.ties.map((t) => t.kind))).toEqual(
      new Set(["funding", "training", "collaboration", "peer-learning", "information"]),
    );
    for (const tie of data.ties) {
      expect(tie.since! >= "2021-01-01" && tie.since! <= "2025-12-31").toBe(true);
      if (tie.kind === "funding") expect(tie.amount).toBeGreaterThan(0);
    }
  });
});

describe("sampleEcosystem", () => {
  it("builds the graph of the document (the @example value)", () => {
    expect(eco.order).toBe(115);
    expect(eco.size).toBe(286);
    expect(createEcosystem(sampleEcosystemData()).size).toBe(286);
  });

  it("plants a siloed Lappi cluster: dense, no funder tie, no funder or upskiller within 2 steps", () => {
    const lappi = idsWith((id) => id.startsWith("lap-"));
    expect(lappi).toHaveLength(8);
    const view = getView(eco);
    let internal = 0;
    for (const id of lappi) {
      const i = view.index.get(id)!;
      for (let k = view.offsets[i]!; k < view.offsets[i + 1]!; k++) {
        if (view.ids[view.targets[k]!]!.startsWith("lap-")) internal++;
      }
      eco.forEachEdge(id, (_edge, tie) => expect(tie.kind).not.toBe("funding"));
    }
    // Density of the cluster: internal edges over 8·7/2 pairs.
    expect(internal / 2 / 28).toBeGreaterThanOrEqual(0.6);
    const near = [...reach(eco, lappi, {}, 2)];
    expect(near.filter((id) => role(id) !== "developer")).toEqual([]);
    // It still belongs to the main component, through one tie lap-d01 — ppo-d05.
    expect(reach(eco, lappi).has("f-esf")).toBe(true);
  });

  it("plants an ESF+ hub funding 13 developers who are not tied to each other", () => {
    const spokes = eco.outNeighbors("f-esf").filter((id) => role(id) === "developer");
    expect(spokes).toHaveLength(13);
    for (const a of spokes) for (const b of spokes) if (a < b) expect(adjacent(a, b)).toBe(false);
    const pendants = spokes.filter((id) => eco.degree(id) === 1);
    expect(pendants.sort()).toEqual([
      "epo-d01",
      "esa-d01",
      "kha-d01",
      "kpo-d01",
      "kym-d01",
      "pha-d01",
      "pka-d01",
      "pom-d01",
      "sat-d01",
    ]);
  });

  it("plants psa-u01, the one upskiller whose removal cuts Pohjois-Savo off from Keski-Suomi and the rest", () => {
    expect(role("psa-u01")).toBe("upskiller");
    expect(reach(eco, ["psa-d01"]).has("ksu-u01")).toBe(true);
    const without = eco.copy();
    without.dropNode("psa-u01");
    const cut = reach(without, ["psa-d01"]);
    expect([...cut].sort()).toEqual([...idsWith((id) => id.startsWith("psa-") && id !== "psa-u01")].sort());
  });

  it("plants four Pirkanmaa developers with the same themes, never tied, with pir-u01 as shared contact", () => {
    const group = ["pir-d05", "pir-d06", "pir-d07", "pir-d08"];
    for (const a of group) {
      expect(eco.getNodeAttribute(a, "attributes")).toMatchObject({
        region: "Pirkanmaa",
        themes: ["employment", "youth"],
      });
      expect(adjacent(a, "pir-u01")).toBe(true);
      for (const b of group) if (a < b) expect(adjacent(a, b)).toBe(false);
    }
  });

  it("is more fragmented in mid-2022 than in mid-2025 (peer learning starts in 2024)", () => {
    const in2022 = componentCount(getView(eco, { at: "2022-06-30" }));
    const in2025 = componentCount(getView(eco, { at: "2025-06-30" }));
    expect(in2022).toBeGreaterThan(in2025);
    expect(reach(eco, ["vsu-d01"], { at: "2022-06-30" }).has("u-competence")).toBe(false);
    expect(reach(eco, ["vsu-d01"], { at: "2025-06-30" }).has("u-competence")).toBe(true);
    const peer = eco.filterEdges(
      (_edge, tie, s, t) => tie.kind === "peer-learning" && (s === "u-competence" || t === "u-competence"),
    );
    for (const edge of peer) expect(eco.getEdgeAttribute(edge, "since")! >= "2024-01-01").toBe(true);
  });

  it("plants a ministry whose funding all ends in 2023", () => {
    const funding = eco.filterOutEdges("f-min-work", (_edge, tie) => tie.kind === "funding");
    expect(funding).toHaveLength(4);
    for (const edge of funding) expect(eco.getEdgeAttribute(edge, "until")).toBe("2023-12-31");
    const view2024 = getView(eco, { at: "2024-06-30", kinds: ["funding"] });
    const i = view2024.index.get("f-min-work")!;
    expect(view2024.offsets[i + 1]! - view2024.offsets[i]!).toBe(0);
  });

  it("plants two isolates and a three-actor Kainuu component cut off from the main one", () => {
    expect(
      eco
        .nodes()
        .filter((id) => eco.degree(id) === 0)
        .sort(),
    ).toEqual(["eka-d01", "sat-u01"]);
    expect([...reach(eco, ["kai-d01"])].sort()).toEqual(["kai-d01", "kai-d02", "kai-f01"]);
    expect(componentCount(getView(eco))).toBe(4);
  });
});
