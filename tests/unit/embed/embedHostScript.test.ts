import { readFileSync } from "node:fs";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { EMBED_HEIGHT_BOUNDS } from "../../../src/lib/embed/embedParams.ts";
import { HEIGHT_MESSAGE_TYPE, HEIGHT_MESSAGE_VERSION } from "../../../src/lib/embed/heightMessage.ts";
import { MESSAGE_CASES } from "../../fixtures/embed/heightMessageCases.ts";

const SOURCE = readFileSync("public/embed.js", "utf8");

interface FakeFrame {
  src: string;
  contentWindow: object;
  style: { height?: string };
}

/** Loads the shipped host script into a stub page with the given frames; returns a way to post to it. */
function hostPage(frames: FakeFrame[]) {
  const listeners: ((event: unknown) => void)[] = [];
  const window: Record<string, unknown> = {
    addEventListener: (type: string, listener: (event: unknown) => void) =>
      type === "message" && listeners.push(listener),
  };
  const document = { baseURI: "https://host.example/article", querySelectorAll: () => frames };
  runInNewContext(SOURCE, { window, document, URL });
  return {
    listeners,
    post: (data: unknown, source: object, origin = "null") => {
      for (const listener of listeners) listener({ data, source, origin });
    },
    load: () => runInNewContext(SOURCE, { window, document, URL }),
  };
}

const frame = (src = "https://timeline.example/embed/"): FakeFrame => ({ src, contentWindow: {}, style: {} });

describe("public/embed.js (the host script as shipped)", () => {
  it("uses the library's message type, version and bounds", () => {
    expect(SOURCE).toContain(`const TYPE = "${HEIGHT_MESSAGE_TYPE}";`);
    expect(SOURCE).toContain(`const VERSION = ${HEIGHT_MESSAGE_VERSION};`);
    expect(SOURCE).toContain(`const MIN = ${EMBED_HEIGHT_BOUNDS.min};`);
    expect(SOURCE).toContain(`const MAX = ${EMBED_HEIGHT_BOUNDS.max};`);
  });

  it("stays a few kilobytes", () => {
    expect(SOURCE.length).toBeLessThan(4096);
  });

  it.each(MESSAGE_CASES)("%s → resizes: %s", (_, data, accepted) => {
    const f = frame();
    hostPage([f]).post(data, f.contentWindow);
    expect(f.style.height).toBe(accepted ? `${(data as { height: number }).height}px` : undefined);
  });

  it("resizes only the frame whose window sent the message", () => {
    const a = frame();
    const b = frame();
    hostPage([a, b]).post({ type: "timeline:height", v: 1, height: 700 }, b.contentWindow);
    expect([a.style.height, b.style.height]).toEqual([undefined, "700px"]);
  });

  it("ignores a window that is not one of the marked frames", () => {
    const a = frame();
    hostPage([a]).post({ type: "timeline:height", v: 1, height: 700 }, {});
    expect(a.style.height).toBeUndefined();
  });

  it("accepts the frame's own origin or a sandbox's null origin, not a site the frame navigated to", () => {
    const a = frame();
    const page = hostPage([a]);
    page.post({ type: "timeline:height", v: 1, height: 300 }, a.contentWindow, "https://timeline.example");
    expect(a.style.height).toBe("300px");
    page.post({ type: "timeline:height", v: 1, height: 900 }, a.contentWindow, "https://evil.example");
    expect(a.style.height).toBe("300px");
  });

  it("adds one listener however many times the page includes it", () => {
    const page = hostPage([]);
    page.load();
    expect(page.listeners).toHaveLength(1);
  });
});
