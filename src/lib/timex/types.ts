import type { Precision } from "../../schema/precision.ts";
import type { Tense } from "./clauseTense.ts";

export type { Tense } from "./clauseTense.ts";

/** TIMEX3 types of ISO-TimeML. */
export type TimexType = "DATE" | "TIME" | "DURATION" | "SET";

/** Inclusive calendar range of ISO days that the timeline can place. */
export interface TimexRange {
  start: string;
  end: string;
  precision: Precision;
  /** True when the words hedge ("mid-March") or the range is derived ("for the past 10 weeks"). */
  approximate: boolean;
}

/** How a value was reached. */
export type TimexBasis = "absolute" | "relative" | "anchored";

/** One temporal expression found in a text. */
export interface Timex {
  /** Offset of the first character (JavaScript string index). */
  start: number;
  /** Offset one past the last character. */
  end: number;
  /** The words exactly as written. */
  text: string;
  type: TimexType;
  /** TIMEX3 value (2025-06-09, 2025-W28, P10W, PRESENT_REF, XXXX-06 …). */
  value: string;
  /** Calendar range for the timeline, or null when the expression names no placeable period (PRESENT_REF, a bare duration "five years" not anchored, SET, or unresolved without reference). */
  range: TimexRange | null;
  /** absolute: fully given in the text ("December 5, 2014"); relative: resolved from the reference date ("on Sunday", "last month", "in May"); anchored: resolved from another expression in the text or from the story day ("a day after the attack on Oct. 7, 2023", "hours later"). */
  basis: TimexBasis;
  /**
   * Tense of the clause around the expression, as the recogniser read it to resolve it: "future" for plans and
   * announcements ("will meet on Tuesday", "takes effect on Sunday", "starting Monday", "later this week"), "present"
   * for a present auxiliary next to it ("is meeting on Monday"), else "past". A plan told in the past ("was to meet
   * on Friday") is "future" when it resolved after the reference day and "past" otherwise. Always set by
   * recogniseTimexes; optional only so that hand-built values need not name it.
   */
  tense?: Tense;
  /** Name of the recogniser's rule that found it (see src/lib/timex/rules/); always set by recogniseTimexes. */
  rule?: string;
}

/** Options of recogniseTimexes. */
export interface RecogniseOptions {
  /** Publication day (YYYY-MM-DD) that relative expressions resolve from; null or absent leaves them with X placeholders. */
  reference?: string | null;
  /**
   * Day (YYYY-MM-DD) the narrative is at before this text, such as the date of the article's previous dated
   * expression. Expressions counted from the story ("the next day", "two days later", "hours later", "that evening",
   * "earlier that year", "a month after the siege began") count from a date told earlier in the text when there is
   * one, else from this day, else from the reference. Null or absent: no story day.
   */
  storyDay?: string | null;
}

/** A date-like phrase that names no real or plausible day, reported instead of recognised. */
export interface InvalidDate {
  start: number;
  end: number;
  text: string;
  /** Why it was rejected, in words for an editor. */
  reason: string;
}
