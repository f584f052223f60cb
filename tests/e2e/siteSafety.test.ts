import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningServer, serveStatic } from "../../scripts/support/staticServer.ts";
import { buildFixtureSite } from "../fixtures/site/buildFixtureSite.ts";
import { useBrowser } from "./support/browser.ts";

const EVIL = "<script>alert('x')</script>";

const GOLDEN = "tests/fixtures/site/golden/home-timeline-wide.svg";

// The fixture content (tests/fixtures/site/sample and hostile: markup, script tags and a javascript: URL in
// every field) is built once in a scratch copy of the project; the real content/ is untouched.
describe("the site built from the fixture content", () => {
  const browser = useBrowser();
  let server: RunningServer;
  let root: string;
  const dialogs: string[] = [];

  beforeAll(async () => {
    root = buildFixtureSite({ hostile: true });
    server = await serveStatic(join(root, "dist"));
  });
  afterAll(async () => {
    await server?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  for (const path of [
    "/articles/hostile-markup-article/",
    "/events/2024-06-01-hostile-markup-event/",
    "/",
    "/?event=2024-06-01-hostile-markup-event",
  ]) {
    it(`renders markup as plain text on ${path}`, async () => {
      const page = await browser().newPage();
      page.on("dialog", (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.goto(`${server.url}${path}`);
      await page.waitForLoadState("networkidle");
      expect(await page.locator("main img, main b, main i, main script:not([src])").count()).toBe(0);
      expect(await page.locator("main").textContent()).toContain(EVIL);
      expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
      expect(dialogs).toEqual([]);
      await page.close();
    });
  }

  it("drops a javascript: source URL and keeps the https one", async () => {
    const page = await browser().newPage();
    await page.goto(`${server.url}/events/2024-06-01-hostile-markup-event/`);
    expect(await page.locator(".sources a.original").count()).toBe(0);
    await page.goto(`${server.url}/articles/hostile-markup-article/`);
    expect(await page.locator(".article-meta a").getAttribute("href")).toBe(
      "https://example.org/hostile?a=1&b=%3Cx%3E",
    );
    await page.close();
  });

  it("words the fixture's scheduled event as a plan in the list, on its page and on the timeline", async () => {
    const id = "2025-04-15-syria-russia-talks-scheduled";
    const page = await browser().newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${server.url}/`);
    expect(await page.locator(`#event-${id} time`).textContent()).toBe("scheduled for 15 April 2025");
    await page.goto(`${server.url}/?from=2025-04-01&to=2025-04-30`);
    const mark = page.locator(`news-timeline svg.tl-svg a.tl-event[data-id="${id}"]`);
    await expect.poll(() => mark.getAttribute("class")).toContain("tl-scheduled");
    expect(await mark.getAttribute("aria-label")).toMatch(/, scheduled for 15 April 2025$/);
    // Hollow: the mark is filled with the drawing's background, not the mark colour.
    const fill = await mark.locator("circle").evaluate((c) => getComputedStyle(c).fill);
    const surface = await page.locator(".tl-frame").evaluate((f) => getComputedStyle(f).backgroundColor);
    expect(fill).toBe(surface);
    await page.goto(`${server.url}/events/${id}/`);
    expect(await page.locator(".event-date").textContent()).toMatch(/Scheduled\s*for 15 April 2025/);
    expect(await page.locator("h2").first().textContent()).toBe("Announced in one article");
    await page.close();
  });

  it("draws the same server-rendered timeline as the golden SVG", () => {
    const html = readFileSync(join(root, "dist", "index.html"), "utf8");
    const svg = html.match(/<svg class="tl-svg tl-for-wide"[\s\S]*?<\/svg>/)?.[0];
    if (!svg) throw new Error("no wide timeline SVG in the fixture home page");
    const normalised = `${svg.replaceAll("><", ">\n<")}\n`;
    if (!existsSync(GOLDEN)) writeFileSync(GOLDEN, normalised);
    const golden = readFileSync(GOLDEN, "utf8");
    if (golden !== normalised) writeFileSync(GOLDEN.replace(/\.svg$/, "-changed.svg"), normalised);
    expect(
      normalised,
      `the timeline changed: diff ${GOLDEN} with its -changed copy, and replace it if the change is right`,
    ).toBe(golden);
  });
});
