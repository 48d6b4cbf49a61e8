// The languages guide cannot rot: its script is docs/examples/languages.ts as it is, and it runs.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { withPackageImports } from "../helpers.js";

const DOCS = fileURLToPath(new URL("../../docs/", import.meta.url));

beforeEach(() => {
  vi.spyOn(console, "log").mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe("docs/languages.md", () => {
  it("shows docs/examples/languages.ts as it is, importing from ecoweave", () => {
    const file = readFileSync(`${DOCS}examples/languages.ts`, "utf8");
    const shown = withPackageImports(file);
    expect(readFileSync(`${DOCS}languages.md`, "utf8")).toContain(`\`\`\`ts\n${shown}\`\`\``);
  });

  it("runs: the gap in three languages, the reports in Finnish and Swedish with the custom role", async () => {
    const example = await import("../../docs/examples/languages.js");
    expect(new Set([example.english, example.finnish, example.swedish]).size).toBe(3);
    expect(example.markdownFi).toContain("| Kunta | 1 |");
    expect(example.markdownSv).toContain("| municipality | 1 |");
    expect(example.markdownFi).toContain("| Tiheys | 0,3333 |");
  });
});
