// Type tests of the public signatures, checked by `npm run typecheck` (tsc reads test/).
import { expectTypeOf } from "vitest";
import {
  type BridgeNeedLost,
  type BridgeParts,
  brokerage,
  constraint,
  createEcosystem,
  type Ecosystem,
  type EcosystemData,
  findBridgeActors,
  findStructuralGaps,
  type StructuralGap,
  structuralHoles,
  type ValidationIssue,
  validateEcosystem,
} from "../src/index.js";

declare const eco: Ecosystem;

expectTypeOf(createEcosystem).parameter(0).toEqualTypeOf<unknown>();
expectTypeOf(createEcosystem).returns.toEqualTypeOf<Ecosystem>();

const result = validateEcosystem({});
if (result.ok) expectTypeOf(result.data).toEqualTypeOf<EcosystemData>();
else expectTypeOf(result.issues).toEqualTypeOf<readonly ValidationIssue[]>();

// Per-actor measures are records keyed by id whose undefined values are null, never undefined.
expectTypeOf(constraint(eco)).toEqualTypeOf<Record<string, number | null>>();
expectTypeOf(structuralHoles(eco).a!.hierarchy).toEqualTypeOf<number | null>();

// groupBy takes "role", an attribute name, or a function of the actor.
brokerage(eco, { groupBy: "role" });
brokerage(eco, { groupBy: "region" });
brokerage(eco, { groupBy: (_id, actor) => actor.role });
// @ts-expect-error groupBy must return a string
brokerage(eco, { groupBy: () => 1 });

// Gaps are a discriminated union: the evidence follows the kind.
const gap = findStructuralGaps(eco)[0] as StructuralGap;
if (gap.kind === "coverage") expectTypeOf(gap.evidence.share).toEqualTypeOf<number>();
// @ts-expect-error an unknown gap kind is refused
findStructuralGaps(eco, { include: ["silo"] });

expectTypeOf(findBridgeActors(eco)[0]!.reasons).toEqualTypeOf<string[]>();
expectTypeOf(findBridgeActors(eco, { groupBy: ["role", "region"] })[0]!.gapId).toEqualTypeOf<string | null>();
expectTypeOf(findBridgeActors(eco)[0]!.needsLost).toEqualTypeOf<BridgeNeedLost[]>();
expectTypeOf(findBridgeActors(eco)[0]!.contributions).toEqualTypeOf<BridgeParts>();
