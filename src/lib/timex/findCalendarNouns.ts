import { addDays, isoWeekValue, makeIsoDay, weekdayOf } from "../dates/index.ts";
import { cueWords, findCues, matchAllFrom } from "./cueWords.ts";
import type { Mention } from "./mention.ts";
import { rangeOfValue } from "./rangeOfValue.ts";
import { fromValue } from "./resolveHelpers.ts";
import { resolveYearOfDay } from "./resolveMonth.ts";

const THE_YEAR = /\b[Tt]he (?:(fiscal|full|calendar) )?year\b(?![-\s](?:before|earlier|ago|two thousand|after))/y;
const THE_WEEK = /\b[Tt]he (week(?:end)?|month)\b(?!-|\s+(?:before|after|of|earlier|ago))/y;
const YEAR_END = /\byear(?:-end|\s+end|['’]s\s+end)\b/iy;
const HOLIDAY =
  /\b(?:(last|next|this) )?(Thanksgiving(?: Day)?|Christmas(?: Day| Eve)?|New Year['’]s(?: Day| Eve)?|Election Day|Independence Day|Valentine['’]s Day|Halloween|Labor Day|Memorial Day|Veterans Day|Boxing Day)\b/y;

// Cue words, one of which every match of the pattern holds as a whole word (see cueWords.ts).
const YEAR_CUES = cueWords("year");
const END_CUES = cueWords("end");
const THE_WEEK_CUES = cueWords("week", "weekend", "month");
const HOLIDAY_CUES = cueWords(
  "thanksgiving",
  "christmas",
  "new",
  "election",
  "independence",
  "valentine",
  "halloween",
  "labor",
  "memorial",
  "veterans",
  "boxing",
);

// Words every match of a pattern begins with, as a whole word: the pattern is tried only where they stand (see cueWords.ts).
const THE_STARTS = cueWords("the");
const HOLIDAY_STARTS = cueWords("last", "next", "this", ...HOLIDAY_CUES);

/** Calendar nouns read from the publication ("the year", "the week", "the weekend", "year-end") and yearly holidays ("Thanksgiving Day", "Christmas"). */
export function findCalendarNouns(text: string, cues = findCues(text)): Mention[] {
  const out: Mention[] = [];
  for (const m of matchAllFrom(text, cues, THE_YEAR, THE_STARTS, YEAR_CUES)) {
    // "the year ended Sept. 30" is a fiscal stretch; "for the year" names the current one.
    const stretch =
      /^\s+(ended|ending|to|through)\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12)) ||
      m[1] === "fiscal";
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      type: stretch ? "DURATION" : "DATE",
      resolve: (ctx) => {
        if (stretch) return { value: "P1Y", range: null, basis: "relative" };
        return ctx.reference
          ? fromValue(ctx.reference.slice(0, 4), "relative")
          : { value: "XXXX", range: null, basis: "relative" };
      },
    });
  }
  for (const m of matchAllFrom(text, cues, THE_WEEK, THE_STARTS, THE_WEEK_CUES)) {
    const weekend = m[1] === "weekend";
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      type: "DATE",
      resolve: (ctx) => {
        if (!ctx.reference)
          return {
            value: weekend ? "XXXX-WXX-WE" : m[1] === "month" ? "XXXX-XX" : "XXXX-WXX",
            range: null,
            basis: "relative",
          };
        if (m[1] === "month") return fromValue(ctx.reference.slice(0, 7), "relative");
        if (!weekend) return fromValue(isoWeekValue(ctx.reference), "relative");
        // News on a weekday means the weekend just gone, unless the clause looks ahead.
        const weekday = weekdayOf(ctx.reference);
        const saturday =
          weekday >= 6 || ctx.tense === "future"
            ? addDays(ctx.reference, 6 - weekday)
            : addDays(ctx.reference, -weekday - 1);
        const value = `${isoWeekValue(saturday)}-WE`;
        return { value, range: rangeOfValue(value), basis: "relative" };
      },
    });
  }
  for (const m of matchAllFrom(text, cues, YEAR_END, YEAR_CUES, END_CUES)) {
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      type: "DATE",
      resolve: (ctx) => {
        if (!ctx.reference) return { value: "XXXX-12-31", range: null, basis: "relative" };
        // "by year-end" is this year's; "since year-end" the one just past.
        const since = /\bsince\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 8), m.index));
        const value = `${Number(ctx.reference.slice(0, 4)) - (since ? 1 : 0)}-12-31`;
        return fromValue(value, "relative", true);
      },
    });
  }
  for (const m of matchAllFrom(text, cues, HOLIDAY, HOLIDAY_STARTS, HOLIDAY_CUES)) {
    const which = m[1] ?? "";
    const name = (m[2] as string).replace(/['’]/, "'");
    const dayIn = holidayDay(name);
    if (!dayIn) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      type: "DATE",
      resolve: (ctx) => {
        if (!ctx.reference) return { value: "XXXX-XX-XX", range: null, basis: "relative" };
        const refYear = Number(ctx.reference.slice(0, 4));
        let year = resolveYearOfDay(dayIn, ctx.reference, ctx.tense);
        if (which === "last") year = (dayIn(refYear) ?? "") < ctx.reference ? refYear : refYear - 1;
        if (which === "next") year = (dayIn(refYear) ?? "") > ctx.reference ? refYear : refYear + 1;
        if (which === "this") year = refYear;
        const day = dayIn(year);
        return day ? fromValue(day, "relative") : null;
      },
    });
  }
  return out;
}

/** Day of a named yearly holiday in a given year (US holidays by their weekday rules). */
export function holidayDay(name: string): ((year: number) => string | null) | null {
  if (name.startsWith("Thanksgiving")) return (y) => nthWeekday(y, 11, 4, 4);
  if (name === "Christmas Eve") return (y) => makeIsoDay(y, 12, 24);
  if (name.startsWith("Christmas")) return (y) => makeIsoDay(y, 12, 25);
  if (name === "New Year's Eve") return (y) => makeIsoDay(y, 12, 31);
  if (name.startsWith("New Year's")) return (y) => makeIsoDay(y, 1, 1);
  // US Election Day: the Tuesday after the first Monday of November.
  if (name === "Election Day") return (y) => addDays(nthWeekday(y, 11, 1, 1), 1);
  if (name === "Independence Day") return (y) => makeIsoDay(y, 7, 4);
  if (name === "Valentine's Day") return (y) => makeIsoDay(y, 2, 14);
  if (name === "Halloween") return (y) => makeIsoDay(y, 10, 31);
  if (name === "Labor Day") return (y) => nthWeekday(y, 9, 1, 1);
  if (name === "Memorial Day") return (y) => addDays(nthWeekday(y, 6, 1, 1), -7);
  if (name === "Veterans Day") return (y) => makeIsoDay(y, 11, 11);
  if (name === "Boxing Day") return (y) => makeIsoDay(y, 12, 26);
  return null;
}

// The n-th given ISO weekday of a month.
function nthWeekday(year: number, month: number, weekday: number, n: number): string {
  const first = makeIsoDay(year, month, 1) as string;
  const offset = (weekday - weekdayOf(first) + 7) % 7;
  return addDays(first, offset + (n - 1) * 7);
}
