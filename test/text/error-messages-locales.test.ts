// The last English in errors: the file readers' problems, the headline's "file <path>" and the option
// errors carry catalogue messages, rendered in Finnish and Swedish with no English sentence left.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { betweenness, createEcosystem, findStructuralGaps, nodeConnectivity } from "../../src/index.js";
import { fromAffiliations } from "../../src/io/affiliations.js";
import { fromCsv } from "../../src/io/csv.js";
import { fromGexf } from "../../src/io/gexf.js";
import { fromGraphml } from "../../src/io/graphml-reader.js";
import { parseEcosystemJson } from "../../src/io/json.js";
import { fromKumu, fromKumuSheets } from "../../src/io/kumu.js";
import {
  EcosystemValidationError,
  InvalidOptionError,
  type ValidationIssue,
} from "../../src/model/errors.js";
import { findSpreadSeeds } from "../../src/spread/find-spread-seeds.js";
import { formatMessage, type Message } from "../../src/text/message.js";
import { runInProcess } from "../cli/in-process.js";
import { smallData } from "../report/fixtures.js";

/** English words no Finnish or Swedish sentence of these messages holds. */
const ENGLISH = [
  " the ",
  " is ",
  " not ",
  " must ",
  " column ",
  " unknown ",
  " has ",
  " give ",
  " got ",
  " of ",
];

function englishIn(text: string): string[] {
  return ENGLISH.filter((word) => ` ${text} `.includes(word));
}

/** Every issue a reader threw, or a failure when it threw nothing. */
function issuesOf(read: () => unknown): {
  issues: readonly ValidationIssue[];
  error: EcosystemValidationError;
} {
  try {
    read();
  } catch (error) {
    if (error instanceof EcosystemValidationError) return { issues: error.issues, error };
    throw error;
  }
  throw new Error("expected a validation error");
}

/** Data names and quoted values are the caller's: masked before looking for English words. */
function masked(text: string): string {
  return text.replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(/<[^>]*>/g, "<>");
}

function expectTranslated(data: Message): void {
  const english = formatMessage(data, "en");
  for (const locale of ["fi", "sv"] as const) {
    const text = formatMessage(data, locale);
    expect(text, `${data.id} in ${locale}`).not.toBe(english);
    expect(englishIn(masked(text)), `${data.id} in ${locale}: ${text}`).toEqual([]);
  }
}

const BROKEN_READS: Record<string, () => unknown> = {
  csv: () =>
    fromCsv({
      actors: 'id,role,id,,size:number\na,developer,x,,big\n"b,developer\n',
      ties: "source,target,kind,directed,weight,colour\na,b,funding,perhaps,heavy,red\na,b\n",
      roles: 'id,needs\nfunder,"[1"\n',
    }),
  emptyCsv: () => fromCsv({ actors: "", ties: "source;target;kind\n" }),
  json: () => parseEcosystemJson('{\n  "actors": [],\n  "ties" []\n}'),
  emptyJson: () => parseEcosystemJson("  "),
  kumu: () =>
    fromKumu({
      elements: [
        5,
        { label: "" },
        { label: "A", type: "alien" },
        { label: "F", id: "f1", type: "funder" },
        { label: "F", id: "f2", type: "funder" },
      ],
      connections: [{ from: "F", to: "A", direction: "sideways" }],
    }),
  notKumu: () => fromKumu(7),
  kumuSheets: () =>
    fromKumuSheets({
      elements: "Name,Type\nA,developer\n",
      connections: "From,Too,Strength\nA,B,lots\n",
    }),
  gexfNot: () => fromGexf("<xml/>"),
  gexfXml: () => fromGexf("<gexf><graph><nodes><node id='a'></nodes></graph></gexf>"),
  gexf: () =>
    fromGexf(
      `<gexf version="1.2"><graph defaultedgetype="undirected"><attributes class="node"><attribute title="x"/><attribute id="n" title="toString" type="integer"/><attribute id="n" title="y"/></attributes><nodes><node id="a"><attvalues><attvalue for="n" value="1.5"/><attvalue for="zz" value="1"/></attvalues></node><node/><node id="a"/><node id="constructor"/></nodes><edges><edge id="e" source="a" target="q" weight="heavy"/><edge id="e" source="a"/></edges></graph></gexf>`,
    ),
  graphml: () =>
    fromGraphml(
      `<graphml><key id="" for="node"/><key id="k" attr.name="toString"/><key id="w" for="edge" attr.name="weight" attr.type="double"/><key id="c" for="edge" attr.name="colour"/><key id="d" for="edge" attr.name="directed" attr.type="boolean"/><graph edgedefault="undirected"><node id="a"><data key="zz">1</data></node><node id="b"/><edge source="a" target="b"><data key="w">x</data><data key="c">red</data><data key="d">true</data></edge></graph></graphml>`,
    ),
  graphmlNot: () => fromGraphml("<graph/>"),
  affiliations: () =>
    fromAffiliations({
      actors: [{ id: "a", role: "developer" }],
      initiatives: [
        {
          id: "i",
          members: [{ actor: "zz" }, { actor: "a" }, { actor: "a" }],
          since: "2024-01-01",
          until: "2023-01-01",
        },
        { id: "i", members: [], colour: "red" },
      ],
    }),
};

