import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { headersForPath, parseHeadersFile } from "../../support/headersFile.ts";

const rules = parseHeadersFile(readFileSync("public/_headers", "utf8"));

describe("public/_headers as Netlify and Cloudflare Pages combine it", () => {
  it.each(["/", "/events/2024-12-08-assad-ousted/", "/articles/x/", "/topics/syria/"])("forbids framing %s", (path) => {
    const headers = headersForPath(rules, path);
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["content-security-policy"]).toBe("frame-ancestors 'none'");
  });

  it.each(["/embed/", "/embed/?topics=syria"])("leaves %s frameable by any site", (path) => {
    const headers = headersForPath(rules, new URL(path, "http://x").pathname);
    expect(headers["x-frame-options"]).toBeUndefined();
    expect(headers["content-security-policy"]).toBeUndefined();
  });

  it.each(["/_astro/embed.abc123.js", "/timeline/2024.0123456789.json", "/embed.js"])(
    "lets a sandboxed frame (origin null) load %s",
    (path) => {
      expect(headersForPath(rules, path)["access-control-allow-origin"]).toBe("*");
    },
  );
});
