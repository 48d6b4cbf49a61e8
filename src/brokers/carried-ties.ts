/**
 * The ties a bridge actor carries: its ties with the highest edge betweenness, the share of shortest
 * paths between actors that run along each, so a weaver sees which of its relationships the network
 * leans on.
 *
 * @packageDocumentation
 */
import { compareIds } from "../internal/compare.js";
import { createRandom, shuffleInPlace } from "../internal/rng.js";
import { edgeBetweennessValues } from "../metrics/edge-betweenness.js";
import type { EcosystemView } from "../model/view.js";

/** One tie of a bridge actor and the shortest paths it carries. */
export interface CarriedTie {
  /** The actor at the other end of the tie. */
  contact: string;
  /** The tail of the tie; on the undirected view the smaller id of the pair (as `edgeBetweenness`). */
  source: string;
  /** The head of the tie; on the undirected view the larger id of the pair. */
  target: string;
  /**
   * Normalised edge betweenness: the share of shortest paths between ordered pairs of actors that run
   * along the tie, Σ_{s ≠ t} σ_st(e) / σ_st / (n(n − 1)) (NetworkX `edge_betweenness_centrality`).
   */
  betweenness: number;
}

/**
 * Edge betweenness of every tie of the view, by out-list position (see `edgeBetweennessValues`):
 * exact when `pivots` is `undefined`, else estimated from that many seeded pivot sources. @internal
 */
export function tieBetweenness(view: EcosystemView, pivots: number | undefined, seed: number): Float64Array {
  if (pivots === undefined) return edgeBetweennessValues(view, true, false);
  const pool = new Int32Array(view.order);
  for (let i = 0; i < pool.length; i++) pool[i] = i;
  shuffleInPlace(createRandom(seed), pool);
  return edgeBetweennessValues(view, true, false, pool.subarray(0, pivots));
}

/**
 * Actor i's `count` ties with the highest betweenness in `values`, highest first, ties by the contact's
 * id: its out-ties and, on the directed view, its in-ties (found on the in-lists). Ties that carry no
 * path are left out. O(d log d) for i's d ties. @internal
 */
export function carriedTies(
  view: EcosystemView,
  values: Float64Array,
  inArcs: Int32Array | null,
  i: number,
  count: number,
): CarriedTie[] {
  const { ids, offsets, targets, inOffsets, sources, directed } = view;
  const rows: CarriedTie[] = [];
  const id = ids[i]!;
  for (let k = offsets[i]!, end = offsets[i + 1]!; k < end; k++) {
    const contact = ids[targets[k]!]!;
    const value = values[k]!;
    if (value <= 0) continue;
    const [source, target] = directed || compareIds(id, contact) < 0 ? [id, contact] : [contact, id];
    rows.push({ contact, source, target, betweenness: value });
  }
  if (directed && inArcs !== null) {
    for (let l = inOffsets[i]!, end = inOffsets[i + 1]!; l < end; l++) {
      const value = values[inArcs[l]!]!;
      if (value <= 0) continue;
      const contact = ids[sources[l]!]!;
      rows.push({ contact, source: contact, target: id, betweenness: value });
    }
  }
  // Compared at 12 decimals, so that values equal in exact arithmetic tie and are ranked by id.
  const key = (row: CarriedTie): number => Math.round(row.betweenness * 1e12);
  rows.sort((a, b) => key(b) - key(a) || compareIds(a.contact, b.contact) || compareIds(a.source, b.source));
  rows.length = Math.min(rows.length, count);
  return rows;
}
