/** Milliseconds since the epoch at 00:00 UTC of an ISO day; the timeline's scale is UTC so no zone shifts a day. */
export function dayToTime(day: string): number {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  const d = Number(day.slice(8, 10));
  const t = Date.UTC(y, m - 1, d);
  // Date.UTC maps years 0–99 to 1900–1999; set the full year so "0030-01-01" stays in the first century.
  return y < 100 ? new Date(t).setUTCFullYear(y) : t;
}

/** The ISO day (YYYY-MM-DD) a UTC time falls on. */
export function timeToDay(time: number): string {
  const date = new Date(time);
  const y = String(date.getUTCFullYear()).padStart(4, "0");
  const m = String(date.getUTCMonth() + 1).padStart(2, "0");
  const d = String(date.getUTCDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}

/** One day in milliseconds: an inclusive last day ends one day after its midnight. */
export const DAY_MS = 86_400_000;

/** The time span an item covers: from its first midnight to the midnight after its last day. */
export function itemTimes(item: { start: string; end: string }): [number, number] {
  return [dayToTime(item.start), dayToTime(item.end) + DAY_MS];
}
