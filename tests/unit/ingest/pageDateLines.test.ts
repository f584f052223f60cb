import { describe, expect, it } from "vitest";
import { weekdayOf } from "../../../src/lib/dates/index.ts";
import { readArticles } from "../../../src/lib/ingest/1-read/index.ts";
import { CONFIDENCE } from "../../../src/lib/ingest/2-published/index.ts";
import { ingestText as ingest } from "../../support/ingestText.ts";

/**
 * Date lines as outlets print them and scrapes flatten them (separators dropped: "20237 Oct", "GMT+3Updated"), with the
 * publication day each gives a text-only article. Null: the line says no day on its own (a relative age, or figures that
 * read in both orders with nothing in the body to choose).
 */
const DATE_LINES: readonly { line: string; day: string | null }[] = [
  { line: "Published On 7 Oct 20237 Oct 2023", day: "2023-10-07" },
  { line: "Published On 7 Oct 2023", day: "2023-10-07" },
  { line: "Updated: October 7, 2023 / 10:15 PM EDT", day: "2023-10-07" },
  { line: "Oct 7, 2023, 4:29 PM ET", day: "2023-10-07" },
  { line: "October 7, 2023 at 5:01 p.m. EDT", day: "2023-10-07" },
  { line: "Sat 7 Oct 2023 12.34 BST", day: "2023-10-07" },
  { line: "First published on Sat 7 Oct 2023 09.22 BST", day: "2023-10-07" },
  { line: "Last modified on Sun 8 Oct 2023 01.10 BST", day: "2023-10-08" },
  { line: "Saturday 7 October 2023 13:12, UK", day: "2023-10-07" },
  { line: "7 October 2023 · 3 min read", day: "2023-10-07" },
  { line: "Oct. 7, 2023 Updated 9:25 p.m. ET", day: "2023-10-07" },
  { line: "Published 11:02 AM EDT, Sat October 7, 2023", day: "2023-10-07" },
  { line: "Updated 3:36 PM EDT, Sat October 7, 2023", day: "2023-10-07" },
  { line: "Updated 5:32 PM GMT+3, October 7, 2023", day: "2023-10-07" },
  { line: "October 7, 20235:00 AM GMT+3Updated 2 hours ago", day: "2023-10-07" },
  { line: "By TOI Staff 7 October 2023, 11:12 am", day: "2023-10-07" },
  { line: "Published date: 7 October 2023 12:02 BST", day: "2023-10-07" },
  { line: "Updated 07 October 2023", day: "2023-10-07" },
  { line: "Issued on: 07/10/2023 - 12:34 Modified: 07/10/2023 - 15:20", day: "2023-10-07" },
  { line: "07.10.2023", day: "2023-10-07" },
  { line: "10/07/2023 04:33 PM EDT", day: "2023-10-07" },
  { line: "Source: Xinhua| 2023-10-07 18:30:45|Editor: huaxia", day: "2023-10-07" },
  { line: "Saturday, 7 October, 2023 - 10:15", day: "2023-10-07" },
  { line: "October 7, 202312:05 PM ET", day: "2023-10-07" },
  { line: "2 hours ago", day: null },
  { line: "Updated 3 hours ago", day: null },
  // Other dates, outlets and glues.
  { line: "March 14, 20246:05 PM EDTUpdated March 15, 2024", day: "2024-03-14" },
  { line: "14 Mar 202414 Mar 2024", day: "2024-03-14" },
  { line: "Thu 14 Mar 2024 18.05 GMT", day: "2024-03-14" },
  { line: "Mar 14, 2024 — 6:05 PM ET", day: "2024-03-14" },
  { line: "Published: 18:05 GMT, 14 March 2024 | Updated: 09:12 GMT, 15 March 2024", day: "2024-03-14" },
  { line: "Updated: 15 March 2024 09:12 | Published: 14 March 2024 18:05", day: "2024-03-14" },
  { line: "PUBLISHED THU, MAR 14 2024 6:05 PM EDT", day: "2024-03-14" },
  { line: "By JANE DOE MARCH 14, 2024 18:05", day: "2024-03-14" },
  { line: "By Jane Doe and John Roe, CNN Updated 6:05 PM EDT, Thu March 14, 2024", day: "2024-03-14" },
  { line: "ISTANBUL MAR 14, 2024 - 6:05 PM GMT+3", day: "2024-03-14" },
  { line: "Updated: Mar 14, 2024, 18:05 IST", day: "2024-03-14" },
  { line: "14 March 2024 • 6:05pm", day: "2024-03-14" },
  { line: "Published on March 14, 2024, at 6:05 pm (Paris)", day: "2024-03-14" },
  { line: "2024-03-14T18:05:00Z", day: "2024-03-14" },
  { line: "2024/03/14 18:05", day: "2024-03-14" },
  { line: "14.03.2024 - Update : 15.03.2024", day: "2024-03-14" },
  { line: "Posted: March 14, 2024 | 6:05 PM", day: "2024-03-14" },
  { line: "11:19 AM Mar 14, 2024 | PTI |", day: "2024-03-14" },
  { line: "Posted at 6:05 PM, Mar 14, 2024", day: "2024-03-14" },
  { line: "Print edition : March 14, 2024", day: "2024-03-14" },
  { line: "This story is from March 14, 2024", day: "2024-03-14" },
  { line: "14th March 2024, Comments 0 comments", day: "2024-03-14" },
  { line: "Al-Ahram Weekly and Reuters, Thursday 14 Mar 2024", day: "2024-03-14" },
  { line: "14-03-2024 18:05", day: "2024-03-14" },
  { line: "Kafr Nabl – Idlib Countryside – Syria 14/03/2024", day: "2024-03-14" },
  { line: "14 mar 2024", day: "2024-03-14" },
  { line: "published at 18:05 Greenwich Mean Time 14 March 2024", day: "2024-03-14" },
  // Pages that repost English news print their date lines in their own language.
  { line: "quinta-feira, 14 de março de 2024", day: "2024-03-14" },
  { line: "jueves, 14 de marzo de 2024", day: "2024-03-14" },
  { line: "jeudi 14 mars 2024", day: "2024-03-14" },
  { line: "Donnerstag, 14. März 2024, 18:05 Uhr", day: "2024-03-14" },
  { line: "14 martie 2024", day: "2024-03-14" },
  { line: "14 Mart 2024 Perşembe", day: "2024-03-14" },
  { line: "Kamis, 14 Maret 2024 18:05 WIB", day: "2024-03-14" },
  { line: "Published 1 day ago", day: null },
  { line: "Updated 45 mins ago", day: null },
  { line: "Yesterday, 18:05", day: null },
  { line: "Published: 03.14.24, 18:05", day: null },
];

