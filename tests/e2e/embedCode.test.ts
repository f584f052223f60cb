import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openHost, readBuiltItems, startTwoSites, type TwoSites } from "../fixtures/embed/twoSites.ts";
import { useBrowser } from "./support/browser.ts";
import { SCREENSHOT_DIR } from "./support/screenshot.ts";

const topic = readBuiltItems().topics.at(-1) as string;

describe("the Embed control on the main page", () => {
  const browser = useBrowser();
  let sites: TwoSites;

  beforeAll(async () => {
    sites = await startTwoSites();
  });

  afterAll(async () => {
    await sites?.close();
  });

  it("offers the snippet for the view on screen, and the pasted snippet works on another site", async () => {
    const context = await browser().newContext({ viewport: { width: 1000, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${sites.site.url}/?topics=${topic}`);
    const control = page.locator("details[data-embed-code]");
    const missing = "add <EmbedCode /> (src/pages/embed/_EmbedCode.astro) to src/pages/index.astro";
    expect(await control.count(), missing).toBe(1);
    await control.locator("summary").click();
    await page.selectOption("[data-embed-option='theme']", "dark");
    const snippet = await page.inputValue("[data-embed-snippet]");
    expect(snippet).toContain(`src="${sites.site.url}/embed/?topics=${topic}&amp;theme=dark"`);
    expect(snippet).toMatch(/ title="News timeline: [^"]+"/);
    expect(snippet).toContain('sandbox="allow-scripts allow-popups"');
    expect(snippet).toContain('loading="lazy"');
    expect(snippet).toContain(`<script src="${sites.site.url}/embed.js" async></script>`);
    await control.screenshot({ path: join(SCREENSHOT_DIR, "embed-code-control-1000.png") });
    await page.click("[data-embed-copy]");
    await page.waitForFunction(() => document.querySelector("[data-embed-status]")?.textContent !== "");

    // The copied code, pasted into another site's page, gives a dark, fitted timeline of the topic.
    sites.addHostSnippet("pasted", snippet);
    const pasted = await openHost(browser(), sites, "pasted");
    expect(await pasted.frame.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    expect(await pasted.frame.textContent("[data-embed-title]")).toMatch(/^News timeline: \S/);
    expect(pasted.errors).toEqual([]);
    await pasted.page.close();
    await context.close();
  });
});
