import { describe, expect, it } from "vitest";
import { safeUrl } from "../../../src/lib/site/safeUrl.ts";

describe("safeUrl(url)", () => {
  it.each([
    ["https://english.aawsat.com/a", "https://english.aawsat.com/a"],
    ["http://example.org/", "http://example.org/"],
    ["javascript:alert(1)", null],
    ["JAVASCRIPT:alert(1)", null],
    ["data:text/html,<b>x</b>", null],
    ["/relative", null],
    [null, null],
  ])("keeps %s as %s", (url, want) => {
    expect(safeUrl(url)).toBe(want);
  });
});
