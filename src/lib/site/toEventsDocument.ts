import type { Article } from "../../schema/article.ts";
import type { EventsDocument, TimelineEvent } from "../../schema/event.ts";

/** The public data document (/events.json) from the collections, sorted so the same content gives the same bytes. */
export function toEventsDocument(articles: readonly Article[], events: readonly TimelineEvent[]): EventsDocument {
  return {
    articles: [...articles]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map(({ id, headline, files, url, published, publishedBasis }) => ({
        id,
        headline,
        files,
        url,
        published,
        publishedBasis,
      })),
    events: [...events]
      .sort((a, b) => (a.date.start + a.id < b.date.start + b.id ? -1 : 1))
      .map(({ id, title, date, topics, context, sources }) => ({ id, title, date, topics, context, sources })),
  };
}
