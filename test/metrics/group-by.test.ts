// Issue 14: `--group-by constructor` printed "all with constructor function Object() …" (an inherited
// member read as an attribute), and a misspelt attribute gave no hint.
import { describe, expect, it } from "vitest";
import { brokerage, createEcosystem, InvalidOptionError, mixingMatrix } from "../../src/index.js";

const eco = createEcosystem({
  actors: [
    { id: "a", role: "developer", attributes: { region: "Lappi" } },
    { id: "b", role: "funder", attributes: { region: "Savo" } },
    { id: "c", role: "upskiller", attributes: { region: "Savo" } },
  ],
  ties: [
    { source: "a", target: "b", kind: "collaboration" },
    { source: "b", target: "c", kind: "collaboration" },
  ],
});

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidOptionError);
    return (error as Error).message;
  }
  throw new Error("expected an InvalidOptionError");
}

describe("groupBy attributes", () => {
  it.each(["constructor", "toString", "hasOwnProperty"])("never reads the inherited member %j", (name) => {
    expect(messageOf(() => brokerage(eco, { groupBy: name }))).toBe(
      `brokerage: no actor has the attribute "${name}"; did you mean "region"?`,
    );
  });

  it("names the closest attribute when none matches", () => {
    expect(messageOf(() => mixingMatrix(eco, { groupBy: "regoin" }))).toMatch(
      /no actor has the attribute "regoin"; did you mean "region"\?/,
    );
  });

  it("still groups by an attribute every actor has", () => {
    expect(brokerage(eco, { groupBy: "region" }).groups).toEqual(["Lappi", "Savo"]);
  });
});

describe("kinds filters", () => {
  it("refuses a kind no tie has, naming the closest existing kind", () => {
    expect(messageOf(() => brokerage(eco, { kinds: ["colaboration"] }))).toBe(
      'view: no tie has the kind "colaboration"; did you mean "collaboration"?',
    );
  });

  it("still accepts a kind that some tie has", () => {
    expect(brokerage(eco, { kinds: ["collaboration"] }).groups).toEqual(["developer", "funder", "upskiller"]);
  });
});
