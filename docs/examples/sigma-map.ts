// A web map of the report: the analysis on a graphology graph for sigma.js, laid out as toHtml draws it.
// Run: npx tsx docs/examples/sigma-map.ts
import { sampleEcosystem } from "../../src/datasets/sample-ecosystem.js";
import { analyzeEcosystem } from "../../src/report/analyze-ecosystem.js";
import { layoutEcosystem } from "../../src/report/layout.js";
import { toGraph } from "../../src/report/to-graph.js";

const eco = sampleEcosystem();
const report = analyzeEcosystem(eco, { seed: 1 });

// The picture's positions alone: the same seed gives the same positions, whatever the file order.
export const positions = layoutEcosystem(eco, { seed: 1 });

// The whole report on a graph: x, y, size, color and label for sigma.js, then the report's results.
export const graph = toGraph(report, eco);
// In a browser: new Sigma(graph, document.getElementById("map"));

const esf = graph.getNodeAttributes("f-esf");
console.log(`${esf.label}: ${esf.role}, ${esf.degree} contacts, betweenness ${esf.betweenness.toFixed(3)}`);
console.log(
  `${graph.order} actors, ${graph.size} ties; bridge actors: ${graph.filterNodes((_id, a) => a.bridgeActor).join(", ")}`,
);
