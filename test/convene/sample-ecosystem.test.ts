// The acceptance case: 48 participants of the sample ecosystem in 3 sessions of 8 tables of 6.
import { describe, expect, it } from "vitest";
import { planPeerLearning } from "../../src/convene/plan-peer-learning.js";
import { scorePeerLearning } from "../../src/convene/score-peer-learning.js";
import { sampleEcosystem } from "../../src/datasets/sample-ecosystem.js";
import { randomSeating, sampleParticipants, stratifiedSeating } from "./baselines.js";

const eco = sampleEcosystem();
const participants = sampleParticipants(eco);
const options = { participants, sessions: 3, tables: 8, size: { min: 6, max: 6 } };
const plan = planPeerLearning(eco, options);

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

describe("clinics on the sample ecosystem", () => {
  it("takes every funder and upskiller and 21 developers", () => {
    expect(participants).toHaveLength(48);
    const roles = participants.map((id) => eco.getNodeAttribute(id, "role"));
    expect(roles.filter((role) => role === "developer")).toHaveLength(21);
  });

  it("seats every table with all three roles and repeats no pair", () => {
    expect(plan.feasible).toBe(true);
    expect(plan.repeatsAvoidable).toBe(true);
    expect(plan.requiredRoles.sort()).toEqual(["developer", "funder", "upskiller"]);
    const seen = new Set<string>();
    for (const session of plan.seating) {
      expect(session).toHaveLength(8);
      expect(session.flat().sort()).toEqual(participants);
      for (const table of session) {
        expect(table).toHaveLength(6);
        const roles = new Set(table.map((id) => eco.getNodeAttribute(id, "role")));
        expect([...roles].sort()).toEqual(["developer", "funder", "upskiller"]);
        for (let a = 0; a < table.length; a++) {
          for (let b = a + 1; b < table.length; b++) {
            const key = [table[a]!, table[b]!].sort().join("|");
            expect(seen.has(key)).toBe(false);
            seen.add(key);
          }
        }
      }
    }
    expect(plan.repeatedPairs).toBe(0);
  });

  it("scores its own seating as scorePeerLearning does", () => {
    const scored = scorePeerLearning(eco, plan.seating, options);
    expect(scored.score).toBe(plan.score);
    expect(scored.violations).toEqual([]);
  });

  it("makes more first-time cross-region pairs and need-meeting pairs than random and role-stratified seating", () => {
    const seeds = Array.from({ length: 20 }, (_, k) => k + 1);
    const random = seeds.map((seed) =>
      scorePeerLearning(eco, randomSeating(participants, 3, 8, seed), options),
    );
    const stratified = seeds.map((seed) =>
      scorePeerLearning(eco, stratifiedSeating(eco, participants, 3, 8, seed), options),
    );
    for (const baseline of [random, stratified]) {
      expect(plan.crossRegionPairs).toBeGreaterThan(mean(baseline.map((result) => result.crossRegionPairs)));
      expect(plan.needPairs).toBeGreaterThan(mean(baseline.map((result) => result.needPairs)));
      expect(plan.score).toBeGreaterThan(Math.max(...baseline.map((result) => result.score)));
    }
  });

  it("gives each table a reason in words and as data", () => {
    for (const session of plan.sessions) {
      for (const table of session.tables) {
        expect(table.reasons.length).toBeGreaterThanOrEqual(1);
        expect(table.reasons.length).toBeLessThanOrEqual(2);
        for (const reason of table.reasons) {
          expect(reason.id).toMatch(/^clinics\.reason\./);
          expect(reason.text).toMatch(/^[A-Z0-9].*\.$/);
        }
        expect(table.seats.map((seat) => seat.id)).toEqual(table.members);
      }
    }
    expect(plan.summary.text).toContain(`${plan.newPairs} pairs meet for the first time`);
  });
});
