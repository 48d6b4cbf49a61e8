/**
 * The one seeded pseudo-random generator of ecoweave (Mulberry32: 32-bit state, period 2³²,
 * passes gjrand's tests at this size; see https://gist.github.com/tommyettinger/46a874533244883189143505d203312c).
 * Everything random takes a `seed`, so the same input and seed give byte-identical output.
 */

/** A generator of floats in [0, 1). */
export type Random = () => number;

/** Creates a generator from an integer seed (any finite number; it is truncated to 32 bits). */
export function createRandom(seed: number): Random {
  let state = Math.trunc(seed) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A uniform integer in [0, bound). */
export function randomInt(random: Random, bound: number): number {
  return Math.floor(random() * bound);
}

/** Shuffles `values` in place (Fisher–Yates) and returns it. */
export function shuffleInPlace<T extends { length: number; [index: number]: unknown }>(
  random: Random,
  values: T,
): T {
  for (let i = values.length - 1; i > 0; i--) {
    const j = randomInt(random, i + 1);
    const held = values[i];
    values[i] = values[j];
    values[j] = held;
  }
  return values;
}
