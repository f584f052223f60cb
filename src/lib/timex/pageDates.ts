import {
  CLOCK_HALVES,
  DAY_WORDS,
  FOREIGN_DATE_WORDS,
  MONTHS,
  PAGE_AGE_UNITS,
  PAGE_DATE_LABELS,
  PAGE_DATE_WORDS,
  PAGE_FIELD_LABELS,
  TIME_ZONES,
  UNITS,
} from "./lexicon.ts";
import { phrases, render, words } from "./pattern.ts";
import { DAY_NUMBER, MONTH_WITH_DAY } from "./slots.ts";

// The words of a page's own date lines, from the lexicon, for the ingest to tell such lines from article text and to
// read which of their dates says when the page went out.

const MONTH_DAY = render(MONTH_WITH_DAY);
const MONTH_LOWER = MONTHS.flatMap((m) => [m.name, ...m.short.filter((short) => !short.endsWith("."))])
  .map((name) => name.toLowerCase())
  .sort((a, b) => b.length - a.length)
  .join("|");
const DAY = render(DAY_NUMBER);
// "October 7, 20235:00 AM", "7 Oct 20237 Oct 2023": scrapes drop the space after the year of a date line. A year glued
// to more digits can only end after four of them, where it follows a month and day.
const GLUED_YEAR = new RegExp(
  String.raw`((?:\b${MONTH_DAY}\s+${DAY},?|\b${DAY}\s+(?:of\s+)?${MONTH_DAY},?)\s+(?:19|20)\d{2})(?=\d)`,
  "gi",
);
// "EDTUpdated", "GMT+3Updated", "202312:05 PMSat": a capitalised word run into an abbreviation or a figure.
const GLUED_WORD = /(?<=\p{Lu}{2}|\d)(?=\p{Lu}\p{Ll})/gu;
// "2 hours agoUpdated": a label run into the word before it; labels are capitalised where a page glues them.
const GLUED_LABEL = new RegExp(
  String.raw`(?<=\p{Ll})(?=(?:${[...PAGE_DATE_LABELS.published, ...PAGE_DATE_LABELS.updated]
    .map((l) => `${l[0]?.toUpperCase()}${l.slice(1)}`)
    .join("|")})\b)`,
  "gu",
);

// "21 oct 2019", "march 3, 2020": a month in lower case next to a day, as some pages print their date lines.
const LOWER_CASE_MONTH = new RegExp(
  String.raw`(?<=\b\d{1,2}(?:st|nd|rd|th)?\s+)(?:${MONTH_LOWER})\b|\b(?:${MONTH_LOWER})(?=\.?\s+\d{1,2}\b)`,
  "g",
);

const FOREIGN_MONTH = new Map(
  FOREIGN_DATE_WORDS.months.flatMap((names, i) => names.map((name) => [name.toLowerCase(), MONTHS[i]?.name as string])),
);
const anyOf = (names: Iterable<string>) => [...names].sort((a, b) => b.length - a.length).join("|");
const JOIN = String.raw`(?:(?:${anyOf(FOREIGN_DATE_WORDS.joins)})\s+)?`;
// "19 de março de 2015", "19. März 2015", "13 iunie 2018": a day, a month and a year. Letters of any script bound the
// names (\b knows only ASCII letters). The pattern starts at the day's figures, so most lines fail at their first step.
const FOREIGN_DATE = new RegExp(
  String.raw`(?<![\p{L}\d])(\d{1,2})\.?\s+${JOIN}(${anyOf(FOREIGN_MONTH.keys())})(?!\p{L})\.?,?\s+${JOIN}((?:19|20)\d{2})\b`,
  "giu",
);
// The weekday a foreign date follows ("quinta-feira, 19 March 2015" once the date is read): dropped with it.
const FOREIGN_WEEKDAY = new RegExp(
  String.raw`(?<!\p{L})(?:${anyOf(FOREIGN_DATE_WORDS.weekdays)})(?!\p{L})[,\s]*(?=\d{1,2} \p{Lu}\p{Ll}+ \d{4})`,
  "giu",
);

