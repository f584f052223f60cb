import { DAY_MS, dayToTime } from "../dates/isoDay.ts";
import { MAX_LABEL_CHARS } from "./geometry.ts";
import type { TimelineItem } from "./types.ts";

/** What the layout needs of each item, worked out once per list instead of on every zoom frame. */
export interface PreparedItems {
  /** Start of each item, ms (UTC), in list order. */
  t0: Float64Array;
  /** End of each item (midnight after its last day), ms. */
  t1: Float64Array;
  /** Ends in ascending order, and which item each belongs to: how many events end before a time is a binary search. */
  endsSorted: Float64Array;
  endOrder: Uint32Array;
  /** Each item's label as drawn in a row. */
  labels: string[];
  /** Longest item, ms: no item starting more than this before the window can reach into it. */
  maxSpan: number;
}

const cache = new WeakMap<readonly TimelineItem[], PreparedItems>();

/** Times and labels of a list, cached by the list itself: the client passes the same array every frame. */
export function prepareItems(items: readonly TimelineItem[]): PreparedItems {
  const cached = cache.get(items);
  if (cached) return cached;
  const t0 = new Float64Array(items.length);
  const t1 = new Float64Array(items.length);
  let maxSpan = 0;
  items.forEach((item, i) => {
    const [start, end] = itemTimes(item);
    t0[i] = start;
    t1[i] = end;
    maxSpan = Math.max(maxSpan, end - start);
  });
  const endOrder = Uint32Array.from(items.keys()).sort((a, b) => (t1[a] ?? 0) - (t1[b] ?? 0) || a - b);
  const endsSorted = Float64Array.from(endOrder, (i) => t1[i] ?? 0);
  const labels = items.map((item) => shortenLabel(item.title));
  const prepared = { t0, t1, endsSorted, endOrder, labels, maxSpan };
  cache.set(items, prepared);
  return prepared;
}

/** The time span an item covers: from its first midnight to the midnight after its last day. */
export function itemTimes(item: { start: string; end: string }): [number, number] {
  return [dayToTime(item.start), dayToTime(item.end) + DAY_MS];
}

/** Cuts a title to a label length at a word boundary, with an ellipsis, so rows stay readable. */
export function shortenLabel(title: string, max = MAX_LABEL_CHARS): string {
  if (title.length <= max) return title;
  const cut = title.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  // Keep at least half the room: a very long first word is cut mid-word rather than leaving a stub.
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** First index in an ascending array whose value is at least `value` (d3's bisectLeft, without its weight). */
export function bisectLeft(values: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
