// The messages of weaving, peer-learning clinics and spread in Finnish and Swedish: every id of the
// weave, convene and spread catalogue parts is rendered with parameters that take each of its branches,
// and none may leak English (the English rendering of the same parameters, or English function words);
// numbers carry the decimal comma and counted nouns the right plural for 0, 1, 2 and 5. The answers of
// the library on the sample ecosystem are rendered too, with their actor labels masked.
import { describe, expect, it } from "vitest";
import { planPeerLearning } from "../../src/convene/plan-peer-learning.js";
import { scorePeerLearning } from "../../src/convene/score-peer-learning.js";
import { sampleEcosystem } from "../../src/datasets/sample-ecosystem.js";
import { actorLabel } from "../../src/model/ecosystem.js";
import { toPeerLearningCsv, toPeerLearningMarkdown } from "../../src/report/peer-learning-markdown.js";
import { findSpreadSeeds } from "../../src/spread/find-spread-seeds.js";
import { simulateSpread } from "../../src/spread/simulate-spread.js";
import { toSpreadMarkdown } from "../../src/spread/spread-markdown.js";
import { EN, type MessageId } from "../../src/text/catalogue.js";
import { CONVENE_EN } from "../../src/text/catalogues/en/convene.js";
import { SPREAD_EN } from "../../src/text/catalogues/en/spread.js";
import { WEAVE_EN } from "../../src/text/catalogues/en/weave.js";
import { formatMessage, type Message, type MessageParams } from "../../src/text/message.js";
import { planWeaving } from "../../src/weave/plan-weaving.js";
import { suggestConnections } from "../../src/weave/suggest-connections.js";

const EFFICIENCY = {
  about: "exact",
  before: 0.2703,
  after: 0.2834,
  digits: 4,
  relative: 4.8,
  relativeDigits: 1,
  gain: 0.0131,
};
const KNOWN = { efficiency: "known", ...EFFICIENCY };
const CLUSTERS = {
  aKind: "placeRole",
  aPlace: "Lappi",
  aRole: "developer",
  aHub: null,
  bKind: "place",
  bPlace: "Uusimaa",
  bRole: null,
  bHub: null,
};
const NEED_ONE = {
  kind: "one",
  actor: "A1",
  share: "some",
  covered: 1,
  place: null,
  role: "developer",
  need: "funder",
  without: 4,
};
const NEED_PLACE = {
  kind: "place",
  actor: null,
  share: "all",
  covered: 8,
  place: "Lappi",
  role: "developer",
  need: "upskiller",
  without: 8,
};
const NEED_SOME = {
  kind: "some",
  actor: null,
  share: "some",
  covered: 3,
  place: null,
  role: "funder",
  need: "developer",
  without: 5,
};
const suffixed = (params: MessageParams, suffix: string) =>
  Object.fromEntries(Object.entries(params).map(([name, value]) => [`${name}${suffix}`, value]));
const ROLES3 = { roleCount: 3, role1: "developer", role2: "funder", role3: "upskiller", moreRoles: 0 };

