// "Did you mean": the near candidate is checked against edit distances counted by hand.
import { describe, expect, it } from "vitest";
import { didYouMeanNear, editDistance, nearName } from "../../src/internal/closest.js";
import { createEcosystem } from "../../src/model/ecosystem.js";
import { validateEcosystem } from "../../src/model/validate.js";

describe("nearName", () => {
  it("offers a candidate within a third of the name's length", () => {
    // "esf-fnd" (7 letters, limit 2) is one insertion from "esf-fund".
    expect(editDistance("esf-fnd", "esf-fund")).toBe(1);
    expect(nearName("esf-fnd", ["esf-fund", "uni-oulu", "ngo"])).toBe("esf-fund");
    expect(didYouMeanNear("esf-fnd", ["esf-fund"])).toBe('; did you mean "esf-fund"?');
  });

  it("offers nothing for short names or far candidates", () => {
    expect(nearName("b", ["a", "c"])).toBeNull();
    expect(nearName("x9", ["f1", "d1"])).toBeNull();
    expect(nearName("esf-fund", ["uni-oulu"])).toBeNull();
    expect(didYouMeanNear("x9", ["f1"])).toBe("");
  });

  it("counts a swap of neighbouring letters as one edit", () => {
    expect(editDistance("lable", "label")).toBe(2);
    expect(nearName("lable", ["label", "role"])).toBe("label");
    expect(nearName("nmae", ["name"])).toBe("name");
  });

  it("counts a difference of letter case alone as near, and prefers it", () => {
    expect(nearName("ESF", ["esf", "esg"])).toBe("esf");
    expect(nearName("Ab", ["ab"])).toBe("ab");
  });

  it("breaks ties by code-unit order", () => {
    expect(nearName("abcdef", ["abcdeg", "abcdex"])).toBe("abcdeg");
    expect(nearName("abcdef", ["abcdex", "abcdeg"])).toBe("abcdeg");
  });
});

describe("unknown actors get a near id", () => {
  const data = {
    actors: [
      { id: "esf-fund", role: "funder" },
      { id: "youth-ngo", role: "developer" },
    ],
    ties: [
      { source: "esf-fnd", target: "youth-ngo", kind: "funding" },
      { source: "esf-fund", target: "x9", kind: "funding" },
    ],
  };

  it("in the validation issues", () => {
    const result = validateEcosystem(data);
    expect(result.ok).toBe(false);
    const messages = result.ok ? [] : result.issues.map((issue) => `${issue.path}: ${issue.message}`);
    expect(messages).toEqual([
      'ties[0].source: unknown actor "esf-fnd"; did you mean "esf-fund"?',
      'ties[1].target: unknown actor "x9"',
    ]);
    expect(() => createEcosystem(data)).toThrow(/did you mean "esf-fund"/);
  });

  it("only for the first 20 distinct unknown ids (a scan of the ids each)", () => {
    const ties = Array.from({ length: 30 }, (_, i) => ({
      source: `esf-fund-${String(i).padStart(2, "0")}x`,
      target: "youth-ngo",
      kind: "funding",
    }));
    const actors = [...data.actors, ...ties.map((tie) => ({ id: tie.source.slice(0, -1), role: "funder" }))];
    const result = validateEcosystem({ actors, ties });
    const hinted = result.ok
      ? 0
      : result.issues.filter((issue) => issue.message.includes("did you mean")).length;
    expect(hinted).toBe(20);
  });
});

describe("unknown fields get a near field name", () => {
  it("on a tie, an actor and the document", () => {
    const result = validateEcosystem({
      actors: [{ id: "a1", role: "funder", lable: "A" }],
      ties: [{ source: "a1", target: "a1", kind: "funding", wieght: 2 }],
      nmae: "x",
    });
    const messages = result.ok ? [] : result.issues.map((issue) => `${issue.path}: ${issue.message}`);
    expect(messages).toContain('actors[0]: unknown field "lable"; did you mean "label"?');
    expect(messages).toContain('ties[0]: unknown field "wieght"; did you mean "weight"?');
    expect(messages).toContain(': unknown field "nmae"; did you mean "name"?');
  });
});
