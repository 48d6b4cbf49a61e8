// Exact expected reach by enumerating every live-edge graph (Kempe, Kleinberg & Tardos 2003), written
// from the definitions and independent of src/spread: the truth the Monte Carlo and IMM results are
// checked against. Only for small networks (up to about 20 arcs).
import type { EcosystemData } from "../../src/model/schema.js";

/** An arc with its chance (IC) or weight (LT). */
export interface ExactArc {
  from: string;
  to: string;
  chance: number;
}

const DIRECTED = new Set(["funding", "training"]);

/**
 * The arcs of a document's view: undirected view (every tie both ways) or directed view (directed
 * kinds one way), parallel ties merged by summing weights.
 */
export function viewArcs(
  data: EcosystemData,
  directed: boolean,
): Map<string, { from: string; to: string; weight: number; kinds: string[] }> {
  const arcs = new Map<string, { from: string; to: string; weight: number; kinds: string[] }>();
  const add = (from: string, to: string, weight: number, kind: string) => {
    const key = `${from}\u0000${to}`;
    const arc = arcs.get(key) ?? { from, to, weight: 0, kinds: [] };
    arc.weight += weight;
    if (!arc.kinds.includes(kind)) arc.kinds.push(kind);
    arcs.set(key, arc);
  };
  for (const tie of data.ties) {
    const weight = tie.weight ?? 1;
    add(tie.source, tie.target, weight, tie.kind);
    const oneWay = directed && (tie.directed ?? DIRECTED.has(tie.kind));
    if (!oneWay) add(tie.target, tie.source, weight, tie.kind);
  }
  return arcs;
}

/** IC arcs with a chance per arc from `chanceOf`. */
export function icArcs(
  data: EcosystemData,
  directed: boolean,
  chanceOf: (arc: { from: string; to: string; weight: number; kinds: string[] }) => number,
): ExactArc[] {
  return [...viewArcs(data, directed).values()].map((arc) => ({
    from: arc.from,
    to: arc.to,
    chance: chanceOf(arc),
  }));
}

/** LT arcs: weight over the receiver's summed weight. */
export function ltArcs(data: EcosystemData, directed: boolean): ExactArc[] {
  const arcs = [...viewArcs(data, directed).values()];
  const into = new Map<string, number>();
  for (const arc of arcs) into.set(arc.to, (into.get(arc.to) ?? 0) + arc.weight);
  return arcs.map((arc) => ({ from: arc.from, to: arc.to, chance: arc.weight / into.get(arc.to)! }));
}

function reachedFrom(seeds: readonly string[], live: readonly ExactArc[]): Set<string> {
  const reached = new Set(seeds);
  const queue = [...seeds];
  while (queue.length > 0) {
    const u = queue.shift()!;
    for (const arc of live) {
      if (arc.from === u && !reached.has(arc.to)) {
        reached.add(arc.to);
        queue.push(arc.to);
      }
    }
  }
  return reached;
}

/** Exact reach probability of each actor under IC: every subset of live arcs, weighted. */
export function exactIc(
  ids: readonly string[],
  arcs: readonly ExactArc[],
  seeds: readonly string[],
): { expected: number; probability: Map<string, number> } {
  if (arcs.length > 22) throw new Error("too many arcs to enumerate");
  const probability = new Map(ids.map((id) => [id, 0]));
  let expected = 0;
  for (let mask = 0; mask < 2 ** arcs.length; mask++) {
    let weight = 1;
    const live: ExactArc[] = [];
    arcs.forEach((arc, a) => {
      if (mask & (1 << a)) {
        weight *= arc.chance;
        live.push(arc);
      } else weight *= 1 - arc.chance;
    });
    if (weight === 0) continue;
    const reached = reachedFrom(seeds, live);
    expected += weight * reached.size;
    for (const id of reached) probability.set(id, probability.get(id)! + weight);
  }
  return { expected, probability };
}

