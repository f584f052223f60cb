import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "../../scripts/support/browser.ts";
import { type DataEvent, drawnCounts, inWindow, readEvents, ready, settled, watchErrors } from "./support/timeline.ts";

const base = () => inject("baseURL");

/** The event pages a page's list links to, in the order listed. */
async function listedIds(page: Page): Promise<string[]> {
  return page
    .locator(".event-list li a")
    .evaluateAll((links) => links.map((a) => (a.getAttribute("href") ?? "").replace(/^\/events\/|\/$/g, "")));
}

/** Events in the site's time order: first day, last day, id. */
function timeOrder(events: readonly DataEvent[]): DataEvent[] {
  const key = (e: DataEvent) => `${e.date.start} ${e.date.end} ${e.id}`;
  return [...events].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

describe("every event reachable in pages, and the timeline's data in tiles", () => {
  let browser: Browser;
  let events: DataEvent[];
  let years: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
    events = await readEvents(base());
    years = [...new Set(events.map((e) => e.date.start.slice(0, 4)))].sort();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("links the home page to every year, and the year pages list every event once, in date order, without JavaScript", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base()}/`);
    const links = await page.locator(".year-links a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(links).toEqual(years.map((year) => `/years/${year}/`));
    const seen: string[] = [];
    for (const [i, year] of years.entries()) {
      await page.goto(`${base()}/years/${year}/`);
      const ids = await listedIds(page);
      expect(ids, year).toEqual(timeOrder(events.filter((e) => e.date.start.startsWith(year))).map((e) => e.id));
      seen.push(...ids);
      // Previous and next year, where there is one.
      const href = async (rel: string) => {
        const link = page.locator(`.year-nav a[rel=${rel}]`);
        return (await link.count()) > 0 ? link.getAttribute("href") : null;
      };
      const [previous, next] = [await href("prev"), await href("next")];
      expect(previous, year).toBe(i > 0 ? `/years/${years[i - 1]}/` : null);
      expect(next, year).toBe(i < years.length - 1 ? `/years/${years[i + 1]}/` : null);
      expect(await page.locator(".year-links a[aria-current=page]").textContent(), year).toMatch(
        new RegExp(`^${Number(year)}`),
      );
    }
    expect(seen.sort()).toEqual(events.map((e) => e.id).sort());
    await context.close();
  });

  it("gives each topic its year pages, reached from the year's topic filters", async () => {
    const page = await browser.newPage();
    const topic = [...new Set(events.flatMap((e) => e.topics))].sort()[0] as string;
    const year = events.find((e) => e.topics.includes(topic))?.date.start.slice(0, 4) as string;
    await page.goto(`${base()}/years/${year}/`);
    await page.locator(`.year-topics a[href="/topics/${topic}/years/${year}/"]`).click();
    await page.waitForURL(`**/topics/${topic}/years/${year}/`);
    const mine = events.filter((e) => e.topics.includes(topic) && e.date.start.startsWith(year));
    expect(await listedIds(page)).toEqual(timeOrder(mine).map((e) => e.id));
    // The topic page links to its own year pages.
    await page.goto(`${base()}/topics/${topic}/`);
    const links = await page.locator(".year-links a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    const topicYears = [
      ...new Set(events.filter((e) => e.topics.includes(topic)).map((e) => e.date.start.slice(0, 4))),
    ];
    expect(links).toEqual(topicYears.sort().map((y) => `/topics/${topic}/years/${y}/`));
    await page.close();
  });

  it("serves a year of the open data beside /events.json, the same shape, every event once", async () => {
    const ids: string[] = [];
    for (const year of years) {
      const response = await fetch(`${base()}/events-${year}.json`);
      expect(response.status, year).toBe(200);
      const document = (await response.json()) as { articles: { id: string }[]; events: DataEvent[] };
      expect(
        document.events.every((e) => e.date.start.startsWith(year)),
        year,
      ).toBe(true);
      const cited = new Set(document.events.flatMap((e) => e.sources.map((s) => s.article)));
      expect(document.articles.map((a) => a.id).sort(), year).toEqual([...cited].sort());
      ids.push(...document.events.map((e) => e.id));
    }
    expect(ids.sort()).toEqual(events.map((e) => e.id).sort());
  });

  it("loads the overview and the tiles of the view first, and a year's tile when the view moves there", async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const errors = watchErrors(page);
    const fetched: string[] = [];
    page.on("request", (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(`${base()}/`);
    await ready(page);
    await page.waitForLoadState("networkidle");
    const data = fetched.filter((path) => path.startsWith("/timeline/"));
    expect(data.filter((path) => /^\/timeline\/overview-/.test(path))).toHaveLength(1);
    const tileYears = data.flatMap((path) => /^\/timeline\/(\d+)\./.exec(path)?.[1] ?? []).map(Number);
    const from = Number((await page.locator("news-timeline").getAttribute("data-view-from"))?.slice(0, 4));
    // The view's tiles and a neighbour on each side, never the whole archive.
    expect(tileYears.every((year) => year >= from - 2)).toBe(true);
    expect(fetched.filter((path) => path.includes("search"))).toEqual([]);

    const earliest = timeOrder(events.filter((e) => !e.context))[0] as DataEvent;
    const year = earliest.date.start.slice(0, 4);
    const window = { from: `${year}-01-01`, to: `${year}-12-31` };
    await page.goto(`${base()}/?from=${window.from}&to=${window.to}`);
    await ready(page);
    await expect
      .poll(async () => {
        await settled(page);
        const { drawn, clustered } = await drawnCounts(page);
        return drawn.length + clustered;
      })
      .toBe(inWindow(events, window).length);
    expect((await drawnCounts(page)).drawn).toContain(earliest.id);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("opens a shared event link whose event lies outside the tiles loaded first", async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const errors = watchErrors(page);
    const oldest = timeOrder(events)[0] as DataEvent;
    await page.goto(`${base()}/?event=${oldest.id}`);
    await ready(page);
    await expect.poll(() => page.locator(".tl-panel .event-title").textContent()).toBe(oldest.title);
    expect(errors).toEqual([]);
    await page.close();
  });
});
