import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { frameHeight, HEADER_RULES, startTwoSites, type TwoSites } from "../fixtures/embed/twoSites.ts";
import { headersForPath } from "../support/headersFile.ts";
import { useBrowser } from "./support/browser.ts";

describe("public/_headers: the embed frameable and working, the rest of the site not frameable", () => {
  const browser = useBrowser();
  let sites: TwoSites;

  beforeAll(async () => {
    sites = await startTwoSites();
    // The same article framing the site as the e2e setup serves it: without the _headers rules.
    sites.addHostPage("no-headers", {}, inject("baseURL"));
    sites.addHostSnippet("frames-home", `<iframe src="${sites.site.url}/" sandbox="allow-scripts"></iframe>`);
  });

  afterAll(async () => {
    await sites?.close();
  });

  it("needs CORS on /_astro/: without it the sandboxed embed's script never runs and the frame stays 480 px", async () => {
    const page = await browser().newPage({ viewport: { width: 700, height: 900 } });
    // The frame's module script is a CORS request from origin null: without the header it fails, and with it
    // everything that could resize the frame.
    const scriptFailed = page.waitForEvent("requestfailed", {
      predicate: (request) => request.url().includes("/_astro/") && request.resourceType() === "script",
      timeout: 15_000,
    });
    await page.goto(`${sites.host.url}/no-headers.html`);
    await scriptFailed;
    expect(await page.$eval("iframe", (iframe) => iframe.style.height)).toBe("");
    expect(await frameHeight(page)).toBe(480);
    await page.close();
  });

  it("refuses to let another site frame the home page", async () => {
    const page = await browser().newPage();
    await page.goto(`${sites.host.url}/frames-home.html`);
    // Chromium shows its own error page in place of a refused frame.
    await expect
      .poll(async () => (await (await page.$("iframe"))?.contentFrame())?.url(), { timeout: 10_000 })
      .toMatch(/^chrome-error:/);
    await page.close();
  });

  it("covers every built page: /embed/ gets no framing header, every other page both", () => {
    const pages = listHtml("dist").map((file) => `/${relative("dist", file).replace(/index\.html$/, "")}`);
    expect(pages).toContain("/embed/");
    for (const path of pages) {
      const headers = headersForPath(HEADER_RULES, path);
      const framed = path.startsWith("/embed/");
      expect(headers["x-frame-options"], `${path}: add its section to public/_headers`).toBe(
        framed ? undefined : "DENY",
      );
      expect(headers["content-security-policy"], path).toBe(framed ? undefined : "frame-ancestors 'none'");
    }
  });
});

/** Every .html file under a folder. */
function listHtml(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => join(entry.parentPath, entry.name));
}
