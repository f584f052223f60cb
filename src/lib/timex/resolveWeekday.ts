import { addDays, weekdayOf } from "../dates/index.ts";
import type { ResolveContext } from "./mention.ts";

/**
 * Day a bare weekday names, seen from the publication day.
 * The publication's own weekday means that day ("said Friday" in a Friday paper: TimeBank marks 141 such cases as the same day,
 * far more than a week earlier); otherwise past clauses take the latest such day before it and future clauses the next one after.
 * "last"/"next"/"this" force the direction; a plan told in the past ("was to meet Friday") takes the nearer such day.
 */
export function resolveWeekday(
  weekday: number,
  reference: string,
  tense: ResolveContext["tense"],
  modifier: "last" | "next" | "this" | undefined = undefined,
): string {
  const refDay = weekdayOf(reference);
  const back = (refDay - weekday + 7) % 7;
  const forward = (weekday - refDay + 7) % 7;
  if (modifier === "last") return addDays(reference, back === 0 ? -7 : -back);
  if (modifier === "next") return addDays(reference, forward === 0 ? 7 : forward);
  if (back === 0) return reference;
  if (tense === "plan") return addDays(reference, forward < back ? forward : -back);
  if (tense === "future" || modifier === "this") return addDays(reference, forward);
  return addDays(reference, -back);
}
