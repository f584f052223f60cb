import { addDays, daysBetween, makeIsoDay } from "../dates/index.ts";
import type { ResolveContext } from "./mention.ts";

// How much nearer the other direction must be before it overrides the tense:
// news names dates close to publication, so "payable Dec. 7" in late October is this December.
const OVERRIDE_RATIO = 3;
// A past clause may still name a month just ahead ("cutbacks in September" told in late August), but only about the
// next one: "In January, the company brought in a new chief" told in October is the January before.
const PAST_MONTH_RATIO = 8;

type Orientation = ResolveContext["tense"];

/**
 * Year of a month (and optional day) named without a year. The tense picks the direction: a past clause never looks
 * past the reference ("Oct. 7" told in the past tense is the last Oct. 7); a future clause looks ahead unless the
 * day before is at least three times nearer; a present clause looks back unless the day ahead is three times nearer;
 * a plan told in the past ("was to meet on Oct. 7") takes the nearer.
 */
export function resolveYearOf(month: number, day: number | null, reference: string, tense: Orientation): number {
  if (day === null) {
    // A month is the publication's own when named in it; a past clause may still name a month just ahead ("cutbacks in September").
    if (monthOf(reference) === month) return Number(reference.slice(0, 4));
    const past = tense === "past";
    return resolveYearOfDay(
      (year) => pointOf(year, month, null),
      reference,
      past ? "present" : tense,
      past ? PAST_MONTH_RATIO : OVERRIDE_RATIO,
    );
  }
  return resolveYearOfDay((year) => pointOf(year, month, day), reference, tense);
}

/**
 * Year of a yearly day given as a function of the year (a holiday such as Thanksgiving), by the same rule as
 * resolveYearOf; `ratio` is how much nearer the other direction must be to override the tense.
 */
export function resolveYearOfDay(
  dayIn: (year: number) => string | null,
  reference: string,
  tense: Orientation,
  ratio = OVERRIDE_RATIO,
): number {
  const refYear = Number(reference.slice(0, 4));
  const candidates = [refYear - 1, refYear, refYear + 1].map((year) => ({ year, day: dayIn(year) }));
  const back = [...candidates].reverse().find((c) => c.day !== null && c.day <= reference);
  const ahead = candidates.find((c) => c.day !== null && c.day >= reference);
  if (!back?.day || !ahead?.day) return refYear;
  if (back.year === ahead.year) return refYear;
  const backDistance = Math.abs(daysBetween(back.day, reference));
  const aheadDistance = Math.abs(daysBetween(reference, ahead.day));
  if (tense === "past") return back.year;
  if (tense === "plan") return aheadDistance < backDistance ? ahead.year : back.year;
  if (tense === "future") return backDistance * ratio < aheadDistance ? back.year : ahead.year;
  return aheadDistance * ratio < backDistance ? ahead.year : back.year;
}

/** Year of a month named without one ("in December"). */
export function resolveMonthYear(month: number, reference: string, tense: Orientation): number {
  return resolveYearOf(month, null, reference, tense);
}

/** Year of a quarter named without one ("the third quarter"): the publication year, unless the quarter is two or more away in the clause's direction. */
export function resolveQuarterYear(quarter: number, reference: string, tense: Orientation): number {
  const refYear = Number(reference.slice(0, 4));
  const refQuarter = Math.ceil(monthOf(reference) / 3);
  if (tense === "future" && quarter <= refQuarter - 2) return refYear + 1;
  if (tense !== "future" && quarter > refQuarter) return refYear - 1;
  return refYear;
}

function monthOf(day: string): number {
  return Number(day.slice(5, 7));
}

// A month is measured at its middle, a day at itself.
function pointOf(year: number, month: number, day: number | null): string | null {
  if (day !== null) return makeIsoDay(year, month, day);
  const first = makeIsoDay(year, month, 1);
  return first ? addDays(first, 14) : null;
}
