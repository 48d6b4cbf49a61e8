// Smoke test of the built ESM entries: import() them and run one function through each.
import { createEcosystem, toEcosystemData } from "../../dist/index.js";

const data = {
  actors: [
    { id: "f1", role: "funder" },
    { id: "d1", role: "developer" },
  ],
  ties: [{ source: "f1", target: "d1", kind: "funding" }],
};
const eco = createEcosystem(data);
if (eco.order !== 2 || JSON.stringify(toEcosystemData(eco)) !== JSON.stringify(data)) {
  throw new Error("ESM build: createEcosystem round trip failed");
}
const node = await import("../../dist/node.js");
if (typeof node.readEcosystemFile !== "function")
  throw new Error("ESM build: ecoweave/node lacks readEcosystemFile");
const io = await import("../../dist/io.js");
if (io.parseEcosystemJson(io.stringifyEcosystem(eco)).order !== 2)
  throw new Error("ESM build: ecoweave/io JSON round trip failed");
const report = await import("../../dist/report.js");
if (!report.toSvg(eco).startsWith("<svg")) throw new Error("ESM build: ecoweave/report toSvg failed");
const defaults = await import("../../dist/defaults.js");
if (defaults.BETWEENNESS_DEFAULTS.normalized !== true)
  throw new Error("ESM build: ecoweave/defaults lacks BETWEENNESS_DEFAULTS");
console.log("ESM build OK");
