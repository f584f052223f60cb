import { bisectLeft, prepareItems } from "./prepareItems.ts";
import type { TimelineItem } from "./types.ts";

/** What lies outside a window: how many events end before it and start after it, and the nearest of each. */
export interface EdgeCounts {
  /** Events that end before the window starts. */
  before: number;
  /** The latest of them to end, or null. */
  previous: TimelineItem | null;
  /** Events that start after the window ends. */
  after: number;
  /** The earliest of them to start, or null. */
  next: TimelineItem | null;
  /** Events that reach into the window. */
  inside: number;
}

/**
 * Counts the events on each side of a window by binary search over the prepared starts and ends, so it costs the
 * same at every zoom frame however long the archive. Items in time order, as sortItems gives them.
 */
export function edgeCounts(items: readonly TimelineItem[], window: readonly [number, number]): EdgeCounts {
  const { t0, endsSorted, endOrder } = prepareItems(items);
  // An event ending exactly at the window's start (its last day is the day before) lies before it.
  const before = bisectLeft(endsSorted, window[0] + 1);
  const firstAfter = bisectLeft(t0, window[1]);
  const after = items.length - firstAfter;
  return {
    before,
    previous: before > 0 ? (items[endOrder[before - 1] ?? 0] ?? null) : null,
    after,
    next: items[firstAfter] ?? null,
    inside: items.length - before - after,
  };
}
