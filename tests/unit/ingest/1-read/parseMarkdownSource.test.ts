import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseMarkdownSource } from "../../../../src/lib/ingest/1-read/index.ts";

describe("parseMarkdownSource(file, text)", () => {
  it("reads front matter and joins wrapped lines into paragraphs", () => {
    const text = readFileSync(join(import.meta.dirname, "../../../fixtures/ingest/authored/authored.md"), "utf8");
    const parsed = parseMarkdownSource("authored.md", text);
    expect(parsed).toEqual({
      meta: {
        headline: "Editors Write an Article by Hand",
        published: "2025-04-02",
        url: "https://example.org/articles/hand-written",
        publisher: "Example Desk",
      },
      article: {
        headline: { text: "Editors Write an Article by Hand", line: 2 },
        captions: [],
        pageLines: [],
        lead: 0,
        paragraphs: [
          { text: "The committee approved the plan on Tuesday, its chair said.", line: 9 },
          { text: "The plan was first proposed in March 2024 by the finance ministry.", line: 11 },
        ],
      },
    });
  });

  it.each([
    [
      "no front matter",
      "Just text.\n",
      "skipped: a Markdown source must start with front matter (---, headline: …, ---)",
    ],
    [
      "no headline",
      "---\npublished: 2025-01-01\n---\nText.\n",
      'skipped: front matter field "headline": Invalid input: expected string, received undefined',
    ],
    [
      "a bad date",
      "---\nheadline: H\npublished: March 5\n---\nText.\n",
      'skipped: front matter field "published": expected YYYY-MM-DD',
    ],
    ["no paragraphs", "---\nheadline: H\n---\n\n", "skipped: the Markdown source has front matter but no paragraphs"],
  ])("skips a file with %s, saying why", (_, text, message) => {
    const parsed = parseMarkdownSource("a.md", text);
    expect("message" in parsed && parsed.message).toBe(message);
  });
});