/** A date in another language read in English, and the weekday before it dropped: "19 March 2015". */
function readForeignDate(text: string): string {
  let read = false;
  const english = text.replace(FOREIGN_DATE, (_, day: string, month: string, year: string) => {
    read = true;
    return `${day} ${FOREIGN_MONTH.get(month.toLowerCase())} ${year}`;
  });
  return read ? english.replace(FOREIGN_WEEKDAY, "") : text;
}

/**
 * A date line with the spaces a scrape dropped put back ("October 7, 20235:00 AM GMT+3Updated" → "October 7, 2023
 * 5:00 AM GMT+3 Updated"), its months capitalised ("21 oct 2019" → "21 Oct 2019") and a date in another language
 * read in English ("quinta-feira, 19 de março de 2015" → "19 March 2015").
 */
export function separateGluedDates(text: string): string {
  return readForeignDate(text)
    .replace(GLUED_YEAR, "$1 ")
    .replace(GLUED_WORD, " ")
    .replace(GLUED_LABEL, " ")
    .replace(LOWER_CASE_MONTH, (month) => `${month[0]?.toUpperCase()}${month.slice(1)}`);
}

const PUBLISHED = phrases(PAGE_DATE_LABELS.published);
const UPDATED = phrases(PAGE_DATE_LABELS.updated);

/** Labels, time zones, clock halves and other words that print around a page's date and carry no news. */
export const PAGE_DATE_WORDS_PATTERN = phrases([
  ...PAGE_DATE_LABELS.published,
  ...PAGE_DATE_LABELS.updated,
  ...PAGE_DATE_WORDS,
  ...TIME_ZONES,
  ...CLOCK_HALVES.am,
  ...CLOCK_HALVES.pm,
]);

/** "Source: Xinhua", "Editor: huaxia": a field label and the name after it, up to the next separator. */
export const PAGE_FIELD = new RegExp(
  String.raw`\b${render(words(PAGE_FIELD_LABELS))}\s*:\s*[^\s|·•:]+(?:\s+[^\s|·•:]+){0,2}(?=\s*(?:[|·•]|$))`,
  "giu",
);

/** "2 hours ago", "Updated 45 mins ago", "an hour ago", "Today, 10:15": how old the page is, with no day of its own. */
export const PAGE_AGE = new RegExp(
  String.raw`\b(?:(?:\d+|an?)\s*${render(words([...UNITS.flatMap((u) => [u.word, u.plural]), ...PAGE_AGE_UNITS]))}\s+ago|${render(words(Object.keys(DAY_WORDS)))},?\s+\d{1,2}[:.]\d{2})\b`,
  "i",
);

/** True when a line opens with a label of the page's own date ("Published:", "Last modified on"). */
export function opensWithDateLabel(text: string): boolean {
  for (const label of [PUBLISHED, UPDATED]) {
    label.lastIndex = 0;
    const m = label.exec(text);
    if (m && /^\W*$/.test(text.slice(0, m.index))) return true;
  }
  return false;
}

/**
 * What the date at `at` in a date line says, by the nearest label before it: "published" ("First published on Sat 7
 * Oct 2023"), "updated" ("Oct. 7, 2023 Updated Oct. 8, 2023"), or null when no label comes before it.
 */
export function dateLabelBefore(text: string, at: number): "published" | "updated" | null {
  let found: { index: number; kind: "published" | "updated" } | null = null;
  for (const [kind, label] of [
    ["published", PUBLISHED],
    ["updated", UPDATED],
  ] as const) {
    for (const m of text.slice(0, at).matchAll(label))
      if (found === null || m.index > found.index) found = { index: m.index, kind };
  }
  return found?.kind ?? null;
}
