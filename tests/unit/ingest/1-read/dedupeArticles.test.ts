import { describe, expect, it } from "vitest";
import type { ArticleCopy } from "../../../../src/lib/ingest/1-read/index.ts";
import { dedupeArticles } from "../../../../src/lib/ingest/1-read/index.ts";

const copy = (file: string, headline: string, paragraphs: string[]): ArticleCopy => ({
  file,
  frontMatter: null,
  raw: {
    headline: { text: headline, line: 1 },
    captions: [],
    pageLines: [],
    paragraphs: paragraphs.map((text, i) => ({ text, line: i + 3 })),
    lead: 0,
  },
});

describe("dedupeArticles(copies)", () => {
  it("folds copies of one headline into one article listing every file", () => {
    const { articles, duplicates } = dedupeArticles([
      copy("b.txt", "Same Story", ["P."]),
      copy("a.txt", "Same  Story", ["P."]),
      copy("a.txt", "Other", ["Q."]),
    ]);
    expect(articles.map((a) => [a.copy.raw.headline.text, a.files])).toEqual([
      ["Same  Story", ["a.txt", "b.txt"]],
      ["Other", ["a.txt"]],
    ]);
    expect(duplicates).toBe(1);
  });

  it("keeps the fuller copy and warns about the one that differs", () => {
    const { articles, warnings } = dedupeArticles([
      copy("a.txt", "Story", ["P."]),
      copy("b.txt", "Story", ["P.", "More."]),
    ]);
    expect(articles[0]?.copy.file).toBe("b.txt");
    expect(warnings).toEqual([
      { file: "a.txt", line: 1, message: '"Story" differs from its copy in b.txt; used the fuller copy there' },
    ]);
  });
});
