// The one reader and writer of ISO calendar days ("YYYY-MM-DD"). Pure arithmetic on numbers, with no date library,
// so the browser bundle can use it; calendar arithmetic (weeks, month ends, shifts) lives in calendar.ts.

/** An ISO calendar day, "YYYY-MM-DD" (proleptic Gregorian, no time zone). */
export type IsoDay = string;

/** One day in milliseconds: an inclusive last day ends one day after its midnight. */
export const DAY_MS = 86_400_000;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Year, month (1–12) and day of "YYYY-MM-DD", or null when the text is not a real calendar day ("2025-02-30"). */
export function readIsoDay(text: string): { year: number; month: number; day: number } | null {
  const m = ISO_DAY.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) ? { year, month, day } : null;
}

/** True when the string is a real calendar day in "YYYY-MM-DD" form. */
export function isIsoDay(value: string): boolean {
  return readIsoDay(value) !== null;
}

/** Builds an ISO day from numbers (month 1–12), or null when the day does not exist ("2025-02-30"). */
export function makeIsoDay(year: number, month: number, day: number): IsoDay | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 0 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Number of days in a month (1–12) of a proleptic Gregorian year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Accepts "YYYY-MM-DD", "YYYYMMDD" or an ISO timestamp and returns its day, or null. */
export function normaliseIsoDay(input: string): IsoDay | null {
  const m = /^(\d{4})-?(\d{2})-?(\d{2})(?:$|T)/.exec(input.trim());
  return m ? makeIsoDay(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** Milliseconds since the epoch at 00:00 UTC of an ISO day (NaN for a text that is no day); UTC so no zone shifts a day. */
export function dayToTime(day: IsoDay): number {
  const parts = readIsoDay(day);
  if (!parts) return Number.NaN;
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, keeps years 0–99 in the first century.
  return date.setUTCFullYear(parts.year, parts.month - 1, parts.day);
}

/** The ISO day a UTC time falls on. */
export function timeToDay(time: number): IsoDay {
  const date = new Date(time);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}
