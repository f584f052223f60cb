import { formatUtc } from "../dates/formatUtc.ts";
import { makeIsoDay, normaliseIsoDay } from "../dates/index.ts";
import { render } from "./pattern.ts";
import { MONTH, MONTH_WITH_DAY } from "./slots.ts";
import type { InvalidDate } from "./types.ts";
import { monthNumber } from "./values.ts";

const MONTH_PATTERN = render(MONTH_WITH_DAY);
const MONTH_DAY_YEAR = new RegExp(
  `\\b(${MONTH_PATTERN})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d|:\\d)(?:,?\\s+(\\d{4})(?!\\d))?`,
  "g",
);
const DAY_MONTH_YEAR = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_PATTERN})(?:,?\\s+(\\d{4})(?!\\d))?`,
  "g",
);
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const FRAMED_YEAR =
  /\b(?:in|by|until|till|since|from|of|before|after|during|through|for)\s+((?:2[0-9]|[3-9]\d)\d\d)(?![\d%]|[,.]\d)/gi;
const MONTH_YEAR = new RegExp(`\\b(${render(MONTH)})(?:\\s+(\\d{1,2}),?)?\\s+(\\d{4})(?!\\d)`, "g");

/** Date-like phrases that cannot be placed: days that do not exist ("February 30, 2025") and years past 2100 or more than 50 years after the reference. */
export function findInvalidDates(text: string, options: { reference?: string | null } = {}): InvalidDate[] {
  const reference = options.reference ? normaliseIsoDay(options.reference) : null;
  const maxYear = Math.min(2100, reference ? Number(reference.slice(0, 4)) + 50 : 2100);
  const found = new Map<number, InvalidDate>();
  const report = (start: number, match: string, reason: string) => {
    if (!found.has(start)) found.set(start, { start, end: start + match.length, text: match, reason });
  };
  const checkDay = (start: number, match: string, year: number, month: number, day: number) => {
    // "May 35 people" is a count, not a date attempt: only days a calendar could have are checked.
    if (day < 1 || day > 31) return;
    if (makeIsoDay(year, month, day) === null)
      report(start, match, `no such day: ${monthName(month)} has no day ${day}${year ? ` in ${year}` : ""}`);
  };
  for (const m of text.matchAll(MONTH_DAY_YEAR))
    checkDay(m.index, m[0], m[3] ? Number(m[3]) : 2000, monthNumber(m[1] as string), Number(m[2]));
  for (const m of text.matchAll(DAY_MONTH_YEAR))
    checkDay(m.index, m[0], m[3] ? Number(m[3]) : 2000, monthNumber(m[2] as string), Number(m[1]));
  for (const m of text.matchAll(ISO)) checkDay(m.index, m[0], Number(m[1]), Number(m[2]), Number(m[3]));
  for (const m of text.matchAll(MONTH_YEAR)) {
    const year = Number(m[3]);
    if (year > maxYear)
      report(
        m.index,
        m[0],
        `year ${year} is implausibly far in the future${reference ? ` for an article of ${reference}` : ""}`,
      );
  }
  for (const m of text.matchAll(FRAMED_YEAR)) {
    const year = Number(m[1]);
    const start = m.index + m[0].length - (m[1] as string).length;
    if (year > maxYear)
      report(
        start,
        m[1] as string,
        `year ${year} is implausibly far in the future${reference ? ` for an article of ${reference}` : ""}`,
      );
  }
  return [...found.values()].sort((a, b) => a.start - b.start);
}

function monthName(month: number): string {
  return month >= 1 && month <= 12 ? formatUtc(Date.UTC(2000, month - 1, 1), { month: "long" }) : `month ${month}`;
}
