// The files ecoweave writes for other tools, read by those tools: NetworkX (Debian's python3-networkx,
// which .ci/run installs when missing) reads the bundled sample's GEXF and GraphML with every actor
// and every tie, and igraph reads the GraphML when python3-igraph is there too. Skipped, saying why,
// on a machine without /usr/bin/python3 and networkx.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { sampleEcosystem } from "../../src/datasets/sample-ecosystem.js";
import { toGexf } from "../../src/io/gexf.js";
import { toGraphml } from "../../src/io/graphml.js";
import { toEcosystemData } from "../../src/model/ecosystem.js";
import { DIRECTED_TIE_KINDS } from "../../src/model/roles.js";

const PYTHON = "/usr/bin/python3";

function hasModule(name: string): boolean {
  const probe = spawnSync(PYTHON, ["-c", `import ${name}`], { encoding: "utf8" });
  return probe.status === 0;
}

const networkx = hasModule("networkx");
const igraph = networkx && hasModule("igraph");

// Prints, as JSON, what each tool read: nodes, and edges as [source, target, key or id, undirected].
const SCRIPT = `
import json, sys
import networkx as nx
out = {}
g = nx.read_gexf(sys.argv[1])
out["gexf"] = {"type": type(g).__name__, "nodes": sorted(g.nodes()),
  "edges": sorted([u, v, k] for u, v, k in g.edges(keys=True))}
h = nx.read_graphml(sys.argv[2])
out["graphml"] = {"type": type(h).__name__, "nodes": sorted(h.nodes()),
  "edges": sorted([u, v, d.get("id", k), bool(d.get("undirected", False))] for u, v, k, d in h.edges(keys=True, data=True))}
if sys.argv[3] == "igraph":
    import igraph
    i = igraph.Graph.Read_GraphML(sys.argv[2])
    out["igraph"] = {"nodes": i.vcount(), "edges": i.ecount(), "directed": i.is_directed()}
print(json.dumps(out))
`;

interface Read {
  gexf: { type: string; nodes: string[]; edges: [string, string, string][] };
  graphml: { type: string; nodes: string[]; edges: [string, string, string, boolean][] };
  igraph?: { nodes: number; edges: number; directed: boolean };
}

const reason = networkx ? "" : ` (skipped: ${PYTHON} with networkx is not installed here)`;

describe.skipIf(!networkx)(`the sample's GEXF and GraphML in NetworkX${reason}`, () => {
  const dir = mkdtempSync(join(tmpdir(), "ecoweave-networkx-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const eco = sampleEcosystem();
  const data = toEcosystemData(eco);
  writeFileSync(join(dir, "sample.gexf"), toGexf(eco));
  writeFileSync(join(dir, "sample.graphml"), toGraphml(eco));
  const run = () => {
    const result = spawnSync(
      PYTHON,
      ["-c", SCRIPT, join(dir, "sample.gexf"), join(dir, "sample.graphml"), igraph ? "igraph" : "-"],
      { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
    );
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    return JSON.parse(result.stdout) as Read;
  };
  const read = run();
  const ids = data.actors.map((actor) => actor.id).sort();
  const directedOf = (tie: (typeof data.ties)[number]) => tie.directed ?? DIRECTED_TIE_KINDS.has(tie.kind);
  const sortRows = <T extends unknown[]>(rows: T[]) =>
    rows.sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));

  it("has the sample's 115 actors and mixed ties, parallel ones included", () => {
    expect(ids).toHaveLength(115);
    expect(data.ties.some(directedOf)).toBe(true);
    expect(data.ties.some((tie) => !directedOf(tie))).toBe(true);
    const pairs = data.ties.map((tie) => [tie.source, tie.target].sort().join("\u0000"));
    expect(new Set(pairs).size).toBeLessThan(pairs.length);
  });

  it("reads the GEXF as a MultiDiGraph: every actor, every tie by its id, undirected ones both ways", () => {
    expect(read.gexf.type).toBe("MultiDiGraph");
    expect(read.gexf.nodes).toEqual(ids);
    const expected: [string, string, string][] = [];
    data.ties.forEach((tie, i) => {
      expected.push([tie.source, tie.target, `e${i}`]);
      if (!directedOf(tie)) expected.push([tie.target, tie.source, `e${i}`]);
    });
    expect(sortRows(read.gexf.edges)).toEqual(sortRows(expected));
  });

  it("reads the GraphML as a MultiDiGraph: every actor, every tie once, undirected ones marked", () => {
    expect(read.graphml.type).toBe("MultiDiGraph");
    expect(read.graphml.nodes).toEqual(ids);
    const expected = data.ties.map((tie, i): [string, string, string, boolean] => [
      tie.source,
      tie.target,
      `e${i}`,
      !directedOf(tie),
    ]);
    expect(sortRows(read.graphml.edges)).toEqual(sortRows(expected));
  });

  it.skipIf(!igraph)("reads the GraphML in igraph as a directed graph with every actor and tie", () => {
    expect(read.igraph).toEqual({ nodes: 115, edges: data.ties.length, directed: true });
  });
});
