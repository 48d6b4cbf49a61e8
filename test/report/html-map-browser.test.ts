// The report as people read it, in real headless Chromium (see chromium.ts): no sideways scrolling at
// phone and desktop widths, tables as cards on a phone, labels that do not overlap, and the map's
// search, filters, highlighting, zoom and pan. The truth each check compares with is computed here
// from the ecosystem or the report's data, never from the page's script. Skipped without Chromium.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleEcosystem } from "../../src/datasets/sample-ecosystem.js";
import { createEcosystem, type Ecosystem } from "../../src/model/ecosystem.js";
import type { EcosystemData } from "../../src/model/schema.js";
import { analyzeEcosystem, type EcosystemReport } from "../../src/report/analyze-ecosystem.js";
import { toHtml } from "../../src/report/html.js";
import { simulateSpread } from "../../src/spread/simulate-spread.js";
import { CHROMIUM, hasChromium, type Session, startChromium, type Visit } from "./chromium.js";
import { smallData } from "./fixtures.js";

if (!hasChromium)
  console.warn(`html-map-browser.test.ts skipped: ${CHROMIUM} is absent (apt-get install chromium)`);

const BROWSER_TIMEOUT = 120_000;
const VISIBLE_ACTORS =
  'Array.from(document.querySelectorAll("#network circle.actor")).filter((c) => c.getBoundingClientRect().width > 0).map((c) => c.getAttribute("data-id")).sort()';
const VISIBLE_TIES =
  'Array.from(document.querySelectorAll("#network g.ties line")).filter((l) => getComputedStyle(l).display !== "none").length';
const HIGHLIGHTED =
  'Array.from(document.querySelectorAll("#network circle.actor.hl")).map((c) => c.getAttribute("data-id")).sort()';

interface ActorFacts {
  id: string;
  label: string;
  role: string;
  regions: string[];
}

function actorsOf(eco: Ecosystem): ActorFacts[] {
  return eco.nodes().map((id) => {
    const node = eco.getNodeAttributes(id);
    const region = node.attributes?.region;
    return {
      id,
      label: node.label ?? id,
      role: node.role,
      regions: region === undefined ? [] : Array.isArray(region) ? region.map(String) : [String(region)],
    };
  });
}

/** Distinct unordered pairs of distinct actors tied in the ecosystem with both ends in `shown`. */
function tiedPairsWithin(eco: Ecosystem, shown: ReadonlySet<string>): number {
  const pairs = new Set<string>();
  eco.forEachEdge((_edge, _attributes, source, target) => {
    if (source === target || !shown.has(source) || !shown.has(target)) return;
    pairs.add(JSON.stringify(source < target ? [source, target] : [target, source]));
  });
  return pairs.size;
}

const sorted = (ids: Iterable<string>) => [...ids].sort();

