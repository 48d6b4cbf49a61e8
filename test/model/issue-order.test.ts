// The fast path of compareIssuePaths (two paths differing first in an index) must order exactly as
// the numeric collator it shortcuts.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareIssuePaths } from "../../src/model/issue-order.js";

const collator = new Intl.Collator("en", { numeric: true });
const segment = fc.oneof(
  fc.nat({ max: 2000 }).map((index) => `[${index}]`),
  fc.constantFrom(".id", ".source", ".target", ".until", ".needs", '["a[12]"]', '["a[9]"]', ".attributes"),
);
const path = fc
  .tuple(fc.constantFrom("actors", "ties", "roles"), fc.array(segment, { maxLength: 4 }))
  .map(([list, rest]) => list + rest.join(""));

describe("compareIssuePaths", () => {
  it("orders paths as the numeric collator does", () => {
    fc.assert(
      fc.property(path, path, (a, b) => {
        const issue = (p: string) => ({ code: "x", path: p, message: "" });
        expect(Math.sign(compareIssuePaths(issue(a), issue(b)))).toBe(Math.sign(collator.compare(a, b)));
      }),
      { seed: 14, numRuns: 3000 },
    );
  });
});