const HEADLINE = "Strikes Hit Targets Across the Strip";
const CLOSING = "Officials gave no figures for the dead or wounded in the strikes.";
const WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
/** The body's first paragraph: the day of the report by its weekday, when there is one. */
const lede = (day: string | null) =>
  day
    ? `Israel said on ${WEEKDAY_NAMES[weekdayOf(day) - 1]} it had struck targets in Gaza.`
    : "Israel said it had struck targets in Gaza.";

describe("a page's date line in a text-only article", () => {
  it.each(DATE_LINES)("reads $line under the headline as the page's date ($day)", ({ line, day }) => {
    const body = [lede(day), CLOSING];
    const { article, candidates } = ingest([HEADLINE, "", line, "", ...body.flatMap((p) => [p, ""])].join("\n"));
    expect(article.pageLines.map((l) => [l.kind, l.text])).toEqual([["date-line", line]]);
    expect(article.paragraphs.map((p) => p.text)).toEqual(body);
    expect(article.published).toBe(day);
    if (day) expect(article.publishedBasis).toBe("date-line");
    // No event comes from the line; the lede's weekday lands on the day the line gives.
    expect(candidates.every((c) => body.some((p) => p.includes(c.quote)))).toBe(true);
    if (day) expect(candidates.map((c) => c.date.start)).toContain(day);
  });

  it.each(DATE_LINES)("takes $line out of the body wherever the page prints it", ({ line }) => {
    const body = ["Israel said it had struck targets in Gaza.", CLOSING];
    const { article } = ingest([HEADLINE, "", body[0], "", line, "", body[1]].join("\n"));
    expect(article.pageLines.map((l) => [l.kind, l.text])).toEqual([["date-line", line]]);
    expect(article.paragraphs.map((p) => p.text)).toEqual(body);
  });

  it.each(["Issued on: 07/10/2023 - 12:34 Modified: 07/10/2023 - 15:20", "07.10.2023", "10/07/2023 04:33 PM EDT"])(
    "does not guess the order of %s when nothing in the article picks one",
    (line) => {
      const { article } = ingest([HEADLINE, "", line, "", lede(null), "", CLOSING].join("\n"));
      expect([article.published, article.publishedBasis, article.publishedConfidence]).toEqual([
        null,
        "none",
        CONFIDENCE.none,
      ]);
    },
  );
});

