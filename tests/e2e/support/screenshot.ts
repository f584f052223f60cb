import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Frame, Locator, Page } from "playwright-core";

/** Git-ignored folder where every e2e run leaves its screenshots for a person to look at. */
export const SCREENSHOT_DIR = join(process.cwd(), "test-results", "screenshots");

/** Saves a full-page PNG named for what it shows, e.g. "home-375-dark". Returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Saves a PNG of one part of the page (the timeline, say), so a person can look at it closely. Returns its path. */
export async function screenshotOf(part: Locator, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await part.screenshot({ path });
  return path;
}

/** What a screenshot shows, measured on the page when it is taken, so a test can assert it. */
export interface PageLook {
  /** How far the page is wider than the window, px (0 when nothing spills sideways). */
  overflowX: number;
  /** Relative luminance (0 black … 1 white) of the page background. */
  backgroundLuminance: number;
  /** Relative luminance of the main heading's text colour. */
  headingLuminance: number;
  /** The main heading is on screen, with a non-empty text. */
  headingVisible: boolean;
}

/** Measures the page's look: sideways overflow, background and heading colours, the heading on screen. */
export async function measureLook(page: Page | Frame, heading = "h1"): Promise<PageLook> {
  return page.evaluate((selector) => {
    const luminance = (css: string): number => {
      const [r, g, b] = (css.match(/[\d.]+/g) ?? ["0", "0", "0"]).slice(0, 3).map((v) => {
        const c = Number(v) / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    // The background is the first element up from <body> that paints one (transparent is "rgba(0, 0, 0, 0)").
    const painted = [document.body, document.documentElement]
      .map((el) => getComputedStyle(el).backgroundColor)
      .find((c) => !/rgba\(0, 0, 0, 0\)|transparent/.test(c));
    const h = document.querySelector(selector);
    const box = h?.getBoundingClientRect();
    return {
      overflowX: Math.max(document.documentElement.scrollWidth - window.innerWidth, 0),
      backgroundLuminance: luminance(painted ?? "rgb(255, 255, 255)"),
      headingLuminance: h ? luminance(getComputedStyle(h).color) : 0,
      headingVisible: Boolean(h?.textContent?.trim() && box && box.width > 0 && box.height > 0),
    };
  }, heading);
}
