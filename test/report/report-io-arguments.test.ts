// Runtime checks at every public entry of ecoweave/report and ecoweave/io: an unknown option key names
// the key and the closest valid one; a swapped or wrong argument is an ecoweave error naming the
// function, never a TypeError from inside.
import { describe, expect, it } from "vitest";
import { planPeerLearning } from "../../src/convene/plan-peer-learning.js";
import { assignTo } from "../../src/io/assign.js";
import { fromCsv, toCsv } from "../../src/io/csv.js";
import { detectJsonFormat, formatFromFileName } from "../../src/io/format.js";
import { fromGexf, toGexf } from "../../src/io/gexf.js";
import { toGraphml } from "../../src/io/graphml.js";
import { fromGraphml } from "../../src/io/graphml-reader.js";
import { parseEcosystemJson, stringifyEcosystem } from "../../src/io/json.js";
import { fromKumu, fromKumuSheets, toKumu, toKumuSheets } from "../../src/io/kumu.js";
import { detectSeparator } from "../../src/io/table.js";
import { betweenness } from "../../src/metrics/centrality.js";
import { createEcosystem } from "../../src/model/ecosystem.js";
import { EcoweaveError, InvalidOptionError } from "../../src/model/errors.js";
import type { EcosystemData } from "../../src/model/schema.js";
import { analyzeEcosystem } from "../../src/report/analyze-ecosystem.js";
import { toHtml } from "../../src/report/html.js";
import { layoutEcosystem } from "../../src/report/layout.js";
import { toMarkdown } from "../../src/report/markdown.js";
import { ecosystemOverview } from "../../src/report/overview.js";
import { toPeerLearningCsv, toPeerLearningMarkdown } from "../../src/report/peer-learning-markdown.js";
import { toSvg } from "../../src/report/svg.js";
import { simulateSpread } from "../../src/spread/simulate-spread.js";
import { toSpreadMarkdown } from "../../src/spread/spread-markdown.js";
import { ringDocument } from "../helpers.js";

const document: EcosystemData = { name: "ring", ...ringDocument() };
const eco = createEcosystem(document);
const report = analyzeEcosystem(eco, { permutations: 50 });
const plan = planPeerLearning(eco, { sessions: 1, tables: 2 });
const simulation = simulateSpread(eco, { seeds: ["f1"], runs: 20 });
const csv = toCsv(eco);
const sheets = toKumuSheets(eco);

/** Calls a function the way a JavaScript caller may, past the types. */
const loose = <T>(value: unknown): T => value as T;

/** The error `run` throws; fails when it throws nothing. */
function thrown(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected a throw");
}

describe("unknown option keys in ecoweave/report and ecoweave/io", () => {
  const calls: [string, (options: unknown) => unknown, string, string][] = [
    ["analyzeEcosystem", (o) => analyzeEcosystem(eco, loose(o)), "tpo", "top"],
    ["toHtml", (o) => toHtml(report, eco, loose(o)), "centralActor", "centralActors"],
    ["toMarkdown", (o) => toMarkdown(report, loose(o)), "headinglevel", "headingLevel"],
    ["toSvg", (o) => toSvg(eco, loose(o)), "sizeby", "sizeBy"],
    ["layoutEcosystem", (o) => layoutEcosystem(eco, loose(o)), "iteration", "iterations"],
    ["ecosystemOverview", (o) => ecosystemOverview(eco, loose(o)), "sed", "seed"],
    ["toPeerLearningMarkdown", (o) => toPeerLearningMarkdown(plan, undefined, loose(o)), "lcoale", "locale"],
    ["toPeerLearningCsv", (o) => toPeerLearningCsv(plan, loose(o)), "lcoale", "locale"],
    ["toSpreadMarkdown", (o) => toSpreadMarkdown(simulation, null, loose(o)), "barwidth", "barWidth"],
    ["fromCsv", (o) => fromCsv(csv, loose(o)), "file", "files"],
    ["toCsv", (o) => toCsv(eco, loose(o)), "spreadsheetsafe", "spreadsheetSafe"],
    ["fromKumu", (o) => fromKumu(toKumu(eco), loose(o)), "rolemap", "roleMap"],
    ["fromKumuSheets", (o) => fromKumuSheets(sheets, loose(o)), "rolemap", "roleMap"],
    ["toKumuSheets", (o) => toKumuSheets(eco, loose(o)), "spreadsheetsafe", "spreadsheetSafe"],
    ["stringifyEcosystem", (o) => stringifyEcosystem(eco, loose(o)), "spaces", "space"],
    ["assignTo", (o) => assignTo(eco, { f1: 1 }, "x", loose(o)), "inplace", "inPlace"],
  ];

  it.each(calls)("%s refuses an unknown key and names the closest valid one", (fn, call, slip, meant) => {
    const error = thrown(() => call({ [slip]: 1 }));
    expect(error).toBeInstanceOf(InvalidOptionError);
    expect(error.message).toBe(`${fn}: unknown option "${slip}"; did you mean "${meant}"?`);
  });

  it.each(calls)("%s still takes no options and an empty object", (_fn, call) => {
    expect(() => call(undefined)).not.toThrow();
    expect(() => call({})).not.toThrow();
  });
});

