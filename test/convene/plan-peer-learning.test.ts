// planPeerLearning: determinism, independence from file order, options, outputs, and the plan as a
// scenario ("what if these acquaintances became ties"), checked with applyScenario and compareEcosystems.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run.js";
import { planPeerLearning } from "../../src/convene/plan-peer-learning.js";
import { peerLearningChanges } from "../../src/convene/scenario-changes.js";
import { scorePeerLearning } from "../../src/convene/score-peer-learning.js";
import { sampleEcosystem } from "../../src/datasets/sample-ecosystem.js";
import { bfs } from "../../src/internal/bfs.js";
import {
  createEcosystem,
  type Ecosystem,
  ecosystemRoles,
  toEcosystemData,
} from "../../src/model/ecosystem.js";
import { InvalidOptionError } from "../../src/model/errors.js";
import { getView } from "../../src/model/view-cache.js";
import { toPeerLearningCsv, toPeerLearningMarkdown } from "../../src/report/peer-learning-markdown.js";
import { applyScenario } from "../../src/scenario/apply-scenario.js";
import { compareEcosystems } from "../../src/scenario/compare-ecosystems.js";
import { sampleParticipants } from "./baselines.js";
import { twelveActors } from "./fixtures.js";

const sample = sampleEcosystem();
const participants = sampleParticipants(sample);
const options = {
  participants,
  sessions: 2,
  tables: 8,
  size: { min: 6, max: 6 },
  solver: "heuristic" as const,
};

/** Needs (actor, role) of `ids` with no actor of the role within `maxDistance` steps, by BFS on the whole view. */
function unmetNeeds(eco: Ecosystem, ids: readonly string[], maxDistance = 2): Set<string> {
  const view = getView(eco);
  const roles = ecosystemRoles(eco);
  const unmet = new Set<string>();
  const distance = new Int32Array(view.order);
  const queue = new Int32Array(view.order);
  for (const id of ids) {
    const role = eco.getNodeAttribute(id, "role");
    bfs(view, [view.index.get(id)!], distance, queue, maxDistance);
    for (const need of roles.get(role)?.needs ?? []) {
      if (need === role) continue;
      const reached = view.ids.some(
        (other, v) => distance[v] !== -1 && eco.getNodeAttribute(other, "role") === need,
      );
      if (!reached) unmet.add(`${id}→${need}`);
    }
  }
  return unmet;
}

describe("planPeerLearning", () => {
  it("gives the same plan for the same seed, whatever the order of the file", () => {
    const first = planPeerLearning(sample, options);
    expect(JSON.stringify(planPeerLearning(sample, options))).toBe(JSON.stringify(first));
    const data = toEcosystemData(sample);
    const reversed = createEcosystem({
      ...data,
      actors: [...data.actors].reverse(),
      ties: [...data.ties].reverse(),
    });
    expect(planPeerLearning(reversed, options).seating).toEqual(first.seating);
    expect(planPeerLearning(sample, { ...options, seed: 2 }).seating).not.toEqual(first.seating);
  });

  it("seats every actor by default, in balanced tables of the default sizes", () => {
    const eco = twelveActors();
    const plan = planPeerLearning(eco);
    expect(plan.participants).toHaveLength(12);
    expect(plan.sessions).toHaveLength(1);
    expect(plan.seating[0]!.map((table) => table.length)).toEqual([6, 6]);
    expect(plan.score).toBe(scorePeerLearning(eco, plan.seating).score);
  });

  it("selects participants by role and by attribute", () => {
    const eco = twelveActors();
    const funders = planPeerLearning(eco, { participants: { role: "funder" }, tables: 2 });
    expect(funders.participants).toEqual(["f1", "f2", "f3", "f4"]);
    const north = planPeerLearning(eco, {
      participants: { attribute: { name: "region", value: "North" } },
      tables: 2,
    });
    expect(north.participants).toEqual(["d1", "d2", "f1", "f2", "u1", "u2"]);
    expect(() => planPeerLearning(eco, { participants: { role: "nobody" } })).toThrow(
      /unknown role "nobody"/,
    );
  });

  it("refuses sizes that no balanced seating can keep", () => {
    const eco = twelveActors();
    expect(() => planPeerLearning(eco, { tables: 2, size: { min: 2, max: 4 } })).toThrow(InvalidOptionError);
    expect(() => planPeerLearning(eco, { tables: 5, size: { min: 3, max: 4 } })).toThrow(
      /cannot sit at 5 tables/,
    );
    expect(() => planPeerLearning(eco, { iterations: -1 })).toThrow(/iterations/);
    expect(() => planPeerLearning(sample, { tables: 20, solver: "exact" })).toThrow(/would enumerate/);
  });

  it("says when the sizes make repeats unavoidable, and still plans", () => {
    const eco = twelveActors();
    const plan = planPeerLearning(eco, { sessions: 2, tables: 3, size: { min: 4, max: 4 } });
    expect(plan.repeatsAvoidable).toBe(false);
    expect(plan.feasible).toBe(true);
    expect(plan.repeatedPairs).toBeGreaterThan(0);
    expect(plan.summary.text).toContain("repeats unavoidable");
    expect(plan.summary.params.repeatsAvoidable).toBe(false);
  });

  it("turns the new pairs into peer-learning ties that applyScenario adds and compareEcosystems sees", () => {
    const plan = planPeerLearning(sample, options);
    const changes = peerLearningChanges(plan, { since: "2026-01-01" });
    expect(changes).toHaveLength(plan.newPairs);
    expect(changes[0]).toMatchObject({ op: "addTie", tie: { kind: "peer-learning", since: "2026-01-01" } });
    const after = applyScenario(sample, changes);
    expect(after.size).toBe(sample.size + plan.newPairs);
    const comparison = compareEcosystems(sample, after);
    expect(comparison.ties.added).toHaveLength(plan.newPairs);
    expect(comparison.ties.added.every((tie) => tie.kind === "peer-learning")).toBe(true);
    expect(comparison.figures.after.globalEfficiency).toBeGreaterThan(
      comparison.figures.before.globalEfficiency,
    );
    // Needs the plan says its acquaintances would meet are met, by BFS on the ecosystem after.
    const before = unmetNeeds(sample, participants);
    const remaining = unmetNeeds(after, participants);
    expect(before.size).toBe(plan.needsUnmet);
    expect(before.size - remaining.size).toBeGreaterThanOrEqual(plan.needsMet);
    expect(peerLearningChanges(plan, { sessions: [0] }).length).toBe(
      plan.pairs.filter((p) => p.session === 0).length,
    );
    expect(() => peerLearningChanges(plan, { weight: 0 })).toThrow(InvalidOptionError);
  });
});

