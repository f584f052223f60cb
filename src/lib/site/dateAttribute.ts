import { isoWeekValue } from "../dates/calendar.ts";
import type { TimelineItem } from "../timeline/types.ts";

/**
 * The `datetime` of an event's date at the precision its words give: "2025-03-22" for a day, "2025-W28" for a week,
 * "2025-03" for a month, "2013" for a year or anything coarser (HTML has no season or decade). A range is given by
 * its start, the only part HTML can write.
 */
export function dateAttribute(item: Pick<TimelineItem, "start" | "end" | "precision">): string {
  switch (item.precision) {
    case "day":
      return item.start;
    case "week":
      return item.start === item.end ? isoWeekValue(item.start) : item.start;
    case "month":
      return item.start.slice(0, 7);
    default:
      return item.start.slice(0, 4);
  }
}