describe("argument types at the entries of ecoweave/report and ecoweave/io", () => {
  const cases: [string, () => unknown, string][] = [
    [
      "toHtml with swapped arguments",
      () => toHtml(loose(eco), loose(report)),
      "toHtml: expected a report (from analyzeEcosystem), got an ecosystem",
    ],
    ["toHtml without an ecosystem", () => toHtml(report, loose(document)), "toHtml: expected an ecosystem"],
    [
      "toMarkdown given an ecosystem",
      () => toMarkdown(loose(eco)),
      "toMarkdown: expected a report (from analyzeEcosystem), got an ecosystem",
    ],
    [
      "toMarkdown given a report without its overview",
      () => toMarkdown(loose({ ...report, overview: null })),
      "toMarkdown: expected a report's overview",
    ],
    [
      "analyzeEcosystem given a document",
      () => analyzeEcosystem(loose(document)),
      "analyzeEcosystem: expected an ecosystem",
    ],
    [
      "analyzeEcosystem with kinds as one string",
      () => analyzeEcosystem(eco, loose({ kinds: "collaboration" })),
      "analyzeEcosystem: kinds must be a list of tie kinds",
    ],
    [
      "analyzeEcosystem with onProgress not a function",
      () => analyzeEcosystem(eco, loose({ onProgress: true })),
      "analyzeEcosystem: onProgress must be a function, got a boolean",
    ],
    [
      "betweenness with kinds as one string (every view)",
      () => betweenness(eco, loose({ kinds: "collaboration" })),
      "view: kinds must be a list of tie kinds",
    ],
    [
      "toSvg with directed as a string",
      () => toSvg(eco, loose({ directed: "yes" })),
      "toSvg: directed must be true or false",
    ],
    [
      "toSvg with suggestions not a list",
      () => toSvg(eco, loose({ suggestions: "f1-d2" })),
      "toSvg: suggestions must be a list",
    ],
    [
      "toSvg with a null suggestion",
      () => toSvg(eco, loose({ suggestions: [null] })),
      "toSvg: suggestions[0].source undefined is not an actor",
    ],
    [
      "toSvg with bridgeActors as one id",
      () => toSvg(eco, loose({ bridgeActors: "f1" })),
      "toSvg: bridgeActors must be a list of actor ids",
    ],
    [
      "toSvg with legend as a string",
      () => toSvg(eco, loose({ legend: "no" })),
      "toSvg: legend no must be true or false",
    ],
    [
      "ecosystemOverview given a report",
      () => ecosystemOverview(loose(report)),
      "ecosystemOverview: expected an ecosystem",
    ],
    [
      "layoutEcosystem given nothing",
      () => layoutEcosystem(loose(undefined)),
      "layoutEcosystem: expected an ecosystem",
    ],
    [
      "toPeerLearningMarkdown given an ecosystem",
      () => toPeerLearningMarkdown(loose(eco)),
      "toPeerLearningMarkdown: expected a peer-learning plan (from planPeerLearning), got an ecosystem",
    ],
    [
      "toPeerLearningCsv with an unknown locale",
      () => toPeerLearningCsv(plan, loose({ locale: "de" })),
      'toPeerLearningCsv: locale "de" must be',
    ],
    [
      "toSpreadMarkdown given an ecosystem",
      () => toSpreadMarkdown(loose(eco)),
      "toSpreadMarkdown: expected a spread simulation (from simulateSpread), got an ecosystem",
    ],
    [
      "toSpreadMarkdown with an unknown locale",
      () => toSpreadMarkdown(simulation, null, loose({ locale: "de" })),
      'toSpreadMarkdown: locale "de" must be',
    ],
    [
      "fromGexf given an ecosystem",
      () => fromGexf(loose(eco)),
      "fromGexf: text must be a string, got an ecosystem",
    ],
    [
      "fromGraphml given nothing",
      () => fromGraphml(loose(undefined)),
      "fromGraphml: text must be a string, got undefined",
    ],
    [
      "parseEcosystemJson given a document",
      () => parseEcosystemJson(loose(document)),
      "parseEcosystemJson: text must be a string, got an ecosystem document",
    ],
    ["toGexf given a document", () => toGexf(loose(document)), "toGexf: expected an ecosystem"],
    ["toGraphml given a document", () => toGraphml(loose(document)), "toGraphml: expected an ecosystem"],
    ["toKumu given a document", () => toKumu(loose(document)), "toKumu: expected an ecosystem"],
    ["toCsv given a document", () => toCsv(loose(document)), "toCsv: expected an ecosystem"],
    [
      "toKumuSheets given a document",
      () => toKumuSheets(loose(document)),
      "toKumuSheets: expected an ecosystem",
    ],
    [
      "stringifyEcosystem given a document",
      () => stringifyEcosystem(loose(document)),
      "stringifyEcosystem: expected an ecosystem",
    ],
    [
      "fromCsv given one text",
      () => fromCsv(loose(csv.actors)),
      "fromCsv: expected the tables { actors, ties }",
    ],
    [
      "fromCsv given a number for the ties",
      () => fromCsv(loose({ actors: csv.actors, ties: 3 })),
      "fromCsv: input.ties must be a string, got a number",
    ],
    [
      "fromKumuSheets given a number for the elements",
      () => fromKumuSheets(loose({ elements: 1, connections: "" })),
      "fromKumuSheets: sheets.elements must be a string, got a number",
    ],
    [
      "fromKumu with roleMap as a string",
      () => fromKumu(toKumu(eco), loose({ roleMap: "Rahoittaja=funder" })),
      "fromKumu: roleMap must be an object, got a string",
    ],
    [
      "detectSeparator given a number",
      () => detectSeparator(loose(5)),
      "detectSeparator: text must be a string, got a number",
    ],
    [
      "formatFromFileName given nothing",
      () => formatFromFileName(loose(undefined)),
      "formatFromFileName: fileName must be a string",
    ],
    [
      "detectJsonFormat given no file name",
      () => detectJsonFormat({}, loose(null)),
      "detectJsonFormat: fileName must be a string, got null",
    ],
    [
      "assignTo given a record for the graph",
      () => assignTo(loose({}), { f1: 1 }, "x"),
      "assignTo: graph must be a graphology graph",
    ],
    [
      "assignTo with inPlace as a string",
      () => assignTo(eco, { f1: 1 }, "x", loose({ inPlace: "yes" })),
      "assignTo: inPlace must be a boolean",
    ],
  ];

  it.each(cases)("%s: an ecoweave error naming the function", (_name, call, message) => {
    const error = thrown(call);
    expect(error).toBeInstanceOf(EcoweaveError);
    expect(error).not.toBeInstanceOf(TypeError);
    expect(error.message).toContain(message);
  });

  it("the checks let every valid call through", () => {
    expect(toMarkdown(report)).toContain("ring");
    expect(toHtml(report, eco, { svg: { iterations: 10 } })).toContain("<svg");
    expect(fromCsv(csv).order).toBe(6);
    expect(fromKumuSheets(sheets).size).toBe(7);
    expect(parseEcosystemJson(stringifyEcosystem(eco, { space: 0 })).order).toBe(6);
    expect(toSpreadMarkdown(simulation)).toContain("|");
  });
});
