// The guide (docs/peer-learning.md) cannot rot: its script is docs/examples/peer-learning-clinics.ts
// with the source imports gathered into one import per package entry, and the script runs here.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { packageEntryOf } from "../helpers.js";

const DOCS = fileURLToPath(new URL("../../docs/", import.meta.url));

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

describe("docs/peer-learning.md", () => {
  it("shows the example script with the package's imports", () => {
    const guide = readFileSync(`${DOCS}peer-learning.md`, "utf8");
    const block = [...guide.matchAll(/```ts\n([\s\S]*?)```/g)][0]![1]!;
    const script = readFileSync(`${DOCS}examples/peer-learning-clinics.ts`, "utf8");
    const namesByEntry = new Map<string, string[]>();
    for (const match of script.matchAll(/^import \{ (.+) \} from "([^"]+)"/gm)) {
      const entry = packageEntryOf(match[2]!);
      namesByEntry.set(entry, [...(namesByEntry.get(entry) ?? []), ...match[1]!.split(", ")]);
    }
    const imports = [...namesByEntry]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([entry, names]) =>
        names.length === 1
          ? `import { ${names[0]} } from "${entry}";`
          : `import {\n${names
              .sort()
              .map((name) => `  ${name},`)
              .join("\n")}\n} from "${entry}";`,
      );
    const body = script
      .split("\n")
      .slice(2)
      .filter((line) => !line.startsWith("import "))
      .join("\n");
    expect(block).toBe(`${imports.join("\n")}\n${body.trimEnd()}\n`);
  });

  it("runs, and prints what the guide shows", async () => {
    const example = await import("../../docs/examples/peer-learning-clinics.js");
    expect(example.plan.feasible).toBe(true);
    expect(example.mine.score).toBeLessThanOrEqual(example.plan.score);
    expect(example.comparison.ties.added).toHaveLength(example.plan.newPairs);
    expect(example.markdown).toMatch(/^# Peer-learning clinics, spring\n/);
    const guide = readFileSync(`${DOCS}peer-learning.md`, "utf8");
    const printed = guide
      .match(/```text\n([\s\S]*?)```/)![1]!
      .trimEnd()
      .split("\n");
    expect(lines).toEqual(printed);
  });
});
