import { launchBrowser } from "./scripts/support/browser.ts";
import { serveStatic } from "./scripts/support/staticServer.ts";

const server = await serveStatic("dist");
const browser = await launchBrowser();
const context = await browser.newContext({ viewport: { width: 375, height: 900 }, reducedMotion: "reduce" });
const page = await context.newPage();
page.on("pageerror", (e) => console.log("ERR", e.message));
await page.goto(`${server.url}/`);
await page.waitForTimeout(1500);
const ids = [
  "1948-01-01-lebanon-and-israel-have-been-at-a-state-of-war",
  "2000-01-01-israel-withdrew-from-southern-lebanon",
  "2006-01-01-hezbollah-fought-a-war-with-israel",
];
const state = async (label: string) =>
  console.log(
    label,
    page.url().replace(server.url, ""),
    await page.locator(".tl-panel").isVisible(),
    await page
      .locator(".tl-panel .event-title")
      .textContent()
      .catch(() => null),
    await page.evaluate(() => JSON.stringify(history.state)),
    await page.evaluate(() => history.length),
  );
for (const id of ids) {
  await page.locator("button[data-zoom=reset]").click();
  await page.waitForTimeout(100);
  const starts = await page
    .locator("[data-overview] rect.ov-bar")
    .evaluateAll((bs) => bs.map((b) => [b.getAttribute("data-start"), b.getAttribute("data-end")]));
  const y = Number(id.slice(0, 4));
  const t = Date.UTC(y, 6, 1);
  const i = starts.findIndex(([a, b]) => Number(a) <= t && t < Number(b));
  await page.locator("[data-overview] rect.ov-bar").nth(i).click({ force: true });
  await page.waitForTimeout(100);
  const mark = page.locator(`news-timeline svg.tl-svg a.tl-event[data-id="${id}"]`).first();
  console.log(
    id,
    "drawn:",
    await mark.count(),
    await page.evaluate(() => document.querySelector("news-timeline")?.getAttribute("data-view-from")),
  );
  await mark.locator("circle, rect").first().click({ force: true });
  await page.waitForTimeout(600);
  await state("opened");
  await page.locator(".tl-panel button[data-close]").click();
  await state("closed");
}
await browser.close();
await server.close();
