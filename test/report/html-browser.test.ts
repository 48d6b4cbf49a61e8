// toHtml in a real browser: headless Chromium (Debian's `chromium` at /usr/bin/chromium) driven by
// playwright-core (see chromium.ts). Every request other than the page's own file is blocked and
// recorded; the test fails if the page attempts any. Skipped when Chromium is not installed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleEcosystem } from "../../src/datasets/sample-ecosystem.js";
import { createEcosystem } from "../../src/model/ecosystem.js";
import { analyzeEcosystem } from "../../src/report/analyze-ecosystem.js";
import { toHtml } from "../../src/report/html.js";
import { simulateSpread } from "../../src/spread/simulate-spread.js";
import { formatMessage } from "../../src/text/message.js";
import { CHROMIUM, hasChromium, type Session, startChromium, type Visit } from "./chromium.js";
import { HOSTILE_LABEL, smallData } from "./fixtures.js";
import { decodePng } from "./png.js";

if (!hasChromium)
  console.warn(`html-browser.test.ts skipped: ${CHROMIUM} is absent (apt-get install chromium)`);

describe.skipIf(!hasChromium)("toHtml in headless Chromium", () => {
  let session: Session;

  beforeAll(async () => {
    session = await startChromium();
  });

  afterAll(async () => {
    await session?.close();
  });

  const open = (name: string, html: string): Promise<Visit> =>
    session.open(name, html, { width: 1280, height: 900 });

  it("shows an actor's details on hover, with its label as text, and requests nothing", async () => {
    const eco = createEcosystem(smallData());
    const { page, blocked, errors } = await open(
      "small",
      toHtml(analyzeEcosystem(eco, { permutations: 200 }), eco),
    );
    await page.hover('#network circle.actor[data-id="f1"]');
    const panel = page.locator("#actor-details-body");
    await expect.poll(() => panel.textContent()).toContain(HOSTILE_LABEL);
    expect(await panel.locator("h3").textContent()).toBe(HOSTILE_LABEL);
    expect(await panel.textContent()).toContain("Region");
    // the label's script never ran
    expect(await page.evaluate("typeof globalThis.__pwned")).toBe("undefined");
    // a bridge actor's reasons are shown
    const bridge = await page.evaluate(
      'document.querySelector("#bridges tbody th") && document.querySelector("#bridges tbody th").textContent',
    );
    await page.hover('#network circle.actor[data-id="d2"]');
    await expect.poll(() => panel.textContent()).toContain("Why a bridge actor");
    expect(bridge).toBe("Beta *Enterprise*");
    // keyboard focus shows details too
    await page.focus('#network circle.actor[data-id="u1"]');
    await expect.poll(() => panel.locator("h3").textContent()).toBe("Skills | Lab");
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
    await page.close();
  });

  it("draws the spread section's bars by region, with the seed's label as text", async () => {
    const eco = createEcosystem(smallData());
    const spread = simulateSpread(eco, { seeds: ["f1"], probability: 1, runs: 10, groupBy: "region" });
    const { page, blocked, errors } = await open(
      "spread",
      toHtml(analyzeEcosystem(eco, { permutations: 99, budget: 1 }), eco, { spread }),
    );
    // Chance 1: Uusimaa and Lappi (every actor joined to f1) are reached in full, Kainuu (the isolate) not.
    const widths = await page.evaluate(
      'Array.from(document.querySelectorAll("#spread svg.bar-chart rect")).map((r) => r.getBoundingClientRect().width)',
    );
    expect(widths).toHaveLength(3);
    const [kainuu, lappi, uusimaa] = widths as number[];
    expect(kainuu).toBe(0);
    expect(lappi).toBeGreaterThan(100);
    expect(uusimaa).toBeCloseTo(lappi!, 5);
    expect(await page.locator("#spread p.lead").textContent()).toContain(HOSTILE_LABEL);
    expect(await page.evaluate("typeof globalThis.__pwned")).toBe("undefined");
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
    await page.close();
  });
  it.each(["fi", "sv"] as const)(
    "shows the details on hover in %s, in its words and decimal comma, and requests nothing",
    async (locale) => {
      const eco = createEcosystem(smallData());
      const { page, blocked, errors } = await open(
        `small-${locale}`,
        toHtml(analyzeEcosystem(eco, { permutations: 200 }), eco, { locale }),
      );
      expect(await page.evaluate("document.documentElement.lang")).toBe(locale);
      const panel = page.locator("#actor-details-body");
      await page.hover('#network circle.actor[data-id="d2"]');
      await expect
        .poll(() => panel.textContent())
        .toContain(formatMessage({ id: "report.network.why" }, locale));
      const text = (await panel.textContent()) ?? "";
      expect(text).toContain(formatMessage({ id: "report.header.region" }, locale));
      // the hover card says in words what the measures mean, and names the community after its hub
      expect(text).toContain(formatMessage({ id: "report.card.paths" }, locale));
      expect(text).toContain(
        formatMessage({ id: "report.community.name", params: { hub: "Beta *Enterprise*" } }, locale),
      );
      expect(text).not.toMatch(/Why a bridge actor|Contacts|Constraint/);
      expect(text).toMatch(/\d,\d/);
      await page.focus('#network circle.actor[data-id="u1"]');
      await expect.poll(() => panel.locator("h3").textContent()).toBe("Skills | Lab");
      expect(errors).toEqual([]);
      expect(blocked).toEqual([]);
      await page.close();
    },
  );

  it("draws a non-blank network picture of the sample ecosystem", async () => {
    const eco = sampleEcosystem();
    const { page, blocked, errors } = await open("sample", toHtml(analyzeEcosystem(eco), eco));
    const circles = await page.evaluate(
      'Array.from(document.querySelectorAll("#network circle.actor")).filter((c) => c.getBoundingClientRect().width > 0).length',
    );
    expect(circles).toBe(115);
    const shot = decodePng(await page.locator("#network svg.ecoweave-network").screenshot());
    const { pixels, width, height } = shot;
    let coloured = 0;
    const seen = new Set<number>();
    for (let p = 0; p < width * height; p++) {
      const r = pixels[p * 4]!;
      const g = pixels[p * 4 + 1]!;
      const b = pixels[p * 4 + 2]!;
      if (r < 235 || g < 235 || b < 235) coloured++;
      seen.add((r << 16) | (g << 8) | b);
    }
    // more than 2% of the picture is drawn, in many colours (roles, ties, rings, labels)
    expect(coloured / (width * height)).toBeGreaterThan(0.02);
    expect(seen.size).toBeGreaterThan(20);
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
    await page.close();
  });
});
