// The command line in Finnish and Swedish: --lang and the POSIX environment, usage errors without
// English, JSON the same in every language, and the demo with the same findings in other words.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EN, type MessageId } from "../../src/text/catalogue.js";
import { formatMessage } from "../../src/text/message.js";
import { smallData } from "../report/fixtures.js";
import { runInProcess } from "./in-process.js";

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "ecoweave-lang-"));
  writeFileSync(join(dir, "eco.json"), JSON.stringify(smallData()));
  for (const locale of ["en", "fi", "sv"]) mkdirSync(join(dir, locale));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function run(args: readonly string[], environment: Record<string, string> = {}) {
  return runInProcess(dir, args, { io: { environment } });
}

const ENGLISH = [" the ", " and ", " of ", " must ", " needs ", " give ", " got ", "unknown", "Run "];

function englishIn(text: string): string[] {
  return ENGLISH.filter((word) => ` ${text} `.includes(word));
}

/** Command lines the CLI refuses, each with a usage error of its own. */
const BAD = [
  ["gaps", "eco.json", "--top", "x", "--nope"],
  ["frobnicate"],
  ["--nope"],
  ["plan", "eco.json"],
  ["suggest", "eco.json", "--top", "0"],
  ["suggest", "eco.json", "--strategy", "random"],
  ["gaps", "eco.json", "--kinds", ","],
  ["plan", "eco.json", "--budget", "2", "--scope", "region"],
  ["spread", "eco.json"],
  ["gaps", "eco.json", "--min-severity", "high"],
  ["gaps"],
  ["gaps", "eco.json", "--seed"],
];

describe.each(["fi", "sv"] as const)("usage errors in %s", (locale) => {
  it.each(BAD.map((args) => [args.join(" "), args] as const))("ecoweave %s", async (_shown, args) => {
    const english = await run(args);
    const translated = await run([...args, "--lang", locale]);
    expect(translated.code).toBe(2);
    expect(english.code).toBe(2);
    expect(translated.stderr).not.toBe(english.stderr);
    expect(englishIn(translated.stderr)).toEqual([]);
  });

  it("renders every cli.usage message in other words than English", () => {
    const ids = (Object.keys(EN) as MessageId[]).filter(
      (id) => id.startsWith("cli.usage.") && id !== "cli.usage.parse.other",
    );
    for (const id of ids) {
      const params = Object.fromEntries([...EN[id].matchAll(/\{(\w+)/g)].map((match) => [match[1]!, "x"]));
      const text = formatMessage({ id, params }, locale);
      expect(text, id).not.toBe(formatMessage({ id, params }, "en"));
      expect(englishIn(text), id).toEqual([]);
    }
  });
});

describe("the language of the command line", () => {
  it("follows --lang, else LC_ALL, LC_MESSAGES and LANG in that order", async () => {
    const finnish = formatMessage({ id: "cli.usage.budget" }, "fi");
    const swedish = formatMessage({ id: "cli.usage.budget" }, "sv");
    const english = formatMessage({ id: "cli.usage.budget" }, "en");
    const cases: [readonly string[], Record<string, string>, string][] = [
      [[], {}, english],
      [[], { LANG: "fi_FI.UTF-8" }, finnish],
      [[], { LANG: "fi_FI.UTF-8", LC_MESSAGES: "sv_FI.UTF-8" }, swedish],
      [[], { LANG: "fi_FI.UTF-8", LC_ALL: "C" }, english],
      [[], { LC_ALL: "", LANG: "sv_SE" }, swedish],
      [["--lang", "sv"], { LC_ALL: "fi_FI" }, swedish],
      [["--lang=en"], { LANG: "fi_FI" }, english],
    ];
    for (const [lang, environment, expected] of cases) {
      const result = await run(["plan", "eco.json", ...lang], environment);
      expect(result.stderr, JSON.stringify([lang, environment])).toContain(expected);
    }
  });

  it("refuses a language it does not speak, in the environment's language", async () => {
    const result = await run(["gaps", "eco.json", "--lang", "de"], { LANG: "fi_FI" });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(formatMessage({ id: "cli.usage.lang", params: { value: "de" } }, "fi"));
  });

  it("writes the main help and a command's help in the language", async () => {
    const help = await run(["--help", "--lang", "sv"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Användning: ecoweave <kommando> [flaggor]");
    expect(help.stdout).toContain(formatMessage({ id: "cli.summary.gaps" }, "sv"));
    const command = await run(["gaps", "--help", "--lang", "fi"]);
    expect(command.stdout.startsWith("Käyttö: ecoweave gaps <file> [valitsimet]")).toBe(true);
  });
});

describe("--format json", () => {
  it.each([
    ["gaps", "eco.json", "--format", "json"],
    ["brokers", "eco.json", "--format", "json"],
    ["suggest", "eco.json", "--format", "json"],
    ["plan", "eco.json", "--budget", "2", "--format", "json"],
    ["analyze", "eco.json", "--format", "json"],
  ])("is byte-identical in every language: %s", async (...args) => {
    const english = await run(args);
    expect(english.code).toBe(0);
    for (const locale of ["fi", "sv"]) {
      const translated = await run([...args, "--lang", locale]);
      expect(translated.stdout).toBe(english.stdout);
    }
  });
});

describe("text output", () => {
  it("writes the gaps with a decimal comma and translated words", async () => {
    const english = await run(["gaps", "eco.json"]);
    const finnish = await run(["gaps", "eco.json", "--lang", "fi"]);
    const severities = (text: string) =>
      [...text.matchAll(/^\d+\. \[(\d)[.,](\d\d)\]/gm)].map((m) => `${m[1]}.${m[2]}`);
    expect(severities(finnish.stdout)).toEqual(severities(english.stdout));
    expect(finnish.stdout).toMatch(/^\d+\. \[\d,\d\d\]/m);
    expect(finnish.stdout.split("\n")[0]).toBe("Tilanne 7.12.2026.");
  });
});

describe.each(["fi", "sv"] as const)("the demo in %s", (locale) => {
  /** The numbers of a text, decimal commas read as points, without the dates. */
  function numbers(text: string): string[] {
    return (
      text
        .replace(/\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2} (juni|june) \d{4}/gi, " ")
        .replace(/(?<=\d),(?=\d)/g, ".")
        .match(/\d+(\.\d+)?/g) ?? []
    ).sort();
  }
  /** The gap and actor ids the demo names (`kind:…` ids). */
  function ids(text: string): string[] {
    return (text.match(/[a-z-]+:[\w:.-]+/g) ?? []).sort();
  }

  it("prints the same findings as the English demo in other words", { timeout: 120_000 }, async () => {
    const english = await run(["demo", "--out-dir", join(dir, "en"), "-q"]);
    const translated = await run(["demo", "--out-dir", join(dir, locale), "-q", "--lang", locale]);
    expect(english.code).toBe(0);
    expect(translated.code).toBe(0);
    const en = english.stdout.replaceAll(join(dir, "en"), "DIR");
    const other = translated.stdout.replaceAll(join(dir, locale), "DIR");
    expect(other.split("\n").length).toBe(en.split("\n").length);
    expect(ids(other)).toEqual(ids(en));
    expect(numbers(other)).toEqual(numbers(en));
    const headings = ["cli.demo.gaps", "cli.demo.bridges"] as const;
    for (const id of headings) expect(other).toContain(formatMessage({ id }, locale));
    expect(englishIn(other.replace(/^.*$/m, ""))).toEqual([]);
  });
});
