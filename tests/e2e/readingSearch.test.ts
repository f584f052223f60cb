import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { openTimeline, useBrowser } from "./support/browser.ts";
import { type DataEvent, readEvents } from "./support/timeline.ts";

const base = () => inject("baseURL");

/** An event with a word in its quotes that no title has: finding it proves the search reads the quotes. */
function quoteOnly(events: readonly DataEvent[]): { event: DataEvent; word: string } {
  const words = (text: string) => text.toLowerCase().match(/\p{L}{6,}/gu) ?? [];
  const inTitles = new Set(events.flatMap((e) => words(e.title)));
  for (const event of events)
    for (const source of event.sources) {
      const word = words(source.quote).find((w) => !inTitles.has(w));
      if (word) return { event, word };
    }
  throw new Error("no quote has a word of its own");
}

const events = await readEvents(base());

describe("searching the events", () => {
  const browser = useBrowser();

  async function open(path: string, width = 1440): Promise<{ page: Page; errors: string[]; fetched: string[] }> {
    const fetched: string[] = [];
    const beforeLoad = (page: Page) => page.on("request", (request) => fetched.push(new URL(request.url()).pathname));
    return { ...(await openTimeline(browser(), path, { width, beforeLoad })), fetched };
  }

  it("finds an event by a word of its quote, opens it and highlights it on the timeline", async () => {
    const { event, word } = quoteOnly(events);
    const { page, errors, fetched } = await open("/");
    await page.waitForLoadState("networkidle");
    // The index is not part of the first load: it comes when the reader starts typing.
    expect(fetched.filter((path) => path.includes("search"))).toEqual([]);
    const field = page.locator("input[type=search]");
    await field.fill(word);
    const result = page.locator(`.tl-results a[data-id="${event.id}"]`);
    await expect.poll(() => result.count()).toBe(1);
    // The index comes a year a file, each named by a hash of its content.
    expect(fetched.some((path) => /^\/timeline\/search-\d+\.[0-9a-f]+\.json$/.test(path))).toBe(true);
    expect(await page.locator(".tl-results .tl-snippet mark").first().textContent()).toMatch(new RegExp(word, "i"));
    await expect.poll(() => new URL(page.url()).searchParams.get("q")).toBe(word);
    await result.click();
    await expect.poll(() => page.locator(".tl-panel .event-title").textContent()).toBe(event.title);
    await expect
      .poll(() => page.locator(`news-timeline svg.tl-svg a.tl-event.tl-match[data-id="${event.id}"]`).count())
      .toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("runs the search in ?q= on load, also in the embed, and clears it", async () => {
    const { event, word } = quoteOnly(events);
    for (const path of [`/?q=${word}`, `/embed/?q=${word}`]) {
      const { page, errors } = await open(path, 700);
      await expect.poll(() => page.locator(`.tl-results a[data-id="${event.id}"]`).count()).toBe(1);
      expect(await page.locator("input[type=search]").inputValue()).toBe(word);
      await page.locator(".tl-results button[data-clear]").click();
      await expect.poll(() => page.locator(".tl-results").isHidden()).toBe(true);
      await expect.poll(() => new URL(page.url()).searchParams.get("q")).toBeNull();
      expect(await page.locator("news-timeline svg.tl-svg a.tl-match").count()).toBe(0);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });

  it("says when nothing matches", async () => {
    const { page } = await open("/?q=zzxqv");
    await expect.poll(() => page.locator(".tl-results-status").textContent()).toBe("No event matches “zzxqv”.");
    await page.context().close();
  });
});
