import { DAY_MS, dayToTime } from "../dates/isoDay.ts";
import { MAIN_PERIOD_START } from "../dates/mainPeriod.ts";
import { itemTimes } from "./prepareItems.ts";
import type { TimelineItem } from "./types.ts";

/** Default view: March 2011 to a little after the latest event (or to the data's ends when it lies elsewhere). */
export function defaultDomain(items: readonly TimelineItem[]): [number, number] {
  const [min, max] = fullExtent(items, 0);
  const from = Math.max(dayToTime(MAIN_PERIOD_START), min);
  // A month of air after the last event keeps its label from touching the edge.
  const to = Math.max(max, from + DAY_MS) + 30 * DAY_MS;
  return from < to - 30 * DAY_MS ? [from, to] : [min, to];
}

/** Earliest start and latest end over every item, widened by `padding` of the span on each side. */
export function fullExtent(items: readonly TimelineItem[], padding = 0.02): [number, number] {
  if (items.length === 0) return [dayToTime(MAIN_PERIOD_START), dayToTime(MAIN_PERIOD_START) + 365 * DAY_MS];
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const item of items) {
    const [t0, t1] = itemTimes(item);
    if (t0 < min) min = t0;
    if (t1 > max) max = t1;
  }
  const pad = Math.max((max - min) * padding, padding > 0 ? 30 * DAY_MS : 0);
  return [min - pad, max + pad];
}
