import { describe, expect, it } from "vitest";
import { headersForPath, matchesPattern, parseHeadersFile } from "../../support/headersFile.ts";

describe("matchesPattern(pattern, path)", () => {
  it.each([
    ["/*", "/", true],
    ["/*", "/embed/", true],
    ["/", "/", true],
    ["/", "/events/", false],
    ["/embed/*", "/embed/", true],
    ["/embed/*", "/embed", false],
    ["/embed/*", "/embedded/", false],
    ["/events/:id/", "/events/a-1/", true],
    ["/events/:id/", "/events/a/b/", false],
    ["/embed.js", "/embed.js", true],
    ["/embed.js", "/embedXjs", false],
  ])("%s matches %s: %s", (pattern, path, expected) => {
    expect(matchesPattern(pattern, path)).toBe(expected);
  });
});

describe("headersForPath(rules, path)", () => {
  const rules = parseHeadersFile(
    [
      "# comment",
      "/*",
      "  X-Frame-Options: DENY",
      "  A: 1",
      "",
      "/embed/*",
      "  ! X-Frame-Options",
      "  A: 2",
      "  B: x: y",
    ].join("\n"),
  );

  it("applies every matching rule and joins repeated headers with a comma", () => {
    expect(headersForPath(rules, "/")).toEqual({ "x-frame-options": "DENY", a: "1" });
    expect(headersForPath(rules, "/embed/")).toEqual({ a: "1, 2", b: "x: y" });
  });

  it("names the line of a header without a URL", () => {
    expect(() => parseHeadersFile("  A: 1")).toThrow(/line 1/);
    expect(() => parseHeadersFile("/x\n  nonsense")).toThrow(/line 2/);
  });
});
