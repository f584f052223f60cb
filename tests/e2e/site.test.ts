import { gzipSync } from "node:zlib";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { useBrowser } from "./support/browser.ts";

interface DataEvent {
  id: string;
  title: string;
  date: { start: string; end: string };
  sources: { quote: string; headline: string; article: string }[];
}

const base = () => inject("baseURL");
const DAY = 86_400_000;

/** Collects console errors and uncaught exceptions, which the site must never produce. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

async function focusTimeline(page: Page): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(() => document.activeElement?.matches("a.tl-event") ?? false)) return;
  }
  throw new Error("Tab never reached an event on the timeline");
}

describe("the site in Chromium", () => {
  const browser = useBrowser();
  let events: DataEvent[];

  beforeAll(async () => {
    const response = await fetch(`${base()}/events.json`);
    events = ((await response.json()) as { events: DataEvent[] }).events;
  });

  it("shows every event in the list and accounts for each in the SVG with JavaScript off", async () => {
    const context = await browser().newContext({ javaScriptEnabled: false, viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base()}/`);
    const listed = await page
      .locator(".event-list li a")
      .evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect(listed.sort()).toEqual(events.map((e) => `/events/${e.id}/`).sort());

    const svg = page.locator("svg.tl-svg:visible");
    expect(await svg.count()).toBe(1);
    // Each screen class opens on its own window; the copy on screen names the one it draws.
    const from = Date.parse(`${await svg.getAttribute("data-from")}T00:00:00Z`);
    const to = Date.parse(`${await svg.getAttribute("data-to")}T00:00:00Z`);
    const inView = events.filter(
      (e) => Date.parse(`${e.date.end}T00:00:00Z`) + DAY >= from && Date.parse(`${e.date.start}T00:00:00Z`) <= to,
    );
    const marks = await svg.locator("a.tl-event").count();
    const clustered = await svg
      .locator("g.tl-cluster")
      .evaluateAll((gs) => gs.reduce((sum, g) => sum + Number(g.getAttribute("data-count")), 0));
    expect(marks).toBeGreaterThan(0);
    expect(marks + clustered).toBe(inView.length);
    // The overview strip is drawn by the server too, and counts every event.
    const counted = await page
      .locator("[data-overview] svg:visible rect.ov-bar")
      .evaluateAll((bars) => bars.reduce((sum, bar) => sum + Number(bar.getAttribute("data-count")), 0));
    expect(counted).toBe(events.length);
    await context.close();
  });

  it("moves the axis to a finer unit when Ctrl and the wheel zoom in", async () => {
    const page = await browser().newPage({ viewport: { width: 1440, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(`${base()}/?from=2011-01-01&to=2025-12-31`);
    const svg = page.locator("news-timeline svg.tl-svg");
    await expect.poll(() => svg.getAttribute("data-unit")).toBe("year");
    const box = await svg.boundingBox();
    if (!box) throw new Error("timeline has no box");
    await page.mouse.move(box.x + box.width * 0.8, box.y + box.height / 2);
    await page.keyboard.down("Control");
    for (let i = 0; i < 8; i++) await page.mouse.wheel(0, -400);
    await page.keyboard.up("Control");
    await expect.poll(() => svg.getAttribute("data-unit")).toMatch(/^(month|quarter|week|day)$/);
    await expect.poll(() => new URL(page.url()).searchParams.get("from")).not.toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });

  it("lets the keyboard reach an event, move along and open it, and returns focus on close", async () => {
    const page = await browser().newPage({ viewport: { width: 1440, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(`${base()}/`);
    await expect.poll(() => page.locator("news-timeline svg.tl-svg").count()).toBe(1);
    await focusTimeline(page);
    const first = await page.evaluate(() => (document.activeElement as SVGElement).dataset.id);
    await page.keyboard.press("ArrowRight");
    const second = await page.evaluate(() => (document.activeElement as SVGElement).dataset.id);
    expect(second).toBeTruthy();
    expect(second).not.toBe(first);
    await expect.poll(() => page.locator("[data-live]").textContent()).toMatch(/Event \d+ of \d+/);
    await page.keyboard.press("Enter");
    const panel = page.locator(".tl-panel");
    await expect.poll(() => panel.isVisible()).toBe(true);
    await expect.poll(() => new URL(page.url()).searchParams.get("event")).toBe(second);
    expect(await page.evaluate(() => document.activeElement?.classList.contains("event-title"))).toBe(true);
    expect(await panel.locator("blockquote").count()).toBeGreaterThan(0);
    await page.keyboard.press("Escape");
    await expect.poll(() => panel.isVisible()).toBe(false);
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as SVGElement | null)?.dataset?.id))
      .toBe(second);
    await expect.poll(() => new URL(page.url()).searchParams.get("event")).toBeNull();
    await page.keyboard.press("End");
    const last = events
      .map((e) => e.id)
      .sort()
      .at(-1);
    expect(await page.evaluate(() => (document.activeElement as SVGElement).dataset.id)).toBeTruthy();
    expect(last).toBeTruthy();
    expect(errors).toEqual([]);
    await page.close();
  });

  it("restores the view and the open event from the URL, and Back closes the panel", async () => {
    const page = await browser().newPage({ viewport: { width: 1440, height: 900 } });
    const errors = watchErrors(page);
    const year = [...events].sort((a, b) => (a.date.start < b.date.start ? 1 : -1))[0]?.date.start.slice(0, 4);
    await page.goto(`${base()}/?from=${year}-01-01&to=${year}-12-31`);
    const svg = page.locator("news-timeline svg.tl-svg");
    await expect.poll(() => svg.getAttribute("data-unit")).toMatch(/^(month|week)$/);
    // The year is shown from its first day; past the data's end the view stops.
    expect(await svg.getAttribute("aria-label")).toContain(`showing January ${year} to `);
    const mark = svg.locator("a.tl-event").first();
    const id = await mark.getAttribute("data-id");
    const event = events.find((e) => e.id === id);
    if (!event) throw new Error(`no event ${id} in /events.json`);
    await mark.click();
    await expect.poll(() => new URL(page.url()).searchParams.get("event")).toBe(event.id);
    await expect.poll(() => page.locator(".tl-panel .event-title").textContent()).toBe(event.title);
    const shared = page.url();
    await page.goBack();
    await expect.poll(() => page.locator(".tl-panel").isVisible()).toBe(false);
    await page.goto(shared);
    await expect.poll(() => page.locator(".tl-panel .event-title").textContent()).toBe(event.title);
    expect(new URL(page.url()).searchParams.get("from")).toBe(`${year}-01-01`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("zooms in or lists the events when a cluster is chosen, and zooms with the buttons", async () => {
    const page = await browser().newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(`${base()}/`);
    const svg = page.locator("news-timeline svg.tl-svg");
    await expect.poll(() => svg.count()).toBe(1);
    const view = () => page.evaluate(() => document.querySelector<HTMLElement>("news-timeline")?.dataset.viewFrom);
    const home = await view();
    const cluster = svg.locator("g.tl-cluster").first();
    if ((await cluster.count()) > 0) {
      await cluster.click();
      const listed = page.locator(".tl-cluster-list:not([hidden]) button");
      await expect.poll(async () => (await view()) !== home || (await listed.count()) > 0).toBe(true);
      await page.keyboard.press("Escape");
    }
    await page.locator("button[data-zoom=out]").click();
    await expect.poll(view).not.toBe(home);
    await page.locator("button[data-zoom=reset]").click();
    await expect.poll(view).toBe(home);
    await page.locator("button[data-zoom=in]").click();
    await expect.poll(view).not.toBe(home);
    await page.close();
  });

  it("reaches the context events before 2011 by zooming out, and zooms in on double-click", async () => {
    const page = await browser().newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${base()}/`);
    const svg = page.locator("news-timeline svg.tl-svg");
    await expect.poll(() => svg.count()).toBe(1);
    expect(await svg.locator("a.tl-context").count()).toBe(0);
    for (let i = 0; i < 8; i++) await page.locator("button[data-zoom=out]").click();
    await expect.poll(() => svg.locator("a.tl-context").count()).toBeGreaterThan(0);
    const zoomedOut = await svg.getAttribute("aria-label");
    expect(zoomedOut).toMatch(/showing \w+ (19|20)\d\d/);
    const box = await svg.boundingBox();
    if (!box) throw new Error("timeline has no box");
    await page.mouse.dblclick(box.x + box.width / 2, box.y + 40);
    await expect.poll(() => svg.getAttribute("aria-label")).not.toBe(zoomedOut);
    await page.close();
  });

  it("filters by topic in place with JavaScript, and keeps the topics in the URL", async () => {
    const page = await browser().newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${base()}/`);
    const svg = page.locator("news-timeline svg.tl-svg");
    await expect.poll(() => svg.count()).toBe(1);
    const chip = page.locator(".tl-topics a[data-topic]:not([data-topic=''])").first();
    const topic = await chip.getAttribute("data-topic");
    await chip.click();
    expect(await chip.getAttribute("aria-pressed")).toBe("true");
    await expect.poll(() => new URL(page.url()).searchParams.get("topics")).toBe(topic);
    const shown = events.filter((e) => (e as DataEvent & { topics: string[] }).topics.includes(topic ?? "")).length;
    await expect.poll(() => svg.getAttribute("aria-label")).toMatch(new RegExp(`^Timeline of ${shown} events`));
    await page.reload();
    await expect
      .poll(() => page.locator(`.tl-topics a[data-topic="${topic}"]`).getAttribute("aria-pressed"))
      .toBe("true");
    await page.close();
  });

  it("draws topic lanes on demand, each event once per lane, and the keyboard still moves through them", async () => {
    const page = await browser().newPage({ viewport: { width: 1440, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(`${base()}/`);
    const svg = page.locator("news-timeline svg.tl-svg");
    await expect.poll(() => svg.count()).toBe(1);
    const button = page.locator("button[data-lanes]");
    await button.click();
    expect(await button.getAttribute("aria-pressed")).toBe("true");
    await expect.poll(() => svg.locator("g.tl-lane").count()).toBeGreaterThan(1);
    const keys = await svg.locator("a.tl-event").evaluateAll((as) => as.map((a) => a.getAttribute("data-key")));
    expect(new Set(keys).size).toBe(keys.length);
    // An event is drawn in the lane of each of its topics, and only there.
    const lanes = await svg.locator("g.tl-lane text").allTextContents();
    expect(lanes.length).toBeGreaterThan(1);
    const height = Number(await svg.getAttribute("height"));
    expect((await page.locator(".tl-frame").boundingBox())?.height).toBeGreaterThanOrEqual(height);
    await focusTimeline(page);
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => page.locator("[data-live]").textContent()).toMatch(/Event \d+ of \d+/);
    await button.click();
    await expect.poll(() => svg.locator("g.tl-lane").count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows every quote of an event on its page, with links to the article", async () => {
    const page = await browser().newPage();
    const errors = watchErrors(page);
    const event = [...events].sort((a, b) => b.sources.length - a.sources.length)[0];
    if (!event) throw new Error("no events");
    await page.goto(`${base()}/events/${event.id}/`);
    expect(await page.locator("h1").textContent()).toBe(event.title);
    const quotes = await page.locator(".sources blockquote").allTextContents();
    expect(quotes.map((q) => q.trim())).toEqual(event.sources.map((s) => s.quote));
    expect(await page.locator(".sources a[href^='/articles/']").count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("marks every recognised date in an article as <time datetime>, linked to its event", async () => {
    const page = await browser().newPage();
    const event = events.find((e) => e.sources.length > 0);
    const article = event?.sources[0]?.article;
    await page.goto(`${base()}/articles/${article}/`);
    const times = page.locator(".article time.dated");
    expect(await times.count()).toBeGreaterThan(0);
    expect(
      await page.locator(`.article a.date-link[href="/events/${event?.id}/"] time[datetime]`).count(),
    ).toBeGreaterThan(0);
    await page.close();
  });

  it("serves the data: /events.json, the feed and the sitemap", async () => {
    for (const [path, type] of [
      ["/events.json", /json/],
      ["/rss.xml", /xml/],
      ["/sitemap-index.xml", /xml/],
      ["/years/2024/", /html/],
    ] as const) {
      const response = await fetch(`${base()}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get("content-type") ?? "", path).toMatch(type);
    }
  });

  it("keeps the home page's JavaScript within 35 KB gzip and asks nothing of other hosts", async () => {
    const page = await browser().newPage();
    const hosts = new Set<string>();
    const scripts = new Map<string, number>();
    const paths: string[] = [];
    page.on("request", (request) => {
      hosts.add(new URL(request.url()).host);
      paths.push(new URL(request.url()).pathname);
    });
    // Every script the page loads counts, including the chunks the entry modules import.
    page.on("response", async (response) => {
      if (response.request().resourceType() !== "script") return;
      scripts.set(response.url(), gzipSync(await response.body(), { level: 9 }).length);
    });
    await page.goto(`${base()}/`);
    await page.waitForLoadState("networkidle");
    const total = [...scripts.values()].reduce((sum, size) => sum + size, 0);
    console.log(`home page JavaScript: ${(total / 1024).toFixed(1)} KB gzip in ${scripts.size} file(s)`);
    expect(total).toBeLessThanOrEqual(35 * 1024);
    // The search's code and index wait for the reader to type.
    expect(paths.filter((path) => /search/i.test(path))).toEqual([]);
    expect([...hosts]).toEqual([new URL(base()).host]);
    expect(await page.locator("script:not([src]):not([type='application/json'])").count()).toBe(0);
    await page.close();
  });

  it("does not shift the layout when the client takes over the server-rendered SVG", async () => {
    for (const width of [375, 1440]) {
      const off = await browser().newContext({ javaScriptEnabled: false, viewport: { width, height: 900 } });
      const offPage = await off.newPage();
      await offPage.goto(`${base()}/`);
      const staticBox = await offPage.locator(".tl-frame").boundingBox();
      await off.close();
      const page = await browser().newPage({ viewport: { width, height: 900 } });
      await page.goto(`${base()}/`);
      await expect.poll(() => page.locator("news-timeline svg.tl-svg").count()).toBe(1);
      const liveBox = await page.locator(".tl-frame").boundingBox();
      expect(liveBox?.height).toBe(staticBox?.height);
      expect(liveBox?.y).toBe(staticBox?.y);
      const shift = await page.evaluate(
        () =>
          new Promise<number>((done) => {
            let total = 0;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries()) total += (entry as PerformanceEntry & { value: number }).value;
            }).observe({ type: "layout-shift", buffered: true });
            setTimeout(() => done(total), 300);
          }),
      );
      expect(shift).toBeLessThan(0.01);
      await page.close();
    }
  });
});
