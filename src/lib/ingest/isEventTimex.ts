import type { Timex } from "../timex/types.ts";

/** Why a recognised expression is not an event date, or null when it is one. */
export type SkipReason = "set" | "no-range" | "reference" | "duration" | "future" | null;

/**
 * Decides whether a temporal expression dates something that happened. Skipped: repeating sets ("daily"), expressions with no
 * range (unresolved weekdays in an undated article, "recent"), PRESENT/PAST/FUTURE_REF, durations that are not explicitly
 * anchored to the report ("21 months of war" measures; "for the past 10 weeks" places) or that span less than a week
 * ("over the past 24 hours" is the window of a tally, not an event), and dates after publication, which are plans or
 * forecasts ("aims to arrive by the end of the week").
 */
export function skipReason(timex: Timex, published: string | null): SkipReason {
  if (timex.type === "SET") return "set";
  if (/_REF$/.test(timex.value)) return "reference";
  if (!timex.range) return "no-range";
  if (timex.type === "DURATION" && !(/\b(?:past|last)\b/i.test(timex.text) && spansAWeekOrMore(timex.value)))
    return "duration";
  if (published !== null && timex.range.start > published) return "future";
  return null;
}

/** P10W, P3M, P2Y, P14D: at least a week. PT24H, P3D: shorter. */
function spansAWeekOrMore(value: string): boolean {
  const m = /^P(\d+(?:\.\d+)?)([DWMY])$/.exec(value);
  if (!m) return false;
  return m[2] !== "D" || Number(m[1]) >= 7;
}
