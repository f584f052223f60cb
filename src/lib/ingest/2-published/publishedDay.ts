import { ascending } from "d3-array";
import type { PublishedBasis } from "../../../schema/article.ts";
import type { FrontMatter } from "../../../schema/frontMatter.ts";
import { addDays, isIsoDay, makeIsoDay, weekdayOf } from "../../dates/index.ts";
import { recogniseTimexes, type Timex } from "../../timex/index.ts";
import {
  type Caption,
  type DateLineDate,
  dateLineDates,
  embedSignatureStart,
  type PageLine,
  readDateline,
} from "../1-read/index.ts";
import type { ArticleMeta } from "./matchMetadata.ts";
import { dateInUrl } from "./urlDate.ts";

/** A publication day with the evidence it rests on. */
export interface PublishedGuess {
  published: string | null;
  basis: PublishedBasis;
  /** 0–1. */
  confidence: number;
}

/** Everything that can date an article. */
export interface PublishedEvidence {
  /** From content/overrides.json; undefined when the editor did not pin it. */
  override: string | null | undefined;
  frontMatter: FrontMatter | null;
  meta: ArticleMeta | null;
  /** The article's address (front matter or sidecar), whose path may carry the day. */
  url: string | null;
  captions: readonly Caption[];
  pageLines: readonly PageLine[];
  paragraphs: readonly string[];
  /** Index of the story's first paragraph (those before it are the standfirst). */
  lead: number;
  /** Line of the headline in its file: page lines above it are the page's, below it the article's. */
  headlineLine: number;
}

/** Confidence of each kind of evidence, highest first; named so the report and tests speak the same numbers. */
export const CONFIDENCE = {
  stated: 1,
  dateLine: 0.95,
  dateLineOrder: 0.9,
  dateline: 0.9,
  url: 0.9,
  agree: 0.9,
  dayAfterWeekday: 0.8,
  captionOnly: 0.6,
  weekdayAfterCaption: 0.6,
  yearFromText: 0.6,
  monthOnly: 0.5,
  dateLineWeekdayConflict: 0.5,
  none: 0,
} as const;

/** One kind of evidence for the publication day; the first rule in PUBLICATION_EVIDENCE that finds a day decides. */
interface EvidenceRule {
  name: string;
  find: (evidence: PublishedEvidence) => PublishedGuess | null;
}

const guess = (published: string, basis: PublishedBasis, confidence: number): PublishedGuess => ({
  published,
  basis,
  confidence,
});

/** The kinds of evidence, strongest first. */
export const PUBLICATION_EVIDENCE: readonly EvidenceRule[] = [
  {
    name: "an editor's pin",
    find: ({ override }) =>
      override === undefined
        ? null
        : { published: override, basis: override === null ? "none" : "override", confidence: override ? 1 : 0 },
  },
  {
    name: "front matter",
    find: ({ frontMatter }) => (frontMatter?.published ? guess(frontMatter.published, "front-matter", 1) : null),
  },
  {
    // `published: null` means the publisher did not record the day: the text decides.
    name: "publisher metadata",
    find: ({ meta }) => (meta?.published ? guess(meta.published, "metadata", 1) : null),
  },
  {
    name: "the page's date line",
    find: ({ pageLines, captions, paragraphs, headlineLine }) =>
      dateLineGuess(pageLines, captions, paragraphs, headlineLine),
  },
  {
    name: "a wire dateline with its year",
    find: ({ paragraphs, lead }) => {
      const date = leadDateline(paragraphs, lead);
      return date && /^\d{4}-\d{2}-\d{2}/.test(date.value)
        ? guess(date.value.slice(0, 10), "dateline", CONFIDENCE.dateline)
        : null;
    },
  },
  {
    name: "a day in the address",
    find: ({ url }) => {
      const found = url ? dateInUrl(url) : null;
      return found?.day ? guess(found.day, "url", CONFIDENCE.url) : null;
    },
  },
  {
    name: "a dated caption or embed, and the body's weekday",
    find: ({ captions, pageLines, paragraphs }) => captionGuess(captions, pageLines, paragraphs),
  },
  {
    // "BEIRUT, Jan 5 (Reuters) -": the year is the earliest that the text's own dates allow.
    name: "a wire dateline without its year",
    find: ({ paragraphs, lead, url }) => {
      const date = leadDateline(paragraphs, lead);
      const m = date ? /^XXXX-(\d{2})-(\d{2})$/.exec(date.value) : null;
      if (!m) return null;
      const year = yearAllowedByText(Number(m[1]), Number(m[2]), paragraphs, url);
      const day = year === null ? null : makeIsoDay(year, Number(m[1]), Number(m[2]));
      return day ? guess(day, "dateline", CONFIDENCE.yearFromText) : null;
    },
  },
  {
    // "/2014/09/": the publication falls in that month, no earlier than the latest day of it the text names.
    name: "a month in the address",
    find: ({ url, paragraphs }) => {
      const month = url ? dateInUrl(url)?.month : undefined;
      const day = month ? latestNamedDayIn(month, paragraphs) : null;
      return day ? guess(day, "url", CONFIDENCE.monthOnly) : null;
    },
  },
];

