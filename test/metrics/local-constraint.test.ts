// Reference values: NetworkX local_constraint(G, u, v, weight=None | "weight") for every contact v of
// every u, from test/fixtures/measures/values.json (see measures-fixtures.ts).
import { describe, expect, it } from "vitest";
import { localConstraint } from "../../src/metrics/local-constraint.js";
import { constraint } from "../../src/metrics/structural-holes.js";
import { createEcosystem } from "../../src/model/ecosystem.js";
import { InvalidOptionError } from "../../src/model/errors.js";
import { edgeListData } from "../helpers.js";
import {
  isDirectedDataset,
  MEASURES_DATASETS,
  measuresData,
  measuresValues,
  WEIGHTED_MEASURES_DATASETS,
} from "./measures-fixtures.js";

type Nested = Record<string, Record<string, number>>;

function expectCloseNested(actual: Nested, expected: Nested): void {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const [u, row] of Object.entries(expected)) {
    expect(Object.keys(actual[u]!).sort(), `contacts of ${u}`).toEqual(Object.keys(row).sort());
    for (const [v, value] of Object.entries(row)) {
      expect(Math.abs(actual[u]![v]! - value), `c(${u}, ${v})`).toBeLessThanOrEqual(1e-9);
    }
  }
}

describe("localConstraint", () => {
  for (const name of MEASURES_DATASETS) {
    const tags = WEIGHTED_MEASURES_DATASETS.includes(name) ? ["unweighted", "weighted"] : ["unweighted"];
    for (const tag of tags) {
      it(`matches NetworkX local_constraint on ${name} (${tag})`, () => {
        const expected = measuresValues<Nested>(name, `local_constraint.${tag}`);
        const actual = localConstraint(createEcosystem(measuresData(name)), {
          directed: isDirectedDataset(name),
          weighted: tag === "weighted",
        });
        expectCloseNested(actual, expected);
      });
    }
  }

  it("gives 0.5625 per contact on a triangle and sums to the actor's constraint (doc example)", () => {
    const eco = createEcosystem(
      edgeListData(
        ["a", "b", "c"],
        [
          ["a", "b"],
          ["b", "c"],
          ["a", "c"],
        ],
      ),
    );
    expect({ ...localConstraint(eco).a }).toEqual({ b: 0.5625, c: 0.5625 });
    const lesmis = createEcosystem(measuresData("lesmis"));
    const whole = constraint(lesmis);
    for (const [actor, row] of Object.entries(localConstraint(lesmis))) {
      const sum = Object.values(row).reduce((total, value) => total + value, 0);
      if (whole[actor] === null) expect(Object.keys(row)).toEqual([]);
      else expect(Math.abs(sum - whole[actor]!)).toBeLessThanOrEqual(1e-12);
    }
  });

  it("scores only the actors named in nodes, with the whole network's values", () => {
    const eco = createEcosystem(measuresData("karate"));
    const all = localConstraint(eco);
    const some = localConstraint(eco, { nodes: ["5", "0", "5"] });
    expect(Object.keys(some)).toEqual(["0", "5"]);
    expect({ ...some["5"] }).toEqual({ ...all["5"] });
    expect(() => localConstraint(eco, { nodes: ["nobody"] })).toThrow(InvalidOptionError);
  });
});
