import { z } from "astro/zod";
import { dateValueSchema, isoDaySchema } from "./dateValue.ts";

/** Whether an event is reported as having happened or announced for its date. */
export const eventStatusSchema = z.enum(["reported", "scheduled"]);
export type EventStatus = z.infer<typeof eventStatusSchema>;

/**
 * How a report got its date: "own-words", the date words of its sentence (dateText); "statement", the statement its
 * sentence goes on with ("The ministry also said …": dateText is that statement's date words); "report-day", the day of
 * the report itself (a lede with no date words; dateText is empty); "story", the day the news had reached when the
 * sentence tells more of it with no date words ("Three Israelis were killed when …": dateText is that day's words).
 */
export const eventDatingSchema = z.enum(["own-words", "statement", "report-day", "story"]);
export type EventDating = z.infer<typeof eventDatingSchema>;

/** One article's report of an event: the exact sentence and the words that dated it. */
export const eventSourceSchema = z.object({
  /** Article id. */
  article: z.string(),
  headline: z.string(),
  url: z.url().nullable(),
  published: isoDaySchema.nullable(),
  /** The sentence, exactly as in the clean article. */
  quote: z.string(),
  /** The words that gave the date: inside the quote, or in the statement it continues (see `dating`). */
  dateText: z.string(),
  /** How the report got its date. */
  dating: eventDatingSchema.default("own-words"),
});
export type EventSource = z.infer<typeof eventSourceSchema>;

/** A dated event on the timeline. */
export const eventSchema = z.object({
  /** Stable slug: first day plus title words; unaffected by unrelated articles. */
  id: z.string(),
  /** Short neutral title derived from the quote. */
  title: z.string(),
  date: dateValueSchema,
  /** Gazetteer topic ids (syria, gaza, lebanon …), sorted. */
  topics: z.array(z.string()),
  /** People named in the sources (gazetteer names), sorted. */
  people: z.array(z.string()),
  /** Places named in the sources (gazetteer names), sorted. */
  places: z.array(z.string()),
  /** Background before the main period (the 1948 war, the 2006 war): shown when zoomed out. */
  context: z.boolean(),
  /** "reported": it happened, as the sources tell it; "scheduled": announced or planned for its date, not yet reported as done. */
  status: eventStatusSchema,
  /** Every article that reports the event, oldest publication first. */
  sources: z.array(eventSourceSchema).min(1),
  /** Fields an editor changed through content/overrides.json. */
  edited: z.array(z.string()),
});
export type TimelineEvent = z.infer<typeof eventSchema>;
