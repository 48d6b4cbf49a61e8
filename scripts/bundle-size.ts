/**
 * The browser cost of the core: bundles `createEcosystem` plus one measure with esbuild (minified,
 * ESM, browser platform, graphology included) and prints gzip -9 bytes in all and per package, so a
 * regression or a heavy import shows where it comes from. Reads the source by default, or the built
 * ESM (`--dist`, after `npm run build`), which is what an app's bundler reads.
 *
 *   npx tsx scripts/bundle-size.ts [--dist] [entry-import ...]   (default: createEcosystem betweenness)
 */
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const ROOT = new URL("../", import.meta.url).pathname;

/** The budget of the core, gzip -9 bytes: `createEcosystem` plus one measure, graphology included. */
export const CORE_BUDGET_BYTES = 40_960;

/** One bundle's size: minified and gzip -9 bytes, and the minified bytes each package brings. */
export interface BundleSize {
  readonly minifiedBytes: number;
  readonly gzipBytes: number;
  /** Minified bytes per package (`ecoweave (src)` for the library's own modules), largest first. */
  readonly packages: ReadonlyMap<string, number>;
  /** The paths of the modules that contribute bytes, as esbuild names them. */
  readonly modules: readonly string[];
}

/**
 * Bundles `import { ...names } from <from>` as an app would (esbuild, minified, ESM, browser) and
 * measures the result. `from` is a path (the source's `src/index.ts` by default, or the built
 * `dist/index.js`) or a package name resolved from `resolveDir` (an app with ecoweave installed).
 */
export async function measureBundle(
  names: readonly string[],
  from = `${ROOT}src/index.ts`,
  resolveDir = ROOT,
): Promise<BundleSize> {
  const source = `import { ${names.join(", ")} } from ${JSON.stringify(from)};\nconsole.log(${names.join(", ")});\n`;
  const result = await build({
    stdin: { contents: source, resolveDir, loader: "js" },
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
  const modules: string[] = [];
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [path, input] of Object.entries(output.inputs)) {
      if (input.bytesInOutput > 0) modules.push(path);
      const name = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? "ecoweave (src)";
      perPackage.set(name, (perPackage.get(name) ?? 0) + input.bytesInOutput);
    }
  }
  return {
    minifiedBytes: bytes.length,
    gzipBytes: gzipSync(bytes, { level: 9 }).length,
    packages: new Map([...perPackage].sort((a, b) => b[1] - a[1])),
    modules,
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const entry = `${ROOT}${args.includes("--dist") ? "dist/index.js" : "src/index.ts"}`;
  const given = args.filter((arg) => arg !== "--dist");
  const names = given.length > 0 ? given : ["createEcosystem", "betweenness"];
  const size = await measureBundle(names, entry);
  console.log(
    `${names.join(" + ")} from ${entry}: ${size.minifiedBytes} B minified, ${size.gzipBytes} B gzip -9 (budget ${CORE_BUDGET_BYTES})`,
  );
  for (const [name, bytes] of size.packages) {
    console.log(`  ${name.padEnd(28)} ${String(bytes).padStart(8)} B minified`);
  }
}
