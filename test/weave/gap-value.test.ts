// What a suggested tie is worth, against planted truth: the loss it takes away from actors, each
// actor's loss counted once (issue 13), computed here by direct breadth-first searches on the document
// (test/planted/truth.ts), never by the code under test.
import { describe, expect, it } from "vitest";
import { createEcosystem } from "../../src/model/ecosystem.js";
import type { EcosystemData } from "../../src/model/schema.js";
import { planWeaving } from "../../src/weave/plan-weaving.js";
import { suggestConnections } from "../../src/weave/suggest-connections.js";
import { fundingEnds, hubAndSpoke, isolatesBeside } from "../planted/ecosystems.js";
import {
  type AddedTie,
  articulationPoints,
  bridges,
  components,
  needsByRole,
  type TruthGraph,
  truthGraph,
  unmetNeeds,
} from "../planted/truth.js";

/** Σ over the unmet needs the tie meets of 1 / (roles the actor's role needs), at `at`. */
function needsMet(data: EcosystemData, at: string, tie: AddedTie): number {
  const needs = needsByRole(data);
  const roleOf = new Map(data.actors.map((a) => [a.id, a.role]));
  const before = unmetNeeds(truthGraph(data, { at }), data);
  const after = new Set(
    unmetNeeds(truthGraph(data, { at, added: [tie] }), data).map((n) => `${n.actor}:${n.role}`),
  );
  let total = 0;
  for (const need of before) {
    if (!after.has(`${need.actor}:${need.role}`)) total += 1 / needs.get(roleOf.get(need.actor)!)!.length;
  }
  return total;
}

/** Actors some single actor's or tie's loss would cut off (each once, however many would). */
function hanging(graph: TruthGraph): Set<string> {
  const held = new Set<string>();
  for (const cutOff of articulationPoints(graph).values()) for (const id of cutOff) held.add(id);
  for (const bridge of bridges(graph)) for (const id of bridge.cutOff) held.add(id);
  return held;
}

/**
 * What removing single points of failure outright earns (issue 13): ¼ of the loss of each one the tie
 * removes, ½ per actor it would cut off, counting a bridge that cuts off exactly the actors an end
 * holds as a cut vertex with that cut vertex (one item, as the gaps fold it).
 */
function outrightSinglePoints(before: TruthGraph, after: TruthGraph): number {
  const points = articulationPoints(before);
  const gone = articulationPoints(after);
  let credit = 0;
  for (const [id, cutOff] of points) if (!gone.has(id)) credit += 0.25 * 0.5 * cutOff.length;
  const left = new Set(bridges(after).map((bridge) => bridge.ends.join()));
  for (const bridge of bridges(before)) {
    if (left.has(bridge.ends.join())) continue;
    const folded = bridge.ends.some((end) => points.get(end)?.join() === bridge.cutOff.join());
    if (!folded) credit += 0.25 * 0.5 * bridge.cutOff.length;
  }
  return credit;
}

function gapValueOf(data: EcosystemData, at: string, tie: AddedTie): number {
  const [source, target] = [...tie].sort();
  const found = suggestConnections(createEcosystem(data), { at, top: 10_000, maxPerActor: 10_000 }).find(
    (s) => s.source === source && s.target === target,
  );
  expect(found, `${source} – ${target} among the suggestions`).toBeDefined();
  return found!.gapValue;
}

