import { makeIsoDay } from "../dates/index.ts";
import type { Resolution, ResolveContext } from "./mention.ts";
import { rangeOfValue } from "./rangeOfValue.ts";
import { resolveYearOf } from "./resolveMonth.ts";

/** The word just before an offset, lower-cased ("" at the start); spaces, commas and hyphens between are skipped. */
export function wordBefore(text: string, offset: number): string {
  return wordsBefore(text, offset, 1)[0] ?? "";
}

/**
 * Up to `count` words before an offset, nearest first, lower-cased, skipping spaces, commas and hyphens between them
 * and stopping at any other mark. A scan back from the offset, because an end-anchored pattern would be tried at every
 * position before it.
 */
export function wordsBefore(text: string, offset: number, count: number): string[] {
  const found: string[] = [];
  let i = offset;
  while (found.length < count) {
    while (i > 0 && isGap(text.charCodeAt(i - 1))) i--;
    const end = i;
    while (i > 0 && isWordChar(text.charCodeAt(i - 1))) i--;
    if (i === end) break;
    found.push(text.slice(i, end).toLowerCase());
  }
  return found;
}

// Space, tab, new line, comma, hyphen.
function isGap(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 44 || c === 45 || c === 160;
}

// Letters and apostrophes.
function isWordChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c === 0x2019;
}

/** The word just after an offset, as written ("" at the end). */
export function wordAfter(text: string, offset: number): string {
  return /^[\s,]*([A-Za-z'’-]+)/.exec(text.slice(offset, offset + 30))?.[1] ?? "";
}

/** A resolution whose range follows from its value. */
export function fromValue(value: string, basis: Resolution["basis"], approximate = false): Resolution {
  return { value, range: rangeOfValue(value, approximate), basis };
}

/** Resolution of a month and day written without a year: year from the reference and tense, or XXXX without one. */
export function monthDayWithoutYear(
  month: number,
  day: number,
  reference: string | null,
  tense: ResolveContext["tense"],
): Resolution | null {
  const mm = String(month).padStart(2, "0");
  const dd = String(day).padStart(2, "0");
  if (!reference)
    return makeIsoDay(2000, month, day) ? { value: `XXXX-${mm}-${dd}`, range: null, basis: "relative" } : null;
  const year = resolveYearOf(month, day, reference, tense);
  const iso = makeIsoDay(year, month, day);
  return iso ? fromValue(iso, "relative") : null;
}

/** True when a 4-digit year is plausible for news: 1800–2100 and not past the reference by more than 50 years. */
export function isPlausibleYear(year: number, reference: string | null): boolean {
  if (year < 1800 || year > 2100) return false;
  return !reference || year <= Number(reference.slice(0, 4)) + 50;
}
