// scorePeerLearning flags every kind of broken rule, and refuses bad input clearly.
import { describe, expect, it } from "vitest";
import type { PeerLearningRule } from "../../src/convene/evaluate.js";
import { scorePeerLearning } from "../../src/convene/score-peer-learning.js";
import { InvalidOptionError } from "../../src/model/errors.js";
import { twelveActors } from "./fixtures.js";

const eco = twelveActors();
const nine = ["d1", "d2", "d3", "f1", "f2", "f3", "u1", "u2", "u3"];
const base = { participants: nine, tables: 3, size: { min: 3, max: 3 } };
// A seating keeping every rule: each table holds a developer, a funder and an upskiller.
const good = [
  ["d1", "f2", "u3"],
  ["d2", "f3", "u1"],
  ["d3", "f1", "u2"],
];

function rules(seating: string[][][], options: object = {}): PeerLearningRule[] {
  return scorePeerLearning(eco, seating, { ...base, ...options }).violations.map(
    (violation) => violation.rule,
  );
}

describe("scorePeerLearning", () => {
  it("finds nothing wrong with a seating keeping every rule", () => {
    const result = scorePeerLearning(eco, [good], base);
    expect(result.feasible).toBe(true);
    expect(result.violations).toEqual([]);
    expect(result.requiredRoles.sort()).toEqual(["developer", "funder", "upskiller"]);
  });

  it("flags a table missing a role", () => {
    const seating = [
      ["d1", "d2", "u3"],
      ["f1", "f3", "u1"],
      ["d3", "f2", "u2"],
    ];
    const result = scorePeerLearning(eco, [seating], base);
    expect(result.feasible).toBe(false);
    expect(result.violations.map((v) => [v.rule, v.session, v.table])).toEqual([
      ["role", 0, 0],
      ["role", 0, 1],
    ]);
    expect(result.violations[0]!.message).toContain("no funder");
  });

  it("flags sizes outside the range and unbalanced tables", () => {
    const seating = [["d1", "f2", "u3", "d2", "f3"], ["u1", "d3", "f1"], ["u2"]];
    expect(rules([seating])).toEqual(expect.arrayContaining(["size", "balance"]));
  });

  it("flags a repeated pair where the sizes allow none, and only counts it where they do not", () => {
    const again = [
      ["d1", "f2", "u1"],
      ["d2", "f3", "u2"],
      ["d3", "f1", "u3"],
    ];
    const result = scorePeerLearning(eco, [good, again], { ...base, sessions: 2 });
    expect(result.violations.map((v) => v.rule)).toEqual(["repeat", "repeat", "repeat"]);
    expect(result.violations[0]!.actors).toEqual(["d1", "f2"]);
    expect(result.violations[0]!.session).toBe(1);
    // Tables of 4 with 3 tables: the members of one table cannot all sit apart next time.
    const twelve = ["d1", "d2", "d3", "d4", "f1", "f2", "f3", "f4", "u1", "u2", "u3", "u4"];
    const big = [
      ["d1", "f1", "u1", "d4"],
      ["d2", "f2", "u2", "f4"],
      ["d3", "f3", "u3", "u4"],
    ];
    const unavoidable = scorePeerLearning(eco, [big, big], {
      participants: twelve,
      tables: 3,
      size: { min: 4, max: 4 },
    });
    expect(unavoidable.repeatsAvoidable).toBe(false);
    expect(unavoidable.repeatedPairs).toBe(18);
    expect(unavoidable.violations).toEqual([]);
  });

  it("flags pairs kept apart, pairs to sit together, and hosts away from their table", () => {
    expect(rules([good], { apart: [["d1", "u3"]] })).toEqual(["apart"]);
    expect(rules([good], { together: [["d1", "d2"]] })).toEqual(["together"]);
    expect(rules([good], { hosts: [{ actor: "f1", table: 0 }] })).toEqual(["host"]);
  });

  it("flags the wrong shape, strangers, people seated twice and people missing", () => {
    expect(rules([good], { sessions: 2 })).toContain("shape");
    expect(rules([good.slice(0, 2)], { tables: 3 })).toEqual(expect.arrayContaining(["shape", "seating"]));
    const stranger = [
      ["d1", "f2", "u3"],
      ["d2", "f3", "u1"],
      ["d3", "f1", "u4"],
    ];
    expect(rules([stranger])).toEqual(expect.arrayContaining(["seating"]));
    const twice = [
      ["d1", "f2", "u3"],
      ["d2", "f3", "u1"],
      ["d3", "f1", "d1"],
    ];
    const result = scorePeerLearning(eco, [twice], base);
    expect(result.violations.filter((v) => v.rule === "seating").map((v) => v.message)).toEqual([
      "Session 1 seats d1 twice",
      "Session 1 does not seat 1 participant (u2)",
    ]);
  });

  it("takes the seated actors as participants by default", () => {
    const result = scorePeerLearning(eco, [good], { size: { min: 3, max: 3 } });
    expect(result.feasible).toBe(true);
    // Of the nine pairs at the tables only d2–u1 is tied (training), so eight meet for the first time.
    expect(result.newPairs).toBe(8);
  });

  it("refuses actors that do not exist and bad options", () => {
    expect(() => scorePeerLearning(eco, [[["d1", "zz"]]], {})).toThrow(InvalidOptionError);
    expect(() => scorePeerLearning(eco, [good], { ...base, weights: { need: -1 } })).toThrow(/weights.need/);
    expect(() => scorePeerLearning(eco, [good], { ...base, size: { min: 4, max: 3 } })).toThrow(/size.min/);
    expect(() => scorePeerLearning(eco, [good], { ...base, participants: ["d1", "d1"] })).toThrow(/twice/);
    expect(() => scorePeerLearning(eco, [good], { ...base, apart: [["d1", "x"]] })).toThrow(
      /not a participant/,
    );
    expect(() =>
      scorePeerLearning(eco, [good], { ...base, apart: [["d1", "d2"]], together: [["d2", "d1"]] }),
    ).toThrow(/apart and together/);
    expect(() => scorePeerLearning(eco, [good], { ...base, hosts: [{ actor: "d1", table: 3 }] })).toThrow(
      /table 3/,
    );
    expect(() => scorePeerLearning(eco, [good], { ...base, directed: true })).toThrow(/directed/);
  });
});
