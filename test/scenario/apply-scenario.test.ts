// applyScenario: each operation, each refusal (matched by code and path), and immutability.
// No reference tool: every expected value is read off the small documents below.
import { describe, expect, it } from "vitest";
import { sampleEcosystem } from "../../src/datasets/sample-ecosystem.js";
import { createEcosystem, type Ecosystem, toEcosystemData } from "../../src/model/ecosystem.js";
import { EcosystemValidationError } from "../../src/model/errors.js";
import type { EcosystemData } from "../../src/model/schema.js";
import { applyScenario } from "../../src/scenario/apply-scenario.js";
import type { ScenarioChange } from "../../src/scenario/scenario-schema.js";
import { deepFreeze, thrownIssues } from "../helpers.js";

const base: EcosystemData = {
  name: "small",
  roles: [{ id: "host", needs: ["developer"] }],
  actors: [
    { id: "f1", role: "funder", label: "Fund" },
    { id: "d1", role: "developer", attributes: { region: "Uusimaa", themes: ["youth"] } },
    { id: "d2", role: "developer" },
    { id: "u1", role: "upskiller" },
  ],
  ties: [
    { source: "f1", target: "d1", kind: "funding", amount: 1000 },
    { source: "d1", target: "d2", kind: "collaboration" },
    { source: "d2", target: "d1", kind: "collaboration", weight: 2 },
    { source: "u1", target: "d2", kind: "training" },
  ],
};

const eco = () => createEcosystem(base);

function issuesOf(fn: () => unknown): { code: string; path: string }[] {
  return thrownIssues(fn).map(({ code, path }) => ({ code, path }));
}

function tiesOf(graph: Ecosystem): string[] {
  return toEcosystemData(graph).ties.map((t) => `${t.source}>${t.target}:${t.kind}`);
}

