/** Report cases: the whole analysis of a generated ecosystem, and its renderers. */
import { generateEcosystem } from "../../src/datasets/generate.js";
import { analyzeEcosystem } from "../../src/report/analyze-ecosystem.js";
import { toHtml } from "../../src/report/html.js";
import { toMarkdown } from "../../src/report/markdown.js";
import { toSvg } from "../../src/report/svg.js";
import { type BenchCase, type BenchSize, defineCase } from "../harness.js";

const GROUP = "report";
const generate = (size: BenchSize) =>
  generateEcosystem({ actors: size.actors, meanDegree: size.meanDegree, seed: 1 });

export const cases: readonly BenchCase[] = [
  defineCase({
    name: "analyzeEcosystem",
    group: GROUP,
    sizes: ["1k", "10k"],
    setup: generate,
    run: (eco) => analyzeEcosystem(eco),
  }),
  defineCase({
    name: "toSvg",
    group: GROUP,
    sizes: ["1k"],
    setup: generate,
    run: (eco) => toSvg(eco, { bridgeActors: [] }),
  }),
  defineCase({
    name: "toMarkdown + toHtml",
    group: GROUP,
    sizes: ["1k"],
    setup: (size) => {
      const eco = generate(size);
      return { eco, report: analyzeEcosystem(eco) };
    },
    run: ({ eco, report }) => [toMarkdown(report), toHtml(report, eco)],
  }),
];
