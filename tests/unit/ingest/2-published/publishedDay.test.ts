import { describe, expect, it } from "vitest";
import { type PageLine, parseCaption } from "../../../../src/lib/ingest/1-read/index.ts";
import { CONFIDENCE, choosePublished, type PublishedEvidence } from "../../../../src/lib/ingest/2-published/index.ts";

/** Evidence with nothing in it but what a case gives. */
const evidence = (
  over: Partial<PublishedEvidence> & { captionLines?: string[]; dateLines?: string[]; linesAbove?: string[] },
) => {
  const { captionLines = [], dateLines = [], linesAbove = [], ...rest } = over;
  // Lines above the headline come first in the file, then the headline, then the date lines below it.
  const headlineLine = linesAbove.length + 1;
  const pageLines: PageLine[] = [
    ...linesAbove.map((text, i) => ({ text, line: i + 1, kind: "date-line" as const })),
    ...dateLines.map((text, i) => ({ text, line: headlineLine + i + 1, kind: "date-line" as const })),
  ];
  return {
    override: undefined,
    frontMatter: null,
    meta: null,
    url: null,
    captions: captionLines.map(parseCaption),
    pageLines,
    paragraphs: [],
    lead: 0,
    headlineLine,
    ...rest,
  } satisfies PublishedEvidence;
};
const meta = { url: null, publisher: null, language: null };

describe("choosePublished(evidence): a dated caption and the body's weekday", () => {
  it.each([
    {
      name: "takes the caption's day when the body's weekday is the caption's",
      captionLines: ["Tunisians gather at a meeting point in Tunis on June 9, 2025, ahead of the departure. (AFP)"],
      paragraphs: ["Hundreds of people launched on Monday a land convoy bound for Gaza, activists said."],
      want: { published: "2025-06-09", basis: "caption-weekday", confidence: CONFIDENCE.agree },
    },
    {
      name: "agrees on a Monday with a bare 'said Monday'",
      captionLines: ["Palestinians inspect the damage in Jabalia refugee camp, May 12, 2025. (Reuters)"],
      paragraphs: ["The Gaza Strip is at critical risk of famine, food security experts said Monday."],
      want: { published: "2025-05-12", basis: "caption-weekday", confidence: CONFIDENCE.agree },
    },
    {
      name: "keeps the caption's day when the body's weekday is the day before (a night event, a morning photo)",
      captionLines: ["Crowds gather in the square on Sunday, April 14, 2024. (Photo: Jane Doe/AFP)"],
      paragraphs: ["Sirens sounded across the country on Saturday evening as drones approached."],
      want: { published: "2024-04-14", basis: "caption-weekday", confidence: CONFIDENCE.dayAfterWeekday },
    },
    {
      name: "takes the first body weekday after an older photo's day, with lower confidence",
      captionLines: ["Lebanese President Joseph Aoun looks on in Nicosia, Cyprus, Wednesday, July 9, 2025. (AP)"],
      paragraphs: ["Lebanon has no plans to have normal relations with Israel, the country's president said Friday."],
      want: { published: "2025-07-11", basis: "caption-weekday", confidence: CONFIDENCE.weekdayAfterCaption },
    },
    {
      name: "takes a caption's day alone when the body names no weekday",
      captionLines: ["Ministers gather in Beirut on June 3, 2025. (AFP)"],
      paragraphs: ["Ministers discussed reconstruction."],
      want: { published: "2025-06-03", basis: "caption", confidence: CONFIDENCE.captionOnly },
    },
    {
      name: "ignores the photo's own date in an archive caption (FILED …)",
      captionLines: ["FILED - 17 January 2025, Lebanon, Baabda: Aoun speaks at a press conference. Photo: X/dpa"],
      paragraphs: ["Aoun condemned on Saturday the attacks."],
      want: { published: null, basis: "none", confidence: CONFIDENCE.none },
    },
    {
      name: "reads the news in an archive caption's later sentence",
      captionLines: [
        "FILE - This image made from video on Saturday, July 5, 2014, shows a militant leader. Officials said late Saturday, Oct. 26, 2019, that he was targeted. (AP Photo, File)",
      ],
      paragraphs: ["A U.S. official said late Saturday that the leader was targeted."],
      want: { published: "2019-10-26", basis: "caption-weekday", confidence: CONFIDENCE.agree },
    },
    {
      name: "reads the signature of an embedded post that closes a paragraph, and the body's weekday",
      captionLines: [],
      paragraphs: [
        "President Trump announced in a Saturday post that he had ordered strikes.",
        "Trump: “I have ordered the military to act.” pic.twitter.com/26kpBll568 — Dan Scavino (@Scavino47) March 15, 2025",
      ],
      want: { published: "2025-03-15", basis: "caption-weekday", confidence: CONFIDENCE.agree },
    },
    {
      name: "leaves an article undated when nothing settles it",
      captionLines: [],
      paragraphs: ["The civil war erupted in March 2011.", "A letter was sent by Moscow on December 5, 2014."],
      want: { published: null, basis: "none", confidence: CONFIDENCE.none },
    },
    {
      name: "does not count 'last Friday' as the reporting day",
      captionLines: ["Ministers gather in Beirut on Tuesday, June 3, 2025. (AFP)"],
      paragraphs: ["The talks that began last Friday went on."],
      want: { published: "2025-06-03", basis: "caption", confidence: CONFIDENCE.captionOnly },
    },
  ])("$name", ({ captionLines, paragraphs, want }) => {
    expect(choosePublished(evidence({ captionLines, paragraphs }))).toEqual(want);
  });
});

