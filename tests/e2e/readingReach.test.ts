import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { openTimeline, useBrowser } from "./support/browser.ts";
import { type DataEvent, readEvents, ready, settled, viewDays } from "./support/timeline.ts";

const base = () => inject("baseURL");
const DAY = 86_400_000;

/**
 * Opens an event the way a reader with a mouse would, from wherever the view is: click it when it is drawn; choose
 * the cluster that holds it (which zooms in or lists its events); else click its period in the overview strip.
 * Returns the ways taken, e.g. ["overview", "cluster", "event"].
 */
async function openByPointer(page: Page, event: DataEvent): Promise<string[]> {
  const path: string[] = [];
  const svg = page.locator("news-timeline svg.tl-svg");
  // The drawing on screen first: a click that scrolls the page on its way would aim at where the mark was.
  await page.locator("news-timeline .tl-frame").scrollIntoViewIfNeeded();
  await settled(page);
  for (let step = 0; step < 10; step++) {
    const listed = page.locator(`.tl-cluster-list:not([hidden]) button[data-id="${event.id}"]`);
    if (await listed.count()) {
      await listed.click();
      path.push("list");
      return path;
    }
    const mark = svg.locator(`a.tl-event[data-id="${event.id}"]`).first();
    if (await mark.count()) {
      // A mark under a label of another row is still the mark: click its shape, not the middle of its box.
      await mark.locator("circle, rect").first().click({ force: true });
      path.push("event");
      return path;
    }
    const cluster = svg.locator(`g.tl-cluster[data-ids~="${event.id}"]`).first();
    if (await cluster.count()) {
      const before = JSON.stringify(await viewDays(page));
      await cluster.click();
      path.push("cluster");
      await expect
        .poll(async () => JSON.stringify(await viewDays(page)) !== before || (await listed.count()) > 0)
        .toBe(true);
      await settled(page);
      continue;
    }
    // Not in the window: its bar in the overview strip takes the view to its period.
    const middle = (Date.parse(`${event.date.start}T00:00:00Z`) + Date.parse(`${event.date.end}T00:00:00Z`) + DAY) / 2;
    const bar = page.locator("[data-overview] rect.ov-bar").filter({ visible: true });
    const index = await bar.evaluateAll(
      (bars, t) =>
        bars.findIndex((b) => Number(b.getAttribute("data-start")) <= t && t < Number(b.getAttribute("data-end"))),
      middle,
    );
    if (index === -1) throw new Error(`no overview bar holds ${event.id}`);
    const before = JSON.stringify(await viewDays(page));
    await bar.nth(index).click({ force: true });
    path.push("overview");
    await expect.poll(async () => JSON.stringify(await viewDays(page))).not.toBe(before);
    await settled(page);
  }
  throw new Error(`could not reach ${event.id} by pointer: ${path.join(" → ")}`);
}

const events = await readEvents(base());

