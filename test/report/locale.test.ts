// The reports in Finnish and Swedish: every word from the catalogues, numbers with a decimal comma,
// plurals right, the same page structure as English, and role names per language from the document.
import { describe, expect, it } from "vitest";
import { sampleEcosystem } from "../../src/datasets/sample-ecosystem.js";
import { actorLabel, createEcosystem } from "../../src/model/ecosystem.js";
import { InvalidOptionError } from "../../src/model/errors.js";
import { validateEcosystem } from "../../src/model/validate.js";
import { analyzeEcosystem } from "../../src/report/analyze-ecosystem.js";
import { toHtml } from "../../src/report/html.js";
import { toMarkdown } from "../../src/report/markdown.js";
import { toSvg } from "../../src/report/svg.js";
import { EN, type MessageId } from "../../src/text/catalogue.js";
import { formatMessage } from "../../src/text/message.js";

const eco = sampleEcosystem();
const report = analyzeEcosystem(eco, { at: "2025-06-30", coverageBy: "region", budget: 5, top: 5 });

/** Words that only English sentences hold; none may be left once the data's own names are removed. */
const ENGLISH = [" the ", " and ", " of ", " with ", " to ", " is ", " are ", " by ", " actors", " ties "];

/** The text without the data's own names (actor labels, ids, the ecosystem's name and description). */
function withoutData(text: string): string {
  const names = new Set<string>();
  eco.forEachNode((id) => {
    names.add(actorLabel(eco, id));
    names.add(eco.getNodeAttribute(id, "label") ?? id);
  });
  names.add(String(eco.getAttribute("name")));
  names.add(String(eco.getAttribute("description")));
  let rest = text;
  for (const name of [...names].sort((a, b) => b.length - a.length)) rest = rest.split(name).join(" ");
  return rest;
}

/** The visible text of an HTML page: no style, no script, no tags. */
function visibleText(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, " ")
    .replace(/<script[\s\S]*?<\/script>/g, " ")
    .replace(/<[^>]*>/g, " ")
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

function englishLeaks(text: string): string[] {
  const rest = withoutData(text).replace(/\s+/g, " ");
  return ENGLISH.filter((word) => rest.includes(word)).map((word) => {
    const at = rest.indexOf(word);
    return `${word.trim()}: …${rest.slice(Math.max(0, at - 60), at + 60)}…`;
  });
}

