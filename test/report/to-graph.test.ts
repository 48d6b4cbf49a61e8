// toGraph: the truth is the document itself (its actors, and its ties with the documented default
// directions), the report's rows, layoutEcosystem's positions and the fills of toSvg's circles.
import { readFileSync } from "node:fs";
import Graph, { MultiGraph } from "graphology";
import { describe, expect, it, vi } from "vitest";
import { createEcosystem } from "../../src/model/ecosystem.js";
import { EcoweaveError, InvalidOptionError } from "../../src/model/errors.js";
import type { EcosystemData } from "../../src/model/schema.js";
import { analyzeEcosystem } from "../../src/report/analyze-ecosystem.js";
import { layoutEcosystem } from "../../src/report/layout.js";
import { toSvg } from "../../src/report/svg.js";
import { toGraph } from "../../src/report/to-graph.js";
import { deepFreeze, withPackageImports } from "../helpers.js";
import { smallData } from "./fixtures.js";

/** Funding and training are directed unless the tie says otherwise (docs/data-format.md). */
function isDirected(tie: EcosystemData["ties"][number]): boolean {
  return tie.directed ?? (tie.kind === "funding" || tie.kind === "training");
}

/** One line per tie, the ends of an undirected tie in code-unit order: a multiset to compare. */
function tieLines(
  ties: readonly { source: string; target: string; kind: string; weight: number; directed: boolean }[],
) {
  return ties
    .map(({ source, target, kind, weight, directed }) => {
      const [a, b] = directed || source < target ? [source, target] : [target, source];
      return `${a} ${directed ? "->" : "--"} ${b} ${kind} ${weight}`;
    })
    .sort();
}

function documentTies(
  data: EcosystemData,
  keep: (tie: EcosystemData["ties"][number]) => boolean = () => true,
) {
  return tieLines(
    data.ties.filter(keep).map((tie) => ({
      source: tie.source,
      target: tie.target,
      kind: tie.kind,
      weight: tie.weight ?? 1,
      directed: isDirected(tie),
    })),
  );
}

function graphTies(graph: MultiGraph) {
  return tieLines(
    graph.mapEdges((_edge, attributes, source, target, _s, _t, undirected) => ({
      source,
      target,
      kind: attributes.kind as string,
      weight: attributes.weight as number,
      directed: !undirected,
    })),
  );
}

function svgFills(svg: string): Map<string, string> {
  const fills = new Map<string, string>();
  for (const match of svg.matchAll(/<circle class="actor" data-id="([^"]*)"[^>]* fill="([^"]*)"/g))
    fills.set(match[1]!, match[2]!);
  return fills;
}