describe.skipIf(!hasChromium)("the report's map and layout in headless Chromium", () => {
  let session: Session;
  let eco: Ecosystem;
  let report: EcosystemReport;
  let sampleHtml: string;

  beforeAll(async () => {
    session = await startChromium();
    eco = sampleEcosystem();
    report = analyzeEcosystem(eco);
    const spread = simulateSpread(eco, { seeds: ["f-esf"], probability: 0.3, runs: 20, groupBy: "region" });
    sampleHtml = toHtml(report, eco, { spread });
  }, BROWSER_TIMEOUT);

  afterAll(async () => {
    await session?.close();
  });

  async function openSample(width: number, locale: "en" | "fi" | "sv" = "en"): Promise<Visit> {
    const html = locale === "en" ? sampleHtml : toHtml(report, eco, { locale });
    return session.open(`sample-${width}-${locale}`, html, { width, height: 900 });
  }

  /** Closes the page after checking that it logged no error and requested nothing. */
  async function done(visit: Visit): Promise<void> {
    expect(visit.errors).toEqual([]);
    expect(visit.blocked).toEqual([]);
    await visit.page.close();
  }

  it.each([
    [360, "en"],
    [390, "en"],
    [390, "fi"],
    [800, "en"],
    [1000, "sv"],
    [1280, "en"],
  ] as const)(
    "at %i px (%s) nothing scrolls sideways and the picture fits the viewport",
    async (width, locale) => {
      const visit = await openSample(width, locale);
      const { page } = visit;
      const sizes = (await page.evaluate(
        '({ scroll: document.scrollingElement.scrollWidth, inner: innerWidth, picture: document.querySelector("#network svg.ecoweave-network").getBoundingClientRect().right })',
      )) as { scroll: number; inner: number; picture: number };
      expect(sizes.inner).toBe(width);
      expect(sizes.scroll).toBeLessThanOrEqual(sizes.inner);
      expect(sizes.picture).toBeLessThanOrEqual(sizes.inner);
      // every actor is drawn, even on a phone
      expect(((await page.evaluate(VISIBLE_ACTORS)) as string[]).length).toBe(115);
      // tables are stacked cards on a phone (no header row; each cell names its column), grids on a desktop
      const layout = (await page.evaluate(
        '({ head: getComputedStyle(document.querySelector("#suggestions thead")).display, row: getComputedStyle(document.querySelector("#suggestions tbody tr")).display, label: document.querySelector("#suggestions tbody td").getAttribute("data-label") })',
      )) as { head: string; row: string; label: string | null };
      if (width <= 960) {
        expect(layout).toMatchObject({ head: "none", row: "block" });
        expect(layout.label).toBe("#");
      } else {
        expect(layout).toMatchObject({ head: "table-header-group", row: "table-row" });
      }
      await done(visit);
    },
    BROWSER_TIMEOUT,
  );

  it(
    "without scripts at 390 px, the tables still stack, nothing scrolls sideways and no dead control shows",
    async () => {
      const { page, blocked, errors } = await session.open(
        "no-script",
        sampleHtml,
        { width: 390, height: 900 },
        false,
      );
      const state = (await page.evaluate(
        '({ scroll: document.scrollingElement.scrollWidth, head: getComputedStyle(document.querySelector("#suggestions thead")).display, tools: getComputedStyle(document.querySelector("#map-tools")).display, buttons: Array.from(document.querySelectorAll("button")).filter((b) => b.getBoundingClientRect().width > 0).length })',
      )) as { scroll: number; head: string; tools: string; buttons: number };
      expect(state).toEqual({ scroll: 390, head: "none", tools: "none", buttons: 0 });
      expect(errors).toEqual([]);
      expect(blocked).toEqual([]);
      await page.close();
    },
    BROWSER_TIMEOUT,
  );

  it(
    "draws no two labels over each other at 1280 px",
    async () => {
      const visit = await openSample(1280);
      const { page } = visit;
      const boxes = (await page.evaluate(
        'Array.from(document.querySelectorAll("#network g.labels text")).map((t) => { const b = t.getBoundingClientRect(); return [b.left, b.top, b.right, b.bottom]; })',
      )) as [number, number, number, number][];
      expect(boxes.length).toBeGreaterThanOrEqual(5);
      for (let a = 0; a < boxes.length; a++) {
        for (let b = a + 1; b < boxes.length; b++) {
          const [l1, t1, r1, b1] = boxes[a]!;
          const [l2, t2, r2, b2] = boxes[b]!;
          const overlapX = Math.min(r1, r2) - Math.max(l1, l2);
          const overlapY = Math.min(b1, b2) - Math.max(t1, t2);
          expect(overlapX <= 0.5 || overlapY <= 0.5, `labels ${a} and ${b} overlap`).toBe(true);
        }
      }
      await done(visit);
    },
    BROWSER_TIMEOUT,
  );

  it.each([390, 1280])(
    "at %i px search by label and filters by role and region change which actors and ties are shown",
    async (width) => {
      const visit = await openSample(width);
      const { page } = visit;
      const actors = actorsOf(eco);
      const all = sorted(actors.map((actor) => actor.id));
      expect(await page.evaluate(VISIBLE_ACTORS)).toEqual(all);
      expect(await page.evaluate(VISIBLE_TIES)).toBe(tiedPairsWithin(eco, new Set(all)));

      // search: case-insensitive part of a label (or id)
      const query = "UNIVERSITY";
      const found = actors.filter(
        (actor) =>
          actor.label.toLowerCase().includes(query.toLowerCase()) ||
          actor.id.toLowerCase().includes(query.toLowerCase()),
      );
      expect(found.length).toBeGreaterThan(1);
      expect(found.length).toBeLessThan(actors.length);
      await page.fill("#map-search", query);
      expect(await page.evaluate(VISIBLE_ACTORS)).toEqual(sorted(found.map((actor) => actor.id)));
      expect(await page.locator("#map-status").textContent()).toBe(
        `Actors shown: ${found.length} of ${actors.length}`,
      );
      await page.fill("#map-search", "");

      // role, then role and region together
      await page.selectOption("#map-role", "funder");
      const funders = actors.filter((actor) => actor.role === "funder");
      expect(await page.evaluate(VISIBLE_ACTORS)).toEqual(sorted(funders.map((actor) => actor.id)));
      const region = "Uusimaa";
      await page.selectOption("#map-region", region);
      const both = funders.filter((actor) => actor.regions.includes(region));
      expect(both.length).toBeGreaterThan(0);
      expect(both.length).toBeLessThan(funders.length);
      expect(await page.evaluate(VISIBLE_ACTORS)).toEqual(sorted(both.map((actor) => actor.id)));
      await page.selectOption("#map-role", "");
      const inRegion = new Set(
        actors.filter((actor) => actor.regions.includes(region)).map((actor) => actor.id),
      );
      expect(await page.evaluate(VISIBLE_ACTORS)).toEqual(sorted(inRegion));
      // a tie shows when both its actors do
      expect(await page.evaluate(VISIBLE_TIES)).toBe(tiedPairsWithin(eco, inRegion));

      await page.click("#map-clear");
      expect(await page.evaluate(VISIBLE_ACTORS)).toEqual(all);
      expect(await page.locator("#map-clear").isHidden()).toBe(true);
      await done(visit);
    },
    BROWSER_TIMEOUT,
  );

  it.each([390, 1280])(
    "at %i px Show on map highlights a gap's actors, a suggestion's two actors and their dashed tie",
    async (width) => {
      const visit = await openSample(width);
      const { page } = visit;
      const gap = report.gaps[1]!;
      expect(gap.actors.length).toBeGreaterThan(0);
      await page.click('#gaps button.show[data-index="1"]');
      expect(await page.evaluate(HIGHLIGHTED)).toEqual(sorted(new Set(gap.actors)));
      expect(await page.locator("#map-status").textContent()).toBe(
        `Actors highlighted: ${new Set(gap.actors).size}`,
      );
      expect(await page.getAttribute('#gaps button.show[data-index="1"]', "aria-pressed")).toBe("true");
      // the map is scrolled into view
      const top = (await page.evaluate(
        'document.querySelector("#network").getBoundingClientRect().top',
      )) as number;
      expect(Math.abs(top)).toBeLessThan(2);

      const suggestion = report.suggestions[0]!;
      await page.click('#suggestions button.show[data-index="0"]');
      expect(await page.evaluate(HIGHLIGHTED)).toEqual(sorted([suggestion.source, suggestion.target]));
      expect(await page.evaluate('document.querySelectorAll("#network g.suggestions line.hl").length')).toBe(
        1,
      );
      expect(await page.getAttribute('#gaps button.show[data-index="1"]', "aria-pressed")).toBe("false");
      // pressing it again shows everything as before
      await page.click('#suggestions button.show[data-index="0"]');
      expect(await page.evaluate(HIGHLIGHTED)).toEqual([]);
      expect(
        await page.evaluate('document.querySelector("#network svg").classList.contains("highlighting")'),
      ).toBe(false);
      await done(visit);
    },
    BROWSER_TIMEOUT,
  );

  it(
    "zooms with the buttons, the wheel and a pinch, pans by dragging, and keeps the legend still",
    async () => {
      const visit = await openSample(1280);
      const { page } = visit;
      const radius = async () =>
        (await page.evaluate(
          'document.querySelector("#network circle.actor").getBoundingClientRect().width',
        )) as number;
      const legend = async () =>
        (await page.evaluate(
          '(() => { const l = document.querySelector("#network g.legend").getBoundingClientRect(); const p = document.querySelector("#network svg.ecoweave-network").getBoundingClientRect(); return [l.left - p.left, l.top - p.top, l.width, l.height].map(Math.round).join(); })()',
        )) as string;
      const zoom = async () => Number(await page.getAttribute("#network svg.ecoweave-network", "data-zoom"));
      const before = await radius();
      const legendBefore = await legend();
      await page.click("#map-zoom-in");
      expect(await zoom()).toBeCloseTo(1.5, 10);
      expect((await radius()) / before).toBeCloseTo(1.5, 1);
      expect(await legend()).toBe(legendBefore);
      await page.click("#map-zoom-out");
      expect(await zoom()).toBeCloseTo(1, 10);
      // never smaller than the whole picture
      await page.click("#map-zoom-out");
      expect(await zoom()).toBe(1);

      const box = (await page.locator("#network svg.ecoweave-network").boundingBox())!;
      await page.mouse.move(box.x + box.width * 0.4, box.y + box.height * 0.5);
      await page.mouse.wheel(0, -400);
      await expect.poll(zoom).toBeGreaterThan(1.5);
      const transform = async () =>
        page.getAttribute("#network svg.ecoweave-network > g:not(.legend)", "transform");
      const zoomed = await transform();
      await page.mouse.move(box.x + box.width * 0.4, box.y + box.height * 0.5);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.45, { steps: 5 });
      await page.mouse.up();
      expect(await transform()).not.toBe(zoomed);
      expect(await zoom()).toBeGreaterThan(1.5);
      await page.click("#map-reset");
      expect(await zoom()).toBe(1);
      expect(await transform()).toBe("translate(0 0) scale(1)");

      // a pinch: two touch pointers moving apart
      const spread = (await page.evaluate(`(() => {
        const svg = document.querySelector("#network svg.ecoweave-network");
        const r = svg.getBoundingClientRect();
        const x = r.left + r.width / 3, y = r.top + r.height / 2;
        const fire = (type, id, dx) => svg.dispatchEvent(new PointerEvent(type, { pointerId: id, pointerType: "touch", clientX: x + dx, clientY: y, bubbles: true }));
        fire("pointerdown", 11, -20); fire("pointerdown", 12, 20);
        fire("pointermove", 12, 40); fire("pointermove", 11, -40);
        fire("pointerup", 11, -40); fire("pointerup", 12, 40);
        return Number(svg.getAttribute("data-zoom"));
      })()`)) as number;
      expect(spread).toBeGreaterThan(1.5);
      await done(visit);
    },
    BROWSER_TIMEOUT,
  );

  it(
    "keeps hostile search text, ids, roles and regions as text: nothing runs, filters still match",
    async () => {
      const data: EcosystemData = smallData();
      const hostileRegion = `"><img src=x onerror="globalThis.__pwned=2">`;
      const hostileId = `x" onmouseover="globalThis.__pwned=3`;
      data.actors.push({
        id: hostileId,
        label: "Quote Lab",
        role: "upskiller",
        attributes: { region: hostileRegion },
      });
      data.ties.push({ source: hostileId, target: "d1", kind: "training" });
      const small = createEcosystem(data);
      const { page, blocked, errors } = await session.open(
        "hostile",
        toHtml(analyzeEcosystem(small, { permutations: 99 }), small),
        { width: 390, height: 800 },
      );
      await page.fill("#map-search", `<img src=x onerror="globalThis.__pwned=1">`);
      expect(await page.evaluate(VISIBLE_ACTORS)).toEqual([]);
      expect(await page.locator("#map-status").textContent()).toBe("Actors shown: 0 of 8");
      await page.fill("#map-search", "");
      await page.selectOption("#map-region", hostileRegion);
      expect(await page.evaluate(VISIBLE_ACTORS)).toEqual([hostileId]);
      await page.hover(`#network circle.actor[data-id='${hostileId.replace(/"/g, '\\"')}']`);
      await expect.poll(() => page.locator("#actor-details-body h3").textContent()).toBe("Quote Lab");
      expect(await page.locator("#actor-details-body").textContent()).toContain(hostileRegion);
      expect(await page.evaluate("typeof globalThis.__pwned")).toBe("undefined");
      expect(await page.evaluate('document.querySelectorAll("img").length')).toBe(0);
      expect(errors).toEqual([]);
      expect(blocked).toEqual([]);
      await page.close();
    },
    BROWSER_TIMEOUT,
  );
});