/** Parameters that take every branch of every message of the three parts. */
const CASES: readonly (readonly [MessageId, MessageParams])[] = [
  ["weave.closure.needs", { ...NEED_ONE, steps: 2 }],
  ["weave.closure.needs", { ...NEED_PLACE, steps: 2 }],
  ["weave.closure.needs", { ...NEED_PLACE, share: "both", covered: 2, steps: 1 }],
  ["weave.closure.needs", { ...NEED_SOME, steps: 3 }],
  ["weave.closure.needs.pair", { ...suffixed(NEED_PLACE, "1"), ...suffixed(NEED_ONE, "2"), steps: 2 }],
  ["weave.closure.needs.pair", { ...suffixed(NEED_SOME, "1"), ...suffixed(NEED_PLACE, "2"), steps: 2 }],
  ["weave.closure.coverage.narrows", { gap: "coverage:developer:funder" }],
  ["weave.closure.silo.place", { place: "Lappi", size: 8 }],
  ["weave.closure.silo.hub", { hub: "A1", size: 1 }],
  ["weave.closure.isolate", { actor: "A1" }],
  ["weave.closure.cutOff.place", { place: "Lappi", size: 3 }],
  ["weave.closure.cutOff.hub", { hub: "A1", size: 2 }],
  ["weave.closure.spof.actor.removed", { actor: "A1", cutOff: 9 }],
  ["weave.closure.spof.tie.removed", { source: "A1", target: "A2", cutOff: 1 }],
  ["weave.closure.spof.actor.partial", { actor: "A1", cutOff: 9, relieved: 4 }],
  ["weave.closure.spof.tie.partial", { source: "A1", target: "A2", cutOff: 9, relieved: 4 }],
  ["weave.closure.tiesEnding.all", { actor: "A1", cutOff: 1, until: "2027-06-30" }],
  ["weave.closure.tiesEnding.all", { actor: "A1", cutOff: 5, until: "2027-06-30" }],
  ["weave.closure.tiesEnding.some", { actor: "A1", cutOff: 5, saved: 2, until: "2027-06-30" }],
  ["weave.closure.rolePair.within", { role: "funder" }],
  ["weave.closure.rolePair.between", { role: "upskiller", otherRole: "funder" }],
  ["weave.structure.joins", { a: 110, b: 1, ...KNOWN }],
  ["weave.structure.joins", { a: 3, b: 2, efficiency: "fromZero", ...EFFICIENCY, about: "about" }],
  ["weave.structure.bridges", { ...CLUSTERS, ...KNOWN }],
  [
    "weave.structure.bridges",
    {
      ...CLUSTERS,
      aKind: "hub",
      aHub: "A1",
      bKind: "placeRole",
      bRole: "funder",
      efficiency: "unknown",
      ...EFFICIENCY,
    },
  ],
  ["weave.structure.bridgesSame", { ...CLUSTERS, ...KNOWN }],
  ["weave.structure.bridgesSame", { ...CLUSTERS, aKind: "place", ...KNOWN }],
  ["weave.structure.efficiency", KNOWN],
  ["weave.introduction.direct", {}],
  ["weave.introduction.chain", { distance: 3, chain: "A1 → A2" }],
  ["weave.introduction.mutual.one", { actor: "A1" }],
  ["weave.introduction.mutual.some", { names: { or: ["A1", "A2", "A3"] }, count: 3 }],
  ["weave.introduction.mutual.many", { first: "A1", second: "A2", third: "A3", others: 2, count: 5 }],
  ["weave.similar.themes", { themes: ["wellbeing", "inclusion"] }],
  ["weave.similar.region", { region: "Lappi" }],
  ["weave.similar.attribute", { attribute: "sector", values: ["NGO"] }],
  ["weave.load", { actor: "A1", share: 0.31 }],
  ["weave.introducedBy.direct", {}],
  ["weave.introducedBy.chain", { chain: "A1 → A2" }],
  ["weave.introducedBy.one", { actor: "A1" }],
  ["weave.introducedBy.some", { names: { or: ["A1", "A2"] } }],
  ["weave.introducedBy.many", { first: "A1", second: "A2", third: "A3", others: 1 }],
  ["weave.tieKind", { kind: "funding" }],
  ["weave.tieKind", { kind: "training" }],
  ["weave.tieKind", { kind: "peerLearning" }],
  ["weave.tieKind", { kind: "collaboration" }],
  [
    "clinics.reason.firstContact",
    {
      whom: "one",
      actor: "A1",
      region: null,
      role: "developer",
      count: 1,
      contact: "direct",
      need: "funder",
    },
  ],
  [
    "clinics.reason.firstContact",
    {
      whom: "region",
      actor: null,
      region: "Lappi",
      role: "developer",
      count: 3,
      contact: "knows",
      need: "upskiller",
    },
  ],
  [
    "clinics.reason.firstContact",
    {
      whom: "count",
      actor: null,
      region: null,
      role: "funder",
      count: 2,
      contact: "knows",
      need: "developer",
    },
  ],
  ["clinics.reason.separateParts", { parts: 2 }],
  ["clinics.reason.bypass", { first: "A1", second: "A2", through: "A3" }],
  ["clinics.reason.mix", { newPairs: 5, pairs: 6, regions: 2, communities: 1, ...ROLES3 }],
  ["clinics.reason.mix", { newPairs: 1, pairs: 1, regions: 1, communities: 2, ...ROLES3, roleCount: 1 }],
  ["clinics.reason.mix", { newPairs: 2, pairs: 3, regions: 3, communities: 3, ...ROLES3, roleCount: 2 }],
  [
    "clinics.reason.mix",
    { newPairs: 2, pairs: 3, regions: 3, communities: 3, ...ROLES3, roleCount: 4, moreRoles: 1 },
  ],
  [
    "clinics.summary",
    {
      sessions: 2,
      tables: 3,
      participants: 12,
      newPairs: 20,
      crossCommunityPairs: 9,
      crossRegionPairs: 7,
      needsMet: 4,
      needsUnmet: 6,
      maxDistance: 2,
      repeats: "avoidable",
      repeatedPairs: 0,
      violations: 0,
    },
  ],
  [
    "clinics.summary",
    {
      sessions: 1,
      tables: 1,
      participants: 1,
      newPairs: 1,
      crossCommunityPairs: 0,
      crossRegionPairs: 0,
      needsMet: 0,
      needsUnmet: 1,
      maxDistance: 1,
      repeats: "unavoidable",
      repeatedPairs: 2,
      violations: 1,
    },
  ],
  ["clinics.violation.size", { session: 1, table: 2, seated: 5, min: 3, max: 4 }],
  ["clinics.violation.role", { session: 1, table: 2, ...ROLES3, missingCount: 1 }],
  ["clinics.violation.role", { session: 1, table: 2, ...ROLES3, missingCount: 2 }],
  ["clinics.violation.role", { session: 1, table: 2, ...ROLES3, missingCount: 3 }],
  ["clinics.violation.role", { session: 1, table: 2, ...ROLES3, missingCount: 4, moreRoles: 1 }],
  ["clinics.violation.apart", { session: 1, table: 2, first: "A1", second: "A2" }],
  ["clinics.violation.repeat", { session: 2, table: 1, first: "A1", second: "A2", firstSession: 1 }],
  ["clinics.violation.balance", { session: 1, smallest: 2, largest: 4 }],
  ["clinics.violation.together", { session: 1, first: "A1", second: "A2" }],
  ["clinics.violation.host", { session: 1, actor: "A1", table: 2, host: 1 }],
  ["clinics.violation.sessions", { count: 1, expected: 2 }],
  ["clinics.violation.tables", { session: 1, count: 2, expected: 3 }],
  ["clinics.violation.notParticipant", { session: 1, table: 1, actor: "A9" }],
  ["clinics.violation.twice", { session: 1, actor: "A1" }],
  ["clinics.violation.unseated", { session: 1, count: 1, shown: "A1", more: "no" }],
  ["clinics.violation.unseated", { session: 1, count: 5, shown: "A1, A2, A3", more: "yes" }],
  ["clinics.markdown.title", {}],
  ["clinics.markdown.rulesBroken", {}],
  ["clinics.markdown.session", { session: 1 }],
  ["clinics.markdown.table", { table: 2 }],
  ["clinics.markdown.host", {}],
  ["clinics.csv.host", {}],
  ["clinics.role", { role: "developer" }],
  ["clinics.role", { role: "upskiller" }],
  ["clinics.role", { role: "funder" }],
  ["spread.seed.reach", { actor: "A1", gain: 3.57, total: 3.57, order: "first" }],
  ["spread.seed.reach", { actor: "A1", gain: 2.51, total: 6.08, order: "next" }],
  ["spread.seed.groups", { actor: "A1", gain: 0, groups: [], share: 0.5, groupCount: 0 }],
  ["spread.seed.groups", { actor: "A1", gain: 1.25, groups: ["Lappi", "Kainuu"], share: 0.5, groupCount: 2 }],
  ["spread.tie.no-gain", { source: "A1", target: "A2", gain: 0 }],
  [
    "spread.tie.gain",
    { source: "A1", target: "A2", gain: 4.25, groups: ["Lappi"], groupCount: 1, ...ROLES3, roleCount: 2 },
  ],
  [
    "spread.tie.gain",
    { source: "A1", target: "A2", gain: 1.5, groups: [], groupCount: 0, ...ROLES3, roleCount: 0 },
  ],
  ["spread.role", { role: "developer" }],
  ["spread.role", { role: "upskiller" }],
  ["spread.role", { role: "funder" }],
  ["spread.markdown.title", {}],
  [
    "spread.markdown.summary",
    {
      seeds: "A1, A2",
      reach: 5.25,
      error: "some",
      standardError: 0.19,
      actors: 115,
      model: "cascade",
      runs: 200,
      seed: "1",
    },
  ],
  [
    "spread.markdown.summary",
    {
      seeds: "A1",
      reach: 5.25,
      error: "none",
      standardError: null,
      actors: 115,
      model: "threshold",
      runs: 200,
      seed: "1",
    },
  ],
  ["spread.markdown.seeds", {}],
  ["spread.markdown.byRole", {}],
  ["spread.markdown.byGroup", { group: "region" }],
  ["spread.markdown.byStep", {}],
  ["spread.markdown.column.seed", {}],
  ["spread.markdown.column.role", {}],
  ["spread.markdown.column.gain", {}],
  ["spread.markdown.column.why", {}],
  ["spread.markdown.column.actors", {}],
  ["spread.markdown.column.expectedReach", {}],
  ["spread.markdown.column.share", {}],
  ["spread.markdown.column.reachedAtAll", {}],
  ["spread.markdown.column.step", {}],
  ["spread.markdown.column.meanReached", {}],
  ["spread.markdown.noneReached", { group: "region" }],
  ["spread.markdown.reached", { groups: "Lappi, Kainuu" }],
];

