import { beforeAll, describe, expect, inject, it } from "vitest";
import { axeViolations } from "./support/axe.ts";
import { useBrowser } from "./support/browser.ts";
import { measureLook, screenshot } from "./support/screenshot.ts";

const base = () => inject("baseURL");

describe("every page type, light and dark", () => {
  const browser = useBrowser();
  let pages: { name: string; path: string }[];

  beforeAll(async () => {
    const data = (await (await fetch(`${base()}/events.json`)).json()) as {
      events: { id: string; topics: string[]; sources: { article: string }[] }[];
    };
    const event = [...data.events].sort((a, b) => b.sources.length - a.sources.length)[0];
    const topic = data.events.find((e) => e.topics.length > 0)?.topics[0];
    pages = [
      { name: "home", path: "/" },
      { name: "event", path: `/events/${event?.id}/` },
      { name: "article", path: `/articles/${event?.sources[0]?.article}/` },
      { name: "topic", path: `/topics/${topic}/` },
      { name: "home-panel", path: `/?event=${event?.id}` },
    ];
  });

  for (const scheme of ["light", "dark"] as const) {
    it(`has no axe-core violations (WCAG 2.2 AA) in ${scheme}`, async () => {
      const found: string[] = [];
      for (const { name, path } of pages) {
        const context = await browser().newContext({
          colorScheme: scheme,
          reducedMotion: "reduce",
          viewport: { width: 1280, height: 900 },
        });
        const page = await context.newPage();
        await page.goto(`${base()}${path}`);
        await page.waitForLoadState("networkidle");
        found.push(...(await axeViolations(page, `${name} ${scheme}`)));
        await context.close();
      }
      expect(found).toEqual([]);
    });
  }

  it("fits 375 and 1440 px, light and dark, with readable headings (screenshots)", async () => {
    for (const scheme of ["light", "dark"] as const)
      for (const width of [375, 1440]) {
        for (const { name, path } of pages) {
          const context = await browser().newContext({ colorScheme: scheme, viewport: { width, height: 900 } });
          const page = await context.newPage();
          await page.goto(`${base()}${path}`);
          await page.waitForLoadState("networkidle");
          // Pages with a timeline are shown once the client has taken over the drawing.
          if (await page.locator("news-timeline").count())
            await expect.poll(() => page.locator("news-timeline svg.tl-svg").count()).toBe(1);
          if (name === "home-panel") await page.locator(".tl-panel .event-title").waitFor();
          await screenshot(page, `site-${name}-${width}-${scheme}`);
          const look = await measureLook(page);
          const where = `${name} ${width} ${scheme}`;
          expect(look.overflowX, `${where}: nothing spills sideways`).toBe(0);
          expect(look.headingVisible, `${where}: the heading shows`).toBe(true);
          if (scheme === "dark") {
            expect(look.backgroundLuminance, where).toBeLessThan(0.05);
            expect(look.headingLuminance, where).toBeGreaterThan(0.5);
          } else {
            expect(look.backgroundLuminance, where).toBeGreaterThan(0.8);
            expect(look.headingLuminance, where).toBeLessThan(0.1);
          }
          await context.close();
        }
      }
    const print = await browser().newPage({ viewport: { width: 800, height: 1000 } });
    await print.goto(`${base()}/`);
    await print.emulateMedia({ media: "print" });
    await screenshot(print, "site-home-print");
    expect(await print.locator("news-timeline").isVisible()).toBe(false);
    expect(await print.locator(".event-list").isVisible()).toBe(true);
    await print.close();
  });
});
