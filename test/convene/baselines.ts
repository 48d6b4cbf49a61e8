// Baseline seatings of the sample-ecosystem comparison: random seating with the plan's sizes, and
// role-stratified random seating (each role dealt round the tables in turn). Shared by the test and
// bench/peer-learning-baselines.ts.
import { createRandom, shuffleInPlace } from "../../src/internal/rng.js";
import type { Ecosystem } from "../../src/model/ecosystem.js";

/** Every funder and upskiller and the first 21 developers by id: 48 participants. */
export function sampleParticipants(eco: Ecosystem): string[] {
  const developers: string[] = [];
  const others: string[] = [];
  eco.forEachNode((id, actor) => {
    if (actor.role === "developer") developers.push(id);
    else others.push(id);
  });
  developers.sort();
  return [...others, ...developers.slice(0, 21)].sort();
}

/** `sessions` sessions of `tables` tables, people shuffled and cut into tables of balanced sizes. */
export function randomSeating(
  ids: readonly string[],
  sessions: number,
  tables: number,
  seed: number,
): string[][][] {
  const random = createRandom(seed);
  return Array.from({ length: sessions }, () => {
    const order = shuffleInPlace(random, [...ids]);
    const seating: string[][] = Array.from({ length: tables }, () => []);
    order.forEach((id, k) => {
      seating[k % tables]!.push(id);
    });
    return seating;
  });
}

/** Each role's people shuffled and dealt round the tables in turn, one role after the other. */
export function stratifiedSeating(
  eco: Ecosystem,
  ids: readonly string[],
  sessions: number,
  tables: number,
  seed: number,
): string[][][] {
  const random = createRandom(seed);
  const byRole = new Map<string, string[]>();
  for (const id of ids) {
    const role = eco.getNodeAttribute(id, "role");
    byRole.set(role, [...(byRole.get(role) ?? []), id]);
  }
  const roles = [...byRole.keys()].sort();
  return Array.from({ length: sessions }, () => {
    const seating: string[][] = Array.from({ length: tables }, () => []);
    let next = 0;
    for (const role of roles) {
      for (const id of shuffleInPlace(random, [...byRole.get(role)!])) seating[next++ % tables]!.push(id);
    }
    return seating;
  });
}
