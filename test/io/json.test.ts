import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseEcosystemJson, STRINGIFY_ECOSYSTEM_DEFAULTS, stringifyEcosystem } from "../../src/io/json.js";
import { createEcosystem, toEcosystemData } from "../../src/model/ecosystem.js";
import { deepFreeze, thrownIssues } from "../helpers.js";
import { ecosystemDocuments, SAMPLE } from "./sample.js";

describe("parseEcosystemJson", () => {
  it("reads the document stringifyEcosystem writes back to equal data", () => {
    const eco = createEcosystem(deepFreeze(structuredClone(SAMPLE)));
    expect(toEcosystemData(parseEcosystemJson(stringifyEcosystem(eco)))).toEqual(toEcosystemData(eco));
  });

  it("counts the actors of its doc-comment example", () => {
    expect(parseEcosystemJson('{"actors":[{"id":"a","role":"funder"}],"ties":[]}').order).toBe(1);
  });

  it("skips a leading byte-order mark", () => {
    expect(parseEcosystemJson('\uFEFF{"actors":[],"ties":[]}').order).toBe(0);
  });

  it("reports a syntax error with its line and column", () => {
    const issues = thrownIssues(() => parseEcosystemJson('{\n  "actors": [],\n  "ties" []\n}'));
    expect(issues).toMatchObject([
      { code: "invalid_json", path: "", message: expect.stringContaining("line 3, column 10") },
    ]);
  });

  it("reports an unfinished document at its end", () => {
    const issues = thrownIssues(() => parseEcosystemJson('{\n "actors": ['));
    expect(issues[0]!.message).toContain("line 2, column 13");
  });

  it("reports empty text", () => {
    const issues = thrownIssues(() => parseEcosystemJson("  "));
    expect(issues).toMatchObject([
      { code: "invalid_json", path: "", message: "not valid JSON: the text is empty" },
    ]);
  });

  it("reports every invalid record at its JSON path", () => {
    const issues = thrownIssues(() =>
      parseEcosystemJson(
        JSON.stringify({
          actors: [
            { id: "a", role: "funder" },
            { id: "a", role: "nobody" },
          ],
          ties: [{ source: "a", target: "x9", kind: "funding", weight: -1 }],
        }),
      ),
    );
    expect(issues.map((issue) => `${issue.path} ${issue.code}`)).toEqual([
      "actors[1].id duplicate_id",
      "actors[1].role unknown_role",
      "ties[0].target unknown_actor",
      "ties[0].weight non_positive_weight",
    ]);
  });

  it("round-trips generated valid documents (property)", () => {
    fc.assert(
      fc.property(ecosystemDocuments, (data) => {
        const eco = createEcosystem(data);
        expect(toEcosystemData(parseEcosystemJson(stringifyEcosystem(eco)))).toEqual(toEcosystemData(eco));
      }),
      { numRuns: 150, seed: 20261129 },
    );
  });
});

describe("stringifyEcosystem", () => {
  it("writes one line with space 0, as its doc-comment example says", () => {
    expect(stringifyEcosystem(createEcosystem({ actors: [], ties: [] }), { space: 0 })).toBe(
      '{"actors":[],"ties":[]}\n',
    );
  });

  it("indents by two spaces by default", () => {
    expect(STRINGIFY_ECOSYSTEM_DEFAULTS.space).toBe(2);
    expect(stringifyEcosystem(createEcosystem({ actors: [], ties: [] }))).toBe(
      '{\n  "actors": [],\n  "ties": []\n}\n',
    );
  });

  it("leaves its input unchanged", () => {
    const eco = createEcosystem(SAMPLE);
    const before = eco.export();
    stringifyEcosystem(eco);
    expect(eco.export()).toEqual(before);
  });
});
