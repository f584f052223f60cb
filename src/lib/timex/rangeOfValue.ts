import { addDays, endOfMonth, endOfWeek, makeIsoDay, mondayOfIsoWeek } from "../dates/index.ts";
import type { TimexRange } from "./types.ts";

const SEASON_MONTHS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14] };

// Texts resolve to the same few values again and again, and working a range out takes a cascade of patterns and date
// arithmetic, so ranges are remembered; callers get a copy each time, so none can change another's. Dropped when large.
const ranges = new Map<string, TimexRange | null>();

/** Calendar range of a TIMEX3 date value (2025-06-09, 2025-06, 2025-W28, 2024-Q3, 2024-H1, 2024-SP, 199X, 19XX), or null when it has placeholders or names no period. */
export function rangeOfValue(value: string, approximate = false): TimexRange | null {
  const key = `${approximate ? "~" : "="}${value}`;
  let range = ranges.get(key);
  if (range === undefined) {
    if (ranges.size >= 10_000) ranges.clear();
    range = computeRange(value, approximate);
    ranges.set(key, range);
  }
  return range ? { ...range } : null;
}

function computeRange(value: string, approximate: boolean): TimexRange | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(value);
  if (m) {
    const day = makeIsoDay(Number(m[1]), Number(m[2]), Number(m[3]));
    return day ? { start: day, end: day, precision: "day", approximate } : null;
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return monthRange(Number(m[1]), Number(m[2]), Number(m[2]), "month", approximate);
  m = /^(\d{4})-W(\d{1,2})(-WE)?$/.exec(value);
  if (m) {
    const monday = mondayOfIsoWeek(Number(m[1]), Number(m[2]));
    // A weekend is part of a week: drawn as a two-day band, not a point.
    if (m[3]) return { start: addDays(monday, 5), end: addDays(monday, 6), precision: "week", approximate };
    return { start: monday, end: endOfWeek(monday), precision: "week", approximate };
  }
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) {
    const q = Number(m[2]);
    return monthRange(Number(m[1]), q * 3 - 2, q * 3, "quarter", approximate);
  }
  m = /^(\d{4})-H([12])$/.exec(value);
  if (m) {
    const h = Number(m[2]);
    return monthRange(Number(m[1]), h * 6 - 5, h * 6, "half", approximate);
  }
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (m) {
    const [from, to] = SEASON_MONTHS[m[2] as string] as [number, number];
    return monthRange(Number(m[1]), from, to, "season", approximate);
  }
  m = /^(\d{4})$/.exec(value);
  if (m) return monthRange(Number(m[1]), 1, 12, "year", approximate);
  m = /^(\d{3})X?$/.exec(value);
  if (m) return yearsRange(Number(m[1]) * 10, 10, "decade", approximate);
  m = /^(\d{2})(XX)?$/.exec(value);
  if (m) return yearsRange(Number(m[1]) * 100, 100, "century", approximate);
  return null;
}

/** Range from the first day of month `from` to the last of month `to` (months past 12 roll into the next year). */
export function monthRange(
  year: number,
  from: number,
  to: number,
  precision: TimexRange["precision"],
  approximate: boolean,
): TimexRange {
  const start = makeIsoDay(year, from, 1) as string;
  const endYear = year + Math.floor((to - 1) / 12);
  const endMonth = ((to - 1) % 12) + 1;
  return { start, end: endOfMonth(makeIsoDay(endYear, endMonth, 1) as string), precision, approximate };
}

function yearsRange(
  first: number,
  count: number,
  precision: TimexRange["precision"],
  approximate: boolean,
): TimexRange {
  return {
    start: `${String(first).padStart(4, "0")}-01-01`,
    end: `${String(first + count - 1).padStart(4, "0")}-12-31`,
    precision,
    approximate,
  };
}
