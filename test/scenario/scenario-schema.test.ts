// The scenario document: parse, validate, JSON Schema, and the round trip parse → serialize → parse.
import { describe, expect, it } from "vitest";
import { EcosystemValidationError } from "../../src/model/errors.js";
import {
  parseScenario,
  SCENARIO_OPS,
  scenarioJsonSchema,
  validateScenario,
} from "../../src/scenario/scenario-schema.js";
import { deepFreeze } from "../helpers.js";

const scenario = deepFreeze({
  name: "ESF+ ends, the competence centre steps in",
  description: "What if the ESF+ programme ends and u-competence trains its pendants?",
  base: "data/sample.json",
  changes: [
    { op: "removeActor", id: "f-esf" },
    {
      op: "addActor",
      actor: { id: "f-new", role: "funder", label: "New fund", attributes: { region: "Uusimaa" } },
    },
    { op: "updateActor", id: "sat-d01", set: { label: null, attributes: { region: null, size: 3 } } },
    {
      op: "addTie",
      tie: { source: "u-competence", target: "sat-d01", kind: "training", weight: 2, since: "2026-01-01" },
    },
    { op: "removeTie", source: "lap-d01", target: "ppo-d05", kind: "collaboration" },
    {
      op: "applyPlan",
      plan: { steps: [{ source: "pir-d05", target: "pir-d06", score: 0.8, reasons: ["same region"] }] },
      kind: "peer-learning",
    },
  ],
});

function issuesOf(input: unknown): { code: string; path: string }[] {
  const result = validateScenario(input);
  return result.ok ? [] : result.issues.map(({ code, path }) => ({ code, path }));
}

describe("parseScenario", () => {
  it("returns the scenario with every change", () => {
    const parsed = parseScenario(scenario);
    expect(parsed.changes.map((change) => change.op)).toEqual([
      "removeActor",
      "addActor",
      "updateActor",
      "addTie",
      "removeTie",
      "applyPlan",
    ]);
    expect(parsed).toEqual(scenario);
  });

  it("has one change in the doc example", () => {
    expect(
      parseScenario({ name: "ESF+ ends", changes: [{ op: "removeActor", id: "f-esf" }] }).changes.length,
    ).toBe(1);
  });

  it("round-trips: parse, serialize, parse gives an equal scenario", () => {
    const once = parseScenario(scenario);
    const twice = parseScenario(JSON.parse(JSON.stringify(once)));
    expect(twice).toEqual(once);
    expect(JSON.stringify(twice)).toBe(JSON.stringify(once));
  });

  it("throws EcosystemValidationError listing every problem with its path", () => {
    expect(() => parseScenario({ changes: [{ op: "removeActor" }], extra: 1 })).toThrow(
      EcosystemValidationError,
    );
    expect(issuesOf({ changes: [{ op: "removeActor" }], extra: 1 })).toEqual([
      { code: "unrecognized_keys", path: "" },
      { code: "invalid_type", path: "changes[0].id" },
    ]);
  });

  it("names an unknown op and lists the known ones", () => {
    const result = validateScenario({ changes: [{ op: "dropActor", id: "a" }, { id: "b" }] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      {
        code: "unknown_op",
        path: "changes[0].op",
        message: `unknown op "dropActor"; use one of ${SCENARIO_OPS.join(", ")}`,
      },
      {
        code: "unknown_op",
        path: "changes[1].op",
        message: `op is required; use one of ${SCENARIO_OPS.join(", ")}`,
      },
    ]);
  });

  it("checks actors and ties by the ecosystem document's rules", () => {
    expect(
      issuesOf({
        changes: [
          { op: "addActor", actor: { id: "constructor", role: "developer" } },
          {
            op: "addTie",
            tie: { source: "a", target: "b", kind: "funding", since: "2024-02-30", weight: 0 },
          },
          { op: "updateActor", id: "a", set: { attributes: { x: { nested: true } } } },
          { op: "applyPlan", plan: { steps: [{ source: "a" }] } },
        ],
      }),
    ).toEqual([
      { code: "reserved_id", path: "changes[0].actor.id" },
      { code: "invalid_date", path: "changes[1].tie.since" },
      { code: "non_positive_weight", path: "changes[1].tie.weight" },
      { code: "invalid_union", path: "changes[2].set.attributes.x" },
      { code: "invalid_type", path: "changes[3].plan.steps[0].target" },
    ]);
  });

  it("refuses __proto__ in set.attributes instead of dropping it (issue 14)", () => {
    const scenario = JSON.parse(
      '{ "changes": [{ "op": "updateActor", "id": "a", "set": { "attributes": { "__proto__": "x", "toString": 1, "ok": 2 } } }] }',
    ) as unknown;
    expect(issuesOf(scenario)).toEqual([
      { code: "reserved_id", path: "changes[0].set.attributes.__proto__" },
    ]);
  });

  it("requires the changes list", () => {
    expect(issuesOf({ name: "x" })).toEqual([{ code: "invalid_type", path: "changes" }]);
    expect(issuesOf([])).toEqual([{ code: "invalid_type", path: "" }]);
  });
});

describe("validateScenario", () => {
  it("does not throw, and reports changes[0].id as required in the doc example", () => {
    expect(validateScenario({ changes: [{ op: "removeActor" }] }).ok).toBe(false);
    expect(issuesOf({ changes: [{ op: "removeActor" }] })).toEqual([
      { code: "invalid_type", path: "changes[0].id" },
    ]);
  });

  it("accepts a valid scenario", () => {
    expect(validateScenario(scenario).ok).toBe(true);
  });
});

describe("scenarioJsonSchema", () => {
  it("requires changes and lists the six ops", () => {
    const schema = scenarioJsonSchema();
    expect(schema.required).toEqual(["changes"]);
    const changes = (schema.properties as Record<string, { items: { oneOf?: unknown[]; anyOf?: unknown[] } }>)
      .changes!;
    const options = (changes.items.oneOf ?? changes.items.anyOf) as {
      properties: { op: { const: string } };
    }[];
    expect(options.map((option) => option.properties.op.const)).toEqual([...SCENARIO_OPS]);
  });
});
