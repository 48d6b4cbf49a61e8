// Random small networks for the measures' property tests: actors v0…v(n−1), all developers, and ties
// between random pairs (self-pairs dropped), each of one kind or of a kind drawn from a list.
import fc from "fast-check";
import type { EcosystemData } from "../../src/model/schema.js";

export interface RandomNetworkShape {
  readonly minActors: number;
  readonly maxActors: number;
  readonly maxTies: number;
  /** One kind for every tie, or the kinds each tie's is drawn from. */
  readonly kind: string | readonly [string, ...string[]];
}

export function randomNetworks({
  minActors,
  maxActors,
  maxTies,
  kind,
}: RandomNetworkShape): fc.Arbitrary<EcosystemData> {
  const kinds = typeof kind === "string" ? fc.constant(kind) : fc.constantFrom(...kind);
  return fc.integer({ min: minActors, max: maxActors }).chain((n) =>
    fc.array(fc.tuple(fc.nat({ max: n - 1 }), fc.nat({ max: n - 1 }), kinds), { maxLength: maxTies }).map(
      (ties): EcosystemData => ({
        actors: Array.from({ length: n }, (_, i) => ({ id: `v${i}`, role: "developer" })),
        ties: ties
          .filter(([a, b]) => a !== b)
          .map(([a, b, tieKind]) => ({ source: `v${a}`, target: `v${b}`, kind: tieKind })),
      }),
    ),
  );
}
