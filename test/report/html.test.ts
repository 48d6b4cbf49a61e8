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

  it("leaves its inputs unchanged", () => {
    const frozen = deepFreeze(JSON.parse(JSON.stringify(report)));
    const before = JSON.stringify(eco.export());
    toHtml(frozen, eco);
    expect(JSON.stringify(eco.export())).toBe(before);
  });
});
