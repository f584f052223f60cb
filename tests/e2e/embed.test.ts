import { gzipSync } from "node:zlib";
import AxeBuilder from "@axe-core/playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  frameHeight,
  openHost,
  readBuiltItems,
  startTwoSites,
  type TwoSites,
  waitForFit,
} from "../fixtures/embed/twoSites.ts";
import { useBrowser } from "./support/browser.ts";
import { measureLook, screenshot } from "./support/screenshot.ts";

const { topics, items } = readBuiltItems();
const topic = topics.at(-1) as string;
const eventId = (items.findLast((item) => item.topics.includes(topic)) ?? items.at(-1))?.id as string;

describe("the embeddable timeline inside another site's page", () => {
  const browser = useBrowser();
  let sites: TwoSites;
  const open = (name: string, width?: number) => openHost(browser(), sites, name, width);

  beforeAll(async () => {
    sites = await startTwoSites();
    sites.addHostPage("default", {});
    sites.addHostPage("dark", { theme: "dark" });
    sites.addHostPage("untitled", { title: false });
    sites.addHostPage("tall", { height: 640 });
    sites.addHostPage("topic", { topics: [topic], from: "2011-01-01", to: "2025-12-31" });
    sites.addHostPage("event", { event: eventId });
    sites.addHostPage("named", { id: "chart-1" });
  });

  afterAll(async () => {
    await sites?.close();
  });

  it("resizes the iframe to the embed's content, without errors in a sandboxed frame", async () => {
    const { page, frame, errors } = await open("default");
    const content = await frame.$eval("[data-embed]", (el) => Math.ceil(el.getBoundingClientRect().height));
    expect(await frameHeight(page)).toBe(content);
    expect(content).not.toBe(480);
    // Nothing to scroll inside the frame once it fits.
    expect(await frame.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("posts version 1 height messages carrying the frame's id", async () => {
    const page = await browser().newPage({ viewport: { width: 700, height: 900 } });
    await page.addInitScript(() => {
      const seen: unknown[] = [];
      Object.assign(window, { seen });
      window.addEventListener("message", (event) => seen.push(event.data));
    });
    await page.goto(`${sites.host.url}/named.html`);
    await page.waitForFunction(() => (window as unknown as { seen: unknown[] }).seen.length > 0);
    const seen = await page.evaluate(() => (window as unknown as { seen: unknown[] }).seen);
    expect(seen[0]).toEqual({ type: "timeline:height", v: 1, id: "chart-1", height: expect.any(Number) });
    await page.close();
  });

  it("follows theme=dark, title=0 and height=640 from the query string", async () => {
    const dark = await open("dark");
    expect(await dark.frame.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    const background = () => getComputedStyle(document.documentElement).backgroundColor;
    expect(await dark.frame.evaluate(background)).toBe("rgb(18, 20, 23)");
    await dark.page.close();

    const untitled = await open("untitled");
    // Hidden from sight, not from screen readers: the frame keeps its heading.
    const headerHeight = await untitled.frame.$eval(".embed-header", (el) => el.getBoundingClientRect().height);
    expect(headerHeight).toBeLessThanOrEqual(1);
    expect(await untitled.frame.textContent("h1")).toBe("News timeline");
    await untitled.page.close();

    const tall = await open("tall");
    expect(await frameHeight(tall.page)).toBe(640);
    await tall.page.close();
  });

  it("treats malformed and unknown parameters as absent: the default view, no error", async () => {
    const page = await browser().newPage({ viewport: { width: 700, height: 900 } });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    const label = () => document.querySelector("svg.tl-svg")?.getAttribute("aria-label");
    const ready = () => !document.querySelector(".tl-zoom")?.hasAttribute("hidden");
    await page.goto(`${sites.site.url}/embed/`);
    await page.waitForFunction(ready);
    const defaultLabel = await page.evaluate(label);
    const response = await page.goto(
      `${sites.site.url}/embed/?topics=%3Cscript%3E,no-such-topic&from=2025-13&to=yesterday&event=%ZZ&theme=purple&title=maybe&height=1e9&utm_source=x`,
    );
    expect(response?.status()).toBe(200);
    await page.waitForFunction(ready);
    expect(await page.evaluate(label)).toBe(defaultLabel);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("light");
    expect(await page.textContent("[data-embed-title]")).toBe("News timeline");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("stays light on a dark system unless theme=auto", async () => {
    const page = await browser().newPage({ viewport: { width: 700, height: 900 }, colorScheme: "dark" });
    const background = () => getComputedStyle(document.documentElement).backgroundColor;
    await page.goto(`${sites.site.url}/embed/`);
    expect(await page.evaluate(background)).toBe("rgb(255, 255, 255)");
    await page.goto(`${sites.site.url}/embed/?theme=auto`);
    expect(await page.evaluate(background)).toBe("rgb(18, 20, 23)");
    await page.close();
  });

  it("shows only the chosen topic, titles it and links the full timeline to the same view", async () => {
    const { page, frame } = await open("topic");
    const expected = items.filter((item) => item.topics.includes(topic)).length;
    await frame.waitForFunction(
      (n) => document.querySelector("svg.tl-svg")?.getAttribute("aria-label")?.startsWith(`Timeline of ${n} events`),
      expected,
    );
    const drawn = await frame.$$eval("a.tl-event", (links) => links.map((a) => a.getAttribute("data-id") ?? ""));
    expect(drawn.length).toBeGreaterThan(0);
    for (const id of drawn) expect(items.find((item) => item.id === id)?.topics, id).toContain(topic);
    // The topic's display name (from the gazetteer) follows the product name.
    expect(await frame.textContent("[data-embed-title]")).toMatch(/^News timeline: \S/);
    const href = await frame.getAttribute("[data-embed-open]", "href");
    expect(new URL(href ?? "", frame.url()).search).toBe(`?from=2011-01-01&to=2025-12-31&topics=${topic}`);
    await page.close();
  });

  it("opens the event named by event=, and the frame grows to fit the panel", async () => {
    const plain = await open("default");
    const closedHeight = await frameHeight(plain.page);
    await plain.page.close();
    const { page, frame } = await open("event");
    await frame.waitForSelector(".tl-panel:not([hidden]) .event-title");
    const grown = (h: number) => (document.querySelector("iframe")?.getBoundingClientRect().height ?? 0) > h;
    await page.waitForFunction(grown, closedHeight);
    const content = await frame.$eval("[data-embed]", (el) => Math.ceil(el.getBoundingClientRect().height));
    expect(await frameHeight(page)).toBe(Math.min(content, 5000));
    // Links in the panel (sources, permalink) leave the frame too.
    const targets = await frame.$$eval(".tl-panel a[href]:not([href^='#'])", (links) =>
      links.map((a) => a.getAttribute("target")),
    );
    expect(targets.length).toBeGreaterThan(0);
    expect(new Set(targets)).toEqual(new Set(["_blank"]));
    await page.close();
  });

  it("works from the keyboard inside the frame: arrows move between events, Enter opens one", async () => {
    const { page, frame } = await open("default");
    const focused = () => (document.activeElement as HTMLElement | null)?.dataset.id;
    await frame.focus("a.tl-event[tabindex='0']");
    const first = await frame.evaluate(focused);
    await page.keyboard.press("ArrowRight");
    const second = await frame.evaluate(focused);
    expect(second).toBeTruthy();
    expect(second).not.toBe(first);
    expect(await frame.isVisible(".tl-hint")).toBe(true);
    await page.keyboard.press("Enter");
    await frame.waitForSelector(".tl-panel:not([hidden])");
    expect(await frame.textContent("[data-live]")).toMatch(/^Opened: /);
    await page.keyboard.press("Escape");
    await frame.waitForSelector(".tl-panel", { state: "hidden" });
    // Closing the panel stays inside the frame: the host page did not go back.
    expect(page.url()).toBe(`${sites.host.url}/default.html`);
    await page.close();
  });

  it("opens links in a new tab, outside the frame", async () => {
    const { page, frame } = await open("default");
    const links = await frame.$$eval("a[href]", (all) =>
      all.map((a) => ({
        href: a.getAttribute("href") ?? "",
        target: a.getAttribute("target"),
        rel: a.getAttribute("rel") ?? "",
      })),
    );
    for (const link of links.filter((l) => !l.href.startsWith("#"))) {
      expect(link.target, link.href).toBe("_blank");
      expect(link.rel, link.href).toContain("noopener");
    }
    const frameUrl = frame.url();
    const [popup] = await Promise.all([page.waitForEvent("popup"), frame.click("[data-embed-open]")]);
    expect(new URL(popup.url()).pathname).toBe("/");
    expect(new URL(popup.url()).origin).toBe(sites.site.url);
    // The new tab inherits the sandbox (origin null): the full timeline must work there too.
    await popup.waitForSelector(".tl-zoom:not([hidden])");
    expect(frame.url()).toBe(frameUrl);
    await page.close();
  });

  it("ignores height messages of the wrong shape, out of bounds or from another window", async () => {
    const { page, frame } = await open("default");
    // Every height the host gives the frame from now on, in order.
    await page.evaluate(() => {
      const iframe = document.querySelector("iframe");
      const seen: string[] = [];
      (window as unknown as { heightsSeen: string[] }).heightsSeen = seen;
      if (iframe)
        new MutationObserver(() => seen.push(iframe.style.height)).observe(iframe, { attributeFilter: ["style"] });
    });
    const bad = [
      { type: "timeline:height", v: 1, height: 99 },
      { type: "timeline:height", v: 1, height: 99999 },
      { type: "timeline:height", v: 2, height: 300 },
      { type: "timeline:height", v: 1, height: "300" },
      { type: "resize", v: 1, height: 300 },
      JSON.stringify({ type: "timeline:height", v: 1, height: 300 }),
      null,
    ];
    await frame.evaluate((messages) => {
      for (const m of messages) window.parent.postMessage(m, "*");
    }, bad);
    // The host's own window is not a timeline frame, even with a perfect message.
    await page.evaluate(() => window.postMessage({ type: "timeline:height", v: 1, height: 300 }, "*"));
    // A message into the embed is ignored too: it listens to none.
    await page.evaluate(() =>
      document.querySelector("iframe")?.contentWindow?.postMessage({ type: "timeline:height", v: 1, height: 300 }, "*"),
    );
    // The control: the same channel with a good message does resize. Messages are handled in order, so once it
    // has applied every bad one before it has been handled too, and none may have changed the height.
    await frame.evaluate(() => window.parent.postMessage({ type: "timeline:height", v: 1, height: 333 }, "*"));
    await page.waitForFunction(() => document.querySelector("iframe")?.style.height === "333px");
    expect(await page.evaluate(() => (window as unknown as { heightsSeen: string[] }).heightsSeen)).toEqual(["333px"]);
    await page.close();
  });

  it("loads at most 35 KB of gzipped JavaScript", async () => {
    const page = await browser().newPage();
    const scripts: Promise<number>[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() === "script")
        scripts.push(response.body().then((body) => gzipSync(body).length));
    });
    await page.goto(`${sites.site.url}/embed/`, { waitUntil: "networkidle" });
    const inline = await page.$$eval("script:not([src])", (all) => all.map((s) => s.textContent ?? ""));
    const total = (await Promise.all(scripts)).reduce((a, b) => a + b, 0) + gzipSync(inline.join("")).length;
    console.log(`embed JavaScript: ${(total / 1024).toFixed(1)} KB gzip in ${scripts.length} files plus inline`);
    expect(total).toBeLessThan(35 * 1024);
    await page.close();
  });

  it("has no axe violations, alone and in dark", async () => {
    for (const query of ["", "?theme=dark"]) {
      const context = await browser().newContext({ viewport: { width: 700, height: 600 } });
      const page = await context.newPage();
      await page.goto(`${sites.site.url}/embed/${query}`);
      const results = await new AxeBuilder({ page }).analyze();
      const violations = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      expect(violations, query).toEqual([]);
      await context.close();
    }
  });

  it("shows the default view before any script runs (JavaScript off)", async () => {
    const context = await browser().newContext({ viewport: { width: 700, height: 500 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${sites.site.url}/embed/`);
    expect(await page.textContent("h1")).toBe("News timeline");
    expect(await page.locator("svg.tl-svg:visible").count()).toBe(1);
    expect(await page.locator("a.tl-event").count()).toBeGreaterThan(0);
    // <base target="_blank">: even without the client, links leave the frame.
    expect(await page.getAttribute("base", "target")).toBe("_blank");
    await screenshot(page, "embed-700-nojs");
    await context.close();
  });

  it.each([320, 700])(
    "fits the frame at %i px wide, light, dark and with an event open (screenshots)",
    async (width) => {
      for (const name of ["default", "dark", "event"]) {
        const { page, frame, errors } = await open(name, width);
        if (name === "event") {
          await frame.waitForSelector(".tl-panel:not([hidden]) .event-title");
          await waitForFit(page, frame);
        }
        await screenshot(page, `embed-host-${width}-${name}`);
        const look = await measureLook(frame);
        // Nothing spills sideways or needs scrolling inside the frame, and the frame sits in the article's column.
        expect(look.overflowX, name).toBe(0);
        expect(await frame.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight), name).toBe(
          true,
        );
        expect((await page.locator("iframe").boundingBox())?.width, name).toBeLessThanOrEqual(width);
        expect(look.headingVisible, name).toBe(true);
        // Dark is dark and light is light, with the heading readable on it.
        const dark = name === "dark";
        expect(dark ? look.backgroundLuminance < 0.05 : look.backgroundLuminance > 0.8, name).toBe(true);
        expect(dark ? look.headingLuminance > 0.5 : look.headingLuminance < 0.1, name).toBe(true);
        if (name === "event") expect(await frame.locator(".tl-panel .event-title").isVisible()).toBe(true);
        expect(errors, name).toEqual([]);
        await page.close();
      }
    },
  );
});
