import type { Frame, Page } from "playwright-core";
import { expect } from "vitest";

/** An event as /events.json publishes it: what the reading tests need of it. */
export interface DataEvent {
  id: string;
  title: string;
  date: { start: string; end: string; precision: string };
  topics: string[];
  context: boolean;
  sources: { quote: string; headline: string; article: string }[];
}

const DAY = 86_400_000;

/** The site's events, from its own open-data document. */
export async function readEvents(base: string): Promise<DataEvent[]> {
  return ((await (await fetch(`${base}/events.json`)).json()) as { events: DataEvent[] }).events;
}

/** Collects console errors and uncaught exceptions, which the site must never produce. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

/** Waits until the client has taken over the drawing (its controls show). */
export async function ready(page: Page | Frame): Promise<void> {
  await page.waitForFunction(() => {
    const root = document.querySelector("news-timeline");
    return (
      root &&
      !root.querySelector(".tl-zoom")?.hasAttribute("hidden") &&
      root.querySelectorAll("svg.tl-svg").length === 1
    );
  });
}

/** The window on screen, as <news-timeline> carries it (from and to as days, `to` the last day shown). */
export async function viewDays(page: Page | Frame): Promise<{ from: string; to: string }> {
  return page.evaluate(() => {
    const root = document.querySelector<HTMLElement>("news-timeline");
    return { from: root?.dataset.viewFrom ?? "", to: root?.dataset.viewTo ?? "" };
  });
}

/** Events that reach into a window of days (to inclusive). */
export function inWindow(events: readonly DataEvent[], window: { from: string; to: string }): DataEvent[] {
  const from = Date.parse(`${window.from}T00:00:00Z`);
  const to = Date.parse(`${window.to}T00:00:00Z`) + DAY;
  return events.filter(
    (e) => Date.parse(`${e.date.end}T00:00:00Z`) + DAY > from && Date.parse(`${e.date.start}T00:00:00Z`) < to,
  );
}

/** What the drawing shows of its events: drawn marks (by id), labelled ones, and those behind clusters. */
export async function drawnCounts(
  page: Page | Frame,
): Promise<{ drawn: string[]; labelled: string[]; clustered: number; clusterSizes: number[] }> {
  return page.evaluate(() => {
    const svg = document.querySelector("news-timeline svg.tl-svg");
    const marks = [...(svg?.querySelectorAll<SVGAElement>("a.tl-event") ?? [])];
    const sizes = [...(svg?.querySelectorAll("g.tl-cluster") ?? [])].map((c) => Number(c.getAttribute("data-count")));
    return {
      drawn: [...new Set(marks.map((a) => a.dataset.id ?? ""))],
      labelled: [
        ...new Set(marks.filter((a) => a.querySelector("text")?.textContent?.trim()).map((a) => a.dataset.id ?? "")),
      ],
      clustered: sizes.reduce((a, b) => a + b, 0),
      clusterSizes: sizes,
    };
  });
}

/** Sum of the counts the overview strip shows. */
export async function overviewTotal(page: Page | Frame): Promise<number> {
  return page.evaluate(() =>
    [...document.querySelectorAll("[data-overview] svg rect.ov-bar")]
      .filter((bar) => bar.getBoundingClientRect().width > 0)
      .reduce((sum, bar) => sum + Number(bar.getAttribute("data-count")), 0),
  );
}

/** Waits until the drawing has caught up with the view (its accessible name names the window). */
export async function settled(page: Page | Frame): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(
        () => new Promise<boolean>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(true)))),
      ),
    )
    .toBe(true);
}