/** Exact reach under LT's live-edge equivalent: each actor keeps at most one incoming arc, with probability its weight. */
export function exactLt(
  ids: readonly string[],
  arcs: readonly ExactArc[],
  seeds: readonly string[],
): { expected: number; probability: Map<string, number> } {
  const choices = ids.map((id) => {
    const incoming = arcs.filter((arc) => arc.to === id);
    const none = 1 - incoming.reduce((sum, arc) => sum + arc.chance, 0);
    return [
      ...incoming.map((arc) => ({ arc: arc as ExactArc | null, p: arc.chance })),
      ...(none > 1e-12 ? [{ arc: null, p: none }] : []),
    ];
  });
  const probability = new Map(ids.map((id) => [id, 0]));
  let expected = 0;
  const pick = new Array<number>(ids.length).fill(0);
  for (;;) {
    let weight = 1;
    const live: ExactArc[] = [];
    choices.forEach((options, i) => {
      if (options.length === 0) return;
      const chosen = options[pick[i]!]!;
      weight *= chosen.p;
      if (chosen.arc !== null) live.push(chosen.arc);
    });
    const reached = reachedFrom(seeds, live);
    expected += weight * reached.size;
    for (const id of reached) probability.set(id, probability.get(id)! + weight);
    let i = 0;
    while (i < ids.length) {
      const options = choices[i]!.length;
      if (options > 0 && pick[i]! + 1 < options) {
        pick[i]!++;
        break;
      }
      pick[i] = 0;
      i++;
    }
    if (i === ids.length) break;
  }
  return { expected, probability };
}

/** Every k-subset of `ids` (k ≤ 2). */
export function subsets(ids: readonly string[], k: number): string[][] {
  if (k === 1) return ids.map((id) => [id]);
  const out: string[][] = [];
  for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) out.push([ids[i]!, ids[j]!]);
  return out;
}

function popcount(mask: number): number {
  let count = 0;
  for (let m = mask; m !== 0; m &= m - 1) count++;
  return count;
}

/**
 * The exact expected reach of every seed set of size 1 and 2, in one pass over the live-edge graphs
 * of IC (`lt` false) or LT's equivalent (`lt` true). Keys: `a` and `a,b` (ids in `ids` order). Each
 * live graph's reach sets are bitmasks, closed by relaxing every live arc n times.
 */
export function exactReachOfSets(
  ids: readonly string[],
  arcs: readonly ExactArc[],
  lt: boolean,
): Map<string, number> {
  const n = ids.length;
  const at = new Map(ids.map((id, i) => [id, i]));
  const from = arcs.map((arc) => at.get(arc.from)!);
  const to = arcs.map((arc) => at.get(arc.to)!);
  const singles = new Float64Array(n);
  const pairs = new Float64Array(n * n);
  const masks = new Int32Array(n);
  const visit = (weight: number, live: readonly number[]) => {
    for (let i = 0; i < n; i++) masks[i] = 1 << i;
    for (let round = 0; round < n; round++) for (const a of live) masks[from[a]!]! |= masks[to[a]!]!;
    for (let i = 0; i < n; i++) {
      singles[i]! += weight * popcount(masks[i]!);
      for (let j = i + 1; j < n; j++) pairs[i * n + j]! += weight * popcount(masks[i]! | masks[j]!);
    }
  };
  if (!lt) {
    for (let mask = 0; mask < 2 ** arcs.length; mask++) {
      let weight = 1;
      const live: number[] = [];
      for (let a = 0; a < arcs.length; a++) {
        if (mask & (1 << a)) {
          weight *= arcs[a]!.chance;
          live.push(a);
        } else weight *= 1 - arcs[a]!.chance;
      }
      if (weight > 0) visit(weight, live);
    }
  } else {
    const choices = ids.map((id) => arcs.flatMap((arc, a) => (arc.to === id ? [a] : [])));
    const pick = new Array<number>(n).fill(0);
    for (;;) {
      let weight = 1;
      const live: number[] = [];
      choices.forEach((incoming, i) => {
        if (incoming.length === 0) return;
        const a = incoming[pick[i]!]!;
        weight *= arcs[a]!.chance;
        live.push(a);
      });
      visit(weight, live);
      let i = 0;
      while (i < n && !(pick[i]! + 1 < choices[i]!.length)) {
        pick[i] = 0;
        i++;
      }
      if (i === n) break;
      pick[i]!++;
    }
  }
  const totals = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    totals.set(ids[i]!, singles[i]!);
    for (let j = i + 1; j < n; j++) totals.set(`${ids[i]},${ids[j]}`, pairs[i * n + j]!);
  }
  return totals;
}
