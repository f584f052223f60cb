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
      return `${year.slice(0, 3)}X`;
    case "century":
      return `${year.slice(0, 2)}XX`;
  }
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