describe("applyScenario", () => {
  it("removes f-esf from the sample ecosystem, leaving 114 actors (the doc example)", () => {
    expect(applyScenario(sampleEcosystem(), [{ op: "removeActor", id: "f-esf" }]).order).toBe(114);
  });

  it("adds an actor after the others, keeping the document's name and roles", () => {
    const after = applyScenario(eco(), [
      { op: "addActor", actor: { id: "h1", role: "host", attributes: { region: "Lappi" } } },
    ]);
    expect(after.nodes()).toEqual(["f1", "d1", "d2", "u1", "h1"]);
    expect(after.getNodeAttributes("h1")).toEqual({ role: "host", attributes: { region: "Lappi" } });
    expect(after.getAttribute("name")).toBe("small");
    expect(after.getAttribute("roles")).toEqual([{ id: "host", needs: ["developer"] }]);
  });

  it("removes an actor together with every tie it has", () => {
    const after = applyScenario(eco(), [{ op: "removeActor", id: "d1" }]);
    expect(after.nodes()).toEqual(["f1", "d2", "u1"]);
    expect(tiesOf(after)).toEqual(["u1>d2:training"]);
  });

  it("updates an actor: label replaced, role changed, attributes merged key by key", () => {
    const after = applyScenario(eco(), [
      {
        op: "updateActor",
        id: "d1",
        set: { label: "Dev one", role: "host", attributes: { region: null, size: 12 } },
      },
    ]);
    expect(after.getNodeAttributes("d1")).toEqual({
      role: "host",
      label: "Dev one",
      attributes: { themes: ["youth"], size: 12 },
    });
  });

  it("removes the label with label: null and every attribute with attributes: null", () => {
    const after = applyScenario(eco(), [
      { op: "updateActor", id: "f1", set: { label: null } },
      { op: "updateActor", id: "d1", set: { attributes: null } },
    ]);
    expect(after.getNodeAttributes("f1")).toEqual({ role: "funder" });
    expect(after.getNodeAttributes("d1")).toEqual({ role: "developer" });
  });

  it("drops the attributes field when the merge removes the last key", () => {
    const after = applyScenario(eco(), [
      { op: "updateActor", id: "d1", set: { attributes: { region: null, themes: null } } },
    ]);
    expect(after.getNodeAttributes("d1")).toEqual({ role: "developer" });
  });

  it("adds a tie after the others, directed by its kind", () => {
    const after = applyScenario(eco(), [
      { op: "addTie", tie: { source: "f1", target: "u1", kind: "funding", since: "2024-01-01" } },
    ]);
    expect(tiesOf(after).at(-1)).toBe("f1>u1:funding");
    const edge = after.edges("f1", "u1")[0]!;
    expect(after.isDirected(edge)).toBe(true);
    expect(after.getEdgeAttributes(edge)).toEqual({ kind: "funding", since: "2024-01-01" });
  });

  it("removes every undirected tie of the kind between the pair, in either orientation", () => {
    const after = applyScenario(eco(), [
      { op: "removeTie", source: "d2", target: "d1", kind: "collaboration" },
    ]);
    expect(tiesOf(after)).toEqual(["f1>d1:funding", "u1>d2:training"]);
  });

  it("removes a directed tie only in its own direction", () => {
    expect(
      issuesOf(() =>
        applyScenario(eco(), [{ op: "removeTie", source: "d1", target: "f1", kind: "funding" }]),
      ),
    ).toEqual([{ code: "no_matching_tie", path: "changes[0]" }]);
    const after = applyScenario(eco(), [{ op: "removeTie", source: "f1", target: "d1", kind: "funding" }]);
    expect(tiesOf(after)).toEqual(["d1>d2:collaboration", "d2>d1:collaboration", "u1>d2:training"]);
  });

  it("applies a weaving plan as collaboration ties by default", () => {
    const plan = {
      steps: [
        { source: "f1", target: "u1", score: 0.9 },
        { source: "d2", target: "f1" },
      ],
      budget: 2,
    };
    const after = applyScenario(eco(), [{ op: "applyPlan", plan }]);
    expect(tiesOf(after).slice(-2)).toEqual(["f1>u1:collaboration", "d2>f1:collaboration"]);
    expect(after.isUndirected(after.edges("f1", "u1")[0]!)).toBe(true);
  });

  it("applies a weaving plan with the kind, weight and since given in the change", () => {
    const after = applyScenario(eco(), [
      {
        op: "applyPlan",
        plan: { steps: [{ source: "d2", target: "u1" }] },
        kind: "peer-learning",
        weight: 3,
        since: "2026-01-01",
      },
    ]);
    expect(toEcosystemData(after).ties.at(-1)).toEqual({
      source: "d2",
      target: "u1",
      kind: "peer-learning",
      weight: 3,
      since: "2026-01-01",
    });
  });

  it("applies changes in order: an actor removed and added again starts without ties", () => {
    const after = applyScenario(eco(), [
      { op: "removeActor", id: "d1" },
      { op: "addActor", actor: { id: "d1", role: "developer" } },
      { op: "addTie", tie: { source: "d1", target: "u1", kind: "training", directed: false } },
    ]);
    expect(after.nodes()).toEqual(["f1", "d2", "u1", "d1"]);
    expect(tiesOf(after)).toEqual(["u1>d2:training", "d1>u1:training"]);
  });

  it("returns an equal ecosystem for an empty list", () => {
    expect(toEcosystemData(applyScenario(eco(), []))).toEqual(base);
  });

  it("refuses an unknown op and a malformed change, with their paths", () => {
    const changes = [
      { op: "renameActor", id: "d1" },
      { op: "addTie", tie: { source: "d1", target: "d2", kind: "collaboration", weight: -1 } },
      { op: "removeActor" },
    ] as unknown as ScenarioChange[];
    expect(issuesOf(() => applyScenario(eco(), changes))).toEqual([
      { code: "unknown_op", path: "changes[0].op" },
      { code: "non_positive_weight", path: "changes[1].tie.weight" },
      { code: "invalid_type", path: "changes[2].id" },
    ]);
  });

  it("refuses changes naming unknown actors, listing every one with its index", () => {
    const issues = issuesOf(() =>
      applyScenario(eco(), [
        { op: "removeActor", id: "x1" },
        { op: "updateActor", id: "x2", set: { label: "X" } },
        { op: "addTie", tie: { source: "d1", target: "x3", kind: "collaboration" } },
        { op: "removeTie", source: "x4", target: "d1", kind: "collaboration" },
        {
          op: "applyPlan",
          plan: {
            steps: [
              { source: "d1", target: "u1" },
              { source: "x5", target: "d2" },
            ],
          },
        },
      ]),
    );
    expect(issues).toEqual([
      { code: "unknown_actor", path: "changes[0].id" },
      { code: "unknown_actor", path: "changes[1].id" },
      { code: "unknown_actor", path: "changes[2].tie.target" },
      { code: "unknown_actor", path: "changes[3].source" },
      { code: "unknown_actor", path: "changes[4].plan.steps[1].source" },
    ]);
  });

  it("refuses a duplicate actor and a tie to an actor that has left", () => {
    expect(
      issuesOf(() =>
        applyScenario(eco(), [
          { op: "addActor", actor: { id: "d1", role: "developer" } },
          { op: "removeActor", id: "u1" },
          { op: "addTie", tie: { source: "u1", target: "d1", kind: "training" } },
        ]),
      ),
    ).toEqual([
      { code: "duplicate_id", path: "changes[0].actor.id" },
      { code: "unknown_actor", path: "changes[2].tie.source" },
    ]);
  });

  it("maps the document's cross-record rules back to the change that broke them", () => {
    const issues = issuesOf(() =>
      applyScenario(eco(), [
        { op: "addActor", actor: { id: "x1", role: "mentor" } },
        { op: "updateActor", id: "d2", set: { role: "coach", attributes: { constructor: "x" } } },
        { op: "addTie", tie: { source: "d1", target: "d1", kind: "information" } },
        {
          op: "addTie",
          tie: { source: "d1", target: "u1", kind: "information", since: "2024-01-01", until: "2023-01-01" },
        },
        { op: "applyPlan", plan: { steps: [{ source: "f1", target: "f1" }] } },
      ]),
    );
    expect(issues).toEqual([
      { code: "unknown_role", path: "changes[0].actor.role" },
      { code: "reserved_id", path: "changes[1].set.attributes.constructor" },
      { code: "unknown_role", path: "changes[1].set.role" },
      { code: "self_tie", path: "changes[2].tie" },
      { code: "date_order", path: "changes[3].tie.until" },
      { code: "self_tie", path: "changes[4].plan.steps[0]" },
    ]);
  });

  it("maps an actor's role problem to the change that set the role, not a later update", () => {
    const issues = issuesOf(() =>
      applyScenario(eco(), [
        { op: "addActor", actor: { id: "x1", role: "mentor" } },
        { op: "updateActor", id: "x1", set: { label: "X" } },
      ]),
    );
    expect(issues).toEqual([{ code: "unknown_role", path: "changes[0].actor.role" }]);
  });

  it("prints every problem, one per line", () => {
    expect(() =>
      applyScenario(eco(), [
        { op: "removeActor", id: "x1" },
        { op: "removeTie", source: "d1", target: "u1", kind: "training" },
      ]),
    ).toThrowErrorMatchingInlineSnapshot(`
      [EcosystemValidationError: invalid scenario: 2 problems
      changes[0].id: unknown actor "x1"
      changes[1]: no training tie from "d1" to "u1" to remove]
    `);
  });

  it("applies nothing when any change is wrong", () => {
    const graph = eco();
    const before = graph.export();
    expect(() =>
      applyScenario(graph, [
        { op: "removeActor", id: "d1" },
        { op: "removeActor", id: "nobody" },
      ]),
    ).toThrow(EcosystemValidationError);
    expect(graph.export()).toEqual(before);
  });

  it("leaves the ecosystem and the deep-frozen changes unchanged, and shares no object with them", () => {
    const graph = eco();
    const before = graph.export();
    const changes = deepFreeze<ScenarioChange[]>([
      { op: "addActor", actor: { id: "h1", role: "host", attributes: { themes: ["a", "b"] } } },
      { op: "updateActor", id: "d1", set: { attributes: { themes: ["c"] } } },
      { op: "addTie", tie: { source: "h1", target: "d1", kind: "collaboration" } },
      { op: "removeTie", source: "d1", target: "d2", kind: "collaboration" },
      { op: "removeActor", id: "f1" },
      { op: "applyPlan", plan: { steps: [{ source: "h1", target: "u1" }] } },
    ]);
    const after = applyScenario(graph, changes);
    expect(graph.export()).toEqual(before);
    expect(after).not.toBe(graph);
    const themes = after.getNodeAttribute("h1", "attributes")!.themes as string[];
    themes.push("z");
    expect(
      (changes[0] as unknown as { actor: { attributes: { themes: string[] } } }).actor.attributes.themes,
    ).toEqual(["a", "b"]);
    expect(graph.getNodeAttribute("d1", "attributes")).toEqual({ region: "Uusimaa", themes: ["youth"] });
  });
});
