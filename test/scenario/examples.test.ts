// The researcher's guide (docs/scenarios.md) cannot rot: each of its scripts is the file in
// docs/examples with the source imports written as `from "ecoweave"`, and each file runs here.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { sampleEcosystem } from "../../src/datasets/sample-ecosystem.js";
import { components } from "../../src/metrics/components.js";
import { globalEfficiency } from "../../src/metrics/efficiency.js";
import { snapshot } from "../../src/scenario/snapshot.js";
import { withPackageImports } from "../helpers.js";

const DOCS = fileURLToPath(new URL("../../docs/", import.meta.url));
const EXAMPLES = ["funder-leaves", "weaving-plan", "five-years"] as const;

/** The TypeScript blocks of the guide that start with an example's first line. */
function guideBlocks(): string[] {
  const guide = readFileSync(`${DOCS}scenarios.md`, "utf8");
  return [...guide.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]!);
}

let lines: string[] = [];
beforeEach(() => {
  lines = [];
  vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => {
    lines.push(args.join(" "));
  });
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe("docs/scenarios.md", () => {
  it.each(EXAMPLES)("shows docs/examples/%s.ts as it is, importing from ecoweave", (name) => {
    const file = readFileSync(`${DOCS}examples/${name}.ts`, "utf8");
    const shown = withPackageImports(file);
    expect(guideBlocks()).toContain(shown);
  });
});

describe("docs/examples", () => {
  it("funder-leaves: ESF+ ending cuts its nine pendants off, and the removal curve starts intact", async () => {
    const example = await import("../../docs/examples/funder-leaves.js");
    expect(example.comparison.figures.after.components - example.comparison.figures.before.components).toBe(
      9,
    );
    expect(example.curve.steps[0]!.unmetNeeds).toBe(0);
    expect(example.curve.steps[1]!.removedIds).toEqual(["f-esf"]);
    expect(example.curve.steps).toHaveLength(14);
    expect(lines[0]).toBe("# ESF+ ends");
    expect(lines.some((line) => line.startsWith("- 1 actor left"))).toBe(true);
  });

  it("weaving-plan: the applied plan's figures are the plan's own after figures", async () => {
    const example = await import("../../docs/examples/weaving-plan.js");
    const { plan, comparison, after } = example;
    expect(comparison.figures.after.globalEfficiency).toBeCloseTo(plan.after.globalEfficiency, 12);
    expect(comparison.figures.after.components).toBe(plan.after.components);
    expect(comparison.figures.before.globalEfficiency).toBeCloseTo(plan.before.globalEfficiency, 12);
    expect(comparison.figures.before.components).toBe(plan.before.components);
    expect(comparison.ties.added).toHaveLength(plan.steps.length);
    expect(globalEfficiency(after)).toBeCloseTo(plan.after.globalEfficiency, 12);
  });

  it("five-years: the timeline shows the planted change and the comparison says it", async () => {
    const example = await import("../../docs/examples/five-years.js");
    expect(example.points.map((point) => point.date)).toEqual([
      "2021-06-30",
      "2022-06-30",
      "2023-06-30",
      "2024-06-30",
      "2025-06-30",
    ]);
    expect(example.points[1]!.components).toBe(6);
    expect(example.points[4]!.components).toBe(4);
    const eco = sampleEcosystem();
    expect(example.change.figures.after.components).toBe(components(snapshot(eco, "2025-06-30")).count);
    expect(lines.some((line) => line.startsWith("- Components: 6 before, 4 after"))).toBe(true);
  });
});
