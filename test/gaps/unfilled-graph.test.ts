// Issue 14: findStructuralGaps on a path of 150k actors spent most of its time filling the
// ecosystem's graphology graph, only to read roles and labels. The gap finders now read them from the
// ecosystem's contents; the answers must be the same as on a filled graph, and follow later edits.
import { describe, expect, it } from "vitest";
import { createEcosystem, type EcosystemData, findStructuralGaps } from "../../src/index.js";
import { unfilledContents } from "../../src/model/deferred-graph.js";

// Two actors share the label "Hub" (named apart by region in sentences); ids out of order, so the
// view's id order differs from the document's.
const data: EcosystemData = {
  actors: [
    { id: "z", label: "Hub", role: "funder", attributes: { region: "North" } },
    { id: "b", label: "Hub", role: "developer", attributes: { region: "South" } },
    { id: "a", role: "upskiller", attributes: { region: "South" } },
    { id: "c", role: "developer", attributes: { region: "North" } },
    { id: "d", role: "developer", attributes: { region: "North" } },
  ],
  ties: [
    { source: "z", target: "b", kind: "funding" },
    { source: "b", target: "a", kind: "collaboration" },
    { source: "z", target: "c", kind: "funding" },
    { source: "c", target: "d", kind: "collaboration" },
  ],
};

describe("findStructuralGaps on an ecosystem whose graph is not filled yet", () => {
  it("leaves the graph unfilled", () => {
    const eco = createEcosystem(data);
    findStructuralGaps(eco, { coverageBy: "region" });
    expect(unfilledContents(eco)).toBeDefined();
  });

  it("says the same as on the filled graph, labels and regions included", () => {
    const unfilled = createEcosystem(data);
    const filled = createEcosystem(data);
    filled.nodes();
    expect(unfilledContents(filled)).toBeUndefined();
    const options = { coverageBy: "region", seed: 2 };
    const answer = findStructuralGaps(unfilled, options);
    expect(answer).toEqual(findStructuralGaps(filled, options));
    expect(answer.some((gap) => gap.title.includes("Hub (North)"))).toBe(true);
  });

  it("reads the graph once it is filled and changed", () => {
    const eco = createEcosystem(data);
    findStructuralGaps(eco);
    eco.setNodeAttribute("z", "label", "Fund");
    eco.setNodeAttribute("c", "role", "funder");
    const gaps = findStructuralGaps(eco);
    const texts = gaps.map((gap) => `${gap.title} ${gap.detail}`).join("\n");
    expect(texts).toContain("Fund");
    expect(texts).not.toContain("Hub (North)");
    const fresh = data.actors.map((actor) =>
      actor.id === "z"
        ? { ...actor, label: "Fund" }
        : actor.id === "c"
          ? { ...actor, role: "funder" }
          : actor,
    );
    expect(gaps).toEqual(findStructuralGaps(createEcosystem({ ...data, actors: fresh })));
  });
});
