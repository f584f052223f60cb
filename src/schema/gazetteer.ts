import { z } from "astro/zod";

/** A named thing the ingest looks for: its display name and the words that mean it. */
export const gazetteerEntrySchema = z.strictObject({
  /** Stable id (topics) or display name (people, places). */
  id: z.string().min(1),
  /** Display name. */
  name: z.string().min(1),
  /** Words or phrases that name it, matched whole-word and case-insensitively ("Syrian", "Damascus"). */
  aliases: z.array(z.string().min(1)).min(1),
});
export type GazetteerEntry = z.infer<typeof gazetteerEntrySchema>;

/** content/gazetteer.json: editable word lists for topics, people, places and kinds of event. */
export const gazetteerSchema = z.strictObject({
  version: z.literal(1),
  /** Timeline topics (syria, gaza, lebanon …). */
  topics: z.array(gazetteerEntrySchema),
  people: z.array(gazetteerEntrySchema),
  places: z.array(gazetteerEntrySchema),
  /** Kinds of event (ceasefire, ouster …): two reports that share one are likely the same event. */
  eventKinds: z.array(gazetteerEntrySchema),
});
export type Gazetteer = z.infer<typeof gazetteerSchema>;
