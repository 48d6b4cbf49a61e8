// toHtml in Node: structure, escaping, self-containment and determinism. The page's behaviour in a
// browser (hover details, no network requests, a non-blank picture) is tested in html-browser.test.ts.
import { describe, expect, it } from "vitest";
import { sampleEcosystem } from "../../src/datasets/sample-ecosystem.js";
import { createEcosystem } from "../../src/model/ecosystem.js";
import { analyzeEcosystem } from "../../src/report/analyze-ecosystem.js";
import { toHtml } from "../../src/report/html.js";
import { deepFreeze } from "../helpers.js";
import { smallData } from "./fixtures.js";

const eco = createEcosystem(smallData());
const report = analyzeEcosystem(eco, { permutations: 200 });
const html = toHtml(report, eco);

describe("toHtml", () => {
  it("writes an HTML document (the documented example)", () => {
    const sample = sampleEcosystem();
    expect(toHtml(analyzeEcosystem(sample), sample).startsWith("<!DOCTYPE html>")).toBe(true);
  });

  it("HTML-escapes every text, including a label holding a script tag and an ampersand", () => {
    // the only script elements are the page's own two
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html).toContain("Fund &amp; Co &lt;script&gt;window.__pwned = 1&lt;/script&gt;");
    expect(html).toContain("<title>Ecosystem report: Small | test &lt;ecosystem&gt;</title>");
    // in the JSON block, < > & are \u escapes
    const data = html.slice(html.indexOf('id="ecoweave-actor-data">'), html.indexOf("</script>"));
    expect(data).toContain("Fund \\u0026 Co \\u003cscript\\u003e");
    expect(data).not.toMatch(/[<&]/);
  });

  it("is self-contained: no reference to another host, and a policy that forbids loading anything", () => {
    const urls = html.match(/\b(?:https?:)?\/\/[^\s"'<>)]+/g) ?? [];
    expect(urls.filter((url) => url !== "http://www.w3.org/2000/svg")).toEqual([]);
    expect(html).not.toMatch(/<(?:link|img|iframe)\b/);
    expect(html).not.toMatch(/\bsrc=/);
    expect(html).toContain(
      `content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"`,
    );
  });

  it("holds the network picture with one focusable circle per actor, and the details panel", () => {
    expect(html.match(/<circle class="actor" data-id="/g)).toHaveLength(7);
    expect(html.match(/tabindex="0"/g)).toHaveLength(7);
    expect(html).toContain('id="actor-details"');
    expect(html).toContain('aria-live="polite"');
    // the report's suggestions are drawn dashed
    expect(html).toContain('<g class="suggestions"');
  });

  it("has a heading, captions and header cells for every section", () => {
    expect(html.match(/<h1>/g)).toHaveLength(1);
    for (const id of [
      "overview",
      "network",
      "gaps",
      "bridges",
      "key-players",
      "suggestions",
      "plan",
      "mixing",
      "actors",
    ]) {
      expect(html).toContain(`<section id="${id}" aria-labelledby="${id}-heading">`);
    }
    expect(html.match(/<table/g)!.length).toBe(html.match(/<caption>/g)!.length);
    expect(html).toContain('<th scope="col">');
    expect(html).toContain('<th scope="row">');
    expect(html.match(/role="img"/g)!.length).toBeGreaterThanOrEqual(3);
  });

  it("draws the mixing heatmap with coloured cells and the bridge actors' bar charts", () => {
    const heatmap = html.slice(
      html.indexOf('<table class="heatmap">'),
      html.indexOf("</table>", html.indexOf('<table class="heatmap">')),
    );
    expect(heatmap.match(/<td style="background:#[0-9a-f]{6}/g)).toHaveLength(9);
    // the darkest cell is the largest count (developer–developer, 3 pairs)
    expect(heatmap).toContain(
      '<td style="background:#08306b;color:#ffffff" title="within developer: 3 tied pairs',
    );
    expect(html.match(/<svg xmlns="http:\/\/www.w3.org\/2000\/svg" class="bar-chart"/g)).toHaveLength(2);
  });

  it("shows the plan's figures before and after", () => {
    expect(html).toContain("The network before and after the plan");
    expect(html).toMatch(
      /<th scope="row">Components<\/th><td class="number">2<\/td><td class="number">1<\/td>/,
    );
  });

  it("is byte-identical for the same report and ecosystem", () => {
    expect(toHtml(report, createEcosystem(smallData()))).toBe(html);
  });

  it("takes a title and picture options", () => {
    const page = toHtml(report, eco, { title: "Mine", svg: { width: 500, sizeBy: "none" } });
    expect(page).toContain("<title>Mine</title>");
    expect(page).toContain('width="500"');
  });

  it("refuses a bad centralActors", () => {
    expect(() => toHtml(report, eco, { centralActors: -2 })).toThrow(
      expect.objectContaining({ code: "invalid_option" }),
    );
  });

  it("names each community after its member with most distinct contacts (ties by id), as the gaps do", () => {
    const contacts = (id: string) => new Set(eco.neighbors(id).filter((other) => other !== id)).size;
    const byCommunity = new Map<number, string[]>();
    for (const row of report.actors)
      byCommunity.set(row.community, [...(byCommunity.get(row.community) ?? []), row.id]);
    const table = html.slice(html.indexOf('<section id="actors"'));
    for (const [, members] of byCommunity) {
      const hub = [...members].sort((a, b) => contacts(b) - contacts(a) || (a < b ? -1 : 1))[0]!;
      const name = `around ${eco.getNodeAttribute(hub, "label") ?? hub}`;
      expect(table).toContain(
        `<td>${name.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;")}</td>`,
      );
    }
    expect(table).not.toMatch(/<td class="number">\d+<\/td><td class="number">\d+<\/td><\/tr>/);
  });

  it("has a Show on map button for every gap, suggestion and plan step, and their actors in the page data", () => {
    const count = (kind: string) =>
      html.match(new RegExp(`<button class="show" data-kind="${kind}"`, "g"))?.length ?? 0;
    expect(count("gaps")).toBe(report.gaps.length);
    expect(count("suggestions")).toBe(report.suggestions.length);
    expect(count("steps")).toBe(report.plan?.steps.length ?? 0);
    const json = html.slice(html.indexOf('id="ecoweave-actor-data">') + 25, html.indexOf("</script>"));
    const data = JSON.parse(json) as { gaps: string[][]; suggestions: string[][] };
    expect(data.gaps).toEqual(report.gaps.map((gap) => gap.actors));
    expect(data.suggestions).toEqual(report.suggestions.map((tie) => [tie.source, tie.target]));
  });

  it("writes hostile ids, roles and regions into attributes and the filters only escaped", () => {
    const data = smallData();
    const id = `x" onmouseover="globalThis.__pwned=3`;
    const region = `"><script>globalThis.__pwned=2</script>`;
    data.actors.push({ id, label: "Quote Lab", role: "upskiller", attributes: { region } });
    data.ties.push({ source: id, target: "d1", kind: "training" });
    const hostile = createEcosystem(data);
    const page = toHtml(analyzeEcosystem(hostile, { permutations: 99 }), hostile);
    expect(page.match(/<script/g)).toHaveLength(2);
    expect(page).not.toContain(`onmouseover="globalThis`);
    expect(page).toContain(`data-id="x&quot; onmouseover=&quot;globalThis.__pwned=3"`);
    expect(page).toContain(
      `<option value="&quot;&gt;&lt;script&gt;globalThis.__pwned=2&lt;/script&gt;">&quot;&gt;&lt;script&gt;globalThis.__pwned=2&lt;/script&gt;</option>`,
    );
    // the map's controls: one option per region and per role, sorted, after "all"
    expect(page).toMatch(
      /<select id="map-region" aria-label="Region"><option value="">All regions<\/option><option value="&quot;/,
    );
    expect(page.match(/<select id="map-role".*?<\/select>/s)![0].match(/<option/g)).toHaveLength(4);
  });

  it("leaves its inputs unchanged", () => {
    const frozen = deepFreeze(JSON.parse(JSON.stringify(report)));
    const before = JSON.stringify(eco.export());
    toHtml(frozen, eco);
    expect(JSON.stringify(eco.export())).toBe(before);
  });
});
