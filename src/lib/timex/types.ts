import type { Precision } from "../../schema/precision.ts";

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
  /** absolute: fully given in the text ("December 5, 2014"); relative: resolved from the reference date ("on Sunday", "last month", "in May"); anchored: resolved from another expression in the text ("a day after the attack on Oct. 7, 2023", "hours later"). */
  basis: TimexBasis;
}

/** Options of recogniseTimexes. */
export interface RecogniseOptions {
  /** Publication day (YYYY-MM-DD) that relative expressions resolve from; null or absent leaves them with X placeholders. */
  reference?: string | null;
}

/** A date-like phrase that names no real or plausible day, reported instead of recognised. */
export interface InvalidDate {
  start: number;
  end: number;
  text: string;
  /** Why it was rejected, in words for an editor. */
  reason: string;
}
