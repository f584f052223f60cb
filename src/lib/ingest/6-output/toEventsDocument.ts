import { ascending } from "d3-array";
import type { TimelineEvent } from "../../../schema/event.ts";
import { type EventsDocument, eventsDocumentSchema } from "../../../schema/eventsDocument.ts";

/** An article as far as the public document goes: the schema's picked fields (anything else is dropped). */
export type DocumentArticle = EventsDocument["articles"][number];

/**
 * The public /events.json: articles by id and events by first day, then id, so the same content gives the same bytes;
 * validated (the schema keeps only its own fields: no bodies, no people or places).
 */
export function toEventsDocument(
  articles: readonly DocumentArticle[],
  events: readonly TimelineEvent[],
): EventsDocument {
  return eventsDocumentSchema.parse({
    articles: [...articles].sort((a, b) => ascending(a.id, b.id)),
    events: [...events].sort((a, b) => ascending(a.date.start, b.date.start) || ascending(a.id, b.id)),
  });
}
