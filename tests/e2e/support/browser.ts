import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";
import { launchBrowser } from "../../../scripts/support/browser.ts";
import { ready, settled, watchErrors } from "./timeline.ts";

/**
 * One Chromium for the tests of a describe block: launched before them, closed after them. Call it inside the block;
 * the function it returns gives the browser once the block's tests run.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error("useBrowser(): the browser is only there while the block's tests run");
    return browser;
  };
}

/** How to open a page of the timeline: the window's width (900 px high) and, if not the default, its colour scheme. */
export interface OpenOptions {
  width?: number;
  colorScheme?: "light" | "dark";
  /** Called with the new page before it loads, to listen to what it does (its requests, say). */
  beforeLoad?: (page: Page) => void;
}

/**
 * Opens a path of the built site in a context of its own with reduced motion (so nothing animates while measured),
 * and waits until the client has drawn the timeline and the drawing has settled. Close it with `page.context().close()`.
 * `errors` collects the console errors and uncaught exceptions, which the site must never produce.
 */
export async function openTimeline(
  browser: Browser,
  path: string,
  { width = 1440, colorScheme, beforeLoad }: OpenOptions = {},
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    reducedMotion: "reduce",
    ...(colorScheme && { colorScheme }),
  });
  const page = await context.newPage();
  const errors = watchErrors(page);
  beforeLoad?.(page);
  await page.goto(`${inject("baseURL")}${path}`);
  await ready(page);
  await settled(page);
  return { page, errors };
}
