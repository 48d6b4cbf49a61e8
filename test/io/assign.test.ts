// assignTo writes a per-actor result onto a copy of a graph (or the graph itself when asked), and
// refuses what it cannot place.
import { describe, expect, it } from "vitest";
import { assignTo } from "../../src/io/assign.js";
import { createEcosystem } from "../../src/model/ecosystem.js";
import { InvalidOptionError } from "../../src/model/errors.js";
import { SAMPLE } from "./sample.js";

describe("assignTo", () => {
  const eco = createEcosystem(SAMPLE);
  // Planted: the number of ties each actor is an end of, counted from the document.
  const ends = new Map<string, number>();
  for (const actor of SAMPLE.actors) ends.set(actor.id, 0);
  for (const tie of SAMPLE.ties) {
    ends.set(tie.source, ends.get(tie.source)! + 1);
    ends.set(tie.target, ends.get(tie.target)! + 1);
  }

  it("writes every value of a Map onto a copy, leaving the ecosystem as it was", () => {
    const graph = assignTo(eco, ends, "ends");
    expect(graph).not.toBe(eco);
    for (const [id, count] of ends) expect(graph.getNodeAttribute(id, "ends" as never)).toBe(count);
    expect(eco.nodes().some((id) => eco.hasNodeAttribute(id, "ends" as never))).toBe(false);
    expect(graph.size).toBe(eco.size);
    expect(graph.getNodeAttributes("f1").role).toBe("funder");
  });

  it("takes a record, leaves actors outside it alone, and writes in place when asked", () => {
    const graph = assignTo(eco, { f1: "Funders" }, "community", { inPlace: false });
    expect(graph.getNodeAttribute("f1", "community" as never)).toBe("Funders");
    expect(graph.hasNodeAttribute("d1", "community" as never)).toBe(false);
    const same = assignTo(graph, { d1: 2 }, "rank", { inPlace: true });
    expect(same).toBe(graph);
    expect(graph.getNodeAttribute("d1", "rank" as never)).toBe(2);
  });

  it("names an unknown actor with the closest one, and refuses bad names and results", () => {
    expect(() => assignTo(eco, new Map([["f2", 1]]), "x")).toThrow(/"f2" is no actor.*did you mean "f1"/);
    expect(() => assignTo(eco, new Map(), "")).toThrow(InvalidOptionError);
    expect(() => assignTo(eco, new Map(), "__proto__")).toThrow(InvalidOptionError);
    expect(() => assignTo(eco, [] as never, "x")).toThrow(/Map or a record/);
    expect(() => assignTo(eco, { f1: 1, ghost: 2 }, "x")).toThrow(InvalidOptionError);
    expect(eco.hasNodeAttribute("f1", "x" as never)).toBe(false);
  });
});
