import { formatDateValue } from "../dates/formatDateValue.ts";
import { formatUtc } from "../dates/formatUtc.ts";
import { timeToDay } from "../dates/isoDay.ts";
import type { TimelineItem } from "./types.ts";

/** An event's date in words, worded as a plan when it is scheduled: "scheduled for 15 August 2025". */
export function whenWords(
  item: Pick<TimelineItem, "start" | "end" | "precision" | "approximate" | "scheduled">,
): string {
  const words = formatDateValue(item);
  return item.scheduled ? `scheduled for ${words}` : words;
}

/** Names already worded, by item: the timeline names every mark it draws on every zoom frame. */
const described = new WeakMap<TimelineItem, string>();

/** Accessible name of an event on the timeline: its title and its date in words. */
export function describeItem(item: TimelineItem): string {
  let name = described.get(item);
  if (name === undefined) {
    name = `${item.title}, ${whenWords(item)}`;
    described.set(item, name);
  }
  return name;
}

/** Accessible name of a cluster: how many events it holds, when, and that choosing it shows them. */
export function describeCluster(count: number, from: number, to: number): string {
  return `${count} events, ${spanWords(from, to)}: show them`;
}

/** A span of time in the fewest words that still pin it: "13 July 2025", "March to July 2025", "2011 to 2025". */
export function spanWords(from: number, to: number): string {
  const last = Math.max(to - 1, from);
  const [a, b] = [timeToDay(from), timeToDay(last)];
  if (a === b) return formatUtc(from, { day: "numeric", month: "long", year: "numeric" });
  if (a.slice(0, 4) !== b.slice(0, 4)) return `${year(a)} to ${year(b)}`;
  if (a.endsWith("-01-01") && b.endsWith("-12-31")) return year(a);
  if (a.slice(0, 7) === b.slice(0, 7)) return formatUtc(from, { month: "long", year: "numeric" });
  return `${formatUtc(from, { month: "long" })} to ${formatUtc(last, { month: "long", year: "numeric" })}`;
}

/** Accessible name of the whole drawing: how many events and which window is on screen. */
export function describeView(count: number, domain: readonly [number, number]): string {
  // The window ends at a midnight that belongs to the next day: the last day shown is the one before it.
  return `Timeline of ${count} events, showing ${monthWords(domain[0])} to ${monthWords(Math.max(domain[1] - 1, domain[0]))}`;
}

/** A window in days: "1 March 2025 to 14 July 2025". */
export function windowWords(window: readonly [number, number]): string {
  const day = (t: number) => formatUtc(t, { day: "numeric", month: "long", year: "numeric" });
  return `${day(window[0])} to ${day(Math.max(window[1] - 1, window[0]))}`;
}

function monthWords(time: number): string {
  const day = timeToDay(time);
  return formatDateValue({ start: day, end: day, precision: "month", approximate: false });
}

function year(day: string): string {
  return day.slice(0, 4).replace(/^0+(?=\d)/, "");
}
