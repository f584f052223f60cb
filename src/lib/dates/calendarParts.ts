import {
  endOfISOWeek,
  endOfMonth as fnsEndOfMonth,
  getISODay,
  getISOWeek,
  getISOWeekYear,
  setISOWeek,
  startOfISOWeek,
  startOfISOWeekYear,
} from "date-fns";
import { formatIsoDay, type IsoDay, parseIsoDay } from "./isoDay.ts";

// Texts name the same few days again and again, and each date-fns call builds a Date, so answers are remembered per
// function and day; a cache is dropped when it grows, to bound memory over a long ingest.
function remembered<T>(compute: (day: IsoDay) => T): (day: IsoDay) => T {
  const cache = new Map<IsoDay, T>();
  return (day) => {
    let result = cache.get(day);
    if (result === undefined) {
      if (cache.size >= 10_000) cache.clear();
      result = compute(day);
      cache.set(day, result);
    }
    return result;
  };
}

/** Monday of the ISO week that contains the day. */
export const startOfWeek: (day: IsoDay) => IsoDay = remembered((day) => formatIsoDay(startOfISOWeek(parseIsoDay(day))));

/** Sunday of the ISO week that contains the day. */
export const endOfWeek: (day: IsoDay) => IsoDay = remembered((day) => formatIsoDay(endOfISOWeek(parseIsoDay(day))));

/** First day of the day's month. */
export function startOfMonth(day: IsoDay): IsoDay {
  return `${day.slice(0, 7)}-01`;
}

/** Last day of the day's month. */
export const endOfMonth: (day: IsoDay) => IsoDay = remembered((day) => formatIsoDay(fnsEndOfMonth(parseIsoDay(day))));

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export const weekdayOf: (day: IsoDay) => number = remembered((day) => getISODay(parseIsoDay(day)));

/** ISO week-numbering year and week of a day (2025-07-13 is 2025 week 28). */
export function isoWeekOf(day: IsoDay): { year: number; week: number } {
  const date = parseIsoDay(day);
  return { year: getISOWeekYear(date), week: getISOWeek(date) };
}

/** TIMEX3 week value of a day, "2025-W28". */
export const isoWeekValue: (day: IsoDay) => string = remembered((day) => {
  const { year, week } = isoWeekOf(day);
  return `${year}-W${String(week).padStart(2, "0")}`;
});

/** Monday of ISO week `week` of ISO year `year`. */
export function mondayOfIsoWeek(year: number, week: number): IsoDay {
  // The 4th of January is always in week 1, so it anchors the week-numbering year.
  const anchor = startOfISOWeekYear(parseIsoDay(`${String(year).padStart(4, "0")}-01-04`));
  return formatIsoDay(startOfISOWeek(setISOWeek(anchor, week)));
}
