// The `ecoweave spread` command, run in-process with a recording CliIo (the built CLI is tested in test/cli).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { spreadCommand } from "../../src/cli/commands/spread.js";
import { UsageError } from "../../src/cli/usage-error.js";
import { recordingIo } from "../cli/in-process.js";
import { BRIDGED } from "./networks.js";

let cwd = "";

beforeAll(() => {
  cwd = mkdtempSync(join(tmpdir(), "ecoweave-spread-"));
  writeFileSync(join(cwd, "bridged.json"), JSON.stringify(BRIDGED));
});

async function run(values: Record<string, string | boolean>): Promise<string> {
  const { io, written } = recordingIo(cwd);
  await spreadCommand.run(["bridged.json"], values, io);
  return written();
}

describe("ecoweave spread", () => {
  it("simulates from --seeds and prints the reach as text", async () => {
    const out = await run({ seeds: "a,h", p: "0.3", "group-by": "region", runs: "200" });
    expect(out).toMatch(/^Starting with a, h: expected reach \d+\.\d\d ± \d+\.\d\d of 8 actors/);
    expect(out).toContain("By region: Middle");
  });

  it("finds seeds with --find and writes JSON with both results", async () => {
    const json = JSON.parse(await run({ find: "2", p: "0.3", runs: "100", format: "json" }));
    expect(json.seeds.seeds).toHaveLength(2);
    expect(json.simulation.seeds).toEqual([...json.seeds.seeds.map((s: { id: string }) => s.id)].sort());
  });

  it("reads --model lt, --p-kind and --format md", async () => {
    expect(await run({ seeds: "a", model: "lt", format: "md", runs: "100" })).toContain(
      "## Spread of the innovation",
    );
    const md = await run({
      seeds: "a",
      "p-kind": "collaboration=0.5,*=0.1",
      format: "md",
      runs: "100",
      "group-by": "region",
    });
    expect(md).toContain("```text");
  });

  it.each([
    ["neither --seeds nor --find", {}],
    ["both --seeds and --find", { seeds: "a", find: "2" }],
    ["a chance above 1", { seeds: "a", p: "2" }],
    ["a malformed --p-kind", { seeds: "a", "p-kind": "collaboration" }],
    ["an unknown model", { seeds: "a", model: "sir" }],
    ["--epsilon out of range", { find: "1", epsilon: "2" }],
  ])("refuses %s with a usage error", async (_name, values) => {
    await expect(run(values)).rejects.toThrow(UsageError);
  });
});
