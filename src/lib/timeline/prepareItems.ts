import { itemTimes } from "./dayToTime.ts";
import { shortenLabel } from "./shortenLabel.ts";
import type { TimelineItem } from "./types.ts";

/** What the layout needs of each item, worked out once per list instead of on every zoom frame. */
export interface PreparedItems {
  /** Start of each item, ms (UTC), in list order. */
  t0: Float64Array;
  /** End of each item (midnight after its last day), ms. */
  t1: Float64Array;
  /** Each item's label as drawn. */
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
  const prepared = { t0, t1, labels: items.map((item) => shortenLabel(item.title)), maxSpan };
  cache.set(items, prepared);
  return prepared;
}

/** First index whose value is at least `x` in an ascending array. */
export function lowerBound(values: Float64Array, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((values[mid] ?? 0) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
