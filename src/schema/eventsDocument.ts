import { z } from "astro/zod";
import { articleSchema } from "./article.ts";
import { eventSchema } from "./event.ts";

/**
 * The public data document: /events.json and OUT/events.json. Researchers rely on its shape. Its fields are the
 * article and event schemas' own (picked, never declared again): no article bodies, no people or places.
 */
export const eventsDocumentSchema = z.object({
  /** Every clean article, sorted by id. */
  articles: z.array(
    articleSchema.pick({ id: true, headline: true, files: true, url: true, published: true, publishedBasis: true }),
  ),
  /** Every event, sorted by first day, then id. */
  events: z.array(
    eventSchema.pick({ id: true, title: true, date: true, topics: true, context: true, status: true, sources: true }),
  ),
});
export type EventsDocument = z.infer<typeof eventsDocumentSchema>;