/** Picks the publication day: the first kind of evidence that settles it, or none (undated). */
export function choosePublished(evidence: PublishedEvidence): PublishedGuess {
  for (const rule of PUBLICATION_EVIDENCE) {
    const found = rule.find(evidence);
    if (found) return found;
  }
  return { published: null, basis: "none", confidence: CONFIDENCE.none };
}

/**
 * The day the page prints as its own: the earliest date on its date lines that is not labelled an update ("Published May 4,
 * 2022", "May 20, 2021 9:52 pm (Updated May 21, 2021)", "Damascus, May 26, 2012"), else the first update. A date in
 * figures that reads in both orders ("07/10/2023") counts only when other evidence picks one: another date the page
 * prints, the body's weekday or a caption's day (a lower bound); it is never guessed. A weekday that contradicts its
 * date ("Sun 7 Oct 2023", a Saturday) leaves the day to the figures with low confidence. Date lines above the headline
 * count after those below it: one may be the site's banner with today's date, where the article's own is printed below.
 */
function dateLineGuess(
  pageLines: readonly PageLine[],
  captions: readonly Caption[],
  paragraphs: readonly string[],
  headlineLine: number,
): PublishedGuess | null {
  const datesOf = (lines: readonly PageLine[]) =>
    lines.filter((line) => line.kind === "date-line").flatMap((line) => dateLineDates(line.text));
  // A line the headline shares (a stamp glued to it, a byline glued to an untitled story's first words) is below it.
  const below = datesOf(pageLines.filter((line) => line.line >= headlineLine));
  const above = datesOf(pageLines.filter((line) => line.line < headlineLine));
  const dates = [...below, ...above];
  const printed = new Set(dates.flatMap((d) => (d.days.length === 1 ? d.days : [])));
  // Of two plain dates a page prints of itself, the earlier is the publication: the other is a later stamp (an update
  // without its label, the day the page was scraped).
  const earliestFirst = (ds: readonly DateLineDate[]) => [
    ...ds.filter((d) => d.days.length === 1).sort((a, b) => ascending(a.days[0], b.days[0])),
    ...ds.filter((d) => d.days.length !== 1),
  ];
  const ordered = [below, above].flatMap((ds) => [
    ...earliestFirst(ds.filter((d) => !d.updated)),
    ...ds.filter((d) => d.updated),
  ]);
  for (const date of ordered) {
    if (date.days.length === 1) {
      const confidence = date.weekdayConflict ? CONFIDENCE.dateLineWeekdayConflict : CONFIDENCE.dateLine;
      return guess(date.days[0] as string, "date-line", confidence);
    }
    const day = settleOrder(date.days, printed, captions, paragraphs);
    if (day) return guess(day, "date-line", CONFIDENCE.dateLineOrder);
  }
  return null;
}

/**
 * The one of a date's two readings ("07/10/2023": 7 October or 10 July) that the other evidence allows: a day the page
 * prints elsewhere in words, else the body's first weekday and the latest caption's day (photos come on or before the
 * report). Null when both or neither remain.
 */
function settleOrder(
  days: readonly string[],
  printed: ReadonlySet<string>,
  captions: readonly Caption[],
  paragraphs: readonly string[],
): string | null {
  const onPage = days.filter((d) => printed.has(d));
  if (onPage.length === 1) return onPage[0] as string;
  const weekday = firstBodyWeekday(paragraphs);
  const captionDay = latestCaptionDay(captions);
  const left = days.filter(
    (d) => (weekday === null || weekdayOf(d) === weekday) && (captionDay === null || d >= captionDay),
  );
  return left.length === 1 ? (left[0] as string) : null;
}

/** The date of the wire dateline that opens the story (or its standfirst), if it names one. */
function leadDateline(paragraphs: readonly string[], lead: number): Timex | null {
  for (const paragraph of paragraphs.slice(0, lead + 1)) {
    const dateline = readDateline(paragraph);
    if (dateline?.date) return dateline.date;
  }
  return null;
}

/**
 * A dated caption (not an archive photo) or a dated embed is a lower bound: photos and posts come on or before the
 * report. The body's first bare weekday ("launched on Monday", "said Friday") is the reporting day: the caption's own
 * weekday gives the caption's day (0.9); the day before it gives the caption's day too, the report filed after a night
 * event (0.8); another weekday means an older photo, and the day is the first such weekday after it (0.6: "Wednesday,
 * July 9" + "said Friday" -> July 11). A caption and no weekday gives its own day (0.6).
 */
