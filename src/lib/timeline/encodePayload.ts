import { PRECISIONS } from "../../schema/precision.ts";
import type { TimelineItem } from "./types.ts";

/** One event packed: id, title, start, end, precision index, flags (1 approximate, 2 context, 4 scheduled), topic indexes. */
export type PackedItem = [string, string, string, string, number, number, number[]];

/**
 * Events packed for the client: one short array per event and topic names listed once, so a tile of a year's events
 * stays a compact file.
 */
export interface PackedItems {
  topics: string[];
  items: PackedItem[];
}

/** Packs items (in the order given) with the topic list they index into (every item's topics by default). */
export function encodeItems(items: readonly TimelineItem[], topics = topicsOf(items)): PackedItems {
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
  };
}

/** Unpacks {@link encodeItems}'s output back into items. */
export function decodeItems(payload: PackedItems): TimelineItem[] {
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

/** The topics items carry, sorted. */
export function topicsOf(items: readonly Pick<TimelineItem, "topics">[]): string[] {
  return [...new Set(items.flatMap((item) => item.topics))].sort();
}
