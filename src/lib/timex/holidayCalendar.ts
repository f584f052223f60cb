import { addDays, makeIsoDay, weekdayOf } from "../dates/index.ts";
import { type HolidayRule, MOVING_HOLIDAY_DAYS } from "./lexicon.ts";

// The day of a holiday in a given year, from its rule in the lexicon (HOLIDAYS): fixed days, n-th weekdays, Western and
// Orthodox Easter by the computus, and the table of days for Ramadan, the Eids and Nowruz.

/** The day a holiday falls on in `year`, or null when the calendar has none for that year. */
export function holidayDay(rule: HolidayRule, year: number): string | null {
  if ("table" in rule) return MOVING_HOLIDAY_DAYS[rule.table].find((day) => day.startsWith(`${year}-`)) ?? null;
  if ("easter" in rule) return addDays(westernEaster(year), rule.easter);
  if ("orthodoxEaster" in rule) return addDays(orthodoxEaster(year), rule.orthodoxEaster);
  if ("weekday" in rule) {
    const day = nthWeekday(year, rule.month, rule.weekday, rule.nth);
    return rule.plus ? addDays(day, rule.plus) : day;
  }
  return makeIsoDay(year, rule.month, rule.day);
}

/** The last day of a holiday that lasts until another one (Ramadan ends the day before Eid al-Fitr), or null. */
export function holidayEnd(rule: HolidayRule, start: string): string | null {
  if (!("table" in rule) || !rule.until) return null;
  const next = MOVING_HOLIDAY_DAYS[rule.until].find((day) => day > start);
  return next ? addDays(next, -1) : null;
}

// Western Easter Sunday by the anonymous Gregorian computus.
function westernEaster(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return makeIsoDay(year, month, day) as string;
}

// Orthodox Easter Sunday: Meeus's Julian computus, moved to the Gregorian calendar (13 days, right for 1900–2099).
function orthodoxEaster(year: number): string {
  const d = (19 * (year % 19) + 15) % 30;
  const e = (2 * (year % 4) + 4 * (year % 7) - d + 34) % 7;
  const month = Math.floor((d + e + 114) / 31);
  const day = ((d + e + 114) % 31) + 1;
  return addDays(makeIsoDay(year, month, day) as string, 13);
}

// The n-th given ISO weekday of a month; n = -1 is the last one.
function nthWeekday(year: number, month: number, weekday: number, n: number): string {
  if (n < 0) {
    const next = month === 12 ? (makeIsoDay(year + 1, 1, 1) as string) : (makeIsoDay(year, month + 1, 1) as string);
    const last = addDays(next, -1);
    return addDays(last, -((weekdayOf(last) - weekday + 7) % 7));
  }
  const first = makeIsoDay(year, month, 1) as string;
  return addDays(first, ((weekday - weekdayOf(first) + 7) % 7) + (n - 1) * 7);
}
