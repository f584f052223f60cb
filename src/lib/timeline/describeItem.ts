import { formatDateValue } from "../dates/formatDateValue.ts";
import { timeToDay } from "../dates/isoDay.ts";
import type { TimelineItem } from "./types.ts";

/** Accessible name of an event on the timeline: its title and its date in words. */
export function describeItem(item: TimelineItem): string {
  return `${item.title}, ${formatDateValue(item)}`;
}

/** Accessible name of a cluster: how many events it holds and that choosing it zooms in. */
export function describeCluster(count: number, from: number, to: number): string {
  const y0 = new Date(from).getUTCFullYear();
  const y1 = new Date(to - 1).getUTCFullYear();
  return `${count} more event${count === 1 ? "" : "s"}, ${y0 === y1 ? y0 : `${y0} to ${y1}`}: zoom in to see them`;
}

/** Accessible name of the whole drawing: how many events and which window is on screen. */
export function describeView(count: number, domain: readonly [number, number]): string {
  // The window ends at a midnight that belongs to the next day: the last day shown is the one before it.
  return `Timeline of ${count} events, showing ${monthWords(domain[0])} to ${monthWords(Math.max(domain[1] - 1, domain[0]))}`;
}

function monthWords(time: number): string {
  const day = timeToDay(time);
  return formatDateValue({ start: day, end: day, precision: "month", approximate: false });
}
