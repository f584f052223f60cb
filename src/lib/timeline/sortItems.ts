import { ascending } from "d3-array";
import type { TimelineItem } from "./types.ts";

/** Time order used everywhere (list, keyboard, layout): start, then end, then id so ties are stable. */
export function sortItems<T extends TimelineItem>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => ascending(a.start, b.start) || ascending(a.end, b.end) || ascending(a.id, b.id));
}
