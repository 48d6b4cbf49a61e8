// Type tests: the plan's scenario changes are scenario changes, and the seating types line up.
import { expectTypeOf } from "vitest";
import {
  type Ecosystem,
  type MessageId,
  type PeerLearningPlan,
  peerLearningChanges,
  planPeerLearning,
  type ScenarioChange,
  scorePeerLearning,
} from "../../src/index.js";

declare const eco: Ecosystem;
const plan = planPeerLearning(eco, { sessions: 2, tables: 3 });
expectTypeOf(plan).toEqualTypeOf<PeerLearningPlan>();
expectTypeOf(peerLearningChanges(plan)).toExtend<readonly ScenarioChange[]>();
expectTypeOf(scorePeerLearning).parameter(1).toExtend<readonly (readonly (readonly string[])[])[]>();
expectTypeOf(plan.seating).toExtend<Parameters<typeof scorePeerLearning>[1]>();
expectTypeOf(plan.sessions[0]!.tables[0]!.reasons[0]!.id).toEqualTypeOf<MessageId>();
