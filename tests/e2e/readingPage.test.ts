import { describe, expect, inject, it } from "vitest";
import { useBrowser } from "./support/browser.ts";
import { type DataEvent, readEvents, ready } from "./support/timeline.ts";

const base = () => inject("baseURL");

const events = await readEvents(base());

describe("the page around the timeline", () => {
  const browser = useBrowser();

  it("prints an open event panel and the list, never the Embed control or the drawing", async () => {
    const page = await browser().newPage({ viewport: { width: 900, height: 1000 } });
    const event = events.at(-1) as DataEvent;
    await page.goto(`${base()}/?event=${event.id}`);
    await ready(page);
    await page.locator(".tl-panel .event-title").waitFor();
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".tl-panel").isVisible()).toBe(true);
    expect(await page.locator(".tl-panel .event-title").textContent()).toBe(event.title);
    expect(await page.locator(".embed-code").isVisible()).toBe(false);
    expect(await page.locator(".tl-frame").isVisible()).toBe(false);
    expect(await page.locator("[data-overview]").isVisible()).toBe(false);
    expect(await page.locator(".tl-panel-bar").isVisible()).toBe(false);
    expect(await page.locator(".event-list").isVisible()).toBe(true);
    await page.close();
  });

  it("uses <time> only with a datetime, on every kind of page", async () => {
    const page = await browser().newPage();
    const articles = [...new Set(events.flatMap((e) => e.sources.map((s) => s.article)))];
    const paths = [
      "/",
      `/events/${events[0]?.id}/`,
      `/topics/${events[0]?.topics[0]}/`,
      ...articles.map((a) => `/articles/${a}/`),
    ];
    for (const path of paths) {
      await page.goto(`${base()}${path}`);
      expect(await page.locator("time:not([datetime])").count(), path).toBe(0);
      // And the datetime is one HTML accepts: a day, month, year, week or a duration in days or hours.
      const values = await page.locator("time").evaluateAll((ts) => ts.map((t) => t.getAttribute("datetime") ?? ""));
      for (const value of values)
        expect(value, path).toMatch(/^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}|P(\d+D)?(T(\d+H)?(\d+M)?(\d+S)?)?)$/);
    }
    await page.close();
  });

  it("names the sitemap by its absolute URL in robots.txt, and leaves the embed out of it", async () => {
    const robots = await (await fetch(`${base()}/robots.txt`)).text();
    const line = robots.split("\n").find((l) => l.startsWith("Sitemap:")) ?? "";
    const url = new URL(line.slice("Sitemap:".length).trim());
    expect(url.protocol).toMatch(/^https?:$/);
    expect(url.pathname).toBe("/sitemap-index.xml");
    const index = await (await fetch(`${base()}/sitemap-index.xml`)).text();
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] as string).pathname);
    const listed: string[] = [];
    for (const path of sitemaps) {
      const xml = await (await fetch(`${base()}${path}`)).text();
      listed.push(...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] as string).pathname));
    }
    expect(listed).toContain("/");
    expect(listed.filter((path) => path.startsWith("/embed"))).toEqual([]);
  });
});
