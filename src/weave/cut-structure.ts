/**
 * The cut structure of a view for weaving: one depth-first search that tells, for any absent tie, which
 * single points of failure it would bypass and how many actors would stop hanging on each.
 *
 * @packageDocumentation
 */
import { createLowpointSearch, lowpointSearch } from "../internal/lowpoint.js";
import type { EcosystemView } from "../model/view.js";

/**
 * A depth-first forest of the undirected view with Hopcroft–Tarjan low points, and per actor the
 * sizes of the pieces its removal would leave. All arrays are indexed by dense actor index.
 * @internal
 */
export interface CutStructure {
  /** Preorder number of each actor. */
  readonly pre: Int32Array;
  /** Size of each actor's subtree in the search forest. */
  readonly subtree: Int32Array;
  /** Parent in the search forest, −1 for a root. */
  readonly parent: Int32Array;
  /** Smallest preorder number reachable from the subtree by one back edge. */
  readonly low: Int32Array;
  /** Size of the actor's component. */
  readonly componentSize: Int32Array;
  /** The largest piece of the component once the actor is removed. */
  readonly largestPiece: Int32Array;
  /** The piece of C − x holding x's parent (the rest of the component); 0 for a root. */
  readonly restPiece: Int32Array;
  /** Actors its removal would cut off from the largest remaining piece (0: not a cut vertex). */
  readonly cutOff: Int32Array;
  /** Nearest ancestor-or-self a whose subtree is a piece of G − parent(a); −1 when none. */
  readonly pieceUp: Int32Array;
  /** Nearest ancestor-or-self a whose tie to its parent is a bridge; −1 when none. */
  readonly bridgeUp: Int32Array;
}

/**
 * Builds the cut structure from the lowpoint search that cut points also run (src/internal/lowpoint.ts:
 * iterative, no recursion), carrying subtree and component sizes; O(n + m).
 *
 * @remarks
 * For a non-root actor a with parent p, a's subtree is a piece of C − p (C the component) when
 * low(a) ≥ pre(p), and the tie p–a is a bridge when low(a) > pre(p) (Hopcroft & Tarjan 1973). The
 * other piece of C − p, when p is not a root, holds everything else: |C| − 1 − Σ over those children
 * of their subtree sizes. cutOff(p) = |C| − 1 − (largest piece), as the `single-point-of-failure`
 * gaps count it.
 * @internal
 */
export function createCutStructure(view: EcosystemView): CutStructure {
  const n = view.order;
  const search = createLowpointSearch(n);
  const { discovered: pre, low, parent, order } = search;
  const subtree = new Int32Array(n);
  const componentSize = new Int32Array(n);
  lowpointSearch(view, search, {
    finish: (x, p) => {
      subtree[x]! += 1;
      if (p !== -1) subtree[p]! += subtree[x]!;
    },
    leaveRoot: (_root, start, end) => {
      for (let k = start; k < end; k++) componentSize[order[k]!] = end - start;
    },
  });
  const separated = new Int32Array(n);
  const largestChild = new Int32Array(n);
  const pieceUp = new Int32Array(n).fill(-1);
  const bridgeUp = new Int32Array(n).fill(-1);
  for (let k = 0; k < n; k++) {
    const a = order[k]!;
    const p = parent[a]!;
    if (p === -1) continue;
    const piece = low[a]! >= pre[p]!;
    if (piece) {
      separated[p]! += subtree[a]!;
      if (subtree[a]! > largestChild[p]!) largestChild[p] = subtree[a]!;
    }
    pieceUp[a] = piece ? a : pieceUp[p]!;
    bridgeUp[a] = low[a]! > pre[p]! ? a : bridgeUp[p]!;
  }
  const largestPiece = new Int32Array(n);
  const restPiece = new Int32Array(n);
  const cutOff = new Int32Array(n);
  for (let x = 0; x < n; x++) {
    const rest = parent[x] === -1 ? 0 : componentSize[x]! - 1 - separated[x]!;
    restPiece[x] = rest;
    const largest = Math.max(rest, largestChild[x]!);
    largestPiece[x] = largest;
    cutOff[x] = componentSize[x]! - 1 - largest;
  }
  return { pre, subtree, parent, low, componentSize, largestPiece, restPiece, cutOff, pieceUp, bridgeUp };
}

