// `ecoweave plan --objective spread`, run in-process with a recording CliIo.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { planCommand } from "../../src/cli/commands/plan.js";
import { UsageError } from "../../src/cli/usage-error.js";
import { createEcosystem } from "../../src/model/ecosystem.js";
import { planWeaving } from "../../src/weave/plan-weaving.js";
import { recordingIo } from "../cli/in-process.js";
import { BRIDGED } from "../spread/networks.js";

/** BRIDGED without the d–e tie: the innovation started in the north cannot reach the south. */
const SPLIT = { ...BRIDGED, ties: BRIDGED.ties.filter((t) => !(t.source === "d" && t.target === "e")) };

let cwd = "";

beforeAll(() => {
  cwd = mkdtempSync(join(tmpdir(), "ecoweave-plan-spread-"));
  writeFileSync(join(cwd, "split.json"), JSON.stringify(SPLIT));
});

async function run(values: Record<string, string | boolean>): Promise<string> {
  const { io, written } = recordingIo(cwd);
  await planCommand.run(["split.json"], values, io);
  return written();
}

describe("ecoweave plan --objective spread", () => {
  it("plans the ties planWeaving plans, with the spread reason and the reach before and after", async () => {
    const flags = {
      budget: "2",
      objective: "spread",
      seeds: "a",
      p: "0.5",
      runs: "300",
      "group-by": "region",
    };
    const json = JSON.parse(await run({ ...flags, format: "json" }));
    const plan = planWeaving(createEcosystem(SPLIT), {
      budget: 2,
      objective: "spread",
      spread: { seeds: ["a"], probability: 0.5, runs: 300, groupBy: "region" },
    });
    expect(json.steps.map((s: { source: string; target: string }) => [s.source, s.target])).toEqual(
      plan.steps.map((s) => [s.source, s.target]),
    );
    expect(json.spread.after).toBe(plan.spread!.after);
    const text = await run(flags);
    expect(text).toContain(plan.steps[0]!.spread!.reason.text);
    expect(text).toMatch(/Spread from a: expected reach \d+\.\d\d before, \d+\.\d\d after/);
  });

  it("refuses spread flags without the spread objective, and the objective without --seeds", async () => {
    await expect(run({ budget: "1", seeds: "a" })).rejects.toThrow(UsageError);
    await expect(run({ budget: "1", objective: "spread" })).rejects.toThrow(/--seeds/);
  });
});