describe("choosePublished(evidence): the page's own dates", () => {
  it.each([
    {
      name: "a date line",
      over: { dateLines: ["Published May 4, 2022 10:15 am"] },
      want: { published: "2022-05-04", basis: "date-line", confidence: CONFIDENCE.dateLine },
    },
    {
      name: "the published date of a line that also gives the update",
      over: { dateLines: ["May 20, 2021 9:52 pm (Updated May 21, 2021 12:33 am)"] },
      want: { published: "2021-05-20", basis: "date-line", confidence: CONFIDENCE.dateLine },
    },
    {
      name: "a published line over an updated one, whatever their order",
      over: { dateLines: ["Updated 3 June 2023", "Published 1 June 2023"] },
      want: { published: "2023-06-01", basis: "date-line", confidence: CONFIDENCE.dateLine },
    },
    {
      name: "a date line above the headline when the page prints none below it",
      over: { linesAbove: ["Tuesday, March 3, 2020"] },
      want: { published: "2020-03-03", basis: "date-line", confidence: CONFIDENCE.dateLine },
    },
    {
      name: "the date line below the headline over a site's banner above it",
      over: { linesAbove: ["Thursday, March 5th, 2024"], dateLines: ["12 July 2018"] },
      want: { published: "2018-07-12", basis: "date-line", confidence: CONFIDENCE.dateLine },
    },
    {
      name: "the earlier of two plain date lines below the headline (the other is a banner or an unlabelled update)",
      over: { dateLines: ["Sunday, July 14th, 2024", "30 October 2019"] },
      want: { published: "2019-10-30", basis: "date-line", confidence: CONFIDENCE.dateLine },
    },
    {
      name: "an updated line when it is the only one",
      over: { dateLines: ["Updated 3 June 2023"] },
      want: { published: "2023-06-03", basis: "date-line", confidence: CONFIDENCE.dateLine },
    },
    {
      name: "a date in figures whose order is certain",
      over: { dateLines: ["Last update: 25/01/2024"] },
      want: { published: "2024-01-25", basis: "date-line", confidence: CONFIDENCE.dateLine },
    },
    {
      name: "a date in figures whose order the body's weekday settles",
      over: { dateLines: ["Last update: 12/01/2024"], paragraphs: ["The cabinet met on Friday to approve it."] },
      want: { published: "2024-01-12", basis: "date-line", confidence: CONFIDENCE.dateLineOrder },
    },
    {
      name: "a wire dateline that gives the year",
      over: { paragraphs: ["CAIRO – 5 August 2020: The death toll rose on Tuesday."] },
      want: { published: "2020-08-05", basis: "dateline", confidence: CONFIDENCE.dateline },
    },
    {
      name: "a day in the address",
      over: { url: "https://news.example/world/2023/05/02/talks-resume" },
      want: { published: "2023-05-02", basis: "url", confidence: CONFIDENCE.url },
    },
    {
      name: "a wire dateline without its year, given the year by the text (never earlier than what it reports)",
      over: {
        paragraphs: ["BEIRUT, Jan 5 (Reuters) - Strikes hit the south, a day after the December 30, 2023 talks."],
      },
      want: { published: "2024-01-05", basis: "dateline", confidence: CONFIDENCE.yearFromText },
    },
    {
      name: "a month in the address, at the latest day of it the text names",
      over: {
        url: "https://news.example/archives/2014/09/rebels-take-capital.php",
        paragraphs: ["Fighters entered the city on September 18 and signed a deal on September 21."],
      },
      want: { published: "2014-09-21", basis: "url", confidence: CONFIDENCE.monthOnly },
    },
  ])("takes $name", ({ over, want }) => {
    expect(choosePublished(evidence(over))).toEqual(want);
  });
});

