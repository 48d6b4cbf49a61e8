// Reference values: NetworkX 2.8.8 node_connectivity(G, s, t) and len(minimum_node_cut(G, s, t)) on the
// DiGraph, and κ(G) by its definition over every ordered pair, from
// test/fixtures/measures/directed-connectivity.json (generate_directed_connectivity.py).
// Planted truth: the least removal set found by enumerating subsets, checked by BFS reachability.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { minimumNodeCut, nodeConnectivity } from "../../src/metrics/node-connectivity.js";
import { createEcosystem } from "../../src/model/ecosystem.js";
import { NotApplicableError } from "../../src/model/errors.js";
import type { EcosystemData } from "../../src/model/schema.js";
import { measuresData } from "./measures-fixtures.js";
import { randomNetworks } from "./random-networks.js";

const ROOT = fileURLToPath(new URL("../fixtures/measures/", import.meta.url));
const DIRECTED_KINDS = new Set(["funding", "training"]);

interface DirectedConnectivityValues {
  node_connectivity: number;
  networkx_node_connectivity: number;
  local_node_connectivity: [string, string, number, number | null][];
}

const reference = JSON.parse(readFileSync(`${ROOT}directed-connectivity.json`, "utf8")) as {
  header: { version: string };
  datasets: Record<string, DirectedConnectivityValues>;
};

function dataOf(name: string): EcosystemData {
  if (name === "gen-directed") return measuresData("gen-directed");
  return JSON.parse(readFileSync(`${ROOT}datasets/${name}.json`, "utf8")) as EcosystemData;
}

/** Out-neighbours by the default direction of each kind: funding and training one way, others both. */
function arcsOf(data: EcosystemData): Map<string, Set<string>> {
  const out = new Map(data.actors.map((a) => [a.id, new Set<string>()]));
  for (const t of data.ties) {
    out.get(t.source)!.add(t.target);
    if (!DIRECTED_KINDS.has(t.kind)) out.get(t.target)!.add(t.source);
  }
  return out;
}

/** The actors `from` reaches by BFS along arcs, avoiding `removed`. */
function reached(out: Map<string, Set<string>>, from: string, removed: ReadonlySet<string>): Set<string> {
  const seen = new Set([from]);
  const queue = [from];
  for (let h = 0; h < queue.length; h++)
    for (const w of out.get(queue[h]!)!)
      if (!removed.has(w) && !seen.has(w)) {
        seen.add(w);
        queue.push(w);
      }
  return seen;
}

/** Whether the actors left after `removed` all reach one another (true for fewer than two). */
function stronglyConnectedWithout(out: Map<string, Set<string>>, removed: ReadonlySet<string>): boolean {
  const left = [...out.keys()].filter((id) => !removed.has(id));
  return left.every((id) => reached(out, id, removed).size === left.length);
}

/** Every subset of `ids` of size k, as sets. */
function* subsetsOfSize(ids: readonly string[], k: number): Generator<Set<string>> {
  for (let mask = 0; mask < 1 << ids.length; mask++) {
    const chosen = ids.filter((_, b) => mask & (1 << b));
    if (chosen.length === k) yield new Set(chosen);
  }
}

function bruteConnectivity(out: Map<string, Set<string>>): number {
  const ids = [...out.keys()];
  if (ids.length < 2) return 0;
  for (let k = 0; k < ids.length - 1; k++)
    for (const removed of subsetsOfSize(ids, k)) if (!stronglyConnectedWithout(out, removed)) return k;
  return ids.length - 1;
}

function brutePairConnectivity(out: Map<string, Set<string>>, s: string, t: string): number {
  const others = [...out.keys()].filter((id) => id !== s && id !== t);
  for (let k = 0; k <= others.length; k++)
    for (const removed of subsetsOfSize(others, k)) if (!reached(out, s, removed).has(t)) return k;
  throw new Error("an arc s → t: no set separates them");
}

