/**
 * The graphs of the side-by-side benchmark: Barabási–Albert graphs (Barabási and Albert 1999; each new
 * node attaches to `attach` distinct existing nodes chosen with probability proportional to degree),
 * generated from a seed and written once as edge lists (`u v` per line, nodes 0..n−1) that every peer
 * reads, so ecoweave, igraph and NetworkX time the same graph.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createRandom, randomInt } from "../../src/internal/rng.js";

/** A graph of the benchmark. */
export interface PeerGraph {
  readonly name: string;
  readonly nodes: number;
  /** Ties each new node makes. */
  readonly attach: number;
}

/** G10k: 10,000 actors / about 50k ties; G100k: 100,000 / about 1M, the sizes of issue 16. */
export const PEER_GRAPHS: readonly PeerGraph[] = [
  { name: "G10k", nodes: 10_000, attach: 5 },
  { name: "G100k", nodes: 100_000, attach: 10 },
];

/** The edges of a Barabási–Albert graph as a flat array [u0, v0, u1, v1, …], seeded. */
export function barabasiAlbert(nodes: number, attach: number, seed: number): Int32Array {
  const random = createRandom(seed);
  const edges = new Int32Array(2 * (nodes - attach) * attach);
  // Every edge end once: drawing from it is drawing a node with probability proportional to degree.
  const ends = new Int32Array(edges.length + attach);
  let endCount = 0;
  let edgeCount = 0;
  for (let v = 0; v < attach; v++) ends[endCount++] = v;
  const chosen = new Set<number>();
  for (let v = attach; v < nodes; v++) {
    chosen.clear();
    while (chosen.size < attach) chosen.add(ends[randomInt(random, endCount)]!);
    for (const u of chosen) {
      edges[edgeCount++] = u;
      edges[edgeCount++] = v;
    }
    for (const u of chosen) ends[endCount++] = u;
    for (let k = 0; k < attach; k++) ends[endCount++] = v;
  }
  return edges.subarray(0, edgeCount);
}

/** The path of `graph`'s edge list under `folder`, written on first use. */
export function edgeListFile(graph: PeerGraph, folder: string, seed = 1): string {
  const path = join(folder, `${graph.name}-seed${seed}.txt`);
  if (existsSync(path)) return path;
  mkdirSync(folder, { recursive: true });
  const edges = barabasiAlbert(graph.nodes, graph.attach, seed);
  const lines: string[] = [`${graph.nodes}`];
  for (let k = 0; k < edges.length; k += 2) lines.push(`${edges[k]} ${edges[k + 1]}`);
  writeFileSync(path, `${lines.join("\n")}\n`);
  return path;
}

/** An edge list file read back: the node count and the flat edges. */
export function readEdgeList(path: string): { nodes: number; edges: Int32Array } {
  const lines = readFileSync(path, "utf8").trimEnd().split("\n");
  const nodes = Number(lines[0]);
  const edges = new Int32Array(2 * (lines.length - 1));
  for (let i = 1; i < lines.length; i++) {
    const space = lines[i]!.indexOf(" ");
    edges[2 * (i - 1)] = Number(lines[i]!.slice(0, space));
    edges[2 * (i - 1) + 1] = Number(lines[i]!.slice(space + 1));
  }
  return { nodes, edges };
}
