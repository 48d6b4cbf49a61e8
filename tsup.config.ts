import { defineConfig } from "tsup";

const ENTRIES = {
  index: "src/index.ts",
  io: "src/io.ts",
  report: "src/report.ts",
  defaults: "src/defaults.ts",
  node: "src/node.ts",
};

export default defineConfig([
  {
    // ESM one file per module, not bundled: a bundler then keeps only the modules an app imports
    // (with `sideEffects: false`), so `createEcosystem` plus a measure stays the light core. One
    // bundled file would carry every module's top-level statements into every app.
    entry: ["src/**/*.ts", "!src/cli/**"],
    format: ["esm"],
    bundle: false,
    sourcemap: false,
    target: "es2022",
  },
  {
    // CJS for `require`, bundled per entry; the declarations of both formats.
    entry: ENTRIES,
    format: ["cjs"],
    dts: true,
    sourcemap: false,
    target: "es2022",
    treeshake: true,
  },
  {
    entry: ENTRIES,
    format: ["esm"],
    dts: { only: true },
    target: "es2022",
  },
  {
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    target: "node20",
    platform: "node",
    banner: { js: "#!/usr/bin/env node" },
    sourcemap: false,
  },
]);
