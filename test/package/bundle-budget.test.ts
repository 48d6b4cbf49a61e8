// The light core stays light: `createEcosystem` plus one measure, bundled for a browser by esbuild
// (minified, graphology included), fits the budget of issue 15 in gzip -9 bytes, and none of the
// file readers, the layout or the message catalogues (but the English of validation issues) come along. Sizes: docs/performance.md.
import { describe, expect, it } from "vitest";
import { CORE_BUDGET_BYTES, measureBundle } from "../../scripts/bundle-size.js";

/** Packages only `ecoweave/io` and `ecoweave/report` need: a core bundle that holds one has regressed. */
const NOT_IN_CORE = [
  "@xmldom/xmldom",
  "papaparse",
  "graphology-gexf",
  "graphology-layout-forceatlas2",
  "intl-messageformat",
];

describe("the core bundle", () => {
  const fitsBudget = async (measure: string) => {
    const size = await measureBundle(["createEcosystem", measure]);
    expect(
      size.gzipBytes,
      [...size.packages].map(([name, bytes]) => `${name} ${bytes}`).join(", "),
    ).toBeLessThanOrEqual(CORE_BUDGET_BYTES);
    // graphology is in the count, as an app pays for it too.
    expect(size.packages.get("graphology") ?? 0).toBeGreaterThan(50_000);
  };
  for (const measure of ["betweenness", "closeness", "pagerank", "communities"])
    it(
      `createEcosystem + ${measure} fits 40 960 B gzip -9 with graphology`,
      () => fitsBudget(measure),
      60_000,
    );

  it("carries no file reader, layout or message catalogue, and zod only as zod/mini", async () => {
    const size = await measureBundle(["createEcosystem", "betweenness"]);
    expect(NOT_IN_CORE.filter((name) => size.packages.has(name))).toEqual([]);
    // The English of the validation issues and of the option errors its checks raise are the only
    // catalogue parts the core needs (src/text/issue-message.ts, src/model/option-errors.ts).
    expect(size.modules.filter((path) => /src\/text\/catalogues\//.test(path)).sort()).toEqual([
      "src/text/catalogues/en/issues.ts",
      "src/text/catalogues/en/options.ts",
    ]);
    expect(size.modules.filter((path) => /zod\/v4\/classic\//.test(path))).toEqual([]);
    expect(size.modules.some((path) => /zod\/v4\/mini\//.test(path))).toBe(true);
  }, 60_000);
});
