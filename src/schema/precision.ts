// Plain data with no zod, so the browser bundle can read it: the timeline's payload codes precisions by their index here.

/** How fine a calendar value is, finest first; the timeline draws a point for `day` and a band for the rest. */
export const PRECISIONS = ["day", "week", "month", "season", "quarter", "half", "year", "decade", "century"] as const;

/** One of {@link PRECISIONS}. */
export type Precision = (typeof PRECISIONS)[number];
