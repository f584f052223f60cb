import { describe, expect, inject, it } from "vitest";
import { openTimeline, useBrowser } from "./support/browser.ts";
import { type DataEvent, inWindow, readEvents, ready, settled, viewDays } from "./support/timeline.ts";

const base = () => inject("baseURL");
const byDate = (a: DataEvent, b: DataEvent) =>
  a.date.start < b.date.start
    ? -1
    : a.date.start > b.date.start
      ? 1
      : a.date.end < b.date.end
        ? -1
        : a.date.end > b.date.end
          ? 1
          : a.id < b.id
            ? -1
            : 1;

const events = (await readEvents(base())).sort(byDate);

describe("moving through the story", () => {
  const browser = useBrowser();

  const open = (path: string, width?: number) => openTimeline(browser(), path, { width });

  it("counts the events beyond each edge and takes the view to the nearest one", async () => {
    const { page, errors } = await open("/");
    const view = await viewDays(page);
    const before = events.filter((e) => e.date.end < view.from);
    const earlier = page.locator(".tl-edges a[data-edge=before]");
    await expect.poll(() => earlier.isVisible()).toBe(true);
    expect(await earlier.locator("[data-edge-count]").textContent()).toBe(`${before.length} earlier`);
    const nearest = [...before].sort((a, b) => (a.date.end < b.date.end ? -1 : 1)).at(-1) as DataEvent;
    await earlier.click();
    await expect
      .poll(() => page.locator(`news-timeline svg.tl-svg a.tl-event[data-id="${nearest.id}"]`).count())
      .toBeGreaterThan(0);
    // The way back shows up on the other side.
    await expect.poll(() => page.locator(".tl-edges a[data-edge=after]").isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("says when the window holds no event and offers the nearest ones", async () => {
    // A stretch with no event in it, found from the data: the longest gap between two main-period events.
    const main = events.filter((e) => !e.context);
    let gap = { from: "", to: "", after: main[0] as DataEvent, size: 0 };
    for (let i = 1; i < main.length; i++) {
      const a = main[i - 1] as DataEvent;
      const b = main[i] as DataEvent;
      const size = Date.parse(b.date.start) - Date.parse(a.date.end);
      if (size > gap.size) gap = { from: a.date.end, to: b.date.start, after: b, size };
    }
    const from = new Date(Date.parse(gap.from) + gap.size / 3).toISOString().slice(0, 10);
    const to = new Date(Date.parse(gap.from) + (gap.size * 2) / 3).toISOString().slice(0, 10);
    expect(inWindow(events, { from, to })).toEqual([]);
    const { page, errors } = await open(`/?from=${from}&to=${to}`);
    const empty = page.locator(".tl-empty");
    await expect.poll(() => empty.isVisible()).toBe(true);
    expect(await empty.textContent()).toMatch(/^No events from /);
    await empty.locator("button[data-edge=after]").click();
    await expect
      .poll(() => page.locator(`news-timeline svg.tl-svg a.tl-event[data-id="${gap.after.id}"]`).count())
      .toBeGreaterThan(0);
    await expect.poll(() => empty.isHidden()).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("steps through the events with Previous and Next in the panel, the timeline following", async () => {
    const { page, errors } = await open("/");
    const middle = events[Math.floor(events.length / 2)] as DataEvent;
    await page.goto(`${base()}/?event=${middle.id}`);
    await ready(page);
    const title = page.locator(".tl-panel .event-title");
    await expect.poll(() => title.textContent()).toBe(middle.title);
    const index = events.findIndex((e) => e.id === middle.id);
    await page.locator(".tl-panel button[data-step='1']").click();
    const next = events[index + 1] as DataEvent;
    await expect.poll(() => title.textContent()).toBe(next.title);
    await expect.poll(() => new URL(page.url()).searchParams.get("event")).toBe(next.id);
    await expect
      .poll(() => page.locator(`news-timeline svg.tl-svg a.tl-event.tl-selected[data-id="${next.id}"]`).count())
      .toBeGreaterThan(0);
    await page.locator(".tl-panel button[data-step='-1']").click();
    await page.locator(".tl-panel button[data-step='-1']").click();
    await expect.poll(() => title.textContent()).toBe(events[index - 1]?.title);
    // At the first event there is no Previous.
    await page.goto(`${base()}/?event=${events[0]?.id}`);
    await ready(page);
    await expect.poll(() => title.textContent()).toBe(events[0]?.title);
    expect(await page.locator(".tl-panel button[data-step='-1']").isDisabled()).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("steps within the topic filter", async () => {
    const topic = events.find((e) => e.topics.length > 0)?.topics[0] as string;
    const mine = events.filter((e) => e.topics.includes(topic));
    const { page } = await open(`/?topics=${topic}&event=${mine[0]?.id}`);
    const title = page.locator(".tl-panel .event-title");
    await expect.poll(() => title.textContent()).toBe(mine[0]?.title);
    await page.locator(".tl-panel button[data-step='1']").click();
    await expect.poll(() => title.textContent()).toBe(mine[1]?.title);
    await page.context().close();
  });

  it("really closes the panel with Close after one event and then another were opened", async () => {
    const { page, errors } = await open("/?from=2025-03-01&to=2025-07-31");
    const marks = page.locator("news-timeline svg.tl-svg a.tl-event");
    const [a, b] = [await marks.nth(0).getAttribute("data-id"), await marks.nth(2).getAttribute("data-id")];
    await marks.nth(0).locator("circle, rect").click({ force: true });
    await expect.poll(() => new URL(page.url()).searchParams.get("event")).toBe(a);
    // The panel takes room when its page arrives: wait for it, so the second click lands on one place, as a reader's does.
    await expect.poll(() => page.locator(".tl-panel").isVisible()).toBe(true);
    await settled(page);
    // Opening the first may move the others: the second is found by its id, not its place.
    await page
      .locator(`news-timeline svg.tl-svg a.tl-event[data-id="${b}"]`)
      .locator("circle, rect")
      .click({ force: true });
    await expect.poll(() => new URL(page.url()).searchParams.get("event")).toBe(b);
    await page.locator(".tl-panel button[data-close]").click();
    // Close goes back to before the first opening: the URL names no event, and the panel stays shut.
    await expect.poll(() => new URL(page.url()).searchParams.get("event")).toBeNull();
    await expect.poll(() => page.locator(".tl-panel").isHidden()).toBe(true);
    await page.goBack();
    await expect.poll(() => page.url()).not.toContain("event=");
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("shows an event's full title on hover and on focus", async () => {
    const { page } = await open("/");
    const cut = page.locator("news-timeline svg.tl-svg a.tl-event").filter({ hasText: "…" }).first();
    const id = await cut.getAttribute("data-id");
    const full = events.find((e) => e.id === id)?.title as string;
    await cut.locator("circle, rect").hover({ force: true });
    const tip = page.locator(".tl-tip");
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain(full);
    await page.mouse.move(0, 0);
    await expect.poll(() => tip.isVisible()).toBe(false);
    await page.locator("news-timeline svg.tl-svg a.tl-event[tabindex='0']").focus();
    await expect.poll(() => tip.isVisible()).toBe(true);
    await page.keyboard.press("ArrowRight");
    const focused = await page.evaluate(() => (document.activeElement as SVGElement).getAttribute("aria-label"));
    await expect.poll(() => tip.textContent()).toBe(focused);
    await page.context().close();
  });

  it("makes clusters focusable buttons with a name, and a same-day cluster lists its events", async () => {
    const { page, errors } = await open("/");
    const cluster = page.locator("news-timeline svg.tl-svg g.tl-cluster").first();
    await expect.poll(() => cluster.count()).toBe(1);
    expect(await cluster.getAttribute("role")).toBe("button");
    expect(await cluster.getAttribute("aria-label")).toMatch(/^\d+ events, .+: show them$/);
    const ids = ((await cluster.getAttribute("data-ids")) ?? "").split(" ");
    // Tab reaches it: it is the clusters' tab stop.
    for (let i = 0; i < 60 && !(await page.evaluate(() => document.activeElement?.matches("g.tl-cluster"))); i++)
      await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.matches("g.tl-cluster"))).toBe(true);
    await page.keyboard.press("Enter");
    const list = page.locator(".tl-cluster-list");
    await expect.poll(() => list.isVisible()).toBe(true);
    expect(await list.locator("button").evaluateAll((bs) => bs.map((b) => b.getAttribute("data-id")))).toEqual(ids);
    expect(await page.evaluate(() => document.activeElement?.closest(".tl-cluster-list") !== null)).toBe(true);
    await page.keyboard.press("Escape");
    await expect.poll(() => list.isHidden()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.matches("g.tl-cluster"))).toBe(true);
    await page.keyboard.press("Enter");
    await list.locator("button").nth(1).click();
    await expect
      .poll(() => page.locator(".tl-panel .event-title").textContent())
      .toBe(events.find((e) => e.id === ids[1])?.title);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("moves the view from the overview: a bar, the brush by keyboard, and a drag", async () => {
    const { page, errors } = await open("/");
    const start = await viewDays(page);
    const brush = page.locator("[data-overview] rect.ov-window");
    expect(await brush.getAttribute("role")).toBe("slider");
    expect(await brush.getAttribute("aria-valuetext")).toMatch(/ to /);
    await brush.focus();
    await page.keyboard.press("ArrowLeft");
    await expect.poll(async () => (await viewDays(page)).from < start.from).toBe(true);
    await page.keyboard.press("End");
    await page.keyboard.press("Home");
    await expect.poll(async () => (await viewDays(page)).from < "2000-01-01").toBe(true);
    // The bars are a row of buttons: arrows move along them, Enter shows one's period.
    const bars = page.locator("[data-overview] rect.ov-bar");
    await bars.first().focus();
    await page.keyboard.press("ArrowRight");
    const second = await bars.nth(1).getAttribute("data-start");
    await page.keyboard.press("Enter");
    await expect.poll(async () => Date.parse((await viewDays(page)).to) > Number(second)).toBe(true);
    expect(Date.parse((await viewDays(page)).from)).toBeLessThanOrEqual(Number(second));
    // Dragging the brush moves the view the same way.
    await page.locator("button[data-zoom=reset]").click();
    await settled(page);
    const box = await brush.boundingBox();
    if (!box) throw new Error("no brush");
    const before = await viewDays(page);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 60, box.y + box.height / 2, { steps: 6 });
    await page.mouse.up();
    await expect.poll(async () => (await viewDays(page)).from < before.from).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("puts long bands on their own thin track, title inside", async () => {
    const { page } = await open("/");
    const track = page.locator("news-timeline svg.tl-svg a.tl-event.tl-track");
    await expect.poll(() => track.count()).toBeGreaterThan(0);
    const ids = await track.evaluateAll((as) => as.map((a) => a.getAttribute("data-id")));
    for (const id of ids) expect(events.find((e) => e.id === id)?.date.precision).not.toBe("day");
    expect(await track.first().locator("text").textContent()).not.toBe("");
    await page.context().close();
  });

  it("draws each event in the lane of each of its topics when lanes are on", async () => {
    const { page } = await open("/?from=2023-01-01&to=2025-12-31");
    await page.locator("button[data-lanes]").click();
    const svg = page.locator("news-timeline svg.tl-svg");
    await expect.poll(() => svg.locator("g.tl-lane").count()).toBeGreaterThan(1);
    const lanes = (await svg.locator("g.tl-lane text").allTextContents()).map((name) => name.toLowerCase());
    const keys = await svg.locator("a.tl-event").evaluateAll((as) => as.map((a) => a.getAttribute("data-key") ?? ""));
    for (const key of keys) {
      const [lane, id] = key.split(":") as [string, string];
      const event = events.find((e) => e.id === id) as DataEvent;
      if (lane === "other") expect(event.topics.some((t) => lanes.includes(t))).toBe(false);
      else expect(event.topics).toContain(lane);
    }
    const twice = keys.map((k) => k.split(":")[1]).filter((id, i, all) => all.indexOf(id) !== i);
    expect(twice.length).toBeGreaterThan(0);
    // The overview draws one small histogram per lane.
    await expect.poll(() => page.locator("[data-overview] rect.ov-bar[class*='ov-lane-1']").count()).toBeGreaterThan(0);
    await page.context().close();
  });
});
