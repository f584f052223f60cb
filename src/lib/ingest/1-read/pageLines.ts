import { makeIsoDay, weekdayOf } from "../../dates/index.ts";
import {
  dateLabelBefore,
  FURNITURE_WORDS,
  opensWithDateLabel,
  PAGE_AGE,
  PAGE_DATE_WORDS_PATTERN,
  PAGE_FIELD,
  recogniseTimexes,
  separateGluedDates,
  weekdayNumber,
} from "../../timex/index.ts";

/** What a line of page furniture is: kept with the article, never a paragraph or an event. */
export type PageLineKind = "date-line" | "byline" | "embed" | "chrome" | "label";

/**
 * One kind of page furniture. `where`: "anywhere" kinds are recognised in the body too; "header" kinds only between the
 * headline and the lead, where a short line is furniture but in the body is a subheading of the text. `examples` are
 * lines of that kind (a test checks each is classified so, and by no earlier rule).
 */
interface PageLineRule {
  kind: PageLineKind;
  where: "anywhere" | "header";
  test: (line: string) => boolean;
  examples: readonly string[];
}

// "12/01/2024", "05.08.2020", "18-03-2015": a date in figures, whatever the order of day and month.
const NUMERIC_DATE = /\b(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d{2})\b/;
const W = FURNITURE_WORDS;
// A widget's count or length after its label ("Listen · 4 min", "Comments (12)", "list of 4 items", "list 1 of 4").
const WIDGET_COUNT = String.raw`(?:\s*[·•|(]?\s*\d+(?:\s+of\s+\d+)?(?:\s*${W.widgetUnit})?\)?)?`;
// Share widgets and navigation that scrapes keep as lines of their own: a widget's whole label (maybe printed twice,
// "Send in e-mailSend in e-mail"), a line that speaks to the reader ("Share on X", "Sign up for our newsletter"), or a
// link's label before its colon ("Read more: …"). A sentence that merely opens with such a word ("Share prices fell",
// "Read more about …") matches none of them.
const CHROME = new RegExp(
  String.raw`^[•·|>»\s]*(?:(${W.widget})(?:\s*\1)?,?${WIDGET_COUNT}|${W.widgetOpening}\b(?:\s+\S+){0,10}|${W.linkLabel}\s*:.*|commenting has been disabled\..*)\s*$`,
  "i",
);
// "By Jane Doe", "By Reuters Staff", "By JANE DOE and JOHN ROE – Associated Press": capitalised names, so that "By
// evening, calm had fallen." stays a sentence (no case-insensitive flag: it would make \p{Lu} match any letter).
const BYLINE =
  /^(?:by|By|BY)\s+\p{Lu}[\p{L}'’.-]*(?:[\s,]+(?:(?:and|AND)\s+)?\p{Lu}[\p{L}'’.-]*){0,8}(?:\s*[–—-]\s*[\p{L} ]{2,40})?$/u;
// "Reporting by Jane Doe in Gaza; additional reporting by John Roe; Editing by Peter Graff", maybe in brackets: each
// role and its names, with no full stop (a sentence that opens "Reporting by the BBC showed …" ends in one).
const CREDITS = new RegExp(
  String.raw`^\(?\s*${W.creditRole}\s+by\s+[^;.!?()]+(?:[;,]\s*${W.creditRole}\s+by\s+[^;.!?()]+)*\)?$`,
  "i",
);
// A line that is only the agency or outlet, as pages print it above or below a wire story ("Reuters").
const AGENCY_LINE = new RegExp(`^${W.agency}$`, "i");
// "— Dan Scavino (@Scavino47) March 15, 2025": the signature line of an embedded post.
const EMBED = /^[—–-]\s*[^()]{1,60}\(@\w{1,30}\)\s+.{4,40}$/;
// The same signature closing a paragraph that quotes the post ("… pic.twitter.com/26kpBll568 — Dan Scavino (@Scavino47) March 15, 2025").
const EMBED_TAIL = /\s[—–]\s*[^()—–]{1,60}\(@\w{1,30}\)\s+[^()—–]{4,40}$/;

