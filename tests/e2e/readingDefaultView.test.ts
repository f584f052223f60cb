import { describe, expect, inject, it } from "vitest";
import { openTimeline, useBrowser } from "./support/browser.ts";
import {
  type DataEvent,
  drawnCounts,
  inWindow,
  overviewTotal,
  readEvents,
  settled,
  viewDays,
} from "./support/timeline.ts";

const base = () => inject("baseURL");

/** The busiest topic: its embed is the one a newsroom would most likely put in an article. */
function busiestTopic(events: readonly DataEvent[]): string {
  const counts = new Map<string, number>();
  for (const e of events) for (const t of e.topics) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "";
}

const events = await readEvents(base());

describe("the timeline opens where the news is", () => {
  const browser = useBrowser();

  const open = (path: string, width: number) => openTimeline(browser(), path, { width });

  for (const width of [375, 1440])
    for (const which of ["home", "topic embed"] as const)
      it(`labels at least half the events in the ${which}'s default window at ${width} px, and the overview counts all`, async () => {
        const topic = busiestTopic(events);
        const shown = which === "home" ? events : events.filter((e) => e.topics.includes(topic));
        const { page, errors } = await open(which === "home" ? "/" : `/embed/?topics=${topic}`, width);
        const window = await viewDays(page);
        const expected = inWindow(shown, window);
        // A topic chosen in the URL has a window of its own, which the page's overview may not hold: its year's tile
        // is fetched after the first drawing (slow on a busy machine), and the drawing then shows every event.
        const count = async () => {
          const { drawn, clustered } = await drawnCounts(page);
          return drawn.length + clustered;
        };
        await expect.poll(count, { timeout: 15_000 }).toBe(expected.length);
        const { drawn, labelled, clustered, clusterSizes } = await drawnCounts(page);
        console.log(
          `${which} at ${width} px: ${window.from} to ${window.to}, ${expected.length} events in the window, ` +
            `${labelled.length} labelled, ${drawn.length - labelled.length} drawn without a label, ${clustered} in clusters of ${clusterSizes.join(", ") || "none"}`,
        );
        expect(drawn.length + clustered).toBe(expected.length);
        expect(expected.length).toBeGreaterThan(1);
        expect(labelled.length).toBeGreaterThanOrEqual(expected.length / 2);
        expect(clustered).toBeLessThanOrEqual(expected.length / 2);
        expect(await overviewTotal(page)).toBe(shown.length);
        // The window the element names is the one drawn, and the URL stays clean for the default view.
        expect(await page.locator("news-timeline svg.tl-svg").getAttribute("aria-label")).toMatch(
          /^Timeline of \d+ events/,
        );
        expect(new URL(page.url()).searchParams.get("from")).toBeNull();
        expect(errors).toEqual([]);
        await page.context().close();
      });

  it("lets from and to in the URL win over the default window", async () => {
    const { page } = await open("/?from=2013-01-01&to=2014-12-31", 1440);
    expect(await viewDays(page)).toEqual({ from: "2013-01-01", to: "2014-12-31" });
    await page.context().close();
  });

  it("shows everything from the first main-period event with Whole story, and goes back with Reset", async () => {
    const { page } = await open("/", 1440);
    const start = await viewDays(page);
    await page.locator("button[data-zoom=story]").click();
    const first = events
      .filter((e) => !e.context)
      .map((e) => e.date.start)
      .sort()[0] as string;
    await expect.poll(async () => (await viewDays(page)).from).not.toBe(start.from);
    const story = await viewDays(page);
    expect(story.from <= first).toBe(true);
    // Whole story begins with the main period: the background before it stays a zoom away.
    expect(inWindow(events, story).filter((e) => e.context)).toEqual([]);
    expect(await page.locator("button[data-zoom=story]").getAttribute("aria-pressed")).toBe("true");
    await page.locator("button[data-zoom=reset]").click();
    await expect.poll(() => viewDays(page)).toEqual(start);
    await page.context().close();
  });

  it("keeps data-view-from and data-view-to on <news-timeline> in step with the view as it moves", async () => {
    const { page } = await open("/", 1440);
    const before = await viewDays(page);
    await page.locator("button[data-zoom=out]").click();
    await expect.poll(async () => (await viewDays(page)).from < before.from).toBe(true);
    await settled(page);
    const after = await viewDays(page);
    expect(await page.locator("news-timeline svg.tl-svg").getAttribute("aria-label")).toContain(
      new Date(`${after.from}T00:00:00Z`).toLocaleString("en-GB", { month: "long", year: "numeric", timeZone: "UTC" }),
    );
    await page.context().close();
  });

  it("never draws a cluster of one, from Whole story to the deepest zoom, around the centre and around the news", async () => {
    for (const width of [375, 1440])
      for (const around of ["centre", "latest event"] as const) {
        const { page, errors } = await open("/", width);
        await page.locator("button[data-zoom=story]").click();
        await settled(page);
        if (around === "latest event") {
          // + and − zoom around the focused event: End focuses the latest one, where the news is densest.
          await page.locator("news-timeline svg.tl-svg a.tl-event[tabindex='0']").focus();
          await page.keyboard.press("End");
        }
        // The narrowest window is a week, which can touch eight calendar days when it does not start at midnight.
        let span = Number.POSITIVE_INFINITY;
        for (let step = 0; step < 20 && span > 8; step++) {
          const view = await viewDays(page);
          span = (Date.parse(view.to) - Date.parse(view.from)) / 86_400_000 + 1;
          const { clusterSizes } = await drawnCounts(page);
          expect(
            clusterSizes.filter((n) => n < 2),
            `${width} px, ${view.from} to ${view.to}`,
          ).toEqual([]);
          if (span <= 8) break;
          if (around === "centre") await page.locator("button[data-zoom=in]").click();
          else await page.keyboard.press("+");
          await expect.poll(async () => JSON.stringify(await viewDays(page))).not.toBe(JSON.stringify(view));
          await settled(page);
        }
        expect(span).toBeLessThanOrEqual(8);
        expect(errors).toEqual([]);
        await page.context().close();
      }
  });
});
