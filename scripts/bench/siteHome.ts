// The home page at scale in Chromium beside vis-timeline with the same events, driven through the DevTools protocol:
// bytes transferred before the first input, time to interactive, and frames (rAF intervals) and long tasks while
// zooming (Ctrl + wheel) and panning (drag) at the default, one-year and one-month windows. Served gzip from loopback.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, CDPSession, Page } from "playwright-core";
import { launchBrowser } from "../support/browser.ts";
import { serveStatic } from "../support/staticServer.ts";
import { type Benchmark, type BenchRow, figure, median } from "./benchmark.ts";
import { buildSite, withSampleSite } from "./siteBuild.ts";
import { writeVisTimelinePage } from "./visTimelinePage.ts";

/** What one page load and its gestures measured. */
interface Measure {
  /** Bytes on the wire (after gzip) before the first input, and in all. */
  bytesBefore: number;
  bytesAll: number;
  /** From navigation start until the page answers input and no long task is running, ms. */
  interactive: number;
  /** Frame intervals while zooming and panning: p50, p95, max, ms; long tasks and their total, ms. */
  p50: number;
  p95: number;
  max: number;
  /** p95 of the frames while zooming, and of those while panning, ms. */
  zoomP95: number;
  panP95: number;
  longTasks: number;
  longTaskMs: number;
  elements: number;
}

const VIEWPORT = { width: 1280, height: 800 };

// Installed before any page script: long tasks and the moment the page marks itself ready.
const RECORDER = () => {
  const w = window as unknown as Record<string, unknown>;
  const tasks: [number, number][] = [];
  w.__tasks = tasks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push([entry.startTime, entry.duration]);
  }).observe({ type: "longtask", buffered: true });
  new MutationObserver(() => {
    const el = document.querySelector("news-timeline[data-ready], html[data-ready]");
    if (el && w.__ready === undefined) w.__ready = performance.now();
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-ready"] });
};

async function measurePage(browser: Browser, url: string, box: string): Promise<Measure> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  let bytes = 0;
  cdp.on("Network.loadingFinished", (event) => {
    bytes += event.encodedDataLength;
  });
  await page.addInitScript(RECORDER);
  await page.goto(url, { waitUntil: "commit" });
  await page.waitForFunction(() => (window as unknown as { __ready?: number }).__ready !== undefined, null, {
    timeout: 60_000,
  });
  // Interactive: ready, and no long task that began before then is still running.
  const interactive = await page.evaluate(() => {
    const w = window as unknown as { __ready: number; __tasks: [number, number][] };
    return Math.max(w.__ready, ...w.__tasks.filter(([start]) => start <= w.__ready).map(([s, d]) => s + d));
  });
  await page.waitForTimeout(800);
  const bytesBefore = bytes;
  const target = await page.locator(box).first().boundingBox();
  if (!target) throw new Error(`${url}: no ${box} on the page`);
  const x = Math.round(target.x + target.width / 2);
  const y = Math.round(target.y + Math.min(target.height / 2, 120));
  const tasksBefore = await page.evaluate(() => (window as unknown as { __tasks: unknown[] }).__tasks.length);
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__frames = [];
    w.__recording = true;
    const tick = (t: number) => {
      if (!w.__recording) return;
      w.__frames.push(t);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const panFrom = await gestures(cdp, page, x, y);
  const { frames, tasks } = await page.evaluate((from) => {
    const w = window as unknown as { __frames: number[]; __recording: boolean; __tasks: [number, number][] };
    w.__recording = false;
    return { frames: w.__frames, tasks: w.__tasks.slice(from) };
  }, tasksBefore);
  await page.waitForTimeout(500);
  const elements = await page.evaluate(() => document.getElementsByTagName("*").length);
  const intervals = frames.slice(1).map((t, i) => t - (frames[i] as number));
  // A frame belongs to the gesture under way when it ended.
  const during = (pan: boolean) => intervals.filter((_, i) => (frames[i + 1] as number) >= panFrom === pan);
  await context.close();
  return {
    bytesBefore,
    bytesAll: bytes,
    interactive,
    p50: quantile(intervals, 0.5),
    p95: quantile(intervals, 0.95),
    max: Math.max(...intervals),
    zoomP95: quantile(during(false), 0.95),
    panP95: quantile(during(true), 0.95),
    longTasks: tasks.length,
    longTaskMs: tasks.reduce((sum, [, d]) => sum + d, 0),
    elements,
  };
}

/**
 * Zooms in and out with Ctrl + wheel at the middle, then drags the view 600 px each way, an event per frame or two.
 * Returns the page's clock when the drags began.
 */
async function gestures(cdp: CDPSession, page: Page, x: number, y: number): Promise<number> {
  const wheel = (deltaY: number) =>
    cdp.send("Input.dispatchMouseEvent", { type: "mouseWheel", x, y, deltaX: 0, deltaY, modifiers: 2 });
  for (const deltaY of [...Array(8).fill(-100), ...Array(8).fill(100)]) {
    await wheel(deltaY);
    await page.waitForTimeout(32);
  }
  const panFrom = await page.evaluate(() => performance.now());
  for (const direction of [-1, 1]) {
    await cdp.send("Input.dispatchMouseEvent", { type: "mousePressed", x, y, button: "left", clickCount: 1 });
    for (let step = 1; step <= 30; step += 1) {
      await cdp.send("Input.dispatchMouseEvent", {
        type: "mouseMoved",
        x: x + direction * step * 20,
        y,
        button: "left",
      });
      await page.waitForTimeout(16);
    }
    await cdp.send("Input.dispatchMouseEvent", { type: "mouseReleased", x: x + direction * 600, y, button: "left" });
    await page.waitForTimeout(100);
  }
  return panFrom;
}

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(Math.floor(q * sorted.length), sorted.length - 1)] ?? Number.NaN;
}

