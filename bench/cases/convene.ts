/**
 * Peer-learning cases. Target: `planPeerLearning` for 500 participants in 3 sessions at tables of 5–6
 * (500 is not a multiple of 6, so balanced tables seat 5 or 6: 84 tables) under 10 s, on the 1k size
 * (1 000 actors, 10 000 ties): the participants are the first 500 actors by id.
 *
 * planPeerLearning keeps the last pair-value matrix of an ecosystem; each timed run passes a new
 * `communitySeed`, so every run computes the matrix again (communities, distances, cut points) and
 * the timing covers the whole call.
 */
import { planPeerLearning } from "../../src/convene/plan-peer-learning.js";
import { scorePeerLearning } from "../../src/convene/score-peer-learning.js";
import { generateEcosystem } from "../../src/datasets/generate.js";
import { compareIds } from "../../src/internal/compare.js";
import type { Ecosystem } from "../../src/model/ecosystem.js";
import { getView } from "../../src/model/view-cache.js";
import { type BenchSize, defineCase } from "../harness.js";

const GROUP = "convene";

interface Clinics {
  readonly eco: Ecosystem;
  readonly participants: string[];
  run: number;
}

function prepared(size: BenchSize): Clinics {
  const eco = generateEcosystem({ actors: size.actors, meanDegree: size.meanDegree, seed: 1 });
  getView(eco);
  return { eco, participants: eco.nodes().sort(compareIds).slice(0, 500), run: 0 };
}

const options = (state: Clinics) => ({
  participants: state.participants,
  sessions: 3,
  size: { min: 5, max: 6 },
  communitySeed: ++state.run,
});

export const cases = [
  defineCase({
    name: "planPeerLearning 500 participants, 3 sessions, tables of 5-6",
    group: GROUP,
    sizes: ["1k"],
    setup: prepared,
    run: (state) => planPeerLearning(state.eco, options(state)),
  }),
  defineCase({
    name: "scorePeerLearning of that plan",
    group: GROUP,
    sizes: ["1k"],
    setup: (size: BenchSize) => {
      const state = prepared(size);
      const plan = planPeerLearning(state.eco, options(state));
      return { ...state, seating: plan.seating };
    },
    run: (state) => scorePeerLearning(state.eco, state.seating, options(state)),
  }),
];
