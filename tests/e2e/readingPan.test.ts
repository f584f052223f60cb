import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openTimeline, useBrowser } from "./support/browser.ts";
import { settled, viewDays } from "./support/timeline.ts";

/** The drawing as a reader sees it: each mark's id, place and label, each cluster's count and place, the groups' shift. */
async function drawing(page: Page) {
  return page.evaluate(() => {
    const svg = document.querySelector("news-timeline svg.tl-svg");
    const place = (el: Element) => {
      const box = el.getBoundingClientRect();
      return `${Math.round(box.x)},${Math.round(box.y)}`;
    };
    return {
      marks: [...(svg?.querySelectorAll<SVGAElement>("a.tl-event") ?? [])]
        .map((a) => `${a.dataset.id} ${place(a)} ${a.querySelector("text")?.textContent?.trim() ?? ""}`)
        .sort(),
      clusters: [...(svg?.querySelectorAll("g.tl-cluster") ?? [])]
        .map((c) => `${c.getAttribute("data-count")} ${place(c)}`)
        .sort(),
      // A pan's frames move the drawn groups with a CSS transform until the view rests.
      shifted: [...(svg?.querySelectorAll<SVGGElement>("g") ?? [])].some((g) => g.style.transform !== ""),
    };
  });
}

describe("panning the timeline", () => {
  const browser = useBrowser();

  it("moves the view while dragging and, once the view rests, draws it as a fresh layout of that view would", async () => {
    const { page, errors } = await openTimeline(browser(), "/?from=2024-06-01&to=2025-06-30", { width: 1440 });
    const svg = page.locator("news-timeline svg.tl-svg");
    const box = await svg.boundingBox();
    if (!box) throw new Error("no timeline");
    const before = await viewDays(page);
    const y = box.y + box.height * 0.85;
    await page.mouse.move(box.x + box.width * 0.7, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.45, y, { steps: 12 });
    // The hooks follow the view during the drag, not only once it ends.
    expect((await viewDays(page)).from > before.from).toBe(true);
    await page.mouse.up();
    // Once the view has rested (the client waits 250 ms, as the URL does), the marks are laid out for that view.
    await expect.poll(() => new URL(page.url()).searchParams.get("from")).not.toBe(before.from);
    await expect.poll(async () => (await drawing(page)).shifted).toBe(false);
    await settled(page);
    const rested = await drawing(page);
    expect(rested.marks.length).toBeGreaterThan(0);
    // A zoom in and back out lays the same view out from scratch: the rested drawing must be that layout.
    await page.locator("button[data-zoom=in]").click();
    await settled(page);
    await page.locator("button[data-zoom=out]").click();
    await settled(page);
    expect(await drawing(page)).toEqual(rested);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
