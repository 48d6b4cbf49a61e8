// Fuzzing every reader and the CLI's validate, convert and analyze with malformed and hostile input:
// bad input is an EcosystemValidationError (CLI exit 2), never a crash (exit 1), a stack trace, a
// partial file, or a polluted prototype. Seeded and small, so it runs in CI in seconds.
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  type MockInstance,
  vi,
} from "vitest";
import { fromAffiliations } from "../../src/io/affiliations.js";
import { fromCsv, toCsv } from "../../src/io/csv.js";
import { fromGexf, toGexf } from "../../src/io/gexf.js";
import { parseEcosystemJson, stringifyEcosystem } from "../../src/io/json.js";
import { fromKumu, fromKumuSheets, toKumu, toKumuSheets } from "../../src/io/kumu.js";
import { createEcosystem } from "../../src/model/ecosystem.js";
import { EcoweaveError } from "../../src/model/errors.js";
import { parseScenario } from "../../src/scenario/scenario-schema.js";
import { runInProcess } from "../cli/in-process.js";

const SEED = 1414;

const BASE = createEcosystem({
  name: "fuzz",
  actors: [
    { id: "f1", label: "Fund", role: "funder", attributes: { region: "North", active: true, size: 3 } },
    { id: "d1", label: "Dev", role: "developer", attributes: { region: "South", themes: ["a", "b"] } },
    { id: "d2", role: "developer", attributes: { region: "South" } },
    { id: "u1", label: "Uni", role: "upskiller" },
  ],
  ties: [
    { source: "f1", target: "d1", kind: "funding", weight: 2, amount: 1000, since: "2022-01-01" },
    { source: "u1", target: "d1", kind: "training" },
    { source: "d1", target: "d2", kind: "collaboration" },
  ],
});

const JSON_TEXT = stringifyEcosystem(BASE);
const CSV = toCsv(BASE);
const SHEETS = toKumuSheets(BASE);
const KUMU_TEXT = JSON.stringify(toKumu(BASE));
const GEXF_TEXT = toGexf(BASE);
const AFFILIATIONS_TEXT = JSON.stringify({
  actors: [
    { id: "a", role: "developer" },
    { id: "b", role: "funder" },
  ],
  initiatives: [{ id: "p", members: [{ actor: "a" }, { actor: "b" }] }],
});
const SCENARIO_TEXT = JSON.stringify({ base: "eco.json", changes: [{ op: "removeActor", id: "d1" }] });

const DANGEROUS_KEYS = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf"];

/** Text pieces that break parsers or poke at prototypes, escapes and formulas. */
const hostilePiece = fc.oneof(
  fc.constantFrom(
    ...DANGEROUS_KEYS.map((key) => `"${key}"`),
    '"__proto__": {"polluted": true}',
    '{"constructor": {"prototype": {"polluted": true}}}',
    "\u001b[2J",
    "\u202e",
    "\u0000",
    "\ufffe",
    "\ud800",
    "=cmd|' /C calc'!A0",
    '<!DOCTYPE x [<!ENTITY a "aaaa">]>',
    "&a;",
    "<![CDATA[",
    "</node>",
    '"',
    ",",
    "\n",
    "\r\n",
    "[",
    "]",
    "{",
    "}",
    "1e308",
    "-0",
    "NaN",
    "yes",
  ),
  fc.string({ maxLength: 8 }),
  fc.string({ unit: "binary", maxLength: 4 }),
);

/** A mutation of a valid text: a slice removed, or a hostile piece inserted or substituted. */
function mutated(text: string): fc.Arbitrary<string> {
  const position = fc.nat({ max: text.length });
  return fc.oneof(
    fc
      .tuple(position, fc.nat({ max: 40 }))
      .map(([at, length]) => text.slice(0, at) + text.slice(at + length)),
    fc.tuple(position, hostilePiece).map(([at, piece]) => text.slice(0, at) + piece + text.slice(at)),
    fc
      .tuple(position, fc.nat({ max: 12 }), hostilePiece)
      .map(([at, length, piece]) => text.slice(0, at) + piece + text.slice(at + length)),
    fc.array(fc.tuple(position, hostilePiece), { minLength: 2, maxLength: 5 }).map((edits) => {
      let out = text;
      for (const [at, piece] of edits) out = out.slice(0, at) + piece + out.slice(at);
      return out;
    }),
  );
}

