// ecosystemOverview: counts by hand on small ecosystems; components and stage come from
// `components` and `diagnoseStage`, tested in their own files.
import { describe, expect, it } from "vitest";
import { diagnoseStage } from "../../src/brokers/diagnose-stage.js";
import { createEcosystem } from "../../src/model/ecosystem.js";
import { ecosystemOverview } from "../../src/report/overview.js";
import { actorsOf, deepFreeze } from "../helpers.js";
import { smallData } from "./fixtures.js";

const triangle = {
  actors: actorsOf(["a", "b", "c"]),
  ties: [
    { source: "a", target: "b", kind: "collaboration" },
    { source: "b", target: "c", kind: "collaboration" },
    { source: "a", target: "c", kind: "collaboration" },
  ],
};

describe("ecosystemOverview", () => {
  it("gives density 1 for a triangle (the documented example)", () => {
    expect(ecosystemOverview(createEcosystem(triangle)).density).toBe(1);
  });

  it("counts actors by role, ties by kind, pairs, components and isolates", () => {
    const overview = ecosystemOverview(createEcosystem(smallData()));
    expect(overview.name).toBe("Small | test <ecosystem>");
    expect(overview.description).toBeNull();
    expect(overview.actors).toBe(7);
    expect(overview.roles).toEqual([
      { role: "developer", label: "Developer", actors: 5, needs: ["funder", "upskiller"] },
      { role: "funder", label: "Funder", actors: 1, needs: ["developer"] },
      { role: "upskiller", label: "Upskiller", actors: 1, needs: ["developer", "funder"] },
    ]);
    expect(overview.ties).toBe(8);
    expect(overview.tiesByKind).toEqual([
      { kind: "collaboration", ties: 3 },
      { kind: "funding", ties: 2 },
      { kind: "training", ties: 2 },
      { kind: "information", ties: 1 },
    ]);
    // u1 – d4 is joined by two ties: 7 tied pairs; density 2 · 7 / (7 · 6)
    expect(overview.tiedPairs).toBe(7);
    expect(overview.density).toBeCloseTo(1 / 3, 12);
    expect(overview.meanDegree).toBe(2);
    expect(overview.components).toBe(2);
    expect(overview.largestComponent).toBe(6);
    expect(overview.largestComponentShare).toBeCloseTo(6 / 7, 12);
    expect(overview.isolates).toEqual(["d5"]);
  });

  it("counts the ties of each kind that the view keeps", () => {
    const eco = createEcosystem(smallData());
    const options = { at: "2023-06-01" };
    const overview = ecosystemOverview(eco, options);
    // Brute force: the ties of each kind active on that day, straight from the document.
    const day = options.at;
    const expected = new Map<string, number>();
    for (const tie of smallData().ties) {
      if ((tie.since ?? "0000") > day || (tie.until ?? "9999") < day) continue;
      expected.set(tie.kind, (expected.get(tie.kind) ?? 0) + 1);
    }
    expect(new Map(overview.tiesByKind.map((row) => [row.kind, row.ties]))).toEqual(expected);
  });

  it("reports the stage diagnoseStage gives", () => {
    const eco = createEcosystem(smallData());
    expect(ecosystemOverview(eco).stage).toEqual(diagnoseStage(eco));
  });

  it("counts only the ties of the view options", () => {
    const eco = createEcosystem(smallData());
    const funding = ecosystemOverview(eco, { kinds: ["funding", "peer-learning"] });
    expect(funding.ties).toBe(2);
    expect(funding.tiesByKind).toEqual([{ kind: "funding", ties: 2 }]);
    expect(funding.isolates).toEqual(["d3", "d4", "d5", "u1"]);
    // the information tie starts in 2024
    expect(ecosystemOverview(eco, { at: "2023-06-01" }).tiesByKind.map((row) => row.kind)).not.toContain(
      "information",
    );
  });

  it("leaves density and stage undefined for tiny ecosystems", () => {
    const empty = ecosystemOverview(createEcosystem({ actors: [], ties: [] }));
    expect(empty).toMatchObject({
      actors: 0,
      density: null,
      meanDegree: null,
      components: 0,
      largestComponentShare: null,
      stage: null,
    });
    const two = ecosystemOverview(
      createEcosystem({
        actors: [
          { id: "a", role: "funder" },
          { id: "b", role: "developer" },
        ],
        ties: [{ source: "a", target: "b", kind: "funding" }],
      }),
    );
    expect(two.density).toBe(1);
    expect(two.stage).toBeNull();
  });

  it("refuses the directed view and a non-finite seed", () => {
    const eco = createEcosystem(triangle);
    expect(() => ecosystemOverview(eco, { directed: true })).toThrow(
      expect.objectContaining({ code: "not_applicable" }),
    );
    expect(() => ecosystemOverview(eco, { seed: Number.NaN })).toThrow(
      expect.objectContaining({ code: "invalid_option" }),
    );
  });

  it("leaves its input unchanged", () => {
    const eco = createEcosystem(deepFreeze(smallData()));
    const before = JSON.stringify(eco.export());
    ecosystemOverview(eco);
    expect(JSON.stringify(eco.export())).toBe(before);
  });
});
