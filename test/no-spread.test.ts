// DESIGN.md: never spread an array into a call. `target.push(...source)` or `Math.max(...values)`
// passes every element as an argument on the stack and throws "Maximum call stack size exceeded" at
// around 10⁵ elements, which real ecosystems reach. This test reads src/ with the TypeScript parser
// and fails on any spread argument, so none comes back; use `appendAll` / `maxOf` from
// src/internal/arrays.ts, or a loop. Spreads into array and object literals are fine (they iterate).
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { appendAll, maxOf } from "../src/internal/arrays.js";

const SRC = fileURLToPath(new URL("../src/", import.meta.url));

/**
 * Spread arguments allowed on purpose, as `file:line`, each with the reason its array is small and
 * bounded whatever the input. Empty: keep it so.
 */
const ALLOWED: ReadonlyMap<string, string> = new Map();

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** Every spread argument of a call or `new` in `text`, as `line: call`. */
function spreadArguments(fileName: string, text: string): { line: number; call: string }[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: { line: number; call: string }[] = [];
  const stack: ts.Node[] = [source];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (ts.isSpreadElement(node) && (ts.isCallExpression(node.parent) || ts.isNewExpression(node.parent))) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
      found.push({ line: line + 1, call: node.parent.getText(source).split("\n")[0]! });
    }
    // `fn.apply(thisArg, array)` spreads too.
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === "apply" &&
      node.arguments.length === 2
    ) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
      found.push({ line: line + 1, call: node.getText(source).split("\n")[0]! });
    }
    node.forEachChild((child) => {
      stack.push(child);
    });
  }
  return found.sort((a, b) => a.line - b.line);
}

describe("no spread of an array into a call", () => {
  it("finds spreads into push, Math.max, new and apply (the scanner can fail)", () => {
    const text = [
      "a.push(...b);",
      "Math.max(...xs);",
      "new Set(...args);",
      "String.fromCharCode.apply(null, codes);",
      "const ok = [...a, ...b]; const o = { ...x }; f(a, b);",
    ].join("\n");
    expect(spreadArguments("sample.ts", text).map((hit) => hit.line)).toEqual([1, 2, 3, 4]);
  });

  it("src/ has none outside the documented exceptions", () => {
    const hits: string[] = [];
    for (const file of sourceFiles(SRC)) {
      const name = relative(SRC, file);
      for (const hit of spreadArguments(name, readFileSync(file, "utf8"))) {
        const place = `${name}:${hit.line}`;
        if (!ALLOWED.has(place)) hits.push(`${place}: ${hit.call}`);
      }
    }
    expect(hits).toEqual([]);
  });

  it("appendAll and maxOf handle a million elements", () => {
    const million = Array.from({ length: 1_000_000 }, (_, i) => i);
    expect(appendAll([-1], million)).toHaveLength(1_000_001);
    expect(maxOf(million)).toBe(999_999);
    expect(maxOf([])).toBe(Number.NEGATIVE_INFINITY);
  });
});