// A live page's entry heading with its time stamp glued on ("Talks resumepublished at 09:12 GMT 3 March 2021").
const GLUED_STAMP = /(?<=[\p{Ll}?!.:"”’)])(?=published at \d{1,2}[:.]\d{2}\b)/u;

/** A line whose heading runs into a live page's "published at …" stamp, split into the two; else null. */
export function splitGluedStamp(line: string): [heading: string, stamp: string] | null {
  const m = GLUED_STAMP.exec(line);
  return m ? [line.slice(0, m.index).trim(), line.slice(m.index).trim()] : null;
}

// "By Jane Doe 07 March 2020 Lebanon is in default.": a byline and its date run into the story's first words, as some
// aggregators print them. The clock after the date goes with it.
const GLUED_BYLINE_START = /^By\s+\p{Lu}/u;
const CLOCK_AFTER = /^,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?/i;
/** Words the story's part must have: a sentence, not the rest of a long byline. */
const GLUED_STORY_WORDS = 6;

/** A paragraph that opens with a dated byline run into the story, split into the byline and the story; else null. */
export function splitGluedByline(line: string): [byline: string, story: string] | null {
  if (!GLUED_BYLINE_START.test(line)) return null;
  const head = line.slice(0, 120);
  const date = recogniseTimexes(head, { reference: null }).find((t) => /^\d{4}-\d{2}-\d{2}/.test(t.value));
  // Someone's name stands between "By" and the date: "By March 7, 2020 Lebanon had defaulted" is the story's own words.
  if (!date || !/\p{Lu}/u.test(line.slice(2, date.start))) return null;
  const end = date.end + (CLOCK_AFTER.exec(line.slice(date.end))?.[0].length ?? 0);
  const [byline, story] = [line.slice(0, end).trim(), line.slice(end).trim()];
  const splits = /^\p{Lu}/u.test(story) && story.split(/\s+/).length >= GLUED_STORY_WORDS;
  return splits && pageLineKind(byline, true) === "date-line" ? [byline, story] : null;
}

/** Where the signature of an embedded post that closes a paragraph begins, or null: its date is when the post went out, evidence for the publication day and never an event. */
export function embedSignatureStart(paragraph: string): number | null {
  const m = EMBED_TAIL.exec(paragraph);
  return m ? m.index + 1 : null;
}

/** The kinds of page furniture, most specific first. */
export const PAGE_LINE_RULES: readonly PageLineRule[] = [
  {
    kind: "embed",
    where: "anywhere",
    test: (line) => EMBED.test(line),
    examples: ["— Dan Scavino (@Scavino47) March 15, 2025"],
  },
  {
    kind: "date-line",
    where: "anywhere",
    test: isDateLine,
    examples: [
      "Published May 4, 2022 10:15 am",
      "Updated 3 June 2023",
      "Last update: 12/01/2024",
      "2024-02-07",
      "Beirut, 12 March 2024",
      "Wed, 05 Aug 2020 - 12:26 GMT",
      "News Desk October 01, 2024",
      "Jane Doe | @janedoe | 10 Jul 2017, 05:53 am Print",
      "October 7, 20235:00 AM GMT+3Updated 2 hours ago",
      "Source: Xinhua| 2023-10-07 18:30:45|Editor: huaxia",
      "7 October 2023 · 3 min read",
      "Updated 3 hours ago",
      "11:19 AM Sep 15, 2020 | PTI |",
      "Posted at 2:14 AM, Mar 18, 2015",
      "Print edition : October 17, 2014",
      "This story is from July 16, 2016",
      "19th March 2011, Comments 0 comments",
      "Al-Ahram Weekly and Reuters, Monday 9 Jan 2012",
      "23-05-2018 14:00",
      "Kafr Nabl – Idlib Countryside – Syria 14/03/2019",
      "3 nov 2020",
      "published at 09:12 Greenwich Mean Time 3 March 2021",
      "تاریخ انتشار: ۲۰ اسفند ۱۳۹۶ - ۰۹:۰۹ 11 March 2018",
    ],
  },
  {
    kind: "byline",
    where: "anywhere",
    // A list's bullet or dash may open it ("- • By JANE DOE").
    test: (line) =>
      (line.length <= 140 && BYLINE.test(line.replace(/^[-–—•·|>»\s]+/, ""))) ||
      (line.length <= 400 && CREDITS.test(line)) ||
      AGENCY_LINE.test(line),
    examples: [
      "By Jane Doe",
      "- • By JANE DOE",
      "By JANE DOE and JOHN ROE – Associated Press",
      "Reporting by Jane Doe; Editing by John Roe",
      "(Reporting by Jane Doe in Gaza; additional reporting by John Roe; Writing by Ann Poe)",
      "Reuters",
    ],
  },
  {
    kind: "chrome",
    where: "anywhere",
    // A label printed twice runs into itself ("Send in e-mailSend in e-mail"): it is read apart.
    test: (line) => line.length <= 120 && CHROME.test(line.replace(/(?<=\p{Ll})(?=\p{Lu}\p{Ll})/gu, " ")),
    examples: [
      "• Print",
      "Send in e-mailSend in e-mail",
      "Image caption,",
      "READ MORE: Strikes hit the port",
      "  • Published",
      "Listen · 4 min",
      "Share on WhatsApp",
      "Sign up for our newsletter",
      "Support our Independent Journalism — Donate Today!",
      "list of 4 items",
      "Related: Strikes hit the port",
      "Skip to main contentSkip to navigationSkip to navigation",
      "Navigate to News section",
    ],
  },
  {
    kind: "chrome",
    where: "anywhere",
    // A navigation menu whose labels ran together ("FinancialGovernment SolutionsLegalReuters News Agency"): three
    // words or more glued to the next, and no sentence.
    test: (line) =>
      line.split(/\s+/).length <= 24 &&
      !/[.!?]["”’)]?$/.test(line) &&
      (line.match(/\p{Ll}\p{Lu}\p{Ll}/gu)?.length ?? 0) >= 3,
    examples: ["FinancialGovernment SolutionsLegalReuters News AgencyRisk Management SolutionsTax & Accounting"],
  },
  {
    kind: "chrome",
    where: "anywhere",
    // A page's program output that a scrape kept: a PHP dump or a JSON record ("string(765) "[{"id":…").
    test: (line) => /^(?:(?:string|array|object|int)\(\d+\)|[[{]\s*[[{"])/.test(line),
    examples: ['string(12) "[{"id":"189"}]"', '[{"id":"1899254","title":"Buses leave"}]'],
  },
  {
    kind: "chrome",
    where: "header",
    // Section paths and tag lists: "| | War & Conflict, Politics, Middle East", "Latest | Live blog | Analysis".
    test: (line) => line.includes("|") && !/[.!?]["”’)]?$/.test(line) && line.split(/\s+/).length <= 14,
    examples: ["| | War & Conflict, Politics, Middle East", "Latest news | Blog summary | Analysis"],
  },
  {
    kind: "label",
    where: "header",
    // A section label or a kicker: short, not a sentence, and naming no date (a dated one may be a standfirst).
    test: (line) =>
      line.split(/\s+/).length <= 10 &&
      !/[.!?:;,]["”’)]?$/.test(line) &&
      recogniseTimexes(line, { reference: null }).length === 0,
    examples: ["Historical context", "Israel-Hamas War", "Analysis"],
  },
];

/**
 * Answers kept for the lines of the last pages read: splitting a page asks of one line several times (furniture above a
 * possible headline, a header line, the start of another article), and a rule can call the recogniser.
 */
const KINDS_KEPT = 4096;
const knownKinds = new Map<string, PageLineKind | null>();

/** The kind of page furniture a line is, or null for article text; `header` says whether it stands before the lead. */
export function pageLineKind(line: string, header: boolean): PageLineKind | null {
  const key = `${header ? "h" : "b"}${line}`;
  const known = knownKinds.get(key);
  if (known !== undefined) return known;
  const kind = findKind(line.trim(), header);
  if (knownKinds.size >= KINDS_KEPT) knownKinds.clear();
  knownKinds.set(key, kind);
  return kind;
}

function findKind(text: string, header: boolean): PageLineKind | null {
  for (const rule of PAGE_LINE_RULES) {
    if (rule.where === "header" && !header) continue;
    if (rule.test(text)) return rule.kind;
  }
  return null;
}

/** Most lower-case words a date line has (its labels, prepositions, clock and age words). */
const MOST_LOWER_CASE_WORDS = 8;

/**
 * A line that only names a date: once its dates, clock times, time zones, labels ("Published", "Updated"), fields
 * ("Source: Xinhua") and handles are taken out, at most four capitalised words are left (a place, an outlet:
 * "Damascus, May 26, 2012", "News Desk October 01, 2024"; a byline before the date may name more: "By Jane Doe and John
 * Roe, CNN"). It must hold a calendar date with a year, or say how old the page is ("Updated 2 hours ago"), or open with
 * a date label ("Published: 10.07.23, 10:15"): "Monday" or "In March" alone are not date lines. Scrapes glue the parts
 * of a date line together ("October 7, 20235:00 AM GMT+3Updated"); they are read apart.
 */
function isDateLine(line: string): boolean {
  if (line.length > 120 || line.split(/\s+/).length > 16) return false;
  // Cheap refusals before the recogniser, the read stage's costliest step, which most lines would otherwise meet: a date
  // with its year, or a label with a date in figures, has digits (without them only an age is left: "an hour ago"); and
  // a date line's lower-case words are all date words or labels ("Last updated on the 7th of October 2023 at 10:15 am
  // local time" has eight), where a sentence has many more.
  if (!/\d/.test(line) && !PAGE_AGE.test(line)) return false;
  if ((line.match(/(?:^|\s)\p{Ll}/gu)?.length ?? 0) > MOST_LOWER_CASE_WORDS) return false;
  const text = separateGluedDates(line);
  const timexes = recogniseTimexes(text, { reference: null });
  const dated = timexes.some((t) => /^\d{4}-\d{2}/.test(t.value)) || NUMERIC_DATE.test(text);
  const aged = PAGE_AGE.test(text);
  if (!dated && !aged && !(opensWithDateLabel(text) && /\d/.test(text))) return false;
  let rest = "";
  let from = 0;
  for (const t of timexes) {
    rest += ` ${text.slice(from, t.start)}`;
    from = t.end;
  }
  rest += ` ${text.slice(from)}`;
  const byline = /^by\s/i.test(text);
  const words = rest
    .replace(PAGE_FIELD, " ")
    .replace(PAGE_AGE, " ")
    .replace(/@\w+/g, " ")
    // Figures first, so a clock half glued to its time ("12:02pm") is a word of its own.
    .replace(/\d+(?:[:.]\d+)*/g, " ")
    .replace(PAGE_DATE_WORDS_PATTERN, " ")
    .split(/[^\p{L}'’-]+/u)
    .filter((w) => /\p{L}/u.test(w) && !(byline && /^(?:by|and)$/i.test(w)));
  // A place path ("Kafr Nabl – Idlib Countryside – Syria 14/03/2019") names more places than a dateline's one.
  const path = /\s[–—-]\s.*\s[–—-]\s/.test(text);
  // Words of a script without case (an Arabic or Persian "Published:") count as capitalised: labels or names.
  return words.length <= (byline || path ? 8 : 4) && words.every((w) => /^[\p{Lu}\p{Lo}]/u.test(w));
}

/** A full date on a date line: its day, or the two days a date in figures can be read as, and whether it is an update's. */
export interface DateLineDate {
  /** One day, or both readings of figures whose order is not certain ("07/10/2023"). */
  days: string[];
  /** A label before it says the page was updated then ("Updated", "Last modified on"). */
  updated: boolean;
  /** The line names a weekday the day is not ("Sun 7 Oct 2023", a Saturday). */
  weekdayConflict: boolean;
}

const NUMERIC_DATES = new RegExp(NUMERIC_DATE.source, "g");

/** The full dates of a date line, in order, read with the spaces a scrape dropped put back. */
export function dateLineDates(line: string): DateLineDate[] {
  const text = separateGluedDates(line);
  const found: { at: number; end: number; days: string[]; weekdayConflict: boolean }[] = [];
  for (const t of recogniseTimexes(text, { reference: null })) {
    if (!/^\d{4}-\d{2}-\d{2}/.test(t.value)) continue;
    const day = t.value.slice(0, 10);
    const weekday = weekdayNumber(t.text.split(/[\s,]/)[0] as string);
    found.push({ at: t.start, end: t.end, days: [day], weekdayConflict: weekday > 0 && weekday !== weekdayOf(day) });
  }
  // Figures the recogniser left alone read in both orders; both are kept for the evidence to choose.
  for (const m of text.matchAll(NUMERIC_DATES)) {
    if (found.some((f) => m.index >= f.at && m.index < f.end)) continue;
    const [a, b, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
    const days = [...new Set([makeIsoDay(year, b, a), makeIsoDay(year, a, b)])].filter((d): d is string => d !== null);
    if (days.length > 0) found.push({ at: m.index, end: m.index + m[0].length, days, weekdayConflict: false });
  }
  return found
    .sort((x, y) => x.at - y.at)
    .map(({ at, days, weekdayConflict }) => ({
      days,
      updated: dateLabelBefore(text, at) === "updated",
      weekdayConflict,
    }));
}
