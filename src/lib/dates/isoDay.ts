import { UTCDate } from "@date-fns/utc";

/** An ISO calendar day, "YYYY-MM-DD". */
export type IsoDay = string;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses "YYYY-MM-DD" into a UTC date, so date-fns never sees the machine's zone. */
export function parseIsoDay(day: IsoDay): UTCDate {
  const m = ISO_DAY.exec(day);
  if (!m) throw new Error(`not an ISO day: ${JSON.stringify(day)}`);
  return new UTCDate(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

/** Formats a date's UTC calendar day as "YYYY-MM-DD". */
export function formatIsoDay(date: Date): IsoDay {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + 1;
  const d = date.getUTCDate();
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** Builds an ISO day from numbers (month 1–12), or null when the day does not exist ("2025-02-30"). */
export function makeIsoDay(year: number, month: number, day: number): IsoDay | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** True when the string is a real calendar day in "YYYY-MM-DD" form. */
export function isIsoDay(value: string): boolean {
  const m = ISO_DAY.exec(value);
  return m !== null && makeIsoDay(Number(m[1]), Number(m[2]), Number(m[3])) !== null;
}

/** Number of days in a month (1–12) of a proleptic Gregorian year. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Accepts "YYYY-MM-DD", "YYYYMMDD" or an ISO timestamp and returns its day, or null. */
export function normaliseIsoDay(input: string): IsoDay | null {
  const m = /^(\d{4})-?(\d{2})-?(\d{2})(?:$|T)/.exec(input.trim());
  return m ? makeIsoDay(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}
