// Smoke test of the built CJS entries: require() them and run one function through each.
const { createEcosystem, toEcosystemData } = require("../../dist/index.cjs");
const node = require("../../dist/node.cjs");

const data = {
  actors: [
    { id: "f1", role: "funder" },
    { id: "d1", role: "developer" },
  ],
  ties: [{ source: "f1", target: "d1", kind: "funding" }],
};
const eco = createEcosystem(data);
if (eco.order !== 2 || JSON.stringify(toEcosystemData(eco)) !== JSON.stringify(data)) {
  throw new Error("CJS build: createEcosystem round trip failed");
}
if (typeof node.readEcosystemFile !== "function")
  throw new Error("CJS build: ecoweave/node lacks readEcosystemFile");
const io = require("../../dist/io.cjs");
if (io.parseEcosystemJson(io.stringifyEcosystem(eco)).order !== 2)
  throw new Error("CJS build: ecoweave/io JSON round trip failed");
if (!require("../../dist/report.cjs").toSvg(eco).startsWith("<svg"))
  throw new Error("CJS build: ecoweave/report toSvg failed");
if (require("../../dist/defaults.cjs").BETWEENNESS_DEFAULTS.normalized !== true)
  throw new Error("CJS build: ecoweave/defaults lacks BETWEENNESS_DEFAULTS");
console.log("CJS build OK");
