import { UTCDate } from "@date-fns/utc";
import { addDays as fnsAddDays } from "date-fns/addDays";
import { addMonths as fnsAddMonths } from "date-fns/addMonths";
import { addWeeks as fnsAddWeeks } from "date-fns/addWeeks";
import { addYears as fnsAddYears } from "date-fns/addYears";
import { endOfISOWeek } from "date-fns/endOfISOWeek";
import { endOfMonth as fnsEndOfMonth } from "date-fns/endOfMonth";
import { getISODay } from "date-fns/getISODay";
import { getISOWeek } from "date-fns/getISOWeek";
import { getISOWeekYear } from "date-fns/getISOWeekYear";
import { setISOWeek } from "date-fns/setISOWeek";
import { startOfISOWeek } from "date-fns/startOfISOWeek";
import { startOfISOWeekYear } from "date-fns/startOfISOWeekYear";
import { DAY_MS, dayToTime, type IsoDay, timeToDay } from "./isoDay.ts";

// All calendar arithmetic goes through date-fns here, on UTC dates, so the machine's zone never moves a day.

/** The day as a UTC date for date-fns; throws on a text that is not a real day. */
export function parseIsoDay(day: IsoDay): UTCDate {
  const time = dayToTime(day);
  if (Number.isNaN(time)) throw new Error(`not an ISO day: ${JSON.stringify(day)}`);
  return new UTCDate(time);
}

/** A date's UTC calendar day as "YYYY-MM-DD". */
export function formatIsoDay(date: Date): IsoDay {
  return timeToDay(date.getTime());
}

// Texts name the same few days again and again, and each date-fns call builds a Date, so answers are remembered per
// function and argument; a cache is dropped when it grows, to bound memory over a long ingest.
function remembered<A extends unknown[], T>(compute: (day: IsoDay, ...rest: A) => T): (day: IsoDay, ...rest: A) => T {
  const cache = new Map<string, T>();
  return (day, ...rest) => {
    const key = rest.length === 0 ? day : `${day}|${rest.join("|")}`;
    let result = cache.get(key);
    if (result === undefined) {
      if (cache.size >= 10_000) cache.clear();
      result = compute(day, ...rest);
      cache.set(key, result);
    }
    return result;
  };
}

/** Monday of the ISO week that contains the day. */
export const startOfWeek = remembered((day) => formatIsoDay(startOfISOWeek(parseIsoDay(day))));

/** Sunday of the ISO week that contains the day. */
export const endOfWeek = remembered((day) => formatIsoDay(endOfISOWeek(parseIsoDay(day))));

/** First day of the day's month. */
export function startOfMonth(day: IsoDay): IsoDay {
  return `${day.slice(0, 7)}-01`;
}

/** Last day of the day's month. */
export const endOfMonth = remembered((day) => formatIsoDay(fnsEndOfMonth(parseIsoDay(day))));

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export const weekdayOf = remembered((day) => getISODay(parseIsoDay(day)));

/** ISO week-numbering year and week of a day (2025-07-13 is 2025 week 28). */
export function isoWeekOf(day: IsoDay): { year: number; week: number } {
  const date = parseIsoDay(day);
  return { year: getISOWeekYear(date), week: getISOWeek(date) };
}

/** TIMEX3 week value of a day, "2025-W28". */
export const isoWeekValue = remembered((day) => {
  const { year, week } = isoWeekOf(day);
  return `${year}-W${String(week).padStart(2, "0")}`;
});

/** Monday of ISO week `week` of ISO year `year`. */
export function mondayOfIsoWeek(year: number, week: number): IsoDay {
  // The 4th of January is always in week 1, so it anchors the week-numbering year.
  const anchor = startOfISOWeekYear(parseIsoDay(`${String(year).padStart(4, "0")}-01-04`));
  return formatIsoDay(startOfISOWeek(setISOWeek(anchor, week)));
}

/** Moves an ISO day by whole days (negative goes back). */
export const addDays = remembered((day, amount: number) => formatIsoDay(fnsAddDays(parseIsoDay(day), amount)));

/** Moves an ISO day by whole weeks. */
export const addWeeks = remembered((day, amount: number) => formatIsoDay(fnsAddWeeks(parseIsoDay(day), amount)));

/** Moves an ISO day by whole months, clamping to the month's last day (Jan 31 + 1 month = Feb 28). */
export const addMonths = remembered((day, amount: number) => formatIsoDay(fnsAddMonths(parseIsoDay(day), amount)));

/** Moves an ISO day by whole years, clamping Feb 29 to Feb 28. */
export const addYears = remembered((day, amount: number) => formatIsoDay(fnsAddYears(parseIsoDay(day), amount)));

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDay, to: IsoDay): number {
  return Math.round((dayToTime(to) - dayToTime(from)) / DAY_MS);
}
