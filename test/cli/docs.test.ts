import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cliReference } from "../../src/cli/reference.js";

describe("docs/cli.md", () => {
  it("is the reference generated from the commands' help (run npx tsx scripts/cli-docs.ts)", () => {
    expect(readFileSync(new URL("../../docs/cli.md", import.meta.url), "utf8")).toBe(cliReference());
  });
});