/** English words that never belong in a Finnish or Swedish sentence of these areas. */
const ENGLISH =
  /\b(the|and|of|to|with|within|gives|actors?|network|between|through|reach(es)?|tie|more|would)\b/i;

function expectNoEnglish(text: string, english: string, context: string): void {
  expect(text, context).not.toBe(english);
  expect(ENGLISH.exec(text)?.[0] ?? null, `${context}: ${text}`).toBeNull();
}

describe("weave, convene and spread messages in Finnish and Swedish", () => {
  it("cover every message of the three parts", () => {
    const covered = new Set(CASES.map(([id]) => id));
    const ids = [...Object.keys(WEAVE_EN), ...Object.keys(CONVENE_EN), ...Object.keys(SPREAD_EN)];
    expect(ids.filter((id) => !covered.has(id as MessageId))).toEqual([]);
    for (const id of ids) expect(Object.hasOwn(EN, id)).toBe(true);
  });

  for (const locale of ["fi", "sv"] as const) {
    it(`writes each branch in ${locale} without English`, () => {
      for (const [id, params] of CASES) {
        const english = formatMessage({ id, params }, "en");
        const text = formatMessage({ id, params }, locale);
        // A column header or role name may be one short word; whole sentences must differ from English.
        expectNoEnglish(text, english, `${locale} ${id}`);
      }
    });
  }

  it("writes decimals with a comma in fi and sv, a point in en", () => {
    const cases: [MessageId, MessageParams, string, string][] = [
      ["weave.structure.efficiency", KNOWN, "0.2703", "0,2703"],
      ["weave.structure.efficiency", KNOWN, "4.8", "4,8"],
      ["spread.seed.reach", { actor: "A1", gain: 3.57, total: 3.57, order: "first" }, "3.6", "3,6"],
      [
        "spread.seed.groups",
        { actor: "A1", gain: 1.25, groups: ["L"], share: 0.5, groupCount: 1 },
        "1.25",
        "1,25",
      ],
    ];
    for (const [id, params, point, comma] of cases) {
      expect(formatMessage({ id, params }, "en")).toContain(point);
      for (const locale of ["fi", "sv"] as const) {
        const text = formatMessage({ id, params }, locale);
        expect(text, `${locale} ${id}`).toContain(comma);
        expect(text).not.toContain(point);
      }
    }
  });

  it("keeps the efficiency's trailing zeros and one decimal of the relative change", () => {
    const params = { ...KNOWN, before: 0.27, after: 0.276, digits: 3, relative: 2, relativeDigits: 1 };
    expect(formatMessage({ id: "weave.structure.efficiency", params }, "en")).toBe(
      "Global efficiency rises from 0.270 to 0.276 (+2.0%).",
    );
    expect(formatMessage({ id: "weave.structure.efficiency", params }, "fi")).toBe(
      "Verkoston tehokkuus nousee arvosta 0,270 arvoon 0,276 (+2,0\u00a0%).",
    );
  });

  it("writes the plural right for 0, 1, 2 and 5 actors in each language", () => {
    const expected = {
      en: ["0 actors", "1 actor", "2 actors", "5 actors"],
      fi: ["0 toimijaa", "1 toimija", "2 toimijaa", "5 toimijaa"],
      sv: ["0 aktörer", "1 aktör", "2 aktörer", "5 aktörer"],
    };
    for (const [locale, words] of Object.entries(expected) as [keyof typeof expected, string[]][]) {
      [0, 1, 2, 5].forEach((size, k) => {
        const text = formatMessage(
          { id: "weave.closure.silo.place", params: { place: "Lappi", size } },
          locale,
        );
        expect(text).toContain(`(${words[k]!})`);
      });
    }
    const sessions = {
      en: ["0 sessions", "1 session", "2 sessions", "5 sessions"],
      fi: ["0 tapaamiskertaa", "1 tapaamiskerta", "2 tapaamiskertaa", "5 tapaamiskertaa"],
      sv: ["0 träffar", "1 träff", "2 träffar", "5 träffar"],
    };
    const summary = CASES.find(([id]) => id === "clinics.summary")![1];
    for (const [locale, words] of Object.entries(sessions) as [keyof typeof sessions, string[]][]) {
      [0, 1, 2, 5].forEach((count, k) => {
        const text = formatMessage(
          { id: "clinics.summary", params: { ...summary, sessions: count } },
          locale,
        );
        expect(text.startsWith(words[k]!), `${locale} ${text}`).toBe(true);
      });
    }
  });
});

