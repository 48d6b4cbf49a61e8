/**
 * Which actors a cut vertex alone holds to the rest of its component: the pieces its removal would
 * separate from the largest remaining piece.
 *
 * @packageDocumentation
 */
import type { EcosystemView } from "../model/view.js";

/** Scratch buffers reused across calls on one view, so a ranking allocates them once. */
export interface CutOffScratch {
  readonly stamp: Int32Array;
  readonly queue: Int32Array;
  next: number;
}

/** Fresh scratch buffers for a view of `order` actors. */
export function createCutOffScratch(order: number): CutOffScratch {
  return { stamp: new Int32Array(order), queue: new Int32Array(order), next: 0 };
}

/**
 * The dense indices of the actors that removing `v` cuts off (its component minus v minus the largest
 * remaining piece), given their number `cutOff` (from `cutVertexImpact`), on an undirected view.
 *
 * @remarks
 * Each neighbour's piece of C − v is searched breadth-first with a budget of cutOff + 1 actors: every
 * piece but the largest has at most cutOff actors (together they have exactly cutOff), so a search that
 * exceeds the budget, or runs into that abandoned search, is in the largest piece and stops. When several pieces share the largest
 * size, the one reached first from v's lowest-indexed neighbour (the one with the smallest id: the
 * view indexes actors in id order) is kept as the rest. Work is
 * proportional to the cut-off pieces' ties, not the component's. Iterative (no recursion).
 * With `pieceSizes`, the sizes of the cut-off pieces are appended to it, in the order their actors
 * appear in the result, so a caller can tell the pieces apart.
 */
export function cutOffActors(
  view: EcosystemView,
  v: number,
  cutOff: number,
  scratch: CutOffScratch,
  pieceSizes?: number[],
): number[] {
  if (cutOff === 0) return [];
  const { offsets, targets } = view;
  const { stamp, queue } = scratch;
  const budget = cutOff + 1;
  // Stamps: a fresh base per call; base marks v, base + 1 + p marks the p-th piece.
  const base = scratch.next + 1;
  stamp[v] = base;
  const pieces: { start: number; size: number; complete: boolean }[] = [];
  let tail = 0;
  let piece = 0;
  for (let k = offsets[v]!, end = offsets[v + 1]!; k < end; k++) {
    const root = targets[k]!;
    if (stamp[root]! >= base) continue;
    const mark = base + 1 + piece++;
    const start = tail;
    stamp[root] = mark;
    queue[tail++] = root;
    let complete = true;
    search: for (let head = start; head < tail; head++) {
      if (tail - start >= budget) {
        complete = false;
        break;
      }
      const u = queue[head]!;
      for (let l = offsets[u]!, stop = offsets[u + 1]!; l < stop; l++) {
        const w = targets[l]!;
        const seen = stamp[w]!;
        if (seen < base) {
          stamp[w] = mark;
          queue[tail++] = w;
        } else if (seen !== base && seen !== mark) {
          // Pieces are disjoint, so meeting another piece means meeting the abandoned largest one.
          complete = false;
          break search;
        }
      }
    }
    pieces.push({ start, size: tail - start, complete });
  }
  scratch.next = base + piece;
  // The rest: every abandoned search (all in the largest piece) or, if none was abandoned, the first
  // of the largest complete pieces.
  let abandoned = false;
  let first = 0;
  for (let p = 0; p < pieces.length; p++) {
    if (!pieces[p]!.complete) abandoned = true;
    else if (pieces[p]!.size > pieces[first]!.size) first = p;
  }
  const out: number[] = [];
  for (let p = 0; p < pieces.length; p++) {
    const { start, size, complete } = pieces[p]!;
    if (abandoned ? !complete : p === first) continue;
    pieceSizes?.push(size);
    for (let q = start; q < start + size; q++) out.push(queue[q]!);
  }
  return out;
}
