import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";

/** Git-ignored folder where every e2e run leaves its screenshots for a person to look at. */
export const SCREENSHOT_DIR = join(process.cwd(), "test-results", "screenshots");

/** Saves a full-page PNG named for what it shows, e.g. "home-375-dark". Returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