describe("a suggestion's gapValue counts each actor's loss once", () => {
  it("values an isolate brought in at 1 plus the needs it meets, and ¼ of its own loss for removing it", () => {
    const p = isolatesBeside();
    const tie: AddedTie = ["eka-d01", "uus-u01"];
    const graph = truthGraph(p.data, { at: p.at });
    const main = new Set(components(graph)[0]);
    expect(main.has("eka-d01")).toBe(false);
    // its own loss: 1 for being cut off, ½ for each of the two roles it reaches none of
    const lacking = unmetNeeds(graph, p.data).filter((need) => need.actor === "eka-d01").length;
    const own = 1 + lacking / needsByRole(p.data).get("developer")!.length;
    expect(own).toBe(2);
    expect(gapValueOf(p.data, p.at, tie)).toBeCloseTo(1 + needsMet(p.data, p.at, tie) + 0.25 * own, 12);
  });

  it("values a spoke's second tie at the needs it meets, ½ for the spoke secured once, and its tie removed", () => {
    const p = hubAndSpoke();
    const tie: AddedTie = ["sat-d01", "uus-u01"];
    const graphBefore = truthGraph(p.data, { at: p.at });
    const graphAfter = truthGraph(p.data, { at: p.at, added: [tie] });
    const before = hanging(graphBefore);
    const after = hanging(graphAfter);
    const secured = [...before].filter((id) => !after.has(id)).length;
    // the spoke hangs on f-hub and on its own funding tie: two single points of failure, one actor
    expect(secured).toBe(1);
    // the funding tie stops being a bridge (¼ of ½); f-hub still holds the seven other spokes
    const outright = outrightSinglePoints(graphBefore, graphAfter);
    expect(outright).toBe(0.125);
    expect(gapValueOf(p.data, p.at, tie)).toBeCloseTo(
      needsMet(p.data, p.at, tie) + 0.5 * secured + outright,
      12,
    );
  });

  it("values the tie that relieves a hub's last spoke at ½ and ¼ of the item it removes (hub and tie)", () => {
    // f-hub's eight spokes, seven already with a second tie: the eighth's tie removes f-hub outright
    const p = hubAndSpoke();
    const spokes = ["sat", "kha", "pha", "kym", "esa", "pka", "epo", "pom"].map((prefix) => `${prefix}-d01`);
    const data = {
      ...p.data,
      ties: [
        ...p.data.ties,
        ...spokes.slice(0, 7).map((id) => ({ source: id, target: "uus-d03", kind: "collaboration" })),
      ],
    };
    const graph = truthGraph(data, { at: p.at });
    expect(articulationPoints(graph).get("f-hub")).toEqual(["pom-d01"]);
    const last: AddedTie = ["pom-d01", "uus-d03"];
    const graphAfter = truthGraph(data, { at: p.at, added: [last] });
    expect(articulationPoints(graphAfter).has("f-hub")).toBe(false);
    // f-hub and its tie to pom-d01 (one item, ½) both go: ½ for the spoke, ¼ · ½ for the item
    expect(outrightSinglePoints(graph, graphAfter)).toBe(0.125);
    const value = gapValueOf(data, p.at, last);
    expect(value).toBeCloseTo(needsMet(data, p.at, last) + 0.5 + 0.125, 12);
  });

  it("finishes the bypass of a hub with three pendants, the last tie worth more than the one before (docs/weaving.md)", () => {
    const role = (id: string) => (id === "f" ? "funder" : id === "u" ? "upskiller" : "developer");
    const data: EcosystemData = {
      actors: ["f", "u", "d1", "d2", "d3", "h", "p1", "p2", "p3"].map((id) => ({ id, role: role(id) })),
      ties: [
        ["d1", "d2"],
        ["d2", "d3"],
        ["d3", "d1"],
        ["f", "d1"],
        ["u", "d2"],
        ["f", "u"],
        ["h", "d1"],
        ["h", "d3"],
        ["h", "p1"],
        ["h", "p2"],
        ["h", "p3"],
      ].map(([source, target]) => ({ source: source!, target: target!, kind: "collaboration" })),
    };
    const steps = planWeaving(createEcosystem(data), { budget: 3 }).steps;
    const ties = steps.map((step) => [step.source, step.target] as AddedTie);
    const before = truthGraph(data);
    const after = truthGraph(data, { added: ties });
    expect([...articulationPoints(before).keys()]).toEqual(["h"]);
    expect(articulationPoints(after).size + bridges(after).length).toBe(0);
    expect(unmetNeeds(before, data).length).toBe(7); // the pendants lack both roles, h an upskiller
    expect(unmetNeeds(after, data)).toEqual([]);
    expect(steps.map((step) => [step.source, step.target, step.gapValue])).toEqual([
      ["p1", "u", 2.125],
      ["p2", "u", 1.625],
      ["p3", "u", 2],
    ]);
  });

  it("values a tie that replaces an ending funder by the needs it keeps once the ties end", () => {
    const p = fundingEnds();
    const later = "2026-06-30";
    const tie: AddedTie = ["kai-u01", "pir-f01"];
    // today every need is met, so all the value is what the tie keeps after 2025-12-31
    expect(needsMet(p.data, p.at, tie)).toBe(0);
    const kept = needsMet(p.data, later, tie);
    expect(kept).toBe(2.5); // Kainuu's four developers (½ each) and its upskiller (½)
    expect(gapValueOf(p.data, p.at, tie)).toBeCloseTo(kept, 12);
  });
});

describe("planWeaving answers the gaps found before it", () => {
  it("spends no value on the single points of failure its own joins make", () => {
    const p = isolatesBeside();
    const plan = planWeaving(createEcosystem(p.data), { at: p.at, budget: 5 });
    // four ties bring the four isolates in; the fifth has no gap left to close
    const joined = plan.steps.slice(0, 4).flatMap((step) => [step.source, step.target]);
    for (const id of ["eka-d01", "kym-d01", "pka-d01", "sat-u01"]) expect(joined).toContain(id);
    expect(plan.steps[4]!.gain).toBe(0);
    expect(plan.gaps.opened.length).toBeGreaterThan(0);
  });
});