describe("the file readers' problems", () => {
  const all: ValidationIssue[] = [];
  for (const [name, read] of Object.entries(BROKEN_READS)) {
    it(`${name}: every problem carries its message, whose English is the message`, () => {
      const { issues, error } = issuesOf(read);
      expect(issues.length).toBeGreaterThan(0);
      for (const issue of issues) {
        expect(issue.messageData, `${issue.code} at ${issue.path}`).toBeDefined();
        expect(issue.messageData!.text).toBe(issue.message);
        expect(formatMessage(issue.messageData!, "en")).toBe(issue.message);
      }
      expect(error.whatMessage).toBeDefined();
      expect(error.whatMessage!.text).toBe(error.what);
      all.push(...issues);
    });
  }

  it("renders every reader code in Finnish and Swedish without English", () => {
    const codes = new Set<string>();
    for (const issue of all) {
      codes.add(issue.code);
      // A parser's own words (JSON engine, XML parser) are a parameter and stay as they came.
      if (issue.messageData!.id === "issues.zod") continue;
      expectTranslated(issue.messageData!);
    }
    for (const code of [
      "invalid_csv",
      "missing_header",
      "duplicate_column",
      "wrong_cell_count",
      "missing_column",
      "unknown_column",
      "invalid_list",
      "invalid_boolean",
      "invalid_number",
      "invalid_json",
      "invalid_type",
      "missing_label",
      "unknown_role",
      "ambiguous_label",
      "invalid_direction",
      "invalid_gexf",
      "invalid_attribute_name",
      "unknown_attribute",
      "missing_id",
      "reserved_id",
      "duplicate_id",
      "unknown_actor",
      "invalid_graphml",
      "invalid_value",
      "unknown_field",
      "conflicting_direction",
      "duplicate_member",
      "date_order",
    ])
      expect(codes, code).toContain(code);
  });
});

describe("option errors", () => {
  const eco = createEcosystem(smallData());
  const cases: Record<string, () => unknown> = {
    unknownKey: () => betweenness(eco, { tpo: 3 } as never),
    notObject: () => betweenness(eco, 5 as never),
    mustBe: () => findStructuralGaps(eco, { maxDistance: 0 }),
    mustBeGot: () => findSpreadSeeds(eco, { epsilon: 2 }),
    isNot: () => betweenness(eco, { at: "2025-13-45" }),
    mustBeBare: () => findStructuralGaps(eco, { coverageBy: "" }),
    unknownEnd: () => nodeConnectivity(eco, { source: "nobody", target: smallData().actors[0]!.id }),
    noTieKind: () => betweenness(eco, { kinds: ["fundng"] }),
  };
  for (const [name, provoke] of Object.entries(cases)) {
    it(`${name}: carries a detail whose English is the message, in fi and sv without English`, () => {
      let caught: unknown;
      try {
        provoke();
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(InvalidOptionError);
      const error = caught as InvalidOptionError;
      expect(error.detail).toBeDefined();
      expect(error.detail!.text).toBe(error.message);
      expect(formatMessage(error.detail!, "en")).toBe(error.message);
      expectTranslated(error.detail!);
    });
  }
});

describe("the command line", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "ecoweave-errors-"));
    writeFileSync(join(dir, "eco.json"), JSON.stringify(smallData()));
    writeFileSync(join(dir, "actors.csv"), "id;role;id\na;developer;b\n");
    writeFileSync(join(dir, "ties.csv"), "source;target;kind;weight\na;a;funding;heavy\n");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  for (const locale of ["fi", "sv"] as const) {
    it(`writes a file's problems and its headline in ${locale}`, async () => {
      const english = await runInProcess(dir, ["validate", "actors.csv", "--lang", "en"]);
      const run = await runInProcess(dir, ["validate", "actors.csv", "--lang", locale]);
      expect(run.code).toBe(2);
      expect(english.stderr).toContain("actors.csv, ties.csv read as semicolon-separated)");
      expect(run.stderr.split("\n").length).toBe(english.stderr.split("\n").length);
      expect(
        englishIn(
          masked(
            run.stderr
              .split(dir)
              .join("")
              .replace(/\S*\.csv/g, ""),
          ),
        ),
      ).toEqual([]);
    });

    it(`writes an option error in ${locale}`, async () => {
      const run = await runInProcess(dir, ["gaps", "eco.json", "--kinds", "fundng", "--lang", locale]);
      expect(run.code).toBe(2);
      expect(englishIn(masked(run.stderr))).toEqual([]);
    });
  }
});
