import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { axeViolations } from "./support/axe.ts";
import { openTimeline, useBrowser } from "./support/browser.ts";
import { measureLook, screenshotOf } from "./support/screenshot.ts";
import { type DataEvent, readEvents, settled } from "./support/timeline.ts";

const base = () => inject("baseURL");

/** The states of the timeline a reader meets: each is screenshotted at both widths and schemes, and checked by axe. */
function states(
  events: readonly DataEvent[],
): { name: string; path: string; prepare?: (page: Page) => Promise<void> }[] {
  const word = events[0]?.topics[0] ?? "gaza";
  return [
    { name: "default", path: "/" },
    {
      name: "overview",
      path: "/",
      // The strip with the brush focused, as a keyboard reader meets it.
      prepare: async (page) => {
        await page.locator("[data-overview] rect.ov-window").focus();
        await page.keyboard.press("ArrowLeft");
      },
    },
    { name: "search", path: `/?q=${word}` },
    { name: "empty", path: "/?from=2016-01-01&to=2016-12-31" },
    {
      name: "cluster-list",
      path: "/",
      prepare: async (page) => {
        const cluster = page.locator("news-timeline svg.tl-svg g.tl-cluster").first();
        if (await cluster.count()) {
          await cluster.focus();
          await page.keyboard.press("Enter");
        }
      },
    },
    { name: "lanes", path: "/", prepare: async (page) => page.locator("button[data-lanes]").click() },
  ];
}

const events = await readEvents(base());

describe("how the timeline looks, light and dark, phone and desktop", () => {
  const browser = useBrowser();

  it("fits 375 and 1440 px in every state, light and dark (screenshots in test-results/screenshots)", async () => {
    for (const scheme of ["light", "dark"] as const)
      for (const width of [375, 1440])
        for (const { name, path, prepare } of states(events)) {
          const { page } = await openTimeline(browser(), path, { width, colorScheme: scheme });
          await prepare?.(page);
          if (name === "search") await page.locator(".tl-results-list").waitFor();
          if (name === "empty") await page.locator(".tl-empty").waitFor();
          await settled(page);
          await screenshotOf(page.locator("news-timeline"), `reading-${name}-${width}-${scheme}`);
          const look = await measureLook(page);
          expect(look.overflowX, `${name} ${width} ${scheme}: nothing spills sideways`).toBe(0);
          // The timeline's own parts stay inside its box.
          const spill = await page.evaluate(() => {
            const root = document.querySelector("news-timeline")?.getBoundingClientRect();
            const parts = [
              ...document.querySelectorAll(
                "news-timeline .tl-toolbar > *, news-timeline .tl-edges, news-timeline .tl-results",
              ),
            ];
            return parts
              .filter((el) => root && el.getBoundingClientRect().right > root.right + 1)
              .map((el) => el.className);
          });
          expect(spill, `${name} ${width} ${scheme}`).toEqual([]);
          await page.context().close();
        }
  });

  for (const scheme of ["light", "dark"] as const)
    it(`has no axe-core violations in any state (${scheme})`, async () => {
      const found: string[] = [];
      for (const { name, path, prepare } of states(events)) {
        const { page } = await openTimeline(browser(), path, { width: 1280, colorScheme: scheme });
        await prepare?.(page);
        if (name === "search") await page.locator(".tl-results-list").waitFor();
        await settled(page);
        found.push(...(await axeViolations(page, `${name} ${scheme}`)));
        await page.context().close();
      }
      expect(found).toEqual([]);
    });
});
