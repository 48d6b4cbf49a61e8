// The layer rule of DESIGN.md, enforced on the source: imports go downwards only, no import cycles,
// and `node:` modules only in src/cli/ and the `ecoweave/node` entry (src/node.ts).
import { readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = fileURLToPath(new URL("../src/", import.meta.url));

/** Which layers each layer may import from (besides itself). */
const ALLOWED: Record<string, readonly string[]> = {
  internal: [],
  text: [],
  model: ["internal", "text"],
  metrics: ["model", "internal", "text"],
  io: ["model", "internal", "text"],
  datasets: ["model", "internal", "text"],
  gaps: ["metrics", "model", "internal", "text"],
  brokers: ["metrics", "model", "internal", "text"],
  spread: ["metrics", "model", "internal", "text"],
  weave: ["spread", "gaps", "brokers", "metrics", "model", "internal", "text"],
  convene: ["spread", "gaps", "brokers", "metrics", "model", "internal", "text"],
  scenario: ["convene", "weave", "spread", "gaps", "brokers", "metrics", "model", "internal", "text"],
  report: [
    "scenario",
    "convene",
    "weave",
    "spread",
    "gaps",
    "brokers",
    "metrics",
    "model",
    "internal",
    "datasets",
    "text",
  ],
  cli: [
    "entry",
    "report",
    "scenario",
    "convene",
    "weave",
    "spread",
    "gaps",
    "brokers",
    "metrics",
    "io",
    "datasets",
    "model",
    "internal",
    "text",
  ],
  entry: [
    "report",
    "scenario",
    "convene",
    "weave",
    "spread",
    "gaps",
    "brokers",
    "metrics",
    "io",
    "datasets",
    "model",
    "internal",
    "text",
  ],
};

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

function layerOf(file: string): string {
  const path = relative(SRC, file);
  return path.includes("/") ? path.split("/")[0]! : "entry";
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specifiers: string[] = [];
  const pattern =
    /(?:^|\n)\s*(?:import|export)\b[^'"]*?\bfrom\s*["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']\s*\)|(?:^|\n)\s*import\s*["']([^"']+)["']/g;
  for (const match of text.matchAll(pattern)) specifiers.push((match[1] ?? match[2] ?? match[3])!);
  return specifiers;
}

function resolveImport(file: string, specifier: string): string {
  return resolve(dirname(file), specifier.replace(/\.js$/, ".ts"));
}

const files = sourceFiles(SRC);
const NODE_BUILTINS = new Set(builtinModules);

describe("architecture", () => {
  it("finds the source files", () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it("imports only downwards between layers", () => {
    const violations: string[] = [];
    for (const file of files) {
      const from = layerOf(file);
      for (const specifier of importsOf(file)) {
        if (!specifier.startsWith(".")) continue;
        const target = resolveImport(file, specifier);
        // package.json, read by the CLI for its version, is the one import from outside src/.
        if (relative(SRC, target).startsWith("..")) continue;
        const to = layerOf(target);
        if (to !== from && !(ALLOWED[from] ?? []).includes(to)) {
          violations.push(`${relative(SRC, file)} (${from}) imports ${specifier} (${to})`);
        }
      }
    }
    expect(violations).toEqual([]);
  });

  it("imports node modules only in src/cli and src/node.ts", () => {
    const violations: string[] = [];
    for (const file of files) {
      const path = relative(SRC, file);
      if (path.startsWith("cli/") || path === "node.ts") continue;
      for (const specifier of importsOf(file)) {
        if (specifier.startsWith("node:") || NODE_BUILTINS.has(specifier))
          violations.push(`${path} imports ${specifier}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it("has no import cycle", () => {
    const graph = new Map<string, string[]>();
    for (const file of files) {
      graph.set(
        file,
        importsOf(file)
          .filter((specifier) => specifier.startsWith("."))
          .map((specifier) => resolveImport(file, specifier)),
      );
    }
    const state = new Map<string, "visiting" | "done">();
    const cycles: string[] = [];
    for (const start of graph.keys()) {
      if (state.has(start)) continue;
      const stack: { file: string; next: number }[] = [{ file: start, next: 0 }];
      state.set(start, "visiting");
      while (stack.length > 0) {
        const frame = stack[stack.length - 1]!;
        const targets = graph.get(frame.file) ?? [];
        if (frame.next < targets.length) {
          const target = targets[frame.next++]!;
          const seen = state.get(target);
          if (seen === "visiting") {
            const path = [...stack.map((f) => f.file), target].map((f) => relative(SRC, f));
            cycles.push(path.slice(path.indexOf(relative(SRC, target))).join(" → "));
          } else if (seen === undefined && graph.has(target)) {
            state.set(target, "visiting");
            stack.push({ file: target, next: 0 });
          }
        } else {
          state.set(frame.file, "done");
          stack.pop();
        }
      }
    }
    expect(cycles).toEqual([]);
  });

  it.each(["index.ts", "io.ts", "report.ts", "defaults.ts"])(
    "keeps the entry src/%s to re-exports",
    (entry) => {
      const text = readFileSync(join(SRC, entry), "utf8").replace(/\/\*\*[\s\S]*?\*\//g, "");
      const statements = text
        .split("\n")
        .filter((line) => line.trim() !== "" && !line.trim().startsWith("//"))
        .join("\n");
      expect(statements.replace(/export\s+(?:type\s+)?\{[^}]*\}\s*from\s*"[^"]+";/g, "").trim()).toBe("");
    },
  );
});
