// The answers of the gaps, brokers and scenario layers carry each sentence as a message; written in
// Finnish and Swedish, none may keep English words of the catalogue. Checked two ways: every message
// of these areas rendered with made-up parameters (each select branch, several counts), and the
// messages real answers produce on small ecosystems built to give each gap kind, reason and stage.
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { diagnoseStage } from "../../src/brokers/diagnose-stage.js";
import { findBridgeActors } from "../../src/brokers/find-bridge-actors.js";
import { stageName } from "../../src/brokers/stage-reasons.js";
import { findWeaverCandidates } from "../../src/brokers/weaver-candidates.js";
import { sampleEcosystem } from "../../src/datasets/sample-ecosystem.js";
import { findStructuralGaps } from "../../src/gaps/find-structural-gaps.js";
import { createEcosystem } from "../../src/model/ecosystem.js";
import { applyScenario } from "../../src/scenario/apply-scenario.js";
import { compareEcosystems } from "../../src/scenario/compare-ecosystems.js";
import { EN, type MessageId } from "../../src/text/catalogue.js";
import { BROKERS_EN } from "../../src/text/catalogues/en/brokers.js";
import { GAPS_EN } from "../../src/text/catalogues/en/gaps.js";
import { SCENARIO_EN } from "../../src/text/catalogues/en/scenario.js";
import { formatMessage, type Message, type MessageParam } from "../../src/text/message.js";

/** Words of the English catalogue parts that no Finnish or Swedish sentence has. */
const ENGLISH =
  /(?<!\p{L})(the|and|of|with|would|cannot|actors?|ties|tied|network|their|its|they|them|between|within|steps?|reach|lose|only|gap|hub|core|share|pairs?)(?!\p{L})/iu;

const AREA_IDS = [
  ...Object.keys(GAPS_EN),
  ...Object.keys(BROKERS_EN),
  ...Object.keys(SCENARIO_EN),
  "common.role.reach",
  "common.role.accessTo",
  "common.role.noneOf",
  "common.share.fine",
] as MessageId[];

/** Messages with no word in any language: punctuation and placeholders only. */
const WORDLESS = new Set<string>([
  "common.nothing",
  "gaps.singlePoint.listed",
  "brokers.bridge.tailSemi",
  "brokers.bridge.pairsAcross",
  "brokers.bridge.carriedTie",
]);

interface Element {
  readonly type: number;
  readonly value?: unknown;
  readonly options?: Readonly<Record<string, { readonly value: readonly Element[] }>>;
}
const ARGUMENT = 1;
const NUMBER = 2;
const SELECT = 5;
const PLURAL = 6;

/** Each argument of the message and how it is used: its select keys, or whether it is a number. */
function argumentsOf(id: MessageId): Map<string, { keys: string[]; numeric: boolean }> {
  const found = new Map<string, { keys: string[]; numeric: boolean }>();
  const pending: (readonly Element[])[] = [
    new IntlMessageFormat(EN[id], "en", undefined, { ignoreTag: true }).getAst() as readonly Element[],
  ];
  for (let list = pending.pop(); list !== undefined; list = pending.pop()) {
    for (const element of list) {
      if (typeof element.value === "string" && [ARGUMENT, NUMBER, SELECT, PLURAL].includes(element.type)) {
        const entry = found.get(element.value) ?? { keys: [], numeric: false };
        if (element.type === SELECT) entry.keys.push(...Object.keys(element.options ?? {}));
        if (element.type === NUMBER || element.type === PLURAL) entry.numeric = true;
        found.set(element.value, entry);
      }
      if (element.options !== undefined)
        for (const option of Object.values(element.options)) pending.push(option.value);
    }
  }
  return found;
}

/** Parameter sets that reach every select branch, with counts 1 and 5. */
function paramSets(id: MessageId): Record<string, MessageParam>[] {
  const args = argumentsOf(id);
  const base = (count: number): Record<string, MessageParam> => {
    const params: Record<string, MessageParam> = {};
    for (const [name, { keys, numeric }] of args) {
      if (keys.length > 0) params[name] = keys[0] === "true" ? true : keys[0]!;
      else params[name] = numeric ? count : `X${name.length}`;
    }
    return params;
  };
  const sets = [base(1), base(5)];
  for (const [name, { keys }] of args) {
    for (const key of keys)
      sets.push({ ...base(5), [name]: key === "true" ? true : key === "false" ? false : key });
  }
  return sets;
}