describe.each(["fi", "sv"] as const)("the report in %s", (locale) => {
  const markdown = toMarkdown(report, { locale });
  const html = toHtml(report, eco, { locale });

  it("leaves no English words in the Markdown beyond the data's names", () => {
    expect(englishLeaks(markdown)).toEqual([]);
  });

  it("leaves no English words in the HTML page beyond the data's names", () => {
    expect(englishLeaks(visibleText(html))).toEqual([]);
  });

  it("declares its language and writes its headings in it", () => {
    expect(html).toContain(`<html lang="${locale}">`);
    expect(markdown.split("\n")[0]).toBe(
      `# ${formatMessage({ id: "report.title.named", params: { name: String(eco.getAttribute("name")) } }, locale)}`,
    );
  });

  it("writes numbers with a decimal comma", () => {
    const gap = report.gaps[0]!;
    const english = toMarkdown(report)
      .split("\n")
      .find((line) => line.startsWith("| 1 |"))!;
    const translated = markdown.split("\n").find((line) => line.startsWith("| 1 |"))!;
    const severity = /^\| 1 \| ([^|]+) \|/;
    expect(english.match(severity)![1]).toBe(String(Math.round(gap.severity * 100) / 100));
    expect(translated.match(severity)![1]).toBe(english.match(severity)![1]!.replace(".", ","));
    const density = report.overview.density!.toFixed(4).replace(/0+$/, "").replace(".", ",");
    expect(markdown).toContain(`| ${density} |`);
  });

  it("differs from the English page only in text: same lines, same tables, same markup", () => {
    const shape = (text: string) => text.split("\n").map((line) => line.replace(/[^|#<>]/g, ""));
    expect(shape(markdown)).toEqual(shape(toMarkdown(report)));
    const tags = (page: string) => page.match(/<\/?[a-z0-9]+/g);
    expect(tags(html)).toEqual(tags(toHtml(report, eco)));
  });

  it("writes the picture's legend and description in the locale", () => {
    const svg = toSvg(eco, { locale, iterations: 5 });
    expect(svg).toContain(formatMessage({ id: "report.svg.legend.roles" }, locale));
    expect(svg).toContain(formatMessage({ id: "report.role.funder" }, locale));
    expect(englishLeaks(visibleText(svg))).toEqual([]);
  });
});

describe("the report's plurals", () => {
  const cases: Record<"en" | "fi" | "sv", Record<1 | 2 | 5, string>> = {
    en: {
      1: "And 1 more gaps of lower severity.",
      2: "And 2 more gaps of lower severity.",
      5: "And 5 more gaps of lower severity.",
    },
    fi: {
      1: "Lisäksi 1 vähemmän vakava aukko.",
      2: "Lisäksi 2 vähemmän vakavaa aukkoa.",
      5: "Lisäksi 5 vähemmän vakavaa aukkoa.",
    },
    sv: {
      1: "Därtill 1 mindre allvarligt hål.",
      2: "Därtill 2 mindre allvarliga hål.",
      5: "Därtill 5 mindre allvarliga hål.",
    },
  };
  it.each(["en", "fi", "sv"] as const)("counts the gaps left out in %s for 0, 1, 2 and 5", (locale) => {
    const total = report.gaps.length;
    expect(total).toBeGreaterThan(5);
    const more = formatMessage({ id: "report.gaps.more", params: { count: 0 } }, locale);
    expect(toMarkdown(report, { locale, maxGaps: total })).not.toContain(more.slice(0, 6));
    for (const left of [1, 2, 5] as const) {
      expect(toMarkdown(report, { locale, maxGaps: total - left })).toContain(cases[locale][left]);
    }
  });

  it.each([
    ["fi", 0, "0 rakenteellista aukkoa"],
    ["fi", 1, "1 rakenteellinen aukko"],
    ["fi", 2, "2 rakenteellista aukkoa"],
    ["fi", 5, "5 rakenteellista aukkoa"],
    ["sv", 0, "0 strukturella hål"],
    ["sv", 1, "1 strukturellt hål"],
    ["sv", 2, "2 strukturella hål"],
    ["sv", 5, "5 strukturella hål"],
  ] as const)("captions the gaps in %s for %d", (locale, count, expected) => {
    expect(formatMessage({ id: "report.gaps.caption", params: { count } }, locale)).toContain(expected);
  });
});

describe("the report catalogue", () => {
  const ids = (Object.keys(EN) as MessageId[]).filter((id) => id.startsWith("report."));
  // Words that read the same in the three languages (a header, a place holder for data).
  const SAME = new Set<MessageId>(["report.header.region"]);

  it.each(["fi", "sv"] as const)("translates every message of the report in %s", (locale) => {
    const untranslated = ids.filter((id) => {
      if (SAME.has(id)) return false;
      const params = Object.fromEntries([...EN[id].matchAll(/\{(\w+)/g)].map((match) => [match[1]!, 3]));
      return formatMessage({ id, params }, locale) === formatMessage({ id, params }, "en");
    });
    expect(untranslated).toEqual([]);
  });
});

describe("role names per language", () => {
  const data = {
    name: "Roles",
    roles: [
      {
        id: "municipality",
        label: "Municipality",
        labels: { fi: "Kunta", en: "Local council" },
        needs: ["funder"],
      },
    ],
    actors: [
      { id: "m", role: "municipality" },
      { id: "f", role: "funder" },
      { id: "d", role: "developer" },
    ],
    ties: [
      { source: "m", target: "f", kind: "collaboration" },
      { source: "d", target: "f", kind: "funding" },
    ],
  };

  it("accepts labels and names the role by them, by its id where a language has none", () => {
    expect(validateEcosystem(data).ok).toBe(true);
    const custom = createEcosystem(data);
    const rolesReport = analyzeEcosystem(custom);
    expect(toMarkdown(rolesReport, { locale: "fi" })).toContain("| Kunta | 1 |");
    expect(toMarkdown(rolesReport, { locale: "sv" })).toContain("| municipality | 1 |");
    expect(toMarkdown(rolesReport)).toContain("| Local council | 1 |");
    expect(toMarkdown(rolesReport, { locale: "sv" })).toContain("| Finansiär | 1 |");
    expect(toSvg(custom, { locale: "fi", iterations: 5 })).toContain("Kunta (1)");
  });

  it("refuses a blank label and a language it does not know, with the place", () => {
    const blank = validateEcosystem({ ...data, roles: [{ id: "municipality", labels: { fi: " " } }] });
    expect(blank.ok).toBe(false);
    expect(blank.ok ? [] : blank.issues.map((issue) => issue.path)).toContain("roles[0].labels.fi");
    const unknown = validateEcosystem({
      ...data,
      roles: [{ id: "municipality", labels: { de: "Gemeinde" } }],
    });
    expect(unknown.ok).toBe(false);
    expect(unknown.ok ? "" : unknown.issues.map((issue) => issue.path).join(" ")).toContain(
      "roles[0].labels",
    );
  });

  it("keeps the analysis result the same whatever the labels say", () => {
    const plain = analyzeEcosystem(
      createEcosystem({ ...data, roles: [{ id: "municipality", needs: ["funder"] }] }),
    );
    const labelled = analyzeEcosystem(createEcosystem(data));
    expect(labelled.gaps).toEqual(plain.gaps);
    expect(labelled.overview.roles.find((row) => row.role === "municipality")!.labels).toEqual(
      data.roles[0]!.labels,
    );
  });
});

describe("the locale option", () => {
  it("refuses a language ecoweave does not write", () => {
    expect(() => toMarkdown(report, { locale: "de" as "fi" })).toThrow(InvalidOptionError);
    expect(() => toHtml(report, eco, { locale: "de" as "fi" })).toThrow(InvalidOptionError);
    expect(() => toSvg(eco, { locale: "de" as "fi" })).toThrow(InvalidOptionError);
  });
});
