import { addDays, endOfMonth, endOfWeek, startOfMonth, startOfWeek } from "../dates/index.ts";
import { partOfRange } from "./attachPeriodParts.ts";
import { cueWords, findCues, matchAllFrom } from "./cueWords.ts";
import { COUNT_PATTERN, COUNT_STARTS, countValue } from "./lexicon.ts";
import type { Mention, Resolution } from "./mention.ts";
import { type PeriodUnit, periodUnit, periodValue, shiftDay, shiftValue } from "./periodValues.ts";
import { findPreceding } from "./precedingTimexes.ts";
import { rangeOfValue } from "./rangeOfValue.ts";
import { fromValue } from "./resolveHelpers.ts";

const WEEKEND = /\b(last|this|next|this past|this coming)\s+weekend\b/iy;
const RELATIVE =
  /\b(?:(early|late|earlier|later)\s+)?(last|next|this|this past|this coming|the past|the previous|the current|the coming|the next|the latest|the same)\s+(week|month|year|quarter|decade|century)\b/iy;
const AGO = new RegExp(
  `\\b(?:(about|almost|nearly|some|more than|less than|over|roughly|around|only|just)\\s+)?(${COUNT_PATTERN})\\s+(day|week|month|quarter|year|decade|centur(?:y|ies))s?\\s+ago\\b`,
  "iy",
);

// Cue words, one of which every match of the pattern holds as a whole word (see cueWords.ts).
const RELATIVE_CUES = cueWords("week", "month", "year", "quarter", "decade", "century");
const WEEKEND_CUES = cueWords("weekend");
const AGO_CUES = cueWords("ago");

// Words every match of a pattern begins with, as a whole word: the pattern is tried only where they stand (see cueWords.ts).
const RELATIVE_STARTS = cueWords("early", "late", "earlier", "later", "last", "next", "this", "the");
const WEEKEND_STARTS = cueWords("last", "this", "next");

// Words every match of a pattern begins with, as a whole word: the pattern is tried only where they stand (see cueWords.ts).
const AGO_STARTS = [
  ...cueWords("about", "almost", "nearly", "some", "more", "less", "over", "roughly", "around", "only", "just"),
  ...COUNT_STARTS,
];