describe("every message of the gaps, brokers and scenario catalogues", () => {
  it.each(AREA_IDS)("%s has no English word in Finnish or Swedish", (id) => {
    for (const params of paramSets(id)) {
      const english = formatMessage({ id, params }, "en");
      for (const locale of ["fi", "sv"] as const) {
        const written = formatMessage({ id, params }, locale);
        expect(written, `${locale}: ${written}`).not.toMatch(ENGLISH);
        if (!WORDLESS.has(id)) expect(written, locale).not.toBe(english);
      }
    }
  });
});

/** Every message in `messages` and the messages nested in their parameters. */
function allMessages(messages: readonly Message[]): Message[] {
  const out: Message[] = [];
  const pending = [...messages];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    out.push(next);
    for (const value of Object.values(next.params)) {
      const items = Array.isArray(value)
        ? value
        : value !== null && typeof value === "object"
          ? "or" in value
            ? value.or
            : [value]
          : [];
      for (const item of items as readonly (string | Message)[])
        if (typeof item !== "string") pending.push(item);
    }
  }
  return out;
}

/** The data in the parameters (labels, ids, kinds, dates): removed before looking for English words. */
function dataStrings(messages: readonly Message[]): string[] {
  const strings = new Set<string>();
  for (const { params } of allMessages(messages)) {
    for (const value of Object.values(params)) {
      if (typeof value === "string") strings.add(value);
      const items = Array.isArray(value)
        ? value
        : value !== null && typeof value === "object" && "or" in value
          ? value.or
          : [];
      for (const item of items as readonly (string | Message)[])
        if (typeof item === "string") strings.add(item);
    }
  }
  return [...strings].filter((s) => s.length > 0).sort((a, b) => b.length - a.length);
}

function expectWrittenInLocale(messages: readonly Message[]): void {
  const data = dataStrings(messages);
  for (const m of messages) {
    const english = formatMessage(m, "en");
    expect(english).toBe(m.text);
    for (const locale of ["fi", "sv"] as const) {
      let written = formatMessage(m, locale);
      expect(written, `${m.id} in ${locale}`).not.toBe(english);
      for (const s of data) written = written.split(s).join("·");
      expect(written, `${m.id} in ${locale}: ${written}`).not.toMatch(ENGLISH);
    }
  }
}

/** Developers and funders each a clique of six, one tie between: a role-pair gap. */
function blocks() {
  const actors = [];
  const ties = [];
  for (const role of ["developer", "funder"]) {
    for (let i = 0; i < 6; i++) actors.push({ id: `${role[0]}${i}`, role });
    for (let i = 0; i < 6; i++)
      for (let j = i + 1; j < 6; j++)
        ties.push({ source: `${role[0]}${i}`, target: `${role[0]}${j}`, kind: "collaboration" });
  }
  ties.push({ source: "d0", target: "f0", kind: "collaboration" });
  return createEcosystem({ actors, ties });
}

const star = createEcosystem({
  actors: ["h", "a", "b", "c", "d", "e"].map((id) => ({ id, role: id === "h" ? "funder" : "developer" })),
  ties: ["a", "b", "c", "d", "e"].map((id) => ({ source: "h", target: id, kind: "funding" })),
});

