/** Foundation cases: generating, validating and building an ecosystem, and its analysis view. */
import { generateEcosystem, generateEcosystemData } from "../../src/datasets/generate.js";
import { buildEcosystem, createEcosystem } from "../../src/model/ecosystem.js";
import { validateEcosystem } from "../../src/model/validate.js";
import { createView } from "../../src/model/view.js";
import { type BenchCase, type BenchSize, defineCase } from "../harness.js";

const GROUP = "foundation";
const options = (size: BenchSize) => ({ actors: size.actors, meanDegree: size.meanDegree, seed: 1 });

export const cases: readonly BenchCase[] = [
  defineCase({ name: "generateEcosystem", group: GROUP, setup: options, run: (o) => generateEcosystem(o) }),
  defineCase({
    name: "generateEcosystemData",
    group: GROUP,
    setup: options,
    run: (o) => generateEcosystemData(o),
  }),
  defineCase({
    name: "validateEcosystem",
    group: GROUP,
    setup: (size) => generateEcosystemData(options(size)),
    run: (data) => validateEcosystem(data),
  }),
  defineCase({
    name: "buildEcosystem",
    group: GROUP,
    setup: (size) => generateEcosystemData(options(size)),
    run: (data) => buildEcosystem(data),
  }),
  defineCase({
    name: "createEcosystem",
    group: GROUP,
    setup: (size) => generateEcosystemData(options(size)),
    run: (data) => createEcosystem(data),
  }),
  defineCase({
    name: "createView",
    group: GROUP,
    setup: (size) => generateEcosystem(options(size)),
    run: (eco) => createView(eco),
  }),
];
