import { describe, expect, it } from "vitest";
import { weekdayOf } from "../../../src/lib/dates/index.ts";
import { readDateline } from "../../../src/lib/ingest/1-read/index.ts";
import { ingestText, page } from "../../support/ingestText.ts";

/**
 * Wire datelines as agencies and outlets open a story with them, and the publication day each gives a text-only article
 * whose only dated words besides are "on September 28, 2023" (so a month and day take the earliest year the text
 * allows, never a later one) and the lede's weekday. Null: the dateline names a place and no day.
 */
const DATELINES: readonly { dateline: string; published: string | null }[] = [
  { dateline: "BEIRUT (AP) —", published: null },
  { dateline: "GAZA CITY, Gaza Strip (AP) —", published: null },
  { dateline: "JERUSALEM, Oct 7 (Reuters) -", published: "2023-10-07" },
  { dateline: "CAIRO —", published: null },
  { dateline: "DUBAI, United Arab Emirates (AP) —", published: null },
  { dateline: "Beirut, Lebanon (CNN) —", published: null },
  { dateline: "(CNN) —", published: null },
  { dateline: "TEL AVIV, Israel—", published: null },
  { dateline: "ANKARA, March 5 (Xinhua) --", published: "2024-03-05" },
  { dateline: "RAMALLAH, West Bank, Oct. 7 (UPI) --", published: "2023-10-07" },
  { dateline: "Jerusalem:", published: null },
  { dateline: "WASHINGTON, D.C. —", published: null },
  { dateline: "KHAN YOUNIS, Gaza Strip, Oct. 9 (AFP) -", published: "2023-10-09" },
  { dateline: "UNITED NATIONS (AP) —", published: null },
  { dateline: "ISTANBUL/BEIRUT, Jan 5 (Reuters) -", published: "2024-01-05" },
  // The same shapes with other places, agencies and separators.
  { dateline: "TEHRAN, Iran (AP) —", published: null },
  { dateline: "Tel Aviv, Israel (CNN) —", published: null },
  { dateline: "Doha, Qatar —", published: null },
  { dateline: "Gaza:", published: null },
  { dateline: "WASHINGTON (Reuters) -", published: null },
  { dateline: "BEIRUT/DUBAI (Reuters) -", published: null },
  { dateline: "JERUSALEM/GAZA, Oct 8 (Reuters) -", published: "2023-10-08" },
  { dateline: "AMMAN, Jordan, October 8 (AP) —", published: "2023-10-08" },
  { dateline: "BAGHDAD, 8 October (AFP) -", published: "2023-10-08" },
  { dateline: "SANAA, Yemen, Dec. 2 (Xinhua) --", published: "2023-12-02" },
  { dateline: "Gaza City, Oct 8 (dpa) -", published: "2023-10-08" },
  { dateline: "LONDON, Sept 30 (Reuters) -", published: "2023-09-30" },
  { dateline: "PARIS, Sept 12 (AFP) -", published: "2024-09-12" },
  { dateline: "NEW YORK (CNN) —", published: null },
  { dateline: "Tel Aviv —", published: null },
];

const HEADLINE = "Strikes Hit Targets Across the Strip";
const EARLIER = "Talks between the two sides broke down on September 28, 2023, officials said.";
const CLOSING = "Officials gave no figures for the dead or wounded in the strikes.";
const WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const weekday = (day: string | null) => (day ? WEEKDAY_NAMES[weekdayOf(day) - 1] : "Saturday");
const lede = (dateline: string, day: string | null) =>
  `${dateline} Israeli officials said on ${weekday(day)} that air strikes had hit dozens of militant targets.`;
/** The dateline's words, which no event title may carry. */
const wordsOf = (dateline: string) => dateline.match(/\p{L}{2,}/gu) ?? [];

describe("a wire dateline that opens the story", () => {
  it.each(DATELINES)("reads $dateline off the lede, which stays the first paragraph", ({ dateline, published }) => {
    const body = [lede(dateline, published), EARLIER, CLOSING];
    const { article, candidates } = ingestText(page(HEADLINE, ...body));
    expect(article.paragraphs.map((p) => p.text)).toEqual(body);
    expect([article.lead, article.pageLines, article.captionLines]).toEqual([0, [], []]);
    const read = readDateline(body[0] as string);
    expect(body[0]?.slice(0, read?.length).trim()).toBe(dateline);
    expect(article.published).toBe(published);
    if (published) expect(article.publishedBasis).toBe("dateline");
    const fromLede = candidates.filter((c) => (body[0] as string).includes(c.quote));
    // The dateline's date is when the story was filed: the lede's one event is its weekday, on that day.
    expect(fromLede.map((c) => c.date.start)).toEqual(published ? [published] : []);
    for (const c of fromLede) for (const word of wordsOf(dateline)) expect(c.title).not.toContain(word);
  });

  it.each(DATELINES)("lets the page's date line date a story opening with $dateline", ({ dateline }) => {
    const body = [lede(dateline, "2023-10-10"), EARLIER, CLOSING];
    const { article, candidates } = ingestText(page(HEADLINE, "Published October 10, 2023", ...body));
    expect(article.paragraphs.map((p) => p.text)).toEqual(body);
    expect([article.published, article.publishedBasis]).toEqual(["2023-10-10", "date-line"]);
    const fromLede = candidates.filter((c) => (body[0] as string).includes(c.quote));
    expect(fromLede.map((c) => c.date.start)).toEqual(["2023-10-10"]);
    for (const c of fromLede) for (const word of wordsOf(dateline)) expect(c.title).not.toContain(word);
  });
});

/** Bylines above a wire story and the credits that close it. */
const CREDIT_LINES: readonly { line: string; where: "header" | "end" }[] = [
  { line: "By Reuters Staff", where: "header" },
  { line: "By Reuters", where: "header" },
  { line: "By The Associated Press", where: "header" },
  { line: "By Al Jazeera Staff", where: "header" },
  { line: "By AFP", where: "header" },
  { line: "Reporting by Nidal al-Mughrabi; Editing by Alex Richardson", where: "end" },
  { line: "(Reporting by Maayan Lubell; Writing by Michael Georgy; Editing by Frances Kerry)", where: "end" },
  {
    line: "Reporting by Suleiman Al-Khalidi in Amman and Maya Gebeily in Beirut; additional reporting by Emily Rose in Jerusalem and Ahmed Mohamed Hassan in Cairo; Writing by Dominic Evans; Editing by Peter Graff and William Maclean",
    where: "end",
  },
  { line: "Additional reporting by Emily Rose; Editing by Toby Chopra", where: "end" },
  { line: "Compiled by Jane Doe; Editing by John Roe", where: "end" },
];

describe("a wire story's byline and credits", () => {
  it.each(CREDIT_LINES)("keeps $line as a byline, never a paragraph", ({ line, where }) => {
    const body = [lede("BEIRUT, Oct 7 (Reuters) -", "2023-10-07"), EARLIER, CLOSING];
    const lines = where === "header" ? [HEADLINE, line, ...body] : [HEADLINE, ...body, line];
    const { article } = ingestText(page(...lines));
    expect(article.pageLines.map((l) => [l.kind, l.text])).toEqual([["byline", line]]);
    expect(article.paragraphs.map((p) => p.text)).toEqual(body);
    expect(article.published).toBe("2023-10-07");
  });
});