describe("the answers' messages", () => {
  const eco = sampleEcosystem();
  const labels = eco.nodes().map((id) => actorLabel(eco, id));
  labels.sort((a, b) => b.length - a.length);
  /** The text with every actor label, region and theme (data, not wording) masked. */
  const masked = (text: string): string => {
    let out = text;
    for (const label of labels) out = out.split(label).join("X");
    return out;
  };

  function expectRendered(messages: readonly Message[], english: readonly string[]): void {
    expect(messages.map((m) => m.text)).toEqual(english);
    for (const m of messages) {
      expect(formatMessage(m, "en")).toBe(m.text);
      for (const locale of ["fi", "sv"] as const)
        expectNoEnglish(masked(formatMessage(m, locale)), masked(m.text), `${locale} ${m.id}`);
    }
  }

  it("carry reasonMessages beside reasons, and whatMessages beside what, in suggestions and plan steps", () => {
    const suggestions = suggestConnections(eco, { top: 10 });
    const plan = planWeaving(eco, { budget: 4 });
    const ids = new Set<string>();
    for (const item of [...suggestions, ...plan.steps]) {
      expectRendered(item.reasonMessages, item.reasons);
      for (const m of item.reasonMessages) ids.add(m.id);
      for (const closure of item.closing) {
        expect(closure.whatMessages.length).toBeGreaterThan(0);
        for (const m of closure.whatMessages)
          expect(closure.what.toLowerCase()).toContain(m.text.slice(1, 20).toLowerCase());
      }
    }
    // The sample ecosystem's suggestions close several kinds of gap and use several introductions.
    expect(ids.size).toBeGreaterThanOrEqual(5);
  });

  it("render the clinics' reasons and summary", () => {
    const participants = eco.nodes().slice(0, 12);
    const plan = planPeerLearning(eco, { participants, sessions: 2, tables: 3 });
    const reasons = plan.sessions.flatMap((s) => s.tables.flatMap((t) => t.reasons));
    expectRendered([plan.summary, ...reasons], [plan.summary.text, ...reasons.map((r) => r.text)]);
    const english = toPeerLearningMarkdown(plan);
    expect(toPeerLearningMarkdown(plan, undefined, { locale: "en" })).toBe(english);
    for (const locale of ["fi", "sv"] as const) {
      const markdown = toPeerLearningMarkdown(plan, undefined, { locale });
      expect(markdown.split("\n").length).toBe(english.split("\n").length);
      for (const line of markdown.split("\n").filter((l) => l.startsWith("#") || l.startsWith(">")))
        expect(ENGLISH.exec(masked(line))?.[0] ?? null, `${locale}: ${line}`).toBeNull();
      const csv = toPeerLearningCsv(plan, { locale });
      expect(csv.split("\r\n")[0]).toBe("session,table,id,label,role,region,host,reasons");
      const reason = plan.sessions[0]!.tables[0]!.reasons[0]!.text.slice(0, 20);
      expect(toPeerLearningCsv(plan)).toContain(reason);
      expect(csv).not.toContain(reason);
    }
    // A seating that seats one actor twice, leaves the others out and has too few tables.
    const [a, b] = participants;
    const score = scorePeerLearning(eco, [[[a!, b!, a!]]], { participants, tables: 3 });
    expect(score.violations.length).toBeGreaterThanOrEqual(2);
    expectRendered(
      score.violations.map((v) => v.problem),
      score.violations.map((v) => v.message),
    );
  });

  it("render the spread reasons and the spread section in fi and sv", () => {
    const seeds = findSpreadSeeds(eco, { k: 2, seed: 1 });
    expectRendered(
      seeds.seeds.map((s) => s.reason),
      seeds.seeds.map((s) => s.reason.text),
    );
    const simulation = simulateSpread(eco, {
      seeds: seeds.seeds.map((s) => s.id),
      runs: 50,
      seed: 1,
      groupBy: "region",
    });
    const english = toSpreadMarkdown(simulation, seeds);
    expect(toSpreadMarkdown(simulation, seeds, { locale: "en" })).toBe(english);
    for (const locale of ["fi", "sv"] as const) {
      const markdown = toSpreadMarkdown(simulation, seeds, { locale });
      expect(markdown).not.toContain("Spread of the innovation");
      expect(markdown).not.toContain("expected reach");
      expect(markdown).toMatch(/\d,\d/);
      expect(markdown).not.toMatch(/\| \d+\.\d+ \|/);
      expect(markdown.split("\n").length).toBe(english.split("\n").length);
    }
  });
});