/** Whether y lies in a's subtree. @internal */
export function inSubtree(cuts: CutStructure, a: number, y: number): boolean {
  const start = cuts.pre[a]!;
  const at = cuts.pre[y]!;
  return at >= start && at < start + cuts.subtree[a]!;
}

/** A single point of failure the tie would bypass, and how many actors would stop hanging on it. @internal */
export interface CutRelief {
  /** `"actor"`: a cut vertex; `"tie"`: a bridge. */
  readonly element: "actor" | "tie";
  /** The cut vertex, or the bridge's end nearer the root. */
  readonly a: number;
  /** −1 for a cut vertex, else the bridge's other end. */
  readonly b: number;
  /** Actors cut off by its loss now. */
  readonly cutOff: number;
  /** Actors it would still cut off once the tie is made. */
  readonly cutOffAfter: number;
}

/** Scratch of {@link reliefOf}: a stamp per actor. @internal */
export interface ReliefScratch {
  readonly mark: Int32Array;
  readonly slot: Int32Array;
  stamp: number;
}

/** Buffers for n actors. @internal */
export function createReliefScratch(n: number): ReliefScratch {
  return { mark: new Int32Array(n), slot: new Int32Array(n), stamp: 0 };
}

/**
 * The single points of failure an absent tie u–v bypasses, exactly.
 *
 * @remarks
 * A cut vertex c is bypassed when u and v lie in different pieces P_u, P_v of C − c (neither end is
 * c): the tie merges the two pieces, so cutOff(c) becomes |C| − 1 − max(L, |P_u| + |P_v|), L the
 * largest piece now; a tie from inside a piece to c itself merges nothing and relieves c of nothing.
 * The pieces separating u from v are found by walking the `pieceUp` chains of u and of v (the subtree
 * of a is u's piece of C − parent(a) unless v is in it too). A bridge p–a is bypassed when exactly one
 * end of the tie is in a's subtree; it stops being a bridge (cutOffAfter 0). Ties between two
 * components bypass nothing. Cost: the number of cut vertices and bridges above u and v.
 * @internal
 */
export function reliefOf(
  cuts: CutStructure,
  component: Int32Array,
  u: number,
  v: number,
  scratch: ReliefScratch,
): CutRelief[] {
  const reliefs: CutRelief[] = [];
  if (component[u] !== component[v]) return reliefs;
  const { parent, subtree, pieceUp, bridgeUp, componentSize, largestPiece, restPiece, cutOff } = cuts;
  const stamp = ++scratch.stamp;
  const cutsFound: number[] = [];
  const pieceU: number[] = [];
  const pieceV: number[] = [];
  const walk = (from: number, other: number, own: number[], theirs: number[]): void => {
    for (let a = pieceUp[from]!; a !== -1; a = pieceUp[parent[a]!]!) {
      const c = parent[a]!;
      if (c === other || inSubtree(cuts, a, other)) continue;
      if (scratch.mark[c] !== stamp) {
        scratch.mark[c] = stamp;
        scratch.slot[c] = cutsFound.length;
        cutsFound.push(c);
        own.push(subtree[a]!);
        // Until the other end's walk finds its piece, it is in the rest of the component.
        theirs.push(restPiece[c]!);
      } else own[scratch.slot[c]!] = subtree[a]!;
    }
  };
  walk(u, v, pieceU, pieceV);
  walk(v, u, pieceV, pieceU);
  for (let k = 0; k < cutsFound.length; k++) {
    const c = cutsFound[k]!;
    const size = componentSize[c]!;
    const after = size - 1 - Math.max(largestPiece[c]!, pieceU[k]! + pieceV[k]!);
    if (after < cutOff[c]!)
      reliefs.push({ element: "actor", a: c, b: -1, cutOff: cutOff[c]!, cutOffAfter: after });
  }
  for (const [from, other] of [
    [u, v],
    [v, u],
  ] as const) {
    for (let a = bridgeUp[from]!; a !== -1; a = bridgeUp[parent[a]!]!) {
      if (inSubtree(cuts, a, other)) continue;
      const side = subtree[a]!;
      const lost = Math.min(side, componentSize[a]! - side);
      if (lost >= 1) reliefs.push({ element: "tie", a: parent[a]!, b: a, cutOff: lost, cutOffAfter: 0 });
    }
  }
  return reliefs;
}
