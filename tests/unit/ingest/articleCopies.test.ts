import { describe, expect, it } from "vitest";
import { dedupeArticles, readSources } from "../../../src/lib/ingest/1-read/index.ts";
import { page } from "../../support/ingestText.ts";

/** A made-up story as its first scrape printed it, and the pieces re-scrapes add or change. */
const HEADLINE = "Ministers Agree Plan to Rebuild Bridge";
const DATE_LINE = "Published 14 May 2024";
const BODY = [
  "Ministers agreed on Wednesday to rebuild the river bridge that collapsed in last month's storm.",
  "“Work will start before the summer,” the transport minister told reporters after the meeting.",
  "Engineers expect the new bridge to open to traffic within two years.",
];
const CAPTION = "The collapsed bridge seen from the east bank. Photo: Jane Doe/AFP";
const straight = (s: string) => s.replace(/[“”]/g, '"');

/** Each row: the files holding the story, and which file's copy should win (the fullest). */
const COPIES: readonly { how: string; files: Record<string, string>; winner: string; warns: boolean }[] = [
  {
    how: "exact copies",
    files: { "a.txt": page(HEADLINE, DATE_LINE, ...BODY), "b.txt": page(HEADLINE, DATE_LINE, ...BODY) },
    winner: "a.txt",
    warns: false,
  },
  {
    how: "a re-scrape with widget lines",
    files: {
      "a.txt": page(HEADLINE, DATE_LINE, ...BODY),
      "b.txt": page(
        HEADLINE,
        "Share on Facebook",
        "Share on X",
        DATE_LINE,
        BODY[0] as string,
        "Advertisement",
        ...BODY.slice(1),
        "Most read",
      ),
    },
    winner: "a.txt",
    warns: false,
  },
  {
    how: "a re-scrape with a caption more",
    files: { "a.txt": page(HEADLINE, DATE_LINE, ...BODY), "b.txt": page(HEADLINE, CAPTION, DATE_LINE, ...BODY) },
    winner: "a.txt",
    warns: false,
  },
  {
    how: "a re-scrape with straight quotes",
    files: { "a.txt": page(HEADLINE, DATE_LINE, ...BODY), "b.txt": page(HEADLINE, DATE_LINE, ...BODY.map(straight)) },
    winner: "a.txt",
    warns: false,
  },
  {
    how: "a re-scrape with changed spacing",
    files: {
      "a.txt": page(HEADLINE, DATE_LINE, ...BODY),
      "b.txt": page(`  ${HEADLINE}`, DATE_LINE, ...BODY.map((p) => p.replace(/ /g, "  ").replace(/\.$/, ". "))),
    },
    winner: "a.txt",
    warns: false,
  },
  {
    how: "a re-scrape with the header printed twice",
    files: {
      "a.txt": page(HEADLINE, DATE_LINE, ...BODY),
      "b.txt": page(`${HEADLINE}\n${HEADLINE}`, DATE_LINE, ...BODY),
    },
    winner: "a.txt",
    warns: false,
  },
  {
    how: "a shorter first scrape",
    files: { "a.txt": page(HEADLINE, DATE_LINE, ...BODY.slice(0, 2)), "b.txt": page(HEADLINE, DATE_LINE, ...BODY) },
    winner: "b.txt",
    warns: true,
  },
  {
    how: "three files, the fullest in the middle",
    files: {
      "a.txt": page(HEADLINE, DATE_LINE, ...BODY.slice(0, 2)),
      "b.txt": page(HEADLINE, CAPTION, DATE_LINE, ...BODY),
      "c.txt": page(HEADLINE.toUpperCase(), DATE_LINE, ...BODY.slice(0, 1)),
    },
    winner: "b.txt",
    warns: true,
  },
  {
    how: "a copy inside a file of two articles",
    files: {
      "a.txt": page(HEADLINE, DATE_LINE, ...BODY),
      "b.txt": `${page("Storm Warning Issued for the Coast", "Published 13 May 2024", "Forecasters warned of gales along the coast on Thursday, with gusts of up to 90 km/h.")}\n\n\n${page(HEADLINE, DATE_LINE, ...BODY)}`,
    },
    winner: "a.txt",
    warns: false,
  },
];

function ingest(files: Record<string, string>) {
  const sources = Object.entries(files).map(([file, text]) => {
    const bytes = new TextEncoder().encode(text);
    return { file, size: bytes.length, bytes };
  });
  return dedupeArticles(readSources(sources).copies);
}

describe("one article found in several files", () => {
  it.each(COPIES)(
    "folds $how into one article listing every file, the fullest copy winning",
    ({ files, winner, warns }) => {
      const { articles, warnings } = ingest(files);
      const story = articles.filter((a) => a.copy.raw.paragraphs.some((p) => p.text.includes("river bridge")));
      expect(story.map((a) => ({ file: a.copy.file, files: a.files }))).toEqual([
        { file: winner, files: Object.keys(files) },
      ]);
      expect(warnings.length > 0).toBe(warns);
    },
  );
});

/** Headlines of two different stories that share most of their words. */
const DIFFERENT: readonly { how: string; a: string; b: string }[] = [
  { how: "one word apart", a: "Ministers Agree Plan to Rebuild Bridge", b: "Ministers Reject Plan to Rebuild Bridge" },
  {
    how: "a follow-up",
    a: "Ministers Agree Plan to Rebuild Bridge",
    b: "Ministers Agree Plan to Rebuild Bridge, Again",
  },
  { how: "a number apart", a: "Two Killed in Highway Crash", b: "Three Killed in Highway Crash" },
];
const OTHER_BODY = [
  "A second story entirely: its paragraphs share nothing with the first.",
  "Officials said on Friday that the plan would be reviewed in the autumn.",
];

describe("two different articles", () => {
  it.each(DIFFERENT)("stay two when their headlines are $how", ({ a, b }) => {
    const { articles } = ingest({ "a.txt": page(a, DATE_LINE, ...BODY), "b.txt": page(b, DATE_LINE, ...OTHER_BODY) });
    expect(articles.map((x) => x.copy.raw.headline.text)).toEqual([a, b]);
  });

  it("stay two when one headline heads two stories with nothing in common", () => {
    const { articles, warnings } = ingest({
      "a.txt": page(HEADLINE, DATE_LINE, ...BODY),
      "b.txt": page(HEADLINE, "Published 2 March 2021", ...OTHER_BODY),
    });
    expect(articles.map((x) => x.files)).toEqual([["a.txt"], ["b.txt"]]);
    expect(warnings).toEqual([
      {
        file: "b.txt",
        line: 1,
        message: `"${HEADLINE}" also heads a story with no text in common in a.txt; kept both`,
      },
    ]);
  });

  it.each([
    ["case", HEADLINE.toLowerCase()],
    ["curly quotes", "Ministers ‘Agree’ Plan to Rebuild Bridge"],
    ["spacing", "Ministers  Agree Plan to\u00A0Rebuild Bridge"],
  ])("are one when their headlines differ only by %s and their text is the same", (_, other) => {
    const first = HEADLINE.replace("Agree", "'Agree'");
    const headline = other.includes("‘") ? first : HEADLINE;
    const { articles } = ingest({
      "a.txt": page(headline, DATE_LINE, ...BODY),
      "b.txt": page(other, DATE_LINE, ...BODY),
    });
    expect(articles.map((x) => x.files)).toEqual([["a.txt", "b.txt"]]);
  });
});
