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
console.log("CJS build OK");
