// A role filter that can select no one is an error naming the closest role, wherever options take
// role ids: removal by role, suggestions by role, peer-learning participants, and the CLI's --roles.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createEcosystem,
  InvalidOptionError,
  planPeerLearning,
  simulateRemoval,
  suggestConnections,
} from "../../src/index.js";
import { runInProcess } from "../cli/in-process.js";

const data = {
  roles: [{ id: "intermediary", needs: ["developer"] }],
  actors: [
    { id: "f1", role: "funder" },
    { id: "f2", role: "funder" },
    { id: "d1", role: "developer" },
    { id: "d2", role: "developer" },
    { id: "d3", role: "developer" },
    { id: "u1", role: "upskiller" },
  ],
  ties: [
    { source: "f1", target: "d1", kind: "funding" },
    { source: "f2", target: "d2", kind: "funding" },
    { source: "u1", target: "d1", kind: "training" },
    { source: "d2", target: "d3", kind: "collaboration" },
  ],
};
const eco = createEcosystem(data);

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidOptionError);
    return (error as Error).message;
  }
  throw new Error("expected an InvalidOptionError");
}

describe("role filters", () => {
  it("simulateRemoval: a misspelt pool role names the closest role", () => {
    expect(messageOf(() => simulateRemoval(eco, { pool: { role: "fundr" } }))).toMatch(
      /pool\.role names the unknown role "fundr"; did you mean "funder"\?/,
    );
  });

  it("simulateRemoval: a declared role no actor holds names the closest role an actor holds", () => {
    // "intermediary" is in force but held by no one: the curve would remove nobody.
    expect(messageOf(() => simulateRemoval(eco, { pool: { role: "intermediary" } }))).toMatch(
      /no actor has the role "intermediary"; did you mean "/,
    );
  });

  it("suggestConnections: roles names the closest role, and a list of which one is held passes", () => {
    expect(messageOf(() => suggestConnections(eco, { roles: ["upskillr"] }))).toMatch(
      /roles names the unknown role "upskillr"; did you mean "upskiller"\?/,
    );
    expect(messageOf(() => suggestConnections(eco, { roles: ["intermediary"] }))).toMatch(
      /no actor has the role "intermediary"/,
    );
    expect(messageOf(() => suggestConnections(eco, { roles: [] }))).toMatch(/roles names no role/);
    const kept = suggestConnections(eco, { roles: ["intermediary", "upskiller"], rolesMatch: "either" });
    const roleOf = new Map(data.actors.map((actor) => [actor.id, actor.role]));
    for (const suggestion of kept)
      expect([roleOf.get(suggestion.source), roleOf.get(suggestion.target)]).toContain("upskiller");
  });

  it("suggestConnections: complementarity names the closest role", () => {
    expect(
      messageOf(() => suggestConnections(eco, { complementarity: { develper: { funder: 1 } } })),
    ).toMatch(/complementarity names unknown role "develper"; did you mean "developer"\?/);
  });

  it("planPeerLearning: a misspelt participants role names the closest role", () => {
    expect(
      messageOf(() => planPeerLearning(eco, { participants: { role: ["funder", "devloper"] } })),
    ).toMatch(/participants\.role names the unknown role "devloper"; did you mean "developer"\?/);
  });
});

describe("the CLI's --roles", () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), "ecoweave-roles-"));
    await writeFile(join(folder, "eco.json"), JSON.stringify(data));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it("validate exits 2 on an invisible id, a second Unicode spelling and overflowing weights", async () => {
    const bad = {
      actors: [
        { id: "Caf\u00e9", role: "developer" },
        { id: "Cafe\u0301", role: "funder" },
        { id: "\u200b", role: "funder" },
      ],
      ties: [
        { source: "Caf\u00e9", target: "Cafe\u0301", kind: "collaboration", weight: 1e308 },
        { source: "Cafe\u0301", target: "Caf\u00e9", kind: "collaboration", weight: 1e308 },
      ],
    };
    await writeFile(join(folder, "bad.json"), JSON.stringify(bad));
    const result = await runInProcess(folder, ["validate", "bad.json"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'actors[1].id: actor id "Cafe\\u0301" (NFD) and actor id "Caf\\u00e9" (NFC)',
    );
    expect(result.stderr).toContain('actors[2].id: "\\u200b" shows no visible character');
    expect(result.stderr).toContain("ties[1].weight: the weights of the ties up to this one add up");
    expect(result.stderr).not.toMatch(/NaN|Infinity/);
  });

  it("clinics --roles fundrs exits 2 naming the closest role", async () => {
    const result = await runInProcess(folder, ["clinics", "eco.json", "--roles", "fundrs"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown role "fundrs"; did you mean "funder"\?/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
