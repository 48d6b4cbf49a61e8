// Validation counts every problem but lists only the first MAX_LISTED_ISSUES, so that a document with
// a million bad records gives a readable answer in seconds (issue 14: 120k problems used to overflow
// the stack in `issues.push(...)`).
import { cpus, loadavg } from "node:os";
import { describe, expect, it } from "vitest";
import { MAX_LISTED_ISSUES } from "../../src/defaults.js";
import { createEcosystem, EcosystemValidationError, validateEcosystem } from "../../src/index.js";
import { fromCsv } from "../../src/io.js";

const actors = [
  { id: "a", role: "developer" },
  { id: "b", role: "funder" },
];

/** `count` ties from "a" to actors that do not exist: one unknown_actor issue each. */
function tiesToNowhere(count: number) {
  return Array.from({ length: count }, (_, i) => ({ source: "a", target: `x${i}`, kind: "funding" }));
}

function thrown(run: () => unknown): EcosystemValidationError {
  try {
    run();
  } catch (error) {
    if (error instanceof EcosystemValidationError) return error;
    throw error;
  }
  throw new Error("expected an EcosystemValidationError");
}

describe("capped issue lists", () => {
  it("lists the first 1000 issues in path order and counts every one, per code", () => {
    const ties = tiesToNowhere(1500);
    for (let i = 0; i < 1500; i += 3) (ties[i] as { weight?: number }).weight = -1;
    const result = validateEcosystem({ actors, ties });
    if (result.ok) throw new Error("expected issues");
    expect(MAX_LISTED_ISSUES).toBe(1000);
    expect(result.issueCount).toBe(2000);
    expect({ ...result.issueCountsByCode }).toEqual({ unknown_actor: 1500, non_positive_weight: 500 });
    expect(result.issues).toHaveLength(1000);
    // Path order, numbers by value: ties[0].target, ties[0].weight, ties[1].target, ...
    const expected: string[] = [];
    for (let i = 0; expected.length < 1000; i++) {
      expected.push(`ties[${i}].target`);
      if (i % 3 === 0 && expected.length < 1000) expected.push(`ties[${i}].weight`);
    }
    expect(result.issues.map((issue) => issue.path)).toEqual(expected);
  });

  it("says how many more there are, of which kinds, after the listed ones", () => {
    const error = thrown(() => createEcosystem({ actors, ties: tiesToNowhere(1200) }));
    expect(error.issues).toHaveLength(1000);
    expect(error.issueCount).toBe(1200);
    const lines = error.message.split("\n");
    expect(lines[0]).toBe("invalid ecosystem: 1200 problems");
    expect(lines).toHaveLength(1 + 1000 + 1);
    expect(lines.at(-1)).toBe("and 200 more of the same kinds (unknown_actor 200)");
  });

  it("lists everything, with no closing line, up to the cap", () => {
    const error = thrown(() => createEcosystem({ actors, ties: tiesToNowhere(1000) }));
    expect(error.issueCount).toBe(1000);
    expect(error.message.split("\n")).toHaveLength(1001);
  });

  it("validates 10⁶ bad ties in under 10 s with a capped list", () => {
    const ties = tiesToNowhere(1_000_000);
    const start = performance.now();
    const result = validateEcosystem({ actors, ties });
    const seconds = (performance.now() - start) / 1000;
    if (result.ok) throw new Error("expected issues");
    expect(result.issueCount).toBe(1_000_000);
    expect(result.issues).toHaveLength(1000);
    expect(result.issues.at(-1)!.path).toBe("ties[999].target");
    // The target is 10 s on an idle machine (docs/performance.md has the figure); CI runners and
    // this 2-core machine are often busy with other test files, so allow three times as long there.
    expect(seconds).toBeLessThan(loadavg()[0]! > cpus().length ? 30 : 10);

    const error = thrown(() => createEcosystem({ actors, ties }));
    expect(error.issueCount).toBe(1_000_000);
    expect(error.message.split("\n").at(-1)).toBe("and 999000 more of the same kinds (unknown_actor 999000)");
  });

  it("reads 10⁵ bad CSV rows into a capped list, with the count of every problem", () => {
    const rows = ["source,target,kind"];
    for (let i = 0; i < 100_000; i++) rows.push(`a,x${i},funding`);
    const error = thrown(() =>
      fromCsv({ actors: "id,role\na,developer\nb,funder\n", ties: rows.join("\n") }),
    );
    expect(error.issueCount).toBe(100_000);
    expect(error.issues).toHaveLength(1000);
    expect(error.issues[0]!.path).toBe("ties.csv:row 2:target");
    expect(error.message.split("\n").at(-1)).toBe("and 99000 more of the same kinds (unknown_actor 99000)");
  });
});

describe("input rules of issue 14", () => {
  it("reports a number where an id belongs as not a string", () => {
    const result = validateEcosystem({ actors: [{ id: 5, role: "developer" }], ties: [] });
    if (result.ok) throw new Error("expected issues");
    expect(result.issues.map(({ code, path, message }) => ({ code, path, message }))).toEqual([
      { code: "invalid_type", path: "actors[0].id", message: "must be a string" },
    ]);
  });

  it("still reports NaN and Infinity weights as not finite", () => {
    const result = validateEcosystem({
      actors,
      ties: [{ source: "a", target: "b", kind: "funding", weight: Number.POSITIVE_INFINITY }],
    });
    if (result.ok) throw new Error("expected issues");
    expect(result.issues.map(({ code, path, message }) => ({ code, path, message }))).toEqual([
      { code: "not_finite", path: "ties[0].weight", message: "must be a finite number" },
    ]);
  });

  it("refuses a blank tie kind", () => {
    const result = validateEcosystem({ actors, ties: [{ source: "a", target: "b", kind: " \t" }] });
    if (result.ok) throw new Error("expected issues");
    expect(result.issues.map(({ code, path }) => ({ code, path }))).toEqual([
      { code: "blank_kind", path: "ties[0].kind" },
    ]);
  });
});
