import { describe, expect, it } from "vitest";
import { stripMarkup } from "../../../../src/lib/ingest/1-read/index.ts";

describe("stripMarkup(file, text)", () => {
  it.each([
    ["removes inline tags and keeps their text", "Met on <b>Tuesday</b>.", "Met on Tuesday."],
    ["drops a script with its code", "Before.\n<script>alert('x')</script>\nAfter.", "Before.\n\nAfter."],
    ["keeps the lines a multi-line script spanned", "A\n<script>\nx()\n</script>\nB", "A\n\n\n\nB"],
    [
      "removes a link but keeps its words",
      'Its <a href="javascript:alert(1)">report</a> came out.',
      "Its report came out.",
    ],
    [
      "decodes entities once markup was found, as plain text",
      "<p>5 &lt; 6 &amp; &#8220;yes&#8221;</p>",
      "5 < 6 & \u201Cyes\u201D",
    ],
    ["leaves entities in text that has no markup", "AT&amp;T", "AT&amp;T"],
    ["removes comments", "A<!-- hidden -->B", "AB"],
  ])("%s", (_, input, text) => {
    expect(stripMarkup("a.txt", input).text).toBe(text);
  });

  it("warns once, naming the file and the first line with markup", () => {
    expect(stripMarkup("page.txt", "Clean line\nSecond <i>line</i>\n<b>third</b>").warning).toEqual({
      file: "page.txt",
      line: 2,
      message: "HTML markup found and removed; the text is kept as plain text",
    });
  });

  it("leaves text without markup alone, comparisons included", () => {
    expect(stripMarkup("a.txt", "Prices rose 5 < 6 percent, and 7 > 3.")).toEqual({
      text: "Prices rose 5 < 6 percent, and 7 > 3.",
      warning: null,
    });
  });
});