/** The figures of one window, ours and vis-timeline's, with vis-timeline ÷ ours. */
function row(name: string, ours: number, theirs: number): BenchRow {
  return { row: name, ours: figure(ours), "vis-timeline": figure(theirs), "vis ÷ ours": figure(theirs / ours) };
}

export const siteHome: Benchmark = {
  name: "site-home",
  about:
    "the home page at scale in Chromium beside vis-timeline (same events, same session): bytes, interactive, frames",
  options: {
    events: "sample events (20000)",
    dist: "a built site to measure instead of building one (its content is what vis-timeline gets too)",
  },
  run: async (context) => {
    const events = Number(context.options.events ?? 20_000);
    const measure = async (siteDir: string) => {
      const visDir = mkdtempSync(join(tmpdir(), "bench-vis-"));
      const site = await serveStatic(join(siteDir, "dist"), { gzip: true });
      const vis = await serveStatic(visDir, { gzip: true });
      const browser = await launchBrowser();
      try {
        const count = writeVisTimelinePage(visDir, join(siteDir, "dist/events.json"));
        // Our default window, read from the page, is the window vis-timeline opens on too.
        const probe = await browser.newPage({ viewport: VIEWPORT });
        await probe.goto(`${site.url}/`);
        await probe.waitForSelector("news-timeline[data-ready]");
        const from = await probe.locator("news-timeline").getAttribute("data-view-from");
        const to = await probe.locator("news-timeline").getAttribute("data-view-to");
        await probe.close();
        const year = (to ?? "2025").slice(0, 4);
        const windows: [string, string, string][] = [
          ["default", from ?? "", to ?? ""],
          ["one year", `${Number(year) - 1}-01-01`, `${Number(year) - 1}-12-31`],
          ["one month", `${Number(year) - 1}-06-01`, `${Number(year) - 1}-06-30`],
        ];
        const rows: BenchRow[] = [];
        const all: { ours: Measure[]; vis: Measure[] }[] = [];
        for (const [name, a, b] of windows) {
          const ours: Measure[] = [];
          const theirs: Measure[] = [];
          const query = name === "default" ? "" : `?from=${a}&to=${b}`;
          for (let run = 0; run < context.runs; run += 1) {
            ours.push(await measurePage(browser, `${site.url}/${query}`, "news-timeline svg.tl-svg"));
            theirs.push(await measurePage(browser, `${vis.url}/?from=${a}&to=${b}`, "#timeline .vis-panel.vis-center"));
            context.log(
              `${name}, run ${run + 1}: p95 ${ours.at(-1)?.p95.toFixed(1)} ms ours, ${theirs.at(-1)?.p95.toFixed(1)} ms vis-timeline`,
            );
          }
          all.push({ ours, vis: theirs });
          const m = (list: Measure[], key: keyof Measure) => median(list.map((x) => x[key]));
          rows.push(row(`${name}: frame p50 ms`, m(ours, "p50"), m(theirs, "p50")));
          rows.push(row(`${name}: frame p95 ms`, m(ours, "p95"), m(theirs, "p95")));
          rows.push(row(`${name}: frame max ms`, m(ours, "max"), m(theirs, "max")));
          rows.push(row(`${name}: zoom frame p95 ms`, m(ours, "zoomP95"), m(theirs, "zoomP95")));
          rows.push(row(`${name}: pan frame p95 ms`, m(ours, "panP95"), m(theirs, "panP95")));
          rows.push(row(`${name}: long tasks`, m(ours, "longTasks"), m(theirs, "longTasks")));
          rows.push(row(`${name}: long task ms`, m(ours, "longTaskMs"), m(theirs, "longTaskMs")));
        }
        // Loading is measured on every load; the default window's loads are the home page as a reader opens it.
        const first = all[0] as { ours: Measure[]; vis: Measure[] };
        const m = (list: Measure[], key: keyof Measure) => median(list.map((x) => x[key]));
        rows.unshift(
          row("KB before first input", m(first.ours, "bytesBefore") / 1024, m(first.vis, "bytesBefore") / 1024),
          row("KB after the gestures", m(first.ours, "bytesAll") / 1024, m(first.vis, "bytesAll") / 1024),
          row("interactive ms", m(first.ours, "interactive"), m(first.vis, "interactive")),
          row("DOM elements", m(first.ours, "elements"), m(first.vis, "elements")),
        );
        return {
          rows,
          notes: [
            `${count} events; Chromium ${browser.version()} at ${VIEWPORT.width}×${VIEWPORT.height}, cache off, gzip`,
            `windows: default ${from} to ${to}; one year ${windows[1]?.[1]} to ${windows[1]?.[2]}; one month ${windows[2]?.[1]} to ${windows[2]?.[2]}`,
            "frames are requestAnimationFrame intervals during 16 Ctrl + wheel steps and two 600 px drags (zoom and pan rows: each part alone)",
          ],
        };
      } finally {
        await browser.close();
        await site.close();
        await vis.close();
        rmSync(visDir, { recursive: true, force: true });
      }
    };
    if (context.options.dist) return measure(context.options.dist);
    return withSampleSite(events, async (dir) => {
      context.log(`building ${events} sample events`);
      await buildSite(dir);
      return measure(dir);
    });
  },
};