/** Periods named from the publication: "last week", "next year", "this month", "earlier this week", "two years ago". */
export function findRelativePeriods(text: string, cues = findCues(text)): Mention[] {
  const out: Mention[] = [];
  for (const m of matchAllFrom(text, cues, RELATIVE, RELATIVE_STARTS, RELATIVE_CUES)) {
    const hedge = (m[1] ?? "").toLowerCase();
    const which = (m[2] as string).toLowerCase();
    const unit = periodUnit(m[3] as string) as PeriodUnit;
    // "This Week" in title case is a programme's name.
    if (/^This Week$/.test(m[0])) continue;
    // "the past/coming year" reads as a stretch of time; TimeBank types it DURATION.
    // "the previous week" counts from the date just told (see findAnchoredShifts), not from the publication.
    if (which === "the previous" && unit !== "quarter") continue;
    if (which === "the past" || which === "the coming") {
      out.push(stretchMention(m.index, m.index + m[0].length, unit, which === "the coming" ? 1 : -1));
      continue;
    }
    const shift = /^(last|the previous|the latest)$/.test(which) ? -1 : /^(next|the next)$/.test(which) ? 1 : 0;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      type: "DATE",
      priority: 1,
      resolve: (ctx) => {
        if (which === "the same") return null;
        if (!ctx.reference) return { value: placeholder(unit), range: null, basis: "relative" };
        // "the latest quarter" is the last one reported, which is the one before the publication's.
        const day = shiftDay(ctx.reference, unit, shift);
        const value = periodValue(day, unit);
        const range = rangeOfValue(value);
        if (range && unit === "week" && which === "this" && hedge === "earlier") {
          return {
            value,
            range: {
              ...range,
              start: startOfWeek(ctx.reference),
              end: clampBefore(ctx.reference, startOfWeek(ctx.reference)),
              approximate: true,
            },
            basis: "relative",
          };
        }
        if (range && unit === "week" && which === "this" && hedge === "later") {
          return {
            value,
            range: {
              ...range,
              start: addDays(ctx.reference, 1) > endOfWeek(ctx.reference) ? ctx.reference : addDays(ctx.reference, 1),
              approximate: true,
            },
            basis: "relative",
          };
        }
        if (range && unit === "month" && which === "this" && hedge === "earlier") {
          return {
            value,
            range: {
              ...range,
              start: startOfMonth(ctx.reference),
              end: clampBefore(ctx.reference, startOfMonth(ctx.reference)),
              approximate: true,
            },
            basis: "relative",
          };
        }
        if (range && unit === "month" && which === "this" && hedge === "later") {
          return {
            value,
            range: { ...range, start: ctx.reference, end: endOfMonth(ctx.reference), approximate: true },
            basis: "relative",
          };
        }
        if (range && (hedge === "early" || hedge === "late"))
          return { value, range: partOfRange(range, hedge), basis: "relative" };
        if (range && hedge) return { value, range: { ...range, approximate: true }, basis: "relative" };
        return { value, range, basis: "relative" };
      },
    });
  }
  for (const m of matchAllFrom(text, cues, WEEKEND, WEEKEND_STARTS, WEEKEND_CUES)) {
    const which = (m[1] as string).toLowerCase();
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      type: "DATE",
      priority: 1,
      resolve: (ctx) => {
        if (!ctx.reference) return { value: "XXXX-WXX-WE", range: null, basis: "relative" };
        // Weekends count by ISO week: "this weekend" closes the reference's week, "last weekend" the week before.
        const shift = which.startsWith("last") || which === "this past" ? -1 : which.startsWith("next") ? 1 : 0;
        const saturday = addDays(startOfWeek(ctx.reference), 5 + 7 * shift);
        const value = `${periodValue(saturday, "week")}-WE`;
        return { value, range: rangeOfValue(value), basis: "relative" };
      },
    });
  }
  for (const m of matchAllFrom(text, cues, AGO, AGO_STARTS, AGO_CUES)) {
    const count = countValue(m[2] as string);
    const unit = periodUnit(m[3] as string) as PeriodUnit;
    const hedged = Boolean(m[1]);
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      type: "DATE",
      priority: 1,
      resolve: (ctx): Resolution => {
        if (count === null) return { value: "PAST_REF", range: null, basis: "relative" };
        if (!ctx.reference) return { value: placeholder(unit), range: null, basis: "relative" };
        // In earnings reports "a year ago" means the same quarter a year before the one being discussed.
        if (unit === "year" && count === 1) {
          const quarter = findPreceding(ctx.resolved, m.index, /^\d{4}-Q\d$/, 600);
          const value = quarter ? shiftValue(quarter.value, "year", -1) : null;
          if (value) return fromValue(value, "relative");
        }
        const day = shiftDay(ctx.reference, unit, -Math.round(count));
        const grain: PeriodUnit = unit === "quarter" ? "quarter" : unit;
        return fromValue(periodValue(day, grain), "relative", hedged || grain !== "day");
      },
    });
  }
  return out;
}

/** "the past year", "the coming month": one unit reaching back or forward from the publication. */
function stretchMention(start: number, end: number, unit: PeriodUnit, direction: 1 | -1): Mention {
  const letter = { day: "1D", week: "1W", month: "1M", quarter: "1Q", year: "1Y", decade: "10Y", century: "100Y" }[
    unit
  ];
  // TimeBank writes "the past year" as the calendar year it mostly covers (DATE 1997), other units as durations.
  const asYear = unit === "year";
  return {
    start,
    end,
    type: asYear ? "DATE" : "DURATION",
    priority: 1,
    resolve: (ctx) => {
      if (!ctx.reference) return { value: asYear ? "XXXX" : `P${letter}`, range: null, basis: "relative" };
      const other = shiftDay(ctx.reference, unit, direction);
      const value = asYear ? other.slice(0, 4) : `P${letter}`;
      const [from, to] = direction < 0 ? [other, ctx.reference] : [ctx.reference, other];
      return { value, range: { start: from, end: to, precision: unit, approximate: true }, basis: "relative" };
    },
  };
}

function placeholder(unit: PeriodUnit): string {
  return {
    day: "XXXX-XX-XX",
    week: "XXXX-WXX",
    month: "XXXX-XX",
    quarter: "XXXX-QX",
    year: "XXXX",
    decade: "XXX",
    century: "XX",
  }[unit];
}

// "Earlier this week" written on a Monday still names that Monday.
function clampBefore(reference: string, floor: string): string {
  const before = addDays(reference, -1);
  return before < floor ? floor : before;
}
