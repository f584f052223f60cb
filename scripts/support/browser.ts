import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

/** Debian's Chromium unless CHROME_PATH says otherwise; nothing downloads a browser of its own. */
export function chromiumPath(): string {
  return process.env.CHROME_PATH ?? "/usr/bin/chromium";
}

/** Flags that keep Chromium quiet on a closed network and in a root container. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** How to get a browser, said once, the same way by the setup and the tests. */
export function missingBrowserMessage(path: string): string {
  return [
    `No Chromium at ${path}: the end-to-end tests need a real browser.`,
    "Install Debian's: sudo apt-get update && sudo apt-get install -y chromium",
    "or point CHROME_PATH at a Chromium or Chrome binary.",
  ].join("\n");
}

/** True when the browser tests can run here. */
export function hasBrowser(): boolean {
  return existsSync(chromiumPath());
}

/** Starts headless Chromium through playwright-core. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) throw new Error(missingBrowserMessage(executablePath));
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}
