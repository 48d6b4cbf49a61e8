/**
 * What hangs on one actor: the actors its removal would cut off, and the needs (roles they need) that
 * actors could no longer reach without it.
 *
 * @packageDocumentation
 */

import { createLowpointSearch, lowpointSearch } from "../internal/lowpoint.js";
import { type CutOffScratch, createCutOffScratch, cutOffActors } from "../metrics/cut-off-actors.js";
import { type Ecosystem, ecosystemRoles } from "../model/ecosystem.js";
import type { EcosystemView } from "../model/view.js";

/** The roles, components and buffers the needs counts share across the actors of one view. */
export interface NeedsContext {
  readonly view: EcosystemView;
  /** Role code of each actor (dense index). */
  readonly roleCodes: Int32Array;
  /** Role ids by code. */
  readonly roleIds: readonly string[];
  /** For each role code, the codes of the other present roles it needs (ascending). */
  readonly needsOf: readonly Int32Array[];
  /** Component index of each actor. */
  readonly componentOf: Int32Array;
  /** Members of each component (dense indices, ascending). */
  readonly members: readonly Int32Array[];
  /** Actors of each role per component: `roleCounts[c · roles + r]`. */
  readonly roleCounts: Int32Array;
  /** Needs met today: (actor, needed role) pairs where the actor reaches an actor of that role. */
  readonly needsMet: number;
  readonly cutScratch: CutOffScratch;
  readonly piece: Int32Array;
  readonly cutOffTotal: Int32Array;
}

/**
 * The needs context of an undirected view, with roles coded by `roleCodes` (`roleIds` by code) and
 * components by `componentOf`. A role's need of itself is skipped, as in the coverage gaps: every
 * actor reaches itself. O(n + roles² · components).
 */
export function createNeedsContext(
  eco: Ecosystem,
  view: EcosystemView,
  roleCodes: Int32Array,
  roleIds: readonly string[],
  componentOf: Int32Array,
  componentCount: number,
): NeedsContext {
  const roles = ecosystemRoles(eco);
  const codeOf = new Map(roleIds.map((role, code) => [role, code]));
  const needsOf = roleIds.map((role, code) => {
    const codes = new Set<number>();
    for (const need of roles.get(role)?.needs ?? []) {
      const needCode = codeOf.get(need);
      if (needCode !== undefined && needCode !== code) codes.add(needCode);
    }
    return Int32Array.from([...codes].sort((a, b) => a - b));
  });
  const r = roleIds.length;
  const roleCounts = new Int32Array(componentCount * r);
  const sizes = new Int32Array(componentCount);
  for (let i = 0; i < view.order; i++) {
    roleCounts[componentOf[i]! * r + roleCodes[i]!]!++;
    sizes[componentOf[i]!]!++;
  }
  const members = Array.from({ length: componentCount }, (_, c) => new Int32Array(sizes[c]!));
  const filled = new Int32Array(componentCount);
  for (let i = 0; i < view.order; i++) {
    const c = componentOf[i]!;
    members[c]![filled[c]!++] = i;
  }
  let needsMet = 0;
  for (let c = 0; c < componentCount; c++) {
    for (let s = 0; s < r; s++) {
      const holders = roleCounts[c * r + s]!;
      if (holders === 0) continue;
      for (const need of needsOf[s]!) if (roleCounts[c * r + need]! > 0) needsMet += holders;
    }
  }
  return {
    view,
    roleCodes,
    roleIds,
    needsOf,
    componentOf,
    members,
    roleCounts,
    needsMet,
    cutScratch: createCutOffScratch(view.order),
    piece: new Int32Array(r),
    cutOffTotal: new Int32Array(r),
  };
}

/** What hangs on one actor, as dense indices. */
export interface HangingOn {
  /** The actors its removal cuts off (see `cutOffActors`). */
  cutOff: number[];
  /** Needed role code → the actors who reach that role today and would not without it. */
  needs: Map<number, number[]>;
}

/**
 * What hangs on actor v, given `cutOff` (its `cutVertexImpact`): the actors cut off and, for every
 * actor j ≠ v of v's component C and every role r that j's role needs, whether j reaches r today
 * (some actor of role r in C) and would reach none without v (no actor of role r in j's piece of
 * C − v). The pieces are the cut-off pieces of `cutOffActors` and the rest, whose role counts are C's
 * minus v minus the cut-off pieces', so the rest is searched only when one of its members loses a
 * need. Work: that of `cutOffActors`, plus O(roles² · pieces), plus O(|C|) when the rest loses a need.
 */