describe("every event is reachable, and the view never runs away", () => {
  const browser = useBrowser();

  const open = (path: string, width: number) => openTimeline(browser(), path, { width });

  for (const width of [375, 1440])
    it(`opens every event by pointer from the default view at ${width} px, through clusters and the overview`, async () => {
      const { page, errors } = await open("/", width);
      const ways = new Map<string, number>();
      for (const event of events) {
        // Back to the default view each time: the reader starts from what the page opens on.
        await page.locator("button[data-zoom=reset]").click();
        await settled(page);
        const path = await openByPointer(page, event);
        for (const way of path) ways.set(way, (ways.get(way) ?? 0) + 1);
        await expect
          .poll(() => page.locator(".tl-panel .event-title").textContent(), { timeout: 10_000 })
          .toBe(event.title);
        await page.locator(".tl-panel button[data-close]").click();
        await expect.poll(() => page.locator(".tl-panel").isHidden()).toBe(true);
      }
      console.log(
        `${width} px: ${events.length} events opened by pointer; ways taken: ${JSON.stringify(Object.fromEntries(ways))}`,
      );
      expect(ways.get("overview") ?? 0).toBeGreaterThan(0);
      expect(errors).toEqual([]);
      await page.context().close();
    });

  it("stays inside the data's extent after twelve presses of − (key and button) and with any from/to in the URL", async () => {
    const starts = events.map((e) => e.date.start).sort();
    const ends = events.map((e) => e.date.end).sort();
    const first = Date.parse(starts[0] as string);
    const last = Date.parse(ends.at(-1) as string);
    const slack = Math.max((last - first) * 0.03, 40 * DAY);
    const inside = async (page: Page) => {
      const { from, to } = await viewDays(page);
      expect(Date.parse(from)).toBeGreaterThanOrEqual(first - slack);
      expect(Date.parse(to)).toBeLessThanOrEqual(last + slack);
      expect(await page.locator("news-timeline svg.tl-svg g.tl-tick").count()).toBeLessThan(40);
    };
    const { page, errors } = await open("/", 1440);
    await page.locator("news-timeline svg.tl-svg a.tl-event[tabindex='0']").focus();
    for (let i = 0; i < 12; i++) await page.keyboard.press("-");
    await settled(page);
    await inside(page);
    await page.locator("button[data-zoom=reset]").click();
    for (let i = 0; i < 12; i++) await page.locator("button[data-zoom=out]").click();
    await settled(page);
    await inside(page);
    await expect.poll(() => new URL(page.url()).searchParams.get("from")).not.toBeNull();
    expect(Date.parse(new URL(page.url()).searchParams.get("from") as string)).toBeGreaterThanOrEqual(first - slack);
    for (const query of ["?from=0001-01-01&to=9999-12-31", "?from=1800&to=1801", "?from=2999-01-01&to=2999-01-02"]) {
      await page.goto(`${base()}/${query}`);
      await ready(page);
      await settled(page);
      await inside(page);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("keeps keyboard focus in the timeline through +, −, Home and End", async () => {
    const { page, errors } = await open("/", 1440);
    await page.locator("news-timeline svg.tl-svg a.tl-event[tabindex='0']").focus();
    await page.keyboard.press("ArrowRight");
    const focusedEvent = () =>
      page.evaluate(() => {
        const active = document.activeElement;
        return active?.closest("news-timeline svg.tl-svg") && active.matches("a.tl-event")
          ? (active as SVGElement).dataset.id
          : null;
      });
    for (const key of ["+", "+", "+", "-", "-", "-", "-", "-", "Home", "+", "+", "End", "-", "-", "+", "+", "+", "+"]) {
      const before = await focusedEvent();
      await page.keyboard.press(key);
      await settled(page);
      const after = await focusedEvent();
      expect(after, `after ${key}`).toBeTruthy();
      // Zooming keeps the same event focused; Home and End move to the first and the last.
      if (key === "+" || key === "-") expect(after, `after ${key}`).toBe(before);
    }
    const ids = [...events].sort((a, b) => (a.date.start < b.date.start ? -1 : 1));
    await page.keyboard.press("Home");
    await expect.poll(focusedEvent).toBe(ids[0]?.id);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("scrolls the page with the wheel, zooms only with Ctrl, and says so", async () => {
    const { page } = await open("/", 1440);
    const svg = page.locator("news-timeline svg.tl-svg");
    await svg.scrollIntoViewIfNeeded();
    const box = await svg.boundingBox();
    if (!box) throw new Error("timeline has no box");
    const view = await viewDays(page);
    const scrolled = await page.evaluate(() => window.scrollY);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, 300);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled);
    await expect.poll(() => page.locator(".tl-gesture").isVisible()).toBe(true);
    expect(await page.locator(".tl-gesture").textContent()).toMatch(/Ctrl|⌘/);
    expect(await viewDays(page)).toEqual(view);
    const atScroll = await page.evaluate(() => window.scrollY);
    const after = await svg.boundingBox();
    if (!after) throw new Error("timeline has no box");
    await page.mouse.move(after.x + after.width / 2, after.y + after.height / 2);
    await page.keyboard.down("Control");
    await page.mouse.wheel(0, -300);
    await page.keyboard.up("Control");
    await expect.poll(async () => JSON.stringify(await viewDays(page))).not.toBe(JSON.stringify(view));
    const zoomed = await viewDays(page);
    expect(Date.parse(zoomed.to) - Date.parse(zoomed.from)).toBeLessThan(Date.parse(view.to) - Date.parse(view.from));
    expect(await page.evaluate(() => window.scrollY)).toBe(atScroll);
    await page.context().close();
  });
});
