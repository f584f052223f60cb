import type { TimelineEvent } from "../../schema/event.ts";
import type { TimelineItem } from "./types.ts";

/** Trims a full event to what the timeline draws; sources and quotes stay on the event page. */
export function toTimelineItem(event: TimelineEvent): TimelineItem {
  return {
    id: event.id,
    title: event.title,
    start: event.date.start,
    end: event.date.end,
    precision: event.date.precision,
    approximate: event.date.approximate,
    topics: event.topics,
    context: event.context,
    scheduled: event.status === "scheduled",
  };
}
