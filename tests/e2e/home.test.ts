import { describe, expect, inject, it } from "vitest";
import { useBrowser } from "./support/browser.ts";
import { screenshot } from "./support/screenshot.ts";

describe("the built home page in Chromium", () => {
  const browser = useBrowser();

  it("shows the product title and a timeline with an accessible name", async () => {
    const page = await browser().newPage({ viewport: { width: 1440, height: 900 } });
    const response = await page.goto(`${inject("baseURL")}/`);
    expect(response?.status()).toBe(200);
    await expect(page.locator("h1").first().textContent()).resolves.toMatch(/timeline/i);
    const svg = page.locator("svg[role='img'], svg[aria-label], [role='application'] svg").first();
    expect(await svg.count()).toBe(1);
    await screenshot(page, "smoke-home-1440");
    await page.close();
  });
});
