import { ascending, bisector } from "d3-array";
import { dayToTime } from "../dates/isoDay.ts";
import type { TimelineItem } from "../timeline/types.ts";

/**
 * Builds a finder of related events: up to `limit` others sharing a topic, nearest in time first (ties by id).
 * Events are indexed by topic in time order once, so each look-up reads only the neighbours around the event,
 * which keeps 20,000 event pages from costing 20,000² comparisons.
 */
export function makeRelatedEvents<T extends TimelineItem>(all: readonly T[], limit = 5): (event: T) => T[] {
  const byTopic = new Map<string, { item: T; time: number }[]>();
  for (const item of all) {
    const time = dayToTime(item.start);
    for (const topic of item.topics) {
      const list = byTopic.get(topic) ?? [];
      list.push({ item, time });
      byTopic.set(topic, list);
    }
  }
  for (const list of byTopic.values()) list.sort((a, b) => a.time - b.time || ascending(a.item.id, b.item.id));

  return (event) => {
    const at = dayToTime(event.start);
    const found = new Map<string, { item: T; distance: number }>();
    for (const topic of event.topics) {
      const list = byTopic.get(topic) ?? [];
      const centre = byTime.left(list, at);
      // limit + 1 on each side is enough: the event itself may be among them.
      for (let i = Math.max(centre - limit - 1, 0); i < Math.min(centre + limit + 1, list.length); i++) {
        const entry = list[i];
        if (entry && entry.item.id !== event.id)
          found.set(entry.item.id, { item: entry.item, distance: Math.abs(entry.time - at) });
      }
    }
    return [...found.values()]
      .sort((a, b) => a.distance - b.distance || ascending(a.item.id, b.item.id))
      .slice(0, limit)
      .map(({ item }) => item);
  };
}

/** Up to `limit` other events sharing a topic with `event`, nearest in time first. */
export function relatedEvents<T extends TimelineItem>(event: T, all: readonly T[], limit = 5): T[] {
  return makeRelatedEvents(all, limit)(event);
}

const byTime = bisector((entry: { time: number }) => entry.time);
