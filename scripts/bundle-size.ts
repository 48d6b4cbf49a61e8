/**
 * The browser cost of the core: bundles `createEcosystem` plus one measure from the source with
 * esbuild (minified, ESM, browser platform, graphology included) and prints gzip -9 bytes in all and
 * per package, so a regression or a heavy import shows where it comes from.
 *
 *   npx tsx scripts/bundle-size.ts [entry-import ...]   (default: createEcosystem betweenness)
 */
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const ROOT = new URL("../", import.meta.url).pathname;
const names = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ["createEcosystem", "betweenness"];
const source = `import { ${names.join(", ")} } from ${JSON.stringify(`${ROOT}src/index.ts`)};\nconsole.log(${names.join(", ")});\n`;
const result = await build({
  stdin: { contents: source, resolveDir: ROOT, loader: "ts" },
  bundle: true,
  minify: true,
  format: "esm",
  platform: "browser",
  write: false,
  metafile: true,
  logLevel: "error",
});
const bytes = result.outputFiles[0]!.contents;
const perPackage = new Map<string, number>();
for (const output of Object.values(result.metafile.outputs)) {
  for (const [path, input] of Object.entries(output.inputs)) {
    const name = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? "ecoweave (src)";
    perPackage.set(name, (perPackage.get(name) ?? 0) + input.bytesInOutput);
  }
}
console.log(
  `${names.join(" + ")}: ${bytes.length} B minified, ${gzipSync(bytes, { level: 9 }).length} B gzip -9`,
);
for (const [name, size] of [...perPackage].sort((a, b) => b[1] - a[1])) {
  console.log(`  ${name.padEnd(28)} ${String(size).padStart(8)} B minified`);
}
