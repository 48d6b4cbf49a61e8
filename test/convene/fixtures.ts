// Small planted ecosystems for the peer-learning tests, and an independent enumeration of seatings.
import { createEcosystem, type Ecosystem } from "../../src/model/ecosystem.js";

/**
 * Twelve actors: four developers, four upskillers, four funders in three regions. Developers d1–d2
 * (North) are tied to funder f1 and upskiller u1; d3–d4 (South) only to each other (no funder, no
 * upskiller within reach); funders f2–f4 hang on f1 through a path, u2–u4 form a triangle with u1.
 */
export function twelveActors(): Ecosystem {
  const region = (id: string): string => ({ 1: "North", 2: "North", 3: "South", 4: "East" })[id.slice(1)]!;
  const actors = ["d", "u", "f"].flatMap((prefix) =>
    [1, 2, 3, 4].map((k) => ({
      id: `${prefix}${k}`,
      role: prefix === "d" ? "developer" : prefix === "u" ? "upskiller" : "funder",
      attributes: { region: region(`${prefix}${k}`) },
    })),
  );
  const ties = [
    ["f1", "d1", "funding"],
    ["f1", "d2", "funding"],
    ["u1", "d1", "training"],
    ["u1", "d2", "training"],
    ["d3", "d4", "collaboration"],
    ["f1", "f2", "collaboration"],
    ["f2", "f3", "collaboration"],
    ["f3", "f4", "collaboration"],
    ["u1", "u2", "collaboration"],
    ["u2", "u3", "collaboration"],
    ["u3", "u1", "collaboration"],
    ["u4", "f4", "information"],
  ].map(([source, target, kind]) => ({ source: source!, target: target!, kind: kind! }));
  return createEcosystem({ actors, ties });
}

/**
 * Every way to split `ids` into `tables` non-empty unlabelled groups (restricted growth strings),
 * kept when the group sizes differ by at most one. Independent of the code under test.
 */
export function balancedPartitions(ids: readonly string[], tables: number): string[][][] {
  const result: string[][][] = [];
  const block = new Array<number>(ids.length).fill(0);
  const walk = (position: number, used: number): void => {
    if (position === ids.length) {
      if (used !== tables) return;
      const groups: string[][] = Array.from({ length: tables }, () => []);
      ids.forEach((id, k) => {
        groups[block[k]!]!.push(id);
      });
      const sizes = groups.map((group) => group.length);
      if (Math.max(...sizes) - Math.min(...sizes) <= 1) result.push(groups);
      return;
    }
    for (let b = 0; b <= Math.min(used, tables - 1); b++) {
      block[position] = b;
      walk(position + 1, Math.max(used, b + 1));
    }
  };
  walk(0, 0);
  return result;
}
