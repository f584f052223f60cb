import { chooseTicks } from "./chooseTicks.ts";
import { timelineHeight } from "./geometry.ts";
import { layoutEvents } from "./layoutEvents.ts";
import { type Lane, layoutLanes } from "./layoutLanes.ts";
import type { TimelineItem, TimelineLayout } from "./types.ts";

/** Everything the timeline draws for one view: ticks, placed events and clusters. Pure, so the server and client share it. */
export function layoutTimeline(
  items: readonly TimelineItem[],
  domain: readonly [number, number],
  width: number,
  options: { rows: number; trackRows: number; pinned?: string | null; lanes?: readonly Lane[] | null },
): TimelineLayout {
  const { unit, ticks } = chooseTicks(domain, width);
  if (options.lanes) {
    const { placed, clusters, lanes, height } = layoutLanes(options.lanes, domain, width, options.pinned ?? null);
    return { width, ticks, tickUnit: unit, placed, clusters, height, lanes };
  }
  const { placed, clusters } = layoutEvents(items, domain, width, options);
  const height = timelineHeight(options.rows, options.trackRows);
  return { width, ticks, tickUnit: unit, placed, clusters, height, lanes: [] };
}
