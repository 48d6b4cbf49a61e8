// The package as a user installs it: `npm pack` (its `prepack` builds), then an offline install of
// the tarball into a fresh app, then every entry imported from ESM and CJS and type-checked under the
// node10, node16 and bundler resolutions. Slow (a build and an install), so it runs only when asked:
// ECOWEAVE_PACK_TEST=1, or ECOWEAVE_TARBALL=<path> to test a tarball .ci/run has already packed.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CORE_BUDGET_BYTES, measureBundle } from "../../scripts/bundle-size.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const PACKAGE = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  exports: Record<string, unknown>;
  peerDependencies: Record<string, string>;
  devDependencies: { graphology: string };
};
const GIVEN_TARBALL = process.env.ECOWEAVE_TARBALL;
const ENABLED = process.env.ECOWEAVE_PACK_TEST === "1" || GIVEN_TARBALL !== undefined;
const MAX_MAP_BYTES = 100 * 1024;

/** The subpaths a user imports (`"."` → `ecoweave`), from the package's own `exports`. */
const ENTRIES = Object.keys(PACKAGE.exports)
  .filter((key) => key !== "./package.json")
  .map((key) => (key === "." ? "ecoweave" : `ecoweave/${key.slice(2)}`));

function run(command: string, args: readonly string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

interface LockEntry {
  version?: string;
  resolved?: string;
  integrity?: string;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  bin?: Record<string, string>;
  dev?: boolean;
  devOptional?: boolean;
}

/**
 * A lock file for the app: ecoweave from the tarball, and its dependencies (and graphology, the
 * app's own) at the versions of our package-lock.json. An install without a lock would need the
 * registry's package documents, which `npm ci` never caches; with one, `npm ci --offline` only needs
 * the tarballs, which it does.
 */
function appLock(tarball: string): unknown {
  const lock = JSON.parse(readFileSync(join(ROOT, "package-lock.json"), "utf8")) as {
    packages: Record<string, LockEntry>;
  };
  const manifest = JSON.parse(run("tar", ["-xOzf", tarball, "package/package.json"], ROOT)) as LockEntry & {
    version: string;
  };
  const integrity = `sha512-${createHash("sha512").update(readFileSync(tarball)).digest("base64")}`;
  const packages: Record<string, LockEntry> = {
    "": { dependencies: { ecoweave: `file:${tarball}`, graphology: PACKAGE.devDependencies.graphology } },
    "node_modules/ecoweave": {
      version: manifest.version,
      resolved: `file:${tarball}`,
      integrity,
      dependencies: manifest.dependencies,
      peerDependencies: manifest.peerDependencies,
      bin: manifest.bin,
    },
  };
  const queue: [string, LockEntry][] = [
    ["node_modules/ecoweave", packages["node_modules/ecoweave"]!],
    ["", packages[""]!],
  ];
  while (queue.length > 0) {
    const [from, entry] = queue.pop()!;
    const optional = entry.peerDependenciesMeta ?? {};
    const peers = Object.keys(entry.peerDependencies ?? {}).filter(
      (name) => optional[name]?.optional !== true,
    );
    for (const name of [...Object.keys(entry.dependencies ?? {}), ...peers]) {
      if (name === "ecoweave" || (from === "node_modules/ecoweave" && name === "graphology")) continue;
      // Node's lookup on lock paths: the nearest node_modules/<name> up from the requiring package.
      let at = from;
      let found: string | undefined;
      for (;;) {
        const candidate = `${at === "" ? "" : `${at}/`}node_modules/${name}`;
        if (lock.packages[candidate] !== undefined) {
          found = candidate;
          break;
        }
        if (at === "") break;
        const cut = at.lastIndexOf("/node_modules/");
        at = cut < 0 ? "" : at.slice(0, cut);
      }
      if (found === undefined)
        throw new Error(`${name} (needed by ${from || "the app"}) is not in package-lock.json`);
      if (packages[found] !== undefined) continue;
      const { dev: _dev, devOptional: _devOptional, ...copy } = lock.packages[found]!;
      packages[found] = copy;
      queue.push([found, copy]);
    }
  }
  return { name: "app", lockfileVersion: 3, requires: true, packages };
}

describe.runIf(ENABLED)("the packed package", () => {
  let work = "";
  let tarball = "";
  let app = "";

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), "ecoweave-pack-"));
    if (GIVEN_TARBALL !== undefined) {
      tarball = resolve(GIVEN_TARBALL);
    } else {
      // The prepack build prints to stdout too, so the tarball is found in the folder, not the output.
      run("npm", ["pack", "--pack-destination", work], ROOT);
      tarball = join(work, readdirSync(work).find((name) => name.endsWith(".tgz"))!);
    }
    app = join(work, "app");
    mkdirSync(app);
    writeFileSync(
      join(app, "package.json"),
      JSON.stringify({
        name: "app",
        private: true,
        type: "module",
        dependencies: { ecoweave: `file:${tarball}`, graphology: PACKAGE.devDependencies.graphology },
      }),
    );
    writeFileSync(join(app, "package-lock.json"), JSON.stringify(appLock(tarball), null, 2));
    // Offline: every dependency comes from the npm cache our own `npm ci` filled, at our locked versions.
    run("npm", ["ci", "--offline", "--ignore-scripts", "--no-audit", "--no-fund"], app);
  }, 240_000);

  afterAll(() => {
    if (work !== "") rmSync(work, { recursive: true, force: true });
  });

  it("ships the build, no source maps over 100 kB and no sources", () => {
    const listing = run("tar", ["-tvzf", tarball], work).trim().split("\n");
    const files = new Map<string, number>();
    for (const line of listing) {
      const parts = line.trim().split(/\s+/);
      files.set(parts[parts.length - 1]!, Number(parts[2]));
    }
    const entryFiles = ["index", "io", "report", "defaults", "node"].flatMap((entry) =>
      ["js", "cjs", "d.ts", "d.cts"].map((extension) => `${entry}.${extension}`),
    );
    for (const name of [...entryFiles, "cli.js"]) {
      expect(files.has(`package/dist/${name}`), name).toBe(true);
    }
    const bigMaps = [...files].filter(([name, size]) => name.endsWith(".map") && size > MAX_MAP_BYTES);
    expect(bigMaps).toEqual([]);
    expect([...files.keys()].filter((name) => name.startsWith("package/src/"))).toEqual([]);
  });

  it("installs graphology once, as the app's own (a peer dependency)", () => {
    const copies = new Set(run("npm", ["ls", "graphology", "--all", "--parseable"], app).trim().split("\n"));
    expect([...copies]).toEqual([join(app, "node_modules", "graphology")]);
    expect(PACKAGE.peerDependencies.graphology).toBeDefined();
  });

  it("imports every entry from ESM and runs an analysis", () => {
    const script = [
      ...ENTRIES.map((entry, i) => `import * as entry${i} from ${JSON.stringify(entry)};`),
      `import Graph from "graphology";`,
      `const entries = [${ENTRIES.map((_, i) => `entry${i}`).join(", ")}];`,
      `const { createEcosystem, betweenness } = entry0;`,
      `const eco = createEcosystem({ actors: [{ id: "f", role: "funder" }, { id: "d", role: "developer" }, { id: "u", role: "upskiller" }], ties: [{ source: "f", target: "d", kind: "funding" }, { source: "d", target: "u", kind: "collaboration" }] });`,
      `if (!(eco instanceof Graph)) throw new Error("the ecosystem is not the app's graphology Graph");`,
      `console.log(JSON.stringify({ sizes: entries.map((e) => Object.keys(e).length), d: betweenness(eco).d }));`,
    ].join("\n");
    writeFileSync(join(app, "esm.mjs"), script);
    const out = JSON.parse(run("node", ["esm.mjs"], app)) as { sizes: number[]; d: number };
    expect(out.sizes.every((size) => size > 0)).toBe(true);
    // d lies on the only path between f and u: one pair, normalized by (n-1)(n-2)/2 = 1.
    expect(out.d).toBe(1);
  });

  it("requires every entry from CJS", () => {
    const script = [
      `const entries = ${JSON.stringify(ENTRIES)}.map((entry) => require(entry));`,
      `const eco = entries[0].createEcosystem({ actors: [{ id: "f", role: "funder" }], ties: [] });`,
      `console.log(JSON.stringify({ sizes: entries.map((e) => Object.keys(e).length), order: eco.order }));`,
    ].join("\n");
    writeFileSync(join(app, "cjs.cjs"), script);
    const out = JSON.parse(run("node", ["cjs.cjs"], app)) as { sizes: number[]; order: number };
    expect(out.sizes.every((size) => size > 0)).toBe(true);
    expect(out.order).toBe(1);
  });

  it("splits betweenness and closeness over worker threads from the ESM and the CJS build, same bits", () => {
    // A path of 6 000 actors: actor i lies between i·(n−1−i) pairs, and 6000 · 18 000 tie visits are
    // enough work for 4 threads; the kernels run from the built files' own source text.
    const body = [
      `const n = 6000;`,
      `const actors = Array.from({ length: n }, (_, i) => ({ id: "v" + String(i).padStart(4, "0"), role: "developer" }));`,
      `const ties = actors.slice(1).map((actor, i) => ({ source: actors[i].id, target: actor.id, kind: "collaboration" }));`,
      `const eco = createEcosystem({ actors, ties });`,
      `const one = betweenness(eco, { normalized: false, workers: 1 });`,
      `const four = betweenness(eco, { normalized: false, workers: 4 });`,
      `const planted = actors.every((actor, i) => four[actor.id] === i * (n - 1 - i));`,
      `const same = actors.every((actor) => one[actor.id] === four[actor.id]);`,
      `const c1 = closeness(eco, { workers: 1 }), c4 = closeness(eco, { workers: 4 });`,
      `const closenessSame = actors.every((actor) => c1[actor.id] === c4[actor.id]);`,
      `console.log(JSON.stringify({ planted, same, closenessSame }));`,
    ];
    writeFileSync(
      join(app, "workers.mjs"),
      [`import { betweenness, closeness, createEcosystem } from "ecoweave";`, ...body].join("\n"),
    );
    writeFileSync(
      join(app, "workers.cjs"),
      [`const { betweenness, closeness, createEcosystem } = require("ecoweave");`, ...body].join("\n"),
    );
    for (const script of ["workers.mjs", "workers.cjs"]) {
      expect(JSON.parse(run("node", [script], app))).toEqual({
        planted: true,
        same: true,
        closenessSame: true,
      });
    }
  }, 300_000);

  it("bundles createEcosystem + betweenness from the installed package within the core budget", async () => {
    const size = await measureBundle(["createEcosystem", "betweenness"], "ecoweave", app);
    expect(size.gzipBytes).toBeLessThanOrEqual(CORE_BUDGET_BYTES);
    expect(size.packages.has("@xmldom/xmldom") || size.packages.has("papaparse")).toBe(false);
  }, 60_000);

  it("runs the CLI from its bin", () => {
    const version = run(join(app, "node_modules", ".bin", "ecoweave"), ["--version"], app);
    expect(version).toMatch(/\d+\.\d+\.\d+/);
  });

  it.each([
    ["node10", "commonjs"],
    ["node16", "node16"],
    ["bundler", "esnext"],
  ])("has types for every entry under moduleResolution %s", (moduleResolution, module) => {
    const source = [
      ...ENTRIES.map((entry, i) => `import * as entry${i} from ${JSON.stringify(entry)};`),
      `import type { Ecosystem } from "ecoweave";`,
      `const eco: Ecosystem = entry0.createEcosystem({ actors: [], ties: [] });`,
      `const order: number = eco.order;`,
      `export const used = [order, ${ENTRIES.map((_, i) => `entry${i}`).join(", ")}];`,
    ].join("\n");
    const folder = join(app, `types-${moduleResolution}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, "check.ts"), source);
    const tsc = join(ROOT, "node_modules", "typescript", "bin", "tsc");
    const args = [tsc, "--noEmit", "--strict", "--skipLibCheck"];
    args.push("--module", module, "--moduleResolution", moduleResolution, "--target", "es2022");
    // A failure prints tsc's diagnostics (which entry did not resolve) in the thrown error.
    expect(() => run("node", [...args, join(folder, "check.ts")], app)).not.toThrow();
  });
});