describe("a live page's entry stamp glued to its heading", () => {
  it("reads the stamp as the entry's date line, the heading as the entry's headline", () => {
    const text = [
      "Live: Talks Resume in Cairo",
      "",
      "Mediators met both delegations again on Thursday, officials said.",
      "",
      "Delegations arrive at the palacepublished at 09:12 Greenwich Mean Time 14 March 2024",
      "",
      "The delegations arrived at the palace shortly before nine in the morning.",
    ].join("\n");
    const copies = readArticles({ file: "live.txt", size: text.length, bytes: new TextEncoder().encode(text) }).copies;
    expect(copies.map((c) => [c.raw.headline.text, c.raw.pageLines.map((l) => [l.text, l.kind])])).toEqual([
      ["Live: Talks Resume in Cairo", []],
      ["Delegations arrive at the palace", [["published at 09:12 Greenwich Mean Time 14 March 2024", "date-line"]]],
    ]);
    // The stamp shares the heading's line and dates its entry.
    expect(ingest(text.split("\n").slice(4).join("\n")).article.published).toBe("2024-03-14");
  });
});

describe("a dated byline run into the story's first words", () => {
  const story = "Israel said it had struck targets in Gaza. Officials gave no figures for the dead or wounded.";
  it.each([
    ["By Jane Doe 14 March 2024", "2024-03-14"],
    ["By TOI Staff 14 March 2024, 11:12 am", "2024-03-14"],
    ["By Tiziana Di Giovannandrea 07 March 2020", "2020-03-07"],
  ])("reads %j as the page's date line, the rest as the lead", (byline, day) => {
    const { article } = ingest([HEADLINE, "", `${byline} ${story}`, "", CLOSING].join("\n"));
    expect(article.pageLines.map((l) => [l.kind, l.text])).toEqual([["date-line", byline]]);
    expect(article.paragraphs.map((p) => p.text)).toEqual([story, CLOSING]);
    expect(article.published).toBe(day);
  });

  it("dates a page with no headline whose byline runs into its first words", () => {
    const { article } = ingest(["Share", "", `By Jane Doe 14 March 2024 ${story}`, "", CLOSING].join("\n"));
    expect([article.headline, article.published]).toEqual(["Israel said it had struck targets in Gaza.", "2024-03-14"]);
  });

  it.each([
    "By March 7, 2020 Lebanon had defaulted on its debt for the first time in its history.",
    "By the end of March 2020 the government had run out of money to pay its debts, officials said.",
    "By Friday 14 March 2024 the talks had failed.",
  ])("leaves %j whole: no one is named before the date, or too little follows", (paragraph) => {
    const { article } = ingest([HEADLINE, "", "Published 15 March 2024", "", paragraph, "", CLOSING].join("\n"));
    expect(article.paragraphs.map((p) => p.text)).toEqual([paragraph, CLOSING]);
  });
});
