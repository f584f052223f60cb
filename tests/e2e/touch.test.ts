import type { BrowserContext, CDPSession, Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { useBrowser } from "./support/browser.ts";

const base = () => inject("baseURL");

interface Point {
  x: number;
  y: number;
}

/** Days between the view's `from` and `to` in the URL, or null before the client has written them. */
async function viewSpanDays(page: Page): Promise<number | null> {
  const params = new URL(page.url()).searchParams;
  const from = params.get("from");
  const to = params.get("to");
  return from && to ? (Date.parse(to) - Date.parse(from)) / 86_400_000 : null;
}

/** Moves touch points from `start` to `end` in steps, the way a finger does, through the DevTools protocol. */
async function touchGesture(cdp: CDPSession, start: Point[], end: Point[], steps = 12): Promise<void> {
  const at = (t: number) =>
    start.map((p, id) => ({
      x: Math.round(p.x + ((end[id] as Point).x - p.x) * t),
      y: Math.round(p.y + ((end[id] as Point).y - p.y) * t),
      id,
    }));
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: at(0) });
  for (let step = 1; step <= steps; step++) {
    await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: at(step / steps) });
  }
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
}

describe("the timeline on a touch screen", () => {
  const browser = useBrowser();
  let context: BrowserContext;

  async function openPhone(): Promise<{
    page: Page;
    cdp: CDPSession;
    box: { x: number; y: number; width: number; height: number };
  }> {
    context = await browser().newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(`${base()}/?from=2023-01-01&to=2025-08-01`);
    const svg = page.locator("news-timeline svg.tl-svg");
    await expect.poll(() => svg.count()).toBe(1);
    await svg.scrollIntoViewIfNeeded();
    const box = await svg.boundingBox();
    if (!box) throw new Error("timeline has no box");
    return { page, cdp: await context.newCDPSession(page), box };
  }

  it("zooms in when two fingers spread apart (pinch)", async () => {
    const { page, cdp, box } = await openPhone();
    const before = await viewSpanDays(page);
    expect(before).toBeGreaterThan(700);
    const y = box.y + box.height / 2;
    const middle = box.x + box.width / 2;
    await touchGesture(
      cdp,
      [
        { x: middle - 30, y },
        { x: middle + 30, y },
      ],
      [
        { x: middle - 150, y },
        { x: middle + 150, y },
      ],
    );
    // Spreading 60 px to 300 px zooms about five times: the view must narrow well below half.
    await expect.poll(() => viewSpanDays(page)).toBeLessThan((before as number) / 2);
    await context.close();
  });

  it("scrolls the page when one finger swipes up over the timeline, leaving the view alone", async () => {
    const { page, cdp, box } = await openPhone();
    // The window on screen, as the element carries it the moment the view moves.
    const view = () => page.evaluate(() => document.querySelector<HTMLElement>("news-timeline")?.dataset.viewFrom);
    const from = await view();
    const scrolled = await page.evaluate(() => window.scrollY);
    const x = box.x + box.width / 2;
    await touchGesture(cdp, [{ x, y: box.y + box.height * 0.8 }], [{ x, y: box.y + box.height * 0.1 }]);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled + 20);
    expect(await view()).toBe(from);
    await context.close();
  });

  it("pans along time when one finger drags, keeping the zoom", async () => {
    const { page, cdp, box } = await openPhone();
    const before = await viewSpanDays(page);
    const fromBefore = new URL(page.url()).searchParams.get("from") as string;
    const y = box.y + box.height / 2;
    await touchGesture(cdp, [{ x: box.x + box.width * 0.3, y }], [{ x: box.x + box.width * 0.8, y }]);
    // Dragging right brings earlier dates into view.
    await expect.poll(() => new URL(page.url()).searchParams.get("from") ?? "").not.toBe(fromBefore);
    expect((new URL(page.url()).searchParams.get("from") as string) < fromBefore).toBe(true);
    expect(Math.abs(((await viewSpanDays(page)) as number) - (before as number))).toBeLessThanOrEqual(2);
    await context.close();
  });
});