describe("peer-learning outputs", () => {
  const eco = createEcosystem({
    actors: [
      { id: "a", label: "=SUM(A1)", role: "developer", attributes: { region: "North" } },
      { id: "b", label: "Bee | *bold*", role: "funder", attributes: { region: "South" } },
      { id: "c", label: "Cee, Ltd", role: "upskiller" },
      { id: "d", label: "Dee", role: "developer", attributes: { region: "South" } },
    ],
    ties: [{ source: "a", target: "b", kind: "funding" }],
  });
  const plan = planPeerLearning(eco, { tables: 2, size: { min: 2, max: 2 } });

  it("writes one CSV row per seat, with formula-looking cells defused and commas quoted", () => {
    const csv = toPeerLearningCsv(plan);
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe("session,table,id,label,role,region,host,reasons");
    expect(lines).toHaveLength(5);
    expect(csv).toContain(",'=SUM(A1),");
    expect(csv).toContain(',"Cee, Ltd",');
  });

  it("writes Markdown with escaped labels and the reasons", () => {
    const markdown = toPeerLearningMarkdown(plan);
    expect(markdown).toContain("## Session 1");
    expect(markdown).toContain("### Table 2");
    expect(markdown).toContain("Bee \\| \\*bold\\*");
    expect(markdown).toContain(`> ${plan.sessions[0]!.tables[0]!.reasons[0]!.text.slice(0, 10)}`);
  });

  it("runs as ecoweave clinics, in text, md, csv and json", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ecoweave-clinics-"));
    writeFileSync(join(dir, "eco.json"), JSON.stringify(toEcosystemData(twelveActors())));
    const run = async (...args: string[]) => {
      let stdout = "";
      let stderr = "";
      const code = await runCli(args, {
        stdout: (text) => {
          stdout += text;
        },
        stderr: (text) => {
          stderr += text;
        },
        stderrIsTty: false,
        today: "2025-06-30",
        color: false,
        cwd: dir,
      });
      return { code, stdout, stderr };
    };
    const text = await run("clinics", "eco.json", "--sessions", "2", "--tables", "4", "--size", "3");
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("Session 2");
    const csv = await run("clinics", "eco.json", "--tables", "3", "--size", "4-4", "--format", "csv");
    expect(csv.stdout.trimEnd().split("\r\n")).toHaveLength(13);
    const json = await run(
      "clinics",
      "eco.json",
      "--roles",
      "funder,upskiller",
      "--tables",
      "2",
      "--format",
      "json",
    );
    expect(JSON.parse(json.stdout).participants).toHaveLength(8);
    const hosted = await run(
      "clinics",
      "eco.json",
      "--tables",
      "3",
      "--hosts",
      "f1=2",
      "--apart",
      "d1:u1",
      "--format",
      "json",
    );
    expect(JSON.parse(hosted.stdout).seating[0][1]).toContain("f1");
    const md = await run("clinics", "eco.json", "--where", "region=North", "--tables", "2", "--format", "md");
    expect(md.stdout).toContain("# Peer-learning clinics");
    const bad = await run("clinics", "eco.json", "--size", "six");
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain("--size");
  });
});
