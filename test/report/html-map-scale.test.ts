// Above MAP_ACTOR_LIMIT actors the HTML map draws the actors the report names and then the best
// connected, says so in its caption, and the tables still cover every actor.
import { describe, expect, it } from "vitest";
import { generateEcosystemData } from "../../src/datasets/generate.js";
import { compareIds } from "../../src/internal/compare.js";
import { createEcosystem } from "../../src/model/ecosystem.js";
import { analyzeEcosystem } from "../../src/report/analyze-ecosystem.js";
import { toHtml } from "../../src/report/html.js";
import { MAP_ACTOR_LIMIT, mapActors } from "../../src/report/network-section.js";

const data = generateEcosystemData({ actors: MAP_ACTOR_LIMIT + 300, meanDegree: 3, seed: 4 });
const eco = createEcosystem(data);
const report = analyzeEcosystem(eco, { permutations: 50, budget: 2, top: 5, betweennessSample: 100 });

/** Distinct contacts of each actor, counted from the document's ties. */
function contactCounts(): Map<string, number> {
  const contacts = new Map<string, Set<string>>(data.actors.map((actor) => [actor.id, new Set()]));
  for (const tie of data.ties) {
    if (tie.source === tie.target) continue;
    contacts.get(tie.source)!.add(tie.target);
    contacts.get(tie.target)!.add(tie.source);
  }
  return new Map([...contacts].map(([id, set]) => [id, set.size]));
}

describe("the report's map above MAP_ACTOR_LIMIT actors", () => {
  it("draws the named actors, then the most connected ones, up to the limit", () => {
    const shown = mapActors(report)!;
    expect(shown.size).toBe(MAP_ACTOR_LIMIT);
    const named = new Set<string>();
    for (const actor of report.bridgeActors) named.add(actor.id);
    for (const tie of report.suggestions) named.add(tie.source).add(tie.target);
    for (const step of report.plan?.steps ?? []) named.add(step.source).add(step.target);
    for (const id of report.weaverCandidates?.team ?? []) named.add(id);
    for (const id of report.keyPlayers?.actors ?? []) named.add(id);
    for (const id of named) expect(shown.has(id)).toBe(true);
    // Everyone left out has no more contacts than anyone drawn for their contacts alone.
    const counts = contactCounts();
    const drawnForContacts = [...shown].filter((id) => !named.has(id));
    const leastDrawn = drawnForContacts.sort(
      (a, b) => counts.get(a)! - counts.get(b)! || compareIds(b, a),
    )[0]!;
    for (const actor of data.actors) {
      if (shown.has(actor.id)) continue;
      const left = counts.get(actor.id)!;
      const least = counts.get(leastDrawn)!;
      expect(left < least || (left === least && compareIds(actor.id, leastDrawn) > 0)).toBe(true);
    }
  });

  it("draws only those actors and says so, while the report keeps every actor", () => {
    const html = toHtml(report, eco);
    expect(html.match(/<circle class="actor"/g)).toHaveLength(MAP_ACTOR_LIMIT);
    expect(html).toContain(
      `The map draws ${MAP_ACTOR_LIMIT.toLocaleString("en")} of the ${data.actors.length.toLocaleString("en")} actors`,
    );
    expect(report.actors).toHaveLength(data.actors.length);
  });

  it("draws every actor of a smaller ecosystem", () => {
    expect(mapActors({ ...report, actors: report.actors.slice(0, MAP_ACTOR_LIMIT) })).toBeNull();
  });
});
