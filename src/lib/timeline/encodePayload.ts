import { PRECISIONS } from "../../schema/precision.ts";
import type { MonthCounts } from "./monthCounts.ts";
import type { TimelineItem } from "./types.ts";

/**
 * The client payload: one short array per event and topic names listed once, so 20,000 events stay
 * a compact file. Order of fields: id, title, start, end, precision index, flags (1 approximate, 2 context,
 * 4 scheduled), topic indexes. The overview's month counts ride along, counted at build time.
 */
export interface TimelinePayload {
  topics: string[];
  items: [string, string, string, string, number, number, number[]][];
  overview: MonthCounts;
}

/** Packs items (and their month counts) for /timeline-data.json. */
export function encodePayload(items: readonly TimelineItem[], overview: MonthCounts): TimelinePayload {
  const topics = [...new Set(items.flatMap((item) => item.topics))].sort();
  const topicIndex = new Map(topics.map((topic, i) => [topic, i]));
  return {
    topics,
    items: items.map((item) => [
      item.id,
      item.title,
      item.start,
      item.end,
      PRECISIONS.indexOf(item.precision),
      (item.approximate ? 1 : 0) | (item.context ? 2 : 0) | (item.scheduled ? 4 : 0),
      item.topics.map((topic) => topicIndex.get(topic) ?? -1),
    ]),
    overview,
  };
}

/** Unpacks {@link encodePayload}'s output back into items. */
export function decodePayload(payload: Pick<TimelinePayload, "topics" | "items">): TimelineItem[] {
  return payload.items.map(([id, title, start, end, precision, flags, topics]) => ({
    id,
    title,
    start,
    end,
    precision: PRECISIONS[precision] ?? "day",
    approximate: (flags & 1) !== 0,
    context: (flags & 2) !== 0,
    scheduled: (flags & 4) !== 0,
    topics: topics.map((i) => payload.topics[i] ?? "").filter(Boolean),
  }));
}