describe("nodeConnectivity and minimumNodeCut on the directed view", () => {
  it("records its NetworkX version", () => {
    expect(reference.header.version).toBe("2.8.8");
  });

  it.each(Object.keys(reference.datasets))("match NetworkX on %s", (name) => {
    const data = dataOf(name);
    const values = reference.datasets[name]!;
    const eco = createEcosystem(data);
    const out = arcsOf(data);
    const kappa = nodeConnectivity(eco, { directed: true });
    expect(kappa).toBe(values.node_connectivity);
    // NetworkX's whole-network scheme tries fewer pairs, so it can only overestimate.
    expect(kappa).toBeLessThanOrEqual(values.networkx_node_connectivity);
    const cut = minimumNodeCut(eco, { directed: true })!;
    expect(cut.length).toBe(kappa);
    expect(stronglyConnectedWithout(out, new Set(cut))).toBe(false);
    for (const [s, t, value, cutSize] of values.local_node_connectivity) {
      expect(nodeConnectivity(eco, { directed: true, source: s, target: t }), `${s} → ${t}`).toBe(value);
      const pairCut = minimumNodeCut(eco, { directed: true, source: s, target: t })!;
      expect(pairCut.length).toBe(value);
      // null where NetworkX answers {} because the reverse arc t → s exists (see the generator).
      if (cutSize !== null) expect(pairCut.length).toBe(cutSize);
      expect(pairCut).not.toContain(s);
      expect(pairCut).not.toContain(t);
      expect(reached(out, s, new Set(pairCut)).has(t)).toBe(false);
    }
  });

  it("is 1 on a one-way ring, 0 on a one-way path, n − 1 on a complete two-way network", () => {
    const ring: EcosystemData = {
      actors: ["a", "b", "c", "d"].map((id) => ({ id, role: "funder" })),
      ties: [
        { source: "a", target: "b", kind: "funding" },
        { source: "b", target: "c", kind: "funding" },
        { source: "c", target: "d", kind: "funding" },
        { source: "d", target: "a", kind: "funding" },
      ],
    };
    const eco = createEcosystem(ring);
    expect(nodeConnectivity(eco, { directed: true })).toBe(1);
    // Undirected, the same ring needs two actors to go.
    expect(nodeConnectivity(eco)).toBe(2);
    // a reaches c only through b; c reaches a only through d.
    expect(minimumNodeCut(eco, { directed: true, source: "a", target: "c" })).toEqual(["b"]);
    expect(minimumNodeCut(eco, { directed: true, source: "c", target: "a" })).toEqual(["d"]);
    // b → a has no arc (only a → b): a pair in that direction; a → b is refused.
    expect(nodeConnectivity(eco, { directed: true, source: "b", target: "a" })).toBe(1);
    expect(() => nodeConnectivity(eco, { directed: true, source: "a", target: "b" })).toThrow(
      NotApplicableError,
    );
    const path = createEcosystem({ ...ring, ties: ring.ties.slice(0, 3) });
    expect(nodeConnectivity(path, { directed: true })).toBe(0);
    expect(minimumNodeCut(path, { directed: true })).toEqual([]);
    const complete = createEcosystem({
      actors: ring.actors.slice(0, 3),
      ties: [
        { source: "a", target: "b", kind: "collaboration" },
        { source: "b", target: "c", kind: "collaboration" },
        { source: "c", target: "a", kind: "collaboration" },
      ],
    });
    expect(nodeConnectivity(complete, { directed: true })).toBe(2);
    expect(minimumNodeCut(complete, { directed: true })).toBeNull();
  });

  it("agrees with enumeration of removal sets, and its cuts separate (random networks)", () => {
    const networks = randomNetworks({
      minActors: 2,
      maxActors: 7,
      maxTies: 24,
      kind: ["funding", "training", "collaboration"],
    });
    fc.assert(
      fc.property(networks, (data) => {
        const eco = createEcosystem(data);
        const out = arcsOf(data);
        const kappa = bruteConnectivity(out);
        expect(nodeConnectivity(eco, { directed: true })).toBe(kappa);
        const cut = minimumNodeCut(eco, { directed: true });
        if (cut !== null) {
          expect(cut.length).toBe(kappa);
          expect(stronglyConnectedWithout(out, new Set(cut))).toBe(false);
        } else expect(kappa).toBe(data.actors.length - 1);
        for (const s of out.keys())
          for (const t of out.keys()) {
            if (s === t || out.get(s)!.has(t)) continue;
            const value = brutePairConnectivity(out, s, t);
            expect(nodeConnectivity(eco, { directed: true, source: s, target: t })).toBe(value);
            const pairCut = minimumNodeCut(eco, { directed: true, source: s, target: t })!;
            expect(pairCut.length).toBe(value);
            expect(reached(out, s, new Set(pairCut)).has(t)).toBe(false);
          }
      }),
      { numRuns: 150 },
    );
  });
});
