import type { TimelineItem } from "./types.ts";

/** Items with at least one of the chosen topics; no topics chosen means all of them. */
export function filterByTopics<T extends Pick<TimelineItem, "topics">>(
  items: readonly T[],
  topics: readonly string[],
): T[] {
  if (topics.length === 0) return [...items];
  const wanted = new Set(topics);
  return items.filter((item) => item.topics.some((topic) => wanted.has(topic)));
}