function captionGuess(
  captions: readonly Caption[],
  pageLines: readonly PageLine[],
  paragraphs: readonly string[],
): PublishedGuess | null {
  const embeds = pageLines.filter((line) => line.kind === "embed").map((line) => line.text);
  for (const paragraph of paragraphs) {
    const signature = embedSignatureStart(paragraph);
    if (signature !== null) embeds.push(paragraph.slice(signature));
  }
  const captionDay = latestCaptionDay(captions, embeds);
  if (!captionDay) return null;
  const weekday = firstBodyWeekday(paragraphs);
  if (weekday === null) return guess(captionDay, "caption", CONFIDENCE.captionOnly);
  const offset = (weekday - weekdayOf(captionDay) + 7) % 7;
  if (offset === 0) return guess(captionDay, "caption-weekday", CONFIDENCE.agree);
  if (offset === 6) return guess(captionDay, "caption-weekday", CONFIDENCE.dayAfterWeekday);
  return guess(addDays(captionDay, offset), "caption-weekday", CONFIDENCE.weekdayAfterCaption);
}

/**
 * Latest full day named in a non-archive caption ("on June 9, 2025") or an embed's signature. An archive caption dates
 * its photo in its first sentence ("FILE - This image made July 5, 2014, shows …"); a later sentence of it may report
 * the news ("… officials said late Saturday, Oct. 26, 2019") and counts; one of a single sentence ("… on March 3, 2019 [File:
 * Reuters]") dates only its photo.
 */
export function latestCaptionDay(captions: readonly Caption[], embeds: readonly string[] = []): string | null {
  let latest: string | null = null;
  const texts = [
    ...captions.map((c) => (c.archive ? c.text.replace(/^[^.]*(?:\.(?:\s|$)|$)/, "") : c.text)),
    ...embeds,
  ];
  for (const text of texts) {
    // A full day needs a year: skip the recogniser for texts without four digits.
    if (!/\d{4}/.test(text)) continue;
    for (const timex of recogniseTimexes(text, { reference: null })) {
      if (timex.basis !== "absolute" || timex.range?.precision !== "day") continue;
      if (latest === null || timex.range.start > latest) latest = timex.range.start;
    }
  }
  return latest;
}

const WEEKDAY_NAME = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;

/** ISO weekday (1 = Monday) of the first bare weekday the body mentions; "last Friday" or "next Tuesday" name other weeks and do not count. */
export function firstBodyWeekday(paragraphs: readonly string[]): number | null {
  for (const paragraph of paragraphs) {
    // Most paragraphs name no weekday; a cheap look first spares the recogniser.
    if (!WEEKDAY_NAME.test(paragraph)) continue;
    for (const timex of recogniseTimexes(paragraph, { reference: null })) {
      const m = /^XXXX-WXX-([1-7])/.exec(timex.value);
      if (m && !/\b(?:last|next|this|coming|past)\b/i.test(timex.text)) return Number(m[1]);
    }
  }
  return null;
}

/**
 * The earliest year that puts `month`/`day` on or after every full date the text names with a year, and in or after the
 * address's year: a story is filed after what it reports. Null when the text names no year at all.
 */
function yearAllowedByText(
  month: number,
  day: number,
  paragraphs: readonly string[],
  url: string | null,
): number | null {
  let latest: string | null = null;
  for (const paragraph of paragraphs) {
    if (!/\d{4}/.test(paragraph)) continue;
    for (const t of recogniseTimexes(paragraph, { reference: null }))
      if (t.basis === "absolute" && t.range && (latest === null || t.range.start > latest)) latest = t.range.start;
  }
  const fromUrl = url ? dateInUrl(url) : null;
  const urlStart = fromUrl?.day ?? (fromUrl?.month ? `${fromUrl.month}-01` : null);
  if (urlStart && (latest === null || urlStart > latest)) latest = urlStart;
  if (latest === null) return null;
  const year = Number(latest.slice(0, 4));
  const sameYear = makeIsoDay(year, month, day);
  return sameYear && sameYear >= latest ? year : year + 1;
}

/** The latest day the text names in `month` (YYYY-MM), by month and day with or without the year. */
function latestNamedDayIn(month: string, paragraphs: readonly string[]): string | null {
  let latest: string | null = null;
  const [y, m] = [Number(month.slice(0, 4)), month.slice(5, 7)];
  for (const paragraph of paragraphs) {
    for (const t of recogniseTimexes(paragraph, { reference: null })) {
      const md = /^(?:XXXX|(\d{4}))-(\d{2})-(\d{2})$/.exec(t.value);
      if (!md || md[2] !== m || (md[1] !== undefined && Number(md[1]) !== y)) continue;
      const day = `${month}-${md[3]}`;
      if (isIsoDay(day) && (latest === null || day > latest)) latest = day;
    }
  }
  return latest;
}
