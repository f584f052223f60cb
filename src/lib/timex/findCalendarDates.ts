import { makeIsoDay } from "../dates/index.ts";
import { cueWords, DIGITS, findCues, matchAllFrom } from "./cueWords.ts";
import {
  MONTH_AND_SHORT_WORDS,
  MONTH_PATTERN,
  MONTH_WORDS,
  monthNumber,
  WEEKDAY_PATTERN,
  WEEKDAY_WORDS,
} from "./lexicon.ts";
import type { Mention } from "./mention.ts";
import { fromValue, isPlausibleYear, monthDayWithoutYear, wordBefore } from "./resolveHelpers.ts";
import { resolveMonthYear } from "./resolveMonth.ts";

const WD = `(?:${WEEKDAY_PATTERN},?\\s+)?`;
const MONTH_DAY_YEAR = new RegExp(
  `\\b${WD}(${MONTH_PATTERN})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d|:\\d)(?:,?\\s+(\\d{4})(?!\\d))?`,
  "y",
);
const DAY_MONTH_YEAR = new RegExp(
  `\\b${WD}(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_PATTERN})(?:,?\\s+(\\d{4})(?!\\d))?`,
  "y",
);
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/y;
const MONTH_YEAR = new RegExp(`\\b(${MONTH_PATTERN})(?:\\s+of)?,?\\s+(\\d{4})(?!\\d)`, "y");
const MONTH_ALONE =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.)(?![\w-])/y;

const FULL_MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
const MODIFIED_MONTH = new RegExp(
  // Month names stay case-sensitive ("this march" is a walk); the modifier may open a sentence.
  `\\b([Ll]ast|[Tt]his|[Nn]ext|[Tt]his past|[Tt]his coming)\\s+(${FULL_MONTH})\\b|\\b(${FULL_MONTH})\\s+(?:of\\s+)?(this|last|next)\\s+year\\b`,
  "y",
);

// Words before a bare "May"/"March" that show it is a month, not a modal verb, a name or a walk.
const MONTH_CUE =
  /^(in|on|by|since|until|till|from|of|during|before|after|through|to|last|next|this|early|late|mid|and|or|between|the|that|each|every|end|beginning|start|middle)$/;

// Words every match of a pattern begins with, as a whole word: the pattern is tried only where they stand (see cueWords.ts).
const MONTH_STARTS = MONTH_AND_SHORT_WORDS;
const MONTH_DAY_YEAR_STARTS = [...MONTH_AND_SHORT_WORDS, ...WEEKDAY_WORDS];
const DAY_MONTH_YEAR_STARTS = [DIGITS, ...WEEKDAY_WORDS];
const MODIFIED_MONTH_STARTS = [...cueWords("last", "this", "next"), ...MONTH_WORDS];

/** Dates spelled with a month name ("December 5, 2014", "5 December 2014", "Wednesday, July 9, 2025", "July 9"), ISO days, "March 2011" and bare month names. */
export function findCalendarDates(text: string, cues = findCues(text)): Mention[] {
  const out: Mention[] = [];
  for (const m of matchAllFrom(text, cues, MONTH_DAY_YEAR, MONTH_DAY_YEAR_STARTS)) {
    if (isDayNumber(m[2])) out.push(dayMention(m.index, m[0].length, monthNumber(m[1] as string), Number(m[2]), m[3]));
  }
  for (const m of matchAllFrom(text, cues, DAY_MONTH_YEAR, DAY_MONTH_YEAR_STARTS)) {
    if (isDayNumber(m[1])) out.push(dayMention(m.index, m[0].length, monthNumber(m[2] as string), Number(m[1]), m[3]));
  }
  for (const m of matchAllFrom(text, cues, ISO, [DIGITS])) {
    out.push(dayMention(m.index, m[0].length, Number(m[2]), Number(m[3]), m[1]));
  }
  for (const m of matchAllFrom(text, cues, MONTH_YEAR, MONTH_STARTS)) {
    const month = monthNumber(m[1] as string);
    const year = Number(m[2]);
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      type: "DATE",
      resolve: (ctx) =>
        isPlausibleYear(year, ctx.reference)
          ? fromValue(`${year}-${String(month).padStart(2, "0")}`, "absolute")
          : null,
    });
  }
  for (const m of matchAllFrom(text, cues, MODIFIED_MONTH, MODIFIED_MONTH_STARTS)) {
    const which = (m[1] ?? m[4] ?? "").toLowerCase();
    const month = monthNumber((m[2] ?? m[3]) as string);
    const ofYear = Boolean(m[3]);
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      type: "DATE",
      priority: 1,
      resolve: (ctx) => {
        const mm = String(month).padStart(2, "0");
        if (!ctx.reference) return { value: `XXXX-${mm}`, range: null, basis: "relative" };
        const refYear = Number(ctx.reference.slice(0, 4));
        const refMonth = Number(ctx.reference.slice(5, 7));
        let year = refYear;
        // "last November" is the latest November before this month; "November of last year" is plainly last year's.
        if (which.startsWith("last") || which === "this past")
          year = ofYear ? refYear - 1 : month < refMonth ? refYear : refYear - 1;
        else if (which.startsWith("next") || which === "this coming")
          year = ofYear ? refYear + 1 : month > refMonth ? refYear : refYear + 1;
        return fromValue(`${year}-${mm}`, "relative");
      },
    });
  }
  for (const m of matchAllFrom(text, cues, MONTH_ALONE, MONTH_STARTS)) {
    const word = m[1] as string;
    if (!readsAsMonth(text, m.index, word)) continue;
    const month = monthNumber(word);
    out.push({
      start: m.index,
      end: m.index + word.length,
      type: "DATE",
      resolve: (ctx) => {
        const mm = String(month).padStart(2, "0");
        if (!ctx.reference) return { value: `XXXX-${mm}`, range: null, basis: "relative" };
        return fromValue(`${resolveMonthYear(month, ctx.reference, ctx.tense)}-${mm}`, "relative");
      },
    });
  }
  return out;
}

// "May" and "March" are also a verb and a noun, and any month can end a name ("Theresa May"): without a cue word before
// it, a bare month must not follow a capitalised word.
function readsAsMonth(text: string, index: number, word: string): boolean {
  if (MONTH_CUE.test(wordBefore(text, index))) return true;
  if (word === "May" || word === "March") return false;
  const previous = /([A-Za-z]+)\s+$/.exec(text.slice(Math.max(0, index - 20), index))?.[1] ?? "";
  return !/^[A-Z]/.test(previous);
}

// "May 35 people" keeps "May" as the month: a number past 31 is a count, not a day.
function isDayNumber(digits: string | undefined): boolean {
  const n = Number(digits);
  return n >= 1 && n <= 31;
}

function dayMention(start: number, length: number, month: number, day: number, yearText: string | undefined): Mention {
  return {
    start,
    end: start + length,
    type: "DATE",
    priority: 1,
    resolve: (ctx) => {
      if (yearText === undefined) return monthDayWithoutYear(month, day, ctx.reference, ctx.tense);
      const year = Number(yearText);
      const iso = makeIsoDay(year, month, day);
      return iso && isPlausibleYear(year, ctx.reference) ? fromValue(iso, "absolute") : null;
    },
  };
}
