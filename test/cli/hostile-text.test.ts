// Labels and ids holding escape sequences and bidi overrides never reach the terminal raw.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runInProcess } from "./in-process.js";

/** Any character a terminal obeys instead of printing, or a bidi override. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are what the test looks for
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

let dir = "";
const TITLE = "\u001b]0;pwned\u0007";
const CLEAR = "\u001b[2J\u001b[H";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ecoweave-hostile-"));
  await writeFile(
    join(dir, "hostile.json"),
    JSON.stringify({
      name: `map${CLEAR}`,
      actors: [
        { id: "f1", label: `Fund${TITLE}`, role: "funder", attributes: { region: `North\u202eX` } },
        { id: "d1", label: `Dev\u009b31m`, role: "developer", attributes: { region: "South" } },
        { id: "u1", label: "Uni", role: "upskiller", attributes: { region: "South" } },
      ],
      ties: [
        { source: "f1", target: "d1", kind: "funding" },
        { source: "u1", target: "d1", kind: `train${CLEAR}` },
      ],
    }),
  );
  await writeFile(
    join(dir, "bad.json"),
    JSON.stringify({
      actors: [{ id: `x${TITLE}`, role: "developer" }],
      ties: [{ source: `x${TITLE}`, target: `y${CLEAR}`, kind: "funding" }],
    }),
  );
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("hostile text on the terminal", () => {
  it.each([
    ["analyze", "hostile.json"],
    ["analyze", "hostile.json", "--format", "json"],
    ["gaps", "hostile.json"],
    ["brokers", "hostile.json"],
    ["validate", "hostile.json"],
    ["validate", `hostile${TITLE}.json`],
    ["validate", "bad.json"],
    ["analyze", "hostile.json", "--group-by", `x${CLEAR}`],
  ])("ecoweave %s %s … writes no raw control character", async (...args) => {
    const result = await runInProcess(dir, args, { tty: true });
    expect(result.stdout).not.toMatch(RAW_CONTROL);
    const withoutDimming = result.stderr.split("\u001b[2m").join("").split("\u001b[22m").join("");
    expect(withoutDimming).not.toMatch(RAW_CONTROL);
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/\n\s+at /);
  });

  it("shows the escapes visibly, and JSON output still parses to the same text", async () => {
    const md = await runInProcess(dir, ["analyze", "hostile.json"]);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain("Fund\\\\u001b\\]0;pwned\\\\u0007"); // Markdown shows Fund\u001b]0;pwned\u0007
    const json = await runInProcess(dir, ["analyze", "hostile.json", "--format", "json"]);
    expect(json.stdout).toContain("\\u001b");
    expect(JSON.stringify(JSON.parse(json.stdout))).toContain("pwned");
    const invalid = await runInProcess(dir, ["validate", "bad.json"]);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toContain("y\\u001b[2J");
  });
});