/** JSON documents whose keys include the dangerous ones, anywhere. */
const hostileJsonValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.string({ maxLength: 6 }),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 4 }),
    tie("object"),
  ),
  object: fc
    .array(
      fc.tuple(
        fc.oneof(
          fc.constantFrom(...DANGEROUS_KEYS, "id", "role", "actors", "ties", "attributes"),
          fc.string({ maxLength: 4 }),
        ),
        tie("value"),
      ),
      {
        maxLength: 5,
      },
    )
    .map(
      (entries) =>
        `{${entries.map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value) ?? "null"}`).join(",")}}`,
    ),
})).object;

/** An ecosystem-shaped document with hostile keys in attributes and fields. */
const hostileEcosystemText = fc
  .tuple(
    fc.constantFrom(...DANGEROUS_KEYS, "region"),
    hostileJsonValue,
    fc.constantFrom(...DANGEROUS_KEYS, "d1"),
  )
  .map(
    ([key, value, id]) =>
      `{"actors":[{"id":"f1","role":"funder","attributes":{${JSON.stringify(key)}:${typeof value === "string" ? value : "1"}}},{"id":${JSON.stringify(id)},"role":"developer","${key}":1}],"ties":[{"source":"f1","target":${JSON.stringify(id)},"kind":"funding","${key}":{"polluted":true}}],"${key}":{"polluted":true}}`,
  );

/** GEXF whose node ids, edge ends and attribute titles may be object member names, otherwise valid. */
const hostileGexf = fc
  .tuple(
    fc.uniqueArray(fc.constantFrom(...DANGEROUS_KEYS, "a", "b", "c"), { minLength: 2, maxLength: 4 }),
    fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 4 }),
    fc.constantFrom(...DANGEROUS_KEYS, "region"),
    fc.constantFrom("string", "liststring"),
  )
  .map(
    ([nodes, edges, title, type]) =>
      `<gexf version="1.3"><graph><attributes class="node"><attribute id="0" title="role" type="string"/><attribute id="1" title="${title}" type="${type}"/></attributes><nodes>${nodes
        .map(
          (id) =>
            `<node id="${id}"><attvalues><attvalue for="0" value="developer"/><attvalue for="1" value="${id}"/></attvalues></node>`,
        )
        .join("")}</nodes><edges>${edges
        .map(([s, t]) => [
          nodes[s % nodes.length]!,
          nodes[(s + 1 + (t % (nodes.length - 1))) % nodes.length]!,
        ])
        .map(([source, target]) => `<edge source="${source}" target="${target}" kind="collaboration"/>`)
        .join("")}</edges></graph></gexf>`,
  );

function expectNotPolluted(): void {
  const probe: Record<string, unknown> = {};
  expect(probe.polluted).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty("polluted");
  expect(Array.prototype).not.toHaveProperty("polluted");
}

/** Runs a reader: it must return, or throw one of ecoweave's own errors. */
function expectCleanOutcome(read: () => unknown): void {
  try {
    read();
  } catch (error) {
    if (!(error instanceof EcoweaveError)) throw error;
    expect(error.message).not.toMatch(/\n\s+at |graphology-|Graph\.\w+:|xmldom|Cannot read properties/);
  }
}

let consoleSpies: MockInstance[] = [];
beforeEach(() => {
  consoleSpies = (["log", "warn", "error", "info", "debug"] as const).map((method) =>
    vi.spyOn(console, method).mockImplementation(() => undefined),
  );
});
afterEach(() => {
  expectNotPolluted();
  // Nothing a reader meets is said on the console (xmldom's warnings used to be).
  for (const spy of consoleSpies) expect(spy).not.toHaveBeenCalled();
  vi.restoreAllMocks();
});

const RUNS = { seed: SEED, numRuns: 150 } as const;

describe("every reader refuses bad input with its own error", () => {
  it("JSON ecosystem documents", () => {
    fc.assert(
      fc.property(fc.oneof(mutated(JSON_TEXT), hostileEcosystemText, hostileJsonValue), (text) => {
        expectCleanOutcome(() => parseEcosystemJson(text));
        expectNotPolluted();
      }),
      RUNS,
    );
  });

  it("CSV tables", () => {
    fc.assert(
      fc.property(mutated(CSV.actors), mutated(CSV.ties), (actors, ties) => {
        expectCleanOutcome(() => fromCsv({ actors, ties, roles: CSV.roles }));
        expectNotPolluted();
      }),
      RUNS,
    );
  });

  it("Kumu blueprints and sheets", () => {
    fc.assert(
      fc.property(
        fc.oneof(mutated(KUMU_TEXT), hostileJsonValue),
        mutated(SHEETS.elements),
        (blueprint, elements) => {
          let value: unknown;
          try {
            value = JSON.parse(blueprint);
          } catch {
            value = undefined;
          }
          if (value !== undefined) expectCleanOutcome(() => fromKumu(value));
          expectCleanOutcome(() => fromKumuSheets({ elements, connections: SHEETS.connections }));
          expectNotPolluted();
        },
      ),
      RUNS,
    );
  });

  it("GEXF", () => {
    fc.assert(
      fc.property(fc.oneof(mutated(GEXF_TEXT), hostileGexf), (text) => {
        expectCleanOutcome(() => fromGexf(text));
        expectNotPolluted();
      }),
      RUNS,
    );
  });

  it("affiliation and scenario documents", () => {
    fc.assert(
      fc.property(
        fc.oneof(mutated(AFFILIATIONS_TEXT), hostileJsonValue),
        fc.oneof(mutated(SCENARIO_TEXT), hostileJsonValue),
        (affiliations, scenario) => {
          for (const [text, read] of [
            [affiliations, fromAffiliations],
            [scenario, parseScenario],
          ] as const) {
            let value: unknown;
            try {
              value = JSON.parse(text);
            } catch {
              continue;
            }
            expectCleanOutcome(() => read(value));
          }
          expectNotPolluted();
        },
      ),
      RUNS,
    );
  });
});

describe("the CLI on bad input", () => {
  let dir = "";
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "ecoweave-fuzz-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const inputs = fc.oneof(
    mutated(JSON_TEXT).map((text) => ({ name: "in.json", text })),
    hostileEcosystemText.map((text) => ({ name: "in.json", text })),
    mutated(KUMU_TEXT).map((text) => ({ name: "in.kumu.json", text })),
    fc.oneof(mutated(GEXF_TEXT), hostileGexf).map((text) => ({ name: "in.gexf", text })),
    mutated(AFFILIATIONS_TEXT).map((text) => ({ name: "in.json", text })),
    fc.uint8Array({ maxLength: 64 }).map((bytes) => ({ name: "in.json", text: bytes })),
  );

  it("validate, convert and analyze exit 0 or 2, print no stack trace and leave no partial file", async () => {
    let run = 0;
    const codes = new Set<number>();
    await fc.assert(
      fc.asyncProperty(inputs, fc.constantFrom("validate", "convert", "analyze"), async (input, command) => {
        const folder = join(dir, `run${run++}`);
        await mkdir(folder);
        await writeFile(join(folder, input.name), input.text);
        const args =
          command === "validate"
            ? ["validate", input.name]
            : command === "convert"
              ? ["convert", input.name, "out/actors.csv"]
              : ["analyze", input.name, "--out", "out/report.md", "--top", "3", "--budget", "2"];
        if (command === "analyze") await mkdir(join(folder, "out"));
        const result = await runInProcess(folder, args);
        expect([0, 2]).toContain(result.code);
        codes.add(result.code);
        expect(`${result.stdout}${result.stderr}`).not.toMatch(
          /\n\s+at |RangeError|TypeError|graphology-|xmldom/,
        );
        if (command !== "validate") {
          const written = await readdir(join(folder, "out")).catch(() => [] as string[]);
          const expected =
            result.code !== 0
              ? []
              : command === "convert"
                ? written.includes("roles.csv")
                  ? ["actors.csv", "roles.csv", "ties.csv"]
                  : ["actors.csv", "ties.csv"]
                : ["report.md"];
          expect(written.sort()).toEqual(expected);
        }
        expectNotPolluted();
      }),
      { seed: SEED, numRuns: 60 },
    );
    expect([...codes].sort()).toEqual([0, 2]);
  });
});
