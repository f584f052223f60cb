import { addDays, daysInMonth, makeIsoDay } from "../dates/index.ts";
import type { PeriodPart } from "./lexicon.ts";
import type { Resolution } from "./mention.ts";
import { monthRange } from "./rangeOfValue.ts";
import type { TimexRange } from "./types.ts";

// The part of a period a hedge names, as a narrower, approximate range: "mid-March" is the 11th to the 20th, "the late
// 1970s" 1977–1979, "the early 2000s" 2000–2003, "the mid-2010s" 2014–2016. The TIMEX3 value stays the period's own.

/** A resolution restricted to a part of its range; halves of a year become H1/H2 values. */
export function narrow(resolution: Resolution, part: PeriodPart): Resolution {
  const range = resolution.range;
  if (!range) return resolution;
  if ((part === "firstHalf" || part === "secondHalf") && range.precision === "year") {
    const year = Number(range.start.slice(0, 4));
    const first = part === "firstHalf";
    return {
      ...resolution,
      value: `${year}-H${first ? 1 : 2}`,
      range: monthRange(year, first ? 1 : 7, first ? 6 : 12, "half", false),
    };
  }
  return { ...resolution, range: partOfRange(range, part) };
}

// Days of a month, months of a year and years of a decade (or of a century, in tens) that each part names.
const MONTH_DAYS: Record<PeriodPart, [number, number]> = {
  early: [1, 10],
  start: [1, 10],
  mid: [11, 20],
  late: [21, 31],
  end: [21, 31],
  turn: [21, 31],
  firstHalf: [1, 15],
  secondHalf: [16, 31],
};
const YEAR_MONTHS: Record<PeriodPart, [number, number]> = {
  early: [1, 4],
  start: [1, 2],
  mid: [5, 8],
  late: [9, 12],
  end: [11, 12],
  turn: [11, 12],
  firstHalf: [1, 6],
  secondHalf: [7, 12],
};
const DECADE_YEARS: Record<PeriodPart, [number, number]> = {
  early: [0, 3],
  start: [0, 1],
  mid: [4, 6],
  late: [7, 9],
  end: [8, 9],
  turn: [8, 9],
  firstHalf: [0, 4],
  secondHalf: [5, 9],
};

/** The days of a range that a hedge names. */
export function partOfRange(range: TimexRange, part: PeriodPart): TimexRange {
  const { start, end, precision } = range;
  const year = Number(start.slice(0, 4));
  if (precision === "month") {
    const month = Number(start.slice(5, 7));
    const last = daysInMonth(year, month);
    const [from, to] = MONTH_DAYS[part];
    const day = (d: number) => makeIsoDay(year, month, Math.min(d, last)) as string;
    return { start: day(from), end: day(to), precision, approximate: true };
  }
  if (precision === "year") {
    const [from, to] = YEAR_MONTHS[part];
    return monthRange(year, from, to, precision, true);
  }
  if (precision === "decade" || precision === "century") {
    // Parts of a decade are years; parts of a century are its decades.
    const scale = precision === "decade" ? 1 : 10;
    const [from, to] = DECADE_YEARS[part];
    return {
      start: `${year + from * scale}-01-01`,
      end: `${year + to * scale + scale - 1}-12-31`,
      precision: precision === "decade" ? "year" : "decade",
      approximate: true,
    };
  }
  // Weeks, seasons, quarters: split the days into thirds.
  const days = Math.round((Date.parse(end) - Date.parse(start)) / 86_400_000) + 1;
  const third = Math.max(1, Math.floor(days / 3));
  const offsets: Record<PeriodPart, [number, number]> = {
    early: [0, third - 1],
    start: [0, third - 1],
    mid: [third, 2 * third - 1],
    late: [days - third, days - 1],
    end: [days - third, days - 1],
    turn: [days - third, days - 1],
    firstHalf: [0, Math.floor(days / 2) - 1],
    secondHalf: [Math.floor(days / 2), days - 1],
  };
  const [from, to] = offsets[part];
  return { start: addDays(start, from), end: addDays(start, to), precision, approximate: true };
}