describe("answers written in Finnish and Swedish", () => {
  const eco = sampleEcosystem();
  const gaps = findStructuralGaps(eco, { at: "2025-06-30" });
  const pairGaps = findStructuralGaps(blocks(), { include: ["role-pair"] });

  it("gives every gap kind a title and detail message whose English is the title and detail", () => {
    const all = [...gaps, ...pairGaps];
    expect(new Set(all.map((gap) => gap.kind))).toEqual(
      new Set([
        "role-pair",
        "siloed-community",
        "coverage",
        "fragmentation",
        "single-point-of-failure",
        "ties-ending",
      ]),
    );
    for (const gap of all) {
      expect(gap.titleMessage.text).toBe(gap.title);
      expect(gap.detailMessage.text).toBe(gap.detail);
    }
    expectWrittenInLocale(all.flatMap((gap) => [gap.titleMessage, gap.detailMessage]));
  });

  it("writes bridge actors', weaver candidates' and the stage's reasons in the locale", () => {
    const bridges = findBridgeActors(eco, { top: 12 });
    for (const bridge of bridges) expect(bridge.reasonMessages.map((m) => m.text)).toEqual(bridge.reasons);
    const weavers = findWeaverCandidates(eco, { teamSize: 2 });
    const stages = [diagnoseStage(eco), diagnoseStage(star), diagnoseStage(blocks())];
    expect(new Set(stages.map((s) => s.stage)).size).toBeGreaterThan(1);
    for (const s of stages) expect(s.reasonMessages.map((m) => m.text)).toEqual(s.reasons);
    expectWrittenInLocale([
      ...bridges.flatMap((b) => b.reasonMessages),
      ...weavers.candidates.flatMap((c) => c.reasonMessages),
      ...weavers.hosts.flatMap((h) => h.reasonMessages),
      ...stages.flatMap((s) => s.reasonMessages),
      ...stages.map((s) => stageName(s.stage)),
    ]);
  });

  it("writes a comparison's summary and gap titles in the locale", () => {
    const after = applyScenario(eco, [{ op: "removeActor", id: eco.nodes()[0]! }]);
    const comparison = compareEcosystems(eco, after);
    expect(comparison.summaryMessages.map((m) => m.text)).toEqual(comparison.summary);
    const changes = [...comparison.gaps.opened, ...comparison.gaps.closed, ...comparison.gaps.changed];
    for (const change of changes) expect(change.titleMessage.text).toBe(change.title);
    expectWrittenInLocale(comparison.summaryMessages);
    expectWrittenInLocale([compareEcosystems(eco, eco).summaryMessages[0]!]);
  });

  it("writes decimals with a comma in Finnish and Swedish", () => {
    const participation = findBridgeActors(eco, { top: 1 })[0]!.reasonMessages.find(
      (m) => m.id === "brokers.bridge.spans",
    )!;
    expect(participation.text).toMatch(/participation \d\.\d+\)/);
    expect(formatMessage(participation, "fi")).toMatch(/osallistumiskerroin \d,\d+\)/);
    expect(formatMessage(participation, "sv")).toMatch(/deltagandekoefficient \d,\d+\)/);
    const less = { id: "gaps.rolePair.lessBetween" as const, params: { a: "A", b: "B", times: 2.5 } };
    expect(formatMessage(less, "en")).toBe("A and B are tied 2.5× less than their activity predicts");
    expect(formatMessage(less, "fi")).toContain("2,5 kertaa");
    expect(formatMessage(less, "sv")).toContain("2,5 gånger");
  });
});

describe("plurals", () => {
  const isolates = (count: number, locale: "en" | "fi" | "sv") =>
    formatMessage({ id: "gaps.fragmentation.isolates.title", params: { count } }, locale);
  const funders = (total: number, locale: "en" | "fi" | "sv") =>
    formatMessage(
      {
        id: "gaps.coverage.title",
        params: { without: 0, total, role: "funder", needs: "developer", maxDistance: 2 },
      },
      locale,
    );

  it.each([
    [0, "0 actors have no ties at all", "0 toimijalla ei ole yhtään yhteyttä", "0 aktörer saknar helt band"],
    [1, "1 actor has no ties at all", "1 toimijalla ei ole yhtään yhteyttä", "1 aktör saknar helt band"],
    [2, "2 actors have no ties at all", "2 toimijalla ei ole yhtään yhteyttä", "2 aktörer saknar helt band"],
    [5, "5 actors have no ties at all", "5 toimijalla ei ole yhtään yhteyttä", "5 aktörer saknar helt band"],
  ])("isolates: %i", (count, en, fi, sv) => {
    expect(isolates(count, "en")).toBe(en);
    expect(isolates(count, "fi")).toBe(fi);
    expect(isolates(count, "sv")).toBe(sv);
  });

  it.each([
    [0, "0 funders", "0 rahoittajaa", "0 finansiärer"],
    [1, "1 funder", "1 rahoittaja:", "1 finansiär "],
    [2, "2 funders", "2 rahoittajaa", "2 finansiärer"],
    [5, "5 funders", "5 rahoittajaa", "5 finansiärer"],
  ])("a counted role: %i", (total, en, fi, sv) => {
    expect(funders(total, "en")).toContain(en);
    expect(funders(total, "fi")).toContain(fi);
    expect(funders(total, "sv")).toContain(sv);
  });
});
