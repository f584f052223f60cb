import { addDays, addMonths, addWeeks, addYears, isoWeekValue } from "../dates/index.ts";
import type { PERIOD_UNITS } from "./lexicon.ts";

/** Calendar units a relative period can name. */
export type PeriodUnit = (typeof PERIOD_UNITS)[number];

/** TIMEX3 value of the period of `unit` that contains `day` (2025-W28, 2025-07, 2025-Q3, 2025, 202X). */
export function periodValue(day: string, unit: PeriodUnit): string {
  const year = day.slice(0, 4);
  switch (unit) {
    case "day":
      return day;
    case "week":
      return isoWeekValue(day);
    case "month":
      return day.slice(0, 7);
    case "quarter":
      return `${year}-Q${Math.ceil(Number(day.slice(5, 7)) / 3)}`;
    case "year":
      return year;
    case "decade":
      return decadeValue(year);
    case "century":
      return centuryValue(year);
  }
}

// TempEval-3 writes decades and centuries with their leading digits only, no X: the 1990s are "199", the 20th century
// (the 1900s) "19" (TimeML 1.2 and HeidelTime's TempEval-3 resources).

/** TIMEX3 value of the decade holding a year ("1994" → "199"). */
export function decadeValue(year: string | number): string {
  return String(year).padStart(4, "0").slice(0, 3);
}

/** TIMEX3 value of the century whose years begin with the year's first two digits ("1994" → "19", the 20th century). */
export function centuryValue(year: string | number): string {
  return String(year).padStart(4, "0").slice(0, 2);
}

/** Moves a day by `amount` units (quarters are three months, decades ten years). */
export function shiftDay(day: string, unit: PeriodUnit, amount: number): string {
  switch (unit) {
    case "day":
      return addDays(day, amount);
    case "week":
      return addWeeks(day, amount);
    case "month":
      return addMonths(day, amount);
    case "quarter":
      return addMonths(day, amount * 3);
    case "year":
      return addYears(day, amount);
    case "decade":
      return addYears(day, amount * 10);
    case "century":
      return addYears(day, amount * 100);
  }
}

/** Shifts a TIMEX3 date value by whole units of its own grain when it has one (2024-Q3 − 1 year = 2023-Q3), or null. */
export function shiftValue(value: string, unit: PeriodUnit, amount: number): string | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m)
    return unit === "day" || unit === "week" || unit === "month" || unit === "year"
      ? shiftDay(value, unit, amount)
      : null;
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m && (unit === "year" || unit === "quarter")) {
    const index = Number(m[1]) * 4 + Number(m[2]) - 1 + (unit === "year" ? amount * 4 : amount);
    return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m && (unit === "year" || unit === "month")) return shiftDay(`${value}-01`, unit, amount).slice(0, 7);
  m = /^(\d{4})$/.exec(value);
  if (m && unit === "year") return String(Number(m[1]) + amount);
  return null;
}