describe("choosePublished(evidence): date lines that disagree with themselves or with the text", () => {
  const saturday = ["Israel said on Saturday it had struck targets in Gaza."];
  it.each([
    {
      name: "keeps the figures of a date line whose weekday is not its date's, with low confidence",
      over: { dateLines: ["Sun 7 Oct 2023 12.34 BST"], paragraphs: saturday },
      want: { published: "2023-10-07", basis: "date-line", confidence: CONFIDENCE.dateLineWeekdayConflict },
    },
    {
      name: "keeps a date line when the body's weekday is the day before (the report of yesterday's news)",
      over: {
        dateLines: ["Published 11:02 AM EDT, Sat October 7, 2023"],
        paragraphs: ["Israel said on Friday it had struck targets in Gaza."],
      },
      want: { published: "2023-10-07", basis: "date-line", confidence: CONFIDENCE.dateLine },
    },
    {
      name: "reads figures in the order the page's other date line prints in words",
      over: { dateLines: ["Issued on: 07/10/2023 - 12:34", "Modified: 7 October 2023, 15:20"] },
      want: { published: "2023-10-07", basis: "date-line", confidence: CONFIDENCE.dateLineOrder },
    },
    {
      name: "reads figures in the order a caption's day allows (photos come on or before the report)",
      over: {
        dateLines: ["07/10/2023"],
        captionLines: ["Smoke rises over Gaza City on October 6, 2023. (AFP)"],
      },
      want: { published: "2023-10-07", basis: "date-line", confidence: CONFIDENCE.dateLineOrder },
    },
    {
      name: "does not guess an order that a caption's day leaves open, and takes the caption's day instead",
      over: {
        dateLines: ["07/10/2023"],
        captionLines: ["Smoke rises over Gaza City on June 30, 2023. (AFP)"],
      },
      want: { published: "2023-06-30", basis: "caption", confidence: CONFIDENCE.captionOnly },
    },
    {
      name: "leaves figures that fit neither order of the body's weekday to other evidence",
      over: {
        dateLines: ["10/07/2023 04:33 PM EDT"],
        paragraphs: ["Israel said on Tuesday it had struck targets in Gaza."],
      },
      want: { published: null, basis: "none", confidence: CONFIDENCE.none },
    },
    {
      name: "takes the published date of a line that names the update first",
      over: { dateLines: ["Updated: 15 March 2024 09:12 | Published: 14 March 2024 18:05"] },
      want: { published: "2024-03-14", basis: "date-line", confidence: CONFIDENCE.dateLine },
    },
    {
      name: "takes a caption's day when the only date line is a relative age",
      over: {
        dateLines: ["Updated 2 hours ago"],
        captionLines: ["Smoke rises over Gaza City on October 7, 2023. (AFP)"],
      },
      want: { published: "2023-10-07", basis: "caption", confidence: CONFIDENCE.captionOnly },
    },
    {
      name: "takes the date line over a day in the address (the page's own words over its path)",
      over: { dateLines: ["October 7, 20235:00 AM GMT+3"], url: "https://news.example/2023/10/08/strikes" },
      want: { published: "2023-10-07", basis: "date-line", confidence: CONFIDENCE.dateLine },
    },
  ])("$name", ({ over, want }) => {
    expect(choosePublished(evidence(over))).toEqual(want);
  });
});

describe("choosePublished(evidence): which evidence wins", () => {
  const captionLines = ["Ministers gather in Beirut on June 3, 2025. (AFP)"];
  it.each([
    [
      "an editor's pin over everything",
      evidence({ captionLines, override: "2024-01-02", meta: { ...meta, published: "2025-03-20" } }),
      { published: "2024-01-02", basis: "override", confidence: 1 },
    ],
    [
      "an editor's null as undated",
      evidence({ captionLines, override: null }),
      { published: null, basis: "none", confidence: 0 },
    ],
    [
      "front matter over metadata",
      evidence({ frontMatter: { headline: "H", published: "2025-04-02" }, meta: { ...meta, published: "2025-03-20" } }),
      { published: "2025-04-02", basis: "front-matter", confidence: 1 },
    ],
    [
      "metadata over the page's date line",
      evidence({ dateLines: ["June 1, 2025"], meta: { ...meta, published: "2025-03-20" } }),
      { published: "2025-03-20", basis: "metadata", confidence: 1 },
    ],
    [
      "the text when metadata records the day as unknown",
      evidence({ captionLines, meta: { ...meta, published: null } }),
      { published: "2025-06-03", basis: "caption", confidence: CONFIDENCE.captionOnly },
    ],
    [
      "the page's date line over a caption",
      evidence({ captionLines, dateLines: ["Wed, 04 June 2025 - 12:26 GMT"] }),
      { published: "2025-06-04", basis: "date-line", confidence: CONFIDENCE.dateLine },
    ],
    [
      "a day in the address over a caption",
      evidence({ captionLines, url: "https://news.example/2025/06/04/story" }),
      { published: "2025-06-04", basis: "url", confidence: CONFIDENCE.url },
    ],
  ])("takes %s", (_, input, want) => {
    expect(choosePublished(input)).toEqual(want);
  });
});
