/**
 * Fagiolo's clustering of the directed view: how often an actor's in- and out-contacts are tied to
 * each other, in any direction, counting every directed triangle through the actor.
 *
 * @packageDocumentation
 */

import type { EcosystemView } from "../model/view.js";

/**
 * Per actor i: T(i), the number of directed triangles through i, and the number of triangles it could
 * close, d(i)(d(i) − 1) − 2 d↔(i), with d(i) = in-degree + out-degree and d↔(i) the number of
 * reciprocated pairs. c(i) = T(i) / (2 (d(i)(d(i) − 1) − 2 d↔(i))), 0 when T(i) is 0.
 * T(i) = Σ over j among i's in- and out-neighbours (a reciprocated j twice) of the number of k that
 * are an in- or out-neighbour of j and an in- or out-neighbour of i, each membership counted once.
 * Weighted (Fagiolo 2007, as NetworkX): each triangle counts (ŵ₁ ŵ₂ ŵ₃)^(1/3) instead of 1, ŵ its
 * three arcs' summed strengths over the largest arc strength of the view.
 * Two neighbour marks, no allocation per actor; O(Σ_i Σ_{j ~ i} d(j)).
 * @internal
 */
export function directedClusteringValues(view: EcosystemView, weighted = false): Float64Array {
  const { order: n, offsets, targets, inOffsets, sources } = view;
  const values = new Float64Array(n);
  if (weighted) {
    weightedValues(view, values);
    return values;
  }
  const isSuccessor = new Int32Array(n).fill(-1);
  const isPredecessor = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const outStart = offsets[i]!;
    const outEnd = offsets[i + 1]!;
    const inStart = inOffsets[i]!;
    const inEnd = inOffsets[i + 1]!;
    for (let k = outStart; k < outEnd; k++) isSuccessor[targets[k]!] = i;
    let reciprocated = 0;
    for (let k = inStart; k < inEnd; k++) {
      const j = sources[k]!;
      isPredecessor[j] = i;
      if (isSuccessor[j] === i) reciprocated++;
    }
    const membership = (x: number) => (isSuccessor[x] === i ? 1 : 0) + (isPredecessor[x] === i ? 1 : 0);
    let triangles = 0;
    const countThrough = (j: number) => {
      for (let k = offsets[j]!, end = offsets[j + 1]!; k < end; k++) triangles += membership(targets[k]!);
      for (let k = inOffsets[j]!, end = inOffsets[j + 1]!; k < end; k++) triangles += membership(sources[k]!);
    };
    for (let k = outStart; k < outEnd; k++) countThrough(targets[k]!);
    for (let k = inStart; k < inEnd; k++) countThrough(sources[k]!);
    if (triangles === 0) continue;
    const total = outEnd - outStart + (inEnd - inStart);
    values[i] = triangles / (2 * (total * (total - 1) - 2 * reciprocated));
  }
  return values;
}

/**
 * The weighted variant into `values`: per actor i, the arcs' normalised strengths to and from i are
 * marked, and each directed triangle (i, j, k) adds the cube root of the product of its three arcs'.
 */
function weightedValues(view: EcosystemView, values: Float64Array): void {
  const { order: n, offsets, targets, weights, inOffsets, sources, inWeights } = view;
  let maxWeight = 0;
  for (let k = 0; k < weights.length; k++) if (weights[k]! > maxWeight) maxWeight = weights[k]!;
  if (maxWeight === 0) maxWeight = 1;
  const isSuccessor = new Int32Array(n).fill(-1);
  const isPredecessor = new Int32Array(n).fill(-1);
  const toNeighbour = new Float64Array(n);
  const fromNeighbour = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const outStart = offsets[i]!;
    const outEnd = offsets[i + 1]!;
    const inStart = inOffsets[i]!;
    const inEnd = inOffsets[i + 1]!;
    for (let k = outStart; k < outEnd; k++) {
      isSuccessor[targets[k]!] = i;
      toNeighbour[targets[k]!] = weights[k]! / maxWeight;
    }
    let reciprocated = 0;
    for (let k = inStart; k < inEnd; k++) {
      const j = sources[k]!;
      isPredecessor[j] = i;
      fromNeighbour[j] = inWeights[k]! / maxWeight;
      if (isSuccessor[j] === i) reciprocated++;
    }
    let triangles = 0;
    // The triangles through arc i–j of normalised strength wij, closed by j–x of strength wjx.
    const close = (wij: number, x: number, wjx: number) => {
      if (isSuccessor[x] === i) triangles += Math.cbrt(wij * toNeighbour[x]! * wjx);
      if (isPredecessor[x] === i) triangles += Math.cbrt(wij * fromNeighbour[x]! * wjx);
    };
    const throughNeighbour = (j: number, wij: number) => {
      for (let k = offsets[j]!, end = offsets[j + 1]!; k < end; k++)
        close(wij, targets[k]!, weights[k]! / maxWeight);
      for (let k = inOffsets[j]!, end = inOffsets[j + 1]!; k < end; k++)
        close(wij, sources[k]!, inWeights[k]! / maxWeight);
    };
    for (let k = outStart; k < outEnd; k++) throughNeighbour(targets[k]!, weights[k]! / maxWeight);
    for (let k = inStart; k < inEnd; k++) throughNeighbour(sources[k]!, inWeights[k]! / maxWeight);
    if (triangles === 0) continue;
    const total = outEnd - outStart + (inEnd - inStart);
    values[i] = triangles / (2 * (total * (total - 1) - 2 * reciprocated));
  }
}
