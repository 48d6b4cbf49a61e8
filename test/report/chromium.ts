// Headless Chromium for the report's browser tests: Debian's /usr/bin/chromium driven by
// playwright-core. Every request other than the page's own file is blocked and recorded.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";
export const hasChromium = existsSync(CHROMIUM);

/** A page opened from a file, with the requests it attempted and the errors it logged. */
export interface Visit {
  page: Page;
  blocked: string[];
  errors: string[];
}

/** A browser and a temporary folder to write pages into; `close` removes both. */
export interface Session {
  /** Opens `html` as a file; `javaScript: false` opens it as a browser with scripts off would. */
  open(
    name: string,
    html: string,
    viewport: { width: number; height: number },
    javaScript?: boolean,
  ): Promise<Visit>;
  close(): Promise<void>;
}

export async function startChromium(): Promise<Session> {
  const directory = mkdtempSync(join(tmpdir(), "ecoweave-html-"));
  const browser: Browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  return {
    async open(name, html, viewport, javaScript = true) {
      const file = join(directory, `${name}.html`);
      writeFileSync(file, html);
      const url = pathToFileURL(file).href;
      const page = await browser.newPage({ viewport, javaScriptEnabled: javaScript });
      const blocked: string[] = [];
      const errors: string[] = [];
      await page.route("**/*", (route) => {
        const requested = route.request().url();
        if (requested === url) return route.continue();
        blocked.push(requested);
        return route.abort();
      });
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(message.text());
      });
      page.on("pageerror", (error) => errors.push(error.message));
      await page.goto(url, { waitUntil: "load" });
      return { page, blocked, errors };
    },
    async close() {
      await browser.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