describe("toGraph", () => {
  const data = deepFreeze(smallData());
  const eco = createEcosystem(data);
  const report = analyzeEcosystem(eco, { permutations: 50, seed: 3 });

  it("carries exactly the report's actors and every tie of the document, directions included", () => {
    const graph = toGraph(report, eco);
    expect(graph.nodes()).toEqual(report.actors.map((row) => row.id));
    expect([...graph.nodes()].sort()).toEqual(data.actors.map((actor) => actor.id).sort());
    expect(graph.size).toBe(data.ties.length);
    expect(graphTies(graph)).toEqual(documentTies(data));
  });

  it("keeps only the ties of the report's kinds and date", () => {
    const collaboration = analyzeEcosystem(eco, { permutations: 20, kinds: ["collaboration", "training"] });
    expect(graphTies(toGraph(collaboration, eco))).toEqual(
      documentTies(data, (tie) => tie.kind === "collaboration" || tie.kind === "training"),
    );
    const before = analyzeEcosystem(eco, { permutations: 20, at: "2023-06-01" });
    expect(graphTies(toGraph(before, eco))).toEqual(
      documentTies(data, (tie) => tie.since === undefined || tie.since <= "2023-06-01"),
    );
  });

  it("puts each report row, the layout's position and the picture's colour on its node", () => {
    const graph = toGraph(report, eco);
    const positions = layoutEcosystem(eco, { seed: 3 });
    const fills = svgFills(toSvg(eco, { seed: 3, bridgeActors: 0 }));
    const bridges = new Set(report.bridgeActors.map((actor) => actor.id));
    for (const row of report.actors) {
      const node = graph.getNodeAttributes(row.id);
      expect(node).toMatchObject({
        x: positions[row.id]!.x,
        y: positions[row.id]!.y,
        color: fills.get(row.id),
        label: row.label,
        role: row.role,
        attributes: row.attributes,
        degree: row.degree,
        betweenness: row.betweenness,
        constraint: row.constraint,
        effectiveSize: row.effectiveSize,
        community: row.community,
        coreNumber: row.coreNumber,
        bridgeActor: bridges.has(row.id),
      });
    }
    expect(graph.getAttribute("generatedWith")).toEqual(report.generatedWith);
  });

  it("sizes nodes from 3 to 14 by the report's degree, else betweenness, else all 6", () => {
    const degrees = report.actors.map((row) => row.degree);
    const low = degrees.reduce((a, b) => Math.min(a, b));
    const high = degrees.reduce((a, b) => Math.max(a, b));
    const graph = toGraph(report, eco);
    for (const row of report.actors) {
      expect(graph.getNodeAttribute(row.id, "size")).toBeCloseTo(
        3 + (11 * (row.degree - low)) / (high - low),
        12,
      );
    }
    const busiest = report.actors.reduce((a, b) => (b.betweenness > a.betweenness ? b : a));
    expect(toGraph(report, eco, { sizeBy: "betweenness" }).getNodeAttribute(busiest.id, "size")).toBe(14);
    expect(new Set(toGraph(report, eco, { sizeBy: "none" }).mapNodes((_id, node) => node.size))).toEqual(
      new Set([6]),
    );
  });

  it("is a graphology graph that survives export and import, and leaves the inputs alone", () => {
    const before = JSON.stringify(report);
    const graph = toGraph(report, eco);
    expect(graph).toBeInstanceOf(Graph);
    const copy = MultiGraph.from(JSON.parse(JSON.stringify(graph.export())));
    expect(copy.order).toBe(graph.order);
    expect(graphTies(copy)).toEqual(graphTies(graph));
    expect(JSON.stringify(report)).toBe(before);
    expect(eco.getNodeAttribute("f1", "x" as never)).toBeUndefined();
  });

  it("refuses a report of another ecosystem, swapped arguments and unknown options", () => {
    const other = createEcosystem({ ...data, actors: data.actors.filter((actor) => actor.id !== "d5") });
    expect(() => toGraph(report, other)).toThrow(EcoweaveError);
    expect(() => toGraph(report, other)).toThrow(/actor "d5" is in one and not the other/);
    expect(() => toGraph(eco as never, report as never)).toThrow(/toGraph: expected a report/);
    expect(() => toGraph(report, eco, { sizby: "degree" } as never)).toThrow(
      'toGraph: unknown option "sizby"; did you mean "sizeBy"?',
    );
    expect(() => toGraph(report, eco, { sizeBy: "size" as never })).toThrow(InvalidOptionError);
    expect(() => toGraph(report, eco, { iterations: 0 })).toThrow(InvalidOptionError);
  });
});

describe("docs/reports.md: layout and graphology", () => {
  it("shows docs/examples/sigma-map.ts as it is, and the example prints what the guide says", async () => {
    const file = readFileSync(new URL("../../docs/examples/sigma-map.ts", import.meta.url), "utf8");
    const guide = readFileSync(new URL("../../docs/reports.md", import.meta.url), "utf8");
    expect(guide).toContain(`\`\`\`ts\n${withPackageImports(file)}\`\`\``);
    const lines: string[] = [];
    vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => {
      lines.push(args.join(" "));
    });
    try {
      const example = await import("../../docs/examples/sigma-map.js");
      expect(example.graph.order).toBe(115);
      expect(example.graph.getNodeAttribute("f-esf", "x")).toBe(example.positions["f-esf"]!.x);
    } finally {
      vi.restoreAllMocks();
    }
    expect(lines[0]).toBe("ESF+ Inclusion Programme (fictional): funder, 15 contacts, betweenness 0.212");
    expect(lines[1]).toMatch(/^115 actors, 286 ties; bridge actors: /);
  }, 120_000);
});
