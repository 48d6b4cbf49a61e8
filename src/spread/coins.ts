/**
 * Counter-based random draws for the cascades of {@link spreadGain} and the linear threshold's
 * thresholds: every coin is a hash of (seed, run, tie end points), so a run's coin on a tie does not
 * depend on the order in which ties are tried, on file order, or on which other ties exist. That is
 * what lets spreadGain compare candidate ties on common random numbers (the same live ties in run r
 * for every candidate): each run is one live-edge graph of Kempe, Kleinberg and Tardos (2003).
 *
 * The mixer is Chris Wellons' `lowbias32` (https://nullprogram.com/blog/2018/07/31/), a 32-bit
 * bijection with full avalanche; it is applied twice to combine keys.
 *
 * @packageDocumentation
 */

/** 2⁻³²: turns a 32-bit hash into a float in [0, 1). */
export const UNIT = 1 / 4294967296;

/** A 32-bit integer hash with full avalanche (`lowbias32`). @internal */
export function mix32(value: number): number {
  let x = value | 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}

/** The key of the arc `tail → head` (canonical indices): independent of every other arc's key. @internal */
export function arcKeyOf(tail: number, head: number): number {
  return mix32(Math.imul(tail, 0x9e3779b1) ^ mix32(head ^ 0x5bd1e995));
}

/** Salt of the arcs a candidate tie adds, so that they draw apart from an existing tie of the same pair. @internal */
export const CANDIDATE_SALT = 0x2545f491;

/** The key of actor `node` for its linear-threshold threshold. @internal */
export function nodeKeyOf(node: number): number {
  return mix32(Math.imul(node, 0x27d4eb2f) ^ 0x165667b1);
}

/** The key of run `run` under `seed`: XOR-ed into an arc's or actor's key before the last mix. @internal */
export function runKeyOf(seed: number, run: number): number {
  return mix32(mix32(Math.trunc(seed) ^ 0x68e31da4) ^ Math.imul(run + 1, 0x85ebca6b));
}
