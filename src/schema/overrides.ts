import { z } from "astro/zod";
import { dateValueSchema, isoDaySchema } from "./dateValue.ts";
import { eventStatusSchema } from "./event.ts";

/** An editor's fix to one extracted event, found by its id (ids come from extracted values, so they survive re-runs). */
export const eventOverrideSchema = z.strictObject({
  /** Id of the event as the ingest derived it. */
  id: z.string().min(1),
  /** Replacement date; `text` may be omitted and then keeps the extracted words. */
  date: dateValueSchema.partial({ text: true, approximate: true }).optional(),
  /** Replacement title. */
  title: z.string().min(1).optional(),
  /** Corrects whether the event happened ("reported") or is a plan ("scheduled"). */
  status: eventStatusSchema.optional(),
  /** Removes the event from the timeline. */
  hidden: z.boolean().optional(),
  /** Folds this event's sources into the event with this id. */
  mergeInto: z.string().min(1).optional(),
  /** Why the editor made the change; kept for people, ignored by the ingest. */
  note: z.string().optional(),
});
export type EventOverride = z.infer<typeof eventOverrideSchema>;

/** An editor's fix to one article. */
export const articleOverrideSchema = z.strictObject({
  /** Article id (slug of the headline). */
  id: z.string().min(1),
  /** Pins the publication day; null marks the article undated whatever the text suggests. */
  published: isoDaySchema.nullable(),
  note: z.string().optional(),
});
export type ArticleOverride = z.infer<typeof articleOverrideSchema>;

/** content/overrides.json: editorial corrections applied on every ingest run. */
export const overridesSchema = z.strictObject({
  version: z.literal(1),
  articles: z.array(articleOverrideSchema),
  events: z.array(eventOverrideSchema),
});
export type Overrides = z.infer<typeof overridesSchema>;