export function whatHangsOn(context: NeedsContext, v: number, cutOff: number): HangingOn {
  const { view, roleCodes, needsOf, componentOf, roleCounts, piece, cutOffTotal } = context;
  const r = needsOf.length;
  const base = componentOf[v]! * r;
  const sizes: number[] = [];
  const cut = cutOff > 0 ? cutOffActors(view, v, cutOff, context.cutScratch, sizes) : [];
  const needs = new Map<number, number[]>();
  const lose = (role: number, actors: Iterable<number>): void => {
    const list = needs.get(role) ?? [];
    needs.set(role, list);
    for (const j of actors) list.push(j);
  };
  cutOffTotal.fill(0);
  let at = 0;
  for (const size of sizes) {
    piece.fill(0);
    for (let q = at; q < at + size; q++) piece[roleCodes[cut[q]!]!]!++;
    for (let s = 0; s < r; s++) {
      if (piece[s] === 0) continue;
      for (const need of needsOf[s]!) {
        if (roleCounts[base + need]! === 0 || piece[need]! > 0) continue;
        const losers: number[] = [];
        for (let q = at; q < at + size; q++) if (roleCodes[cut[q]!] === s) losers.push(cut[q]!);
        lose(need, losers);
      }
    }
    for (let s = 0; s < r; s++) cutOffTotal[s]! += piece[s]!;
    at += size;
  }
  // The rest: C minus v minus the cut-off pieces (all of C − v when v is no cut vertex).
  for (let s = 0; s < r; s++) {
    piece[s] = roleCounts[base + s]! - cutOffTotal[s]! - (roleCodes[v] === s ? 1 : 0);
  }
  let inCut: Set<number> | null = null;
  for (let s = 0; s < r; s++) {
    if (piece[s] === 0) continue;
    for (const need of needsOf[s]!) {
      if (roleCounts[base + need]! === 0 || piece[need]! > 0) continue;
      inCut ??= new Set(cut);
      const losers: number[] = [];
      for (const j of context.members[componentOf[v]!]!) {
        if (j !== v && roleCodes[j] === s && !inCut.has(j)) losers.push(j);
      }
      lose(need, losers);
    }
  }
  return { cutOff: cut, needs };
}

/**
 * needsLost(v) of every actor (the count `whatHangsOn` gives one actor at a time), from one iterative
 * lowpoint search (Hopcroft–Tarjan) that carries each subtree's role counts: without v, its component C
 * falls into the subtrees of the children c with low(c) ≥ d(v), one piece each, and the rest of C. A
 * piece P loses count_P(s) needs for each role s in it and each role r that s needs with r in C and
 * not in P. The pieces are all counted alike, so no piece needs to be singled out as "the rest".
 * The search is `lowpointSearch` (src/internal/lowpoint.ts), the one `cutPoints` runs; this visitor
 * carries the role counts.
 * O(n + m + n · roles²) time, 2 · n · roles integers of memory.
 */
export function needsLostCounts(context: NeedsContext): Int32Array {
  const { view, roleCodes, needsOf, componentOf, roleCounts } = context;
  const n = view.order;
  const r = needsOf.length;
  const subtree = new Int32Array(n * r);
  const separated = new Int32Array(n * r);
  const lost = new Int32Array(n);
  const rest = new Int32Array(r);
  // Needs the actors of a piece (role counts at counts[at … at + r − 1]) would lose, in component base.
  const lossOf = (counts: Int32Array, at: number, base: number): number => {
    let loss = 0;
    for (let s = 0; s < r; s++) {
      const holders = counts[at + s]!;
      if (holders === 0) continue;
      for (const need of needsOf[s]!) {
        if (roleCounts[base + need]! > 0 && counts[at + need] === 0) loss += holders;
      }
    }
    return loss;
  };
  let base = 0;
  const search = createLowpointSearch(n);
  const { low, discovered } = search;
  lowpointSearch(view, search, {
    enterRoot: (root) => {
      base = componentOf[root]! * r;
    },
    discover: (w) => {
      subtree[w * r + roleCodes[w]!] = 1;
    },
    finish: (v, p) => {
      // v is done: its separating children are known, so the rest of C without v is too.
      for (let s = 0; s < r; s++) {
        rest[s] = roleCounts[base + s]! - separated[v * r + s]! - (roleCodes[v] === s ? 1 : 0);
      }
      lost[v]! += lossOf(rest, 0, base);
      if (p === -1) return;
      for (let s = 0; s < r; s++) subtree[p * r + s]! += subtree[v * r + s]!;
      if (low[v]! >= discovered[p]!) {
        lost[p]! += lossOf(subtree, v * r, base);
        for (let s = 0; s < r; s++) separated[p * r + s]! += subtree[v * r + s]!;
      }
    },
  });
  return lost;
}
