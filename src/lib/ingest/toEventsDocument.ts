import type { Article } from "../../schema/article.ts";
import { type EventsDocument, eventsDocumentSchema, type TimelineEvent } from "../../schema/event.ts";

/** The public /events.json: only the fields researchers and the timeline use (no bodies, no people or places), validated. */
export function toEventsDocument(articles: readonly Article[], events: readonly TimelineEvent[]): EventsDocument {
  return eventsDocumentSchema.parse({
    articles: articles.map(({ id, headline, files, url, published, publishedBasis }) => ({
      id,
      headline,
      files,
      url,
      published,
      publishedBasis,
    })),
    events: events.map(({ id, title, date, topics, context, sources }) => ({
      id,
      title,
      date,
      topics,
      context,
      sources,
    })),
  });
}
