// Takes docs/report-screenshot.png: the HTML report of the sample ecosystem in headless Chromium
// (Debian's /usr/bin/chromium, driven by playwright-core), 1200 pixels wide, with one actor's details
// shown. Run once after the report's look changes: `npx tsx scripts/screenshot.ts`.
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { sampleEcosystem } from "../src/datasets/sample-ecosystem.js";
import { analyzeEcosystem } from "../src/report/analyze-ecosystem.js";
import { toHtml } from "../src/report/html.js";

const OUT = new URL("../docs/report-screenshot.png", import.meta.url);
/** The top of the page: the overview, the network picture with the details panel, the first gaps. */
const HEIGHT = 2000;

const eco = sampleEcosystem();
const directory = mkdtempSync(join(tmpdir(), "ecoweave-screenshot-"));
const file = join(directory, "report.html");
writeFileSync(file, toHtml(analyzeEcosystem(eco), eco));
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
});
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: HEIGHT } });
  await page.route("**/*", (route) =>
    route.request().url().startsWith("file:") ? route.continue() : route.abort(),
  );
  await page.goto(pathToFileURL(file).href);
  // show the details of the sample's bridging university
  await page.hover('#network circle.actor[data-id="psa-u01"]');
  await page.screenshot({ path: OUT.pathname, clip: { x: 0, y: 0, width: 1200, height: HEIGHT } });
} finally {
  await browser.close();
  rmSync(directory, { recursive: true, force: true });
}
console.log(`wrote ${OUT.pathname} (${statSync(OUT).size} bytes)`);
