import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { openTimeline, useBrowser } from "./support/browser.ts";
import { overviewTotal, readEvents, ready } from "./support/timeline.ts";

const base = () => inject("baseURL");

/** The list under the timeline: the ids it shows, its heading and its count. */
async function listed(page: Page): Promise<{ ids: string[]; heading: string; count: string }> {
  return page.evaluate(() => {
    const section = document.querySelector("[data-event-list]");
    const items = [...(section?.querySelectorAll<HTMLElement>("li[id^='event-']") ?? [])];
    return {
      ids: items.filter((li) => li.getClientRects().length > 0).map((li) => li.id.slice("event-".length)),
      heading: section?.querySelector("h2")?.textContent ?? "",
      count: section?.querySelector("[data-list-count]")?.textContent ?? "",
    };
  });
}

const events = await readEvents(base());
const topics = [...new Set(events.flatMap((e) => e.topics))].sort();

describe("topic filters and the list under the timeline", () => {
  const browser = useBrowser();

  const open = (path: string) => openTimeline(browser(), path);

  it("filters the list with the timeline, and the heading and count follow", async () => {
    const [a, b] = topics as [string, string];
    const { page, errors } = await open("/");
    const name = async (topic: string) =>
      (await page.locator(`.tl-topics a[data-topic="${topic}"]`).textContent())?.trim() ?? topic;
    await page.locator(`.tl-topics a[data-topic="${a}"]`).click();
    const onlyA = events.filter((e) => e.topics.includes(a)).map((e) => e.id);
    await expect.poll(async () => (await listed(page)).ids.sort()).toEqual([...onlyA].sort());
    expect((await listed(page)).heading).toBe(`Every event about ${await name(a)}, by year`);
    expect((await listed(page)).count).toBe(`${onlyA.length} event${onlyA.length === 1 ? "" : "s"}.`);
    expect(await overviewTotal(page)).toBe(onlyA.length);
    await page.locator(`.tl-topics a[data-topic="${b}"]`).click();
    const either = events.filter((e) => e.topics.includes(a) || e.topics.includes(b));
    await expect.poll(async () => (await listed(page)).ids.length).toBe(either.length);
    expect((await listed(page)).heading).toBe(`Every event about ${await name(a)} or ${await name(b)}, by year`);
    await expect.poll(() => new URL(page.url()).searchParams.get("topics")).toBe(`${a},${b}`);
    await page.locator(`.tl-topics a[data-topic=""]`).click();
    await expect.poll(async () => (await listed(page)).ids.length).toBe(events.length);
    expect((await listed(page)).heading).toBe("Every event, by year");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("keeps a topic page's filter, heading and URL in agreement", async () => {
    const topic = topics[0] as string;
    const mine = events.filter((e) => e.topics.includes(topic));
    const { page, errors } = await open(`/topics/${topic}/?topics=${topics[1]}`);
    // The page is the filter: a topics parameter in its URL cannot contradict it, and is dropped.
    expect(await page.locator(`.tl-topics a[data-topic="${topic}"]`).getAttribute("aria-pressed")).toBe("true");
    expect(await page.locator(`.tl-topics a[data-topic="${topics[1]}"]`).getAttribute("aria-pressed")).toBe("false");
    expect((await listed(page)).ids.sort()).toEqual(mine.map((e) => e.id).sort());
    expect(await page.locator("news-timeline svg.tl-svg").getAttribute("aria-label")).toMatch(
      new RegExp(`^Timeline of ${mine.length} events`),
    );
    await page.locator("button[data-zoom=out]").click();
    await expect.poll(() => new URL(page.url()).searchParams.get("from")).not.toBeNull();
    expect(new URL(page.url()).searchParams.get("topics")).toBeNull();
    // Adding a topic takes the reader to the home page with both, where the list holds them.
    await page.locator(`.tl-topics a[data-topic="${topics[1]}"]`).click();
    await page.waitForURL((url) => url.pathname === "/");
    await ready(page);
    expect(new URL(page.url()).searchParams.get("topics")).toBe(`${topic},${topics[1]}`);
    const both = events.filter((e) => e.topics.includes(topic) || e.topics.includes(topics[1] as string));
    await expect.poll(async () => (await listed(page)).ids.length).toBe(both.length);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("ignores unknown topics in the URL, words like toString and __proto__ included", async () => {
    for (const path of [
      "/?topics=toString",
      "/?topics=__proto__,constructor,no-such-topic",
      "/embed/?topics=toString,hasOwnProperty",
      `/topics/${topics[0]}/?topics=constructor`,
    ]) {
      const { page, errors } = await open(path);
      const expected = path.startsWith("/topics/")
        ? events.filter((e) => e.topics.includes(topics[0] as string))
        : events;
      expect(await page.locator("news-timeline svg.tl-svg").getAttribute("aria-label"), path).toMatch(
        new RegExp(`^Timeline of ${expected.length} events`),
      );
      if (!path.startsWith("/embed/")) expect((await listed(page)).ids.length, path).toBe(expected.length);
      expect(new URL(page.url()).searchParams.get("topics"), path).toBeNull();
      expect(errors, path).toEqual([]);
      await page.context().close();
    }
  });
});
