import { z } from "astro/zod";
import { PRECISIONS, type Precision } from "./precision.ts";

/** How fine a calendar value is; the timeline draws a point for `day` and a band for the rest. */
export const precisionSchema = z.enum(PRECISIONS);
export type { Precision };

/** An ISO calendar day, YYYY-MM-DD (proleptic Gregorian, no time zone). */
export const isoDaySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD");

/** A dated range as the timeline uses it: inclusive first and last day, with its precision. */
export const dateValueSchema = z.object({
  /** First day of the range, inclusive. */
  start: isoDaySchema,
  /** Last day of the range, inclusive. */
  end: isoDaySchema,
  /** The grain the source gave ("in 2013" is a year, "on Sunday" a day). */
  precision: precisionSchema,
  /** True when the source hedges or the value is derived ("mid-March", "for the past 10 weeks"). */
  approximate: z.boolean(),
  /** The words of the source that gave the date, exactly as written. */
  text: z.string(),
});
export type DateValue = z.infer<typeof dateValueSchema>;
