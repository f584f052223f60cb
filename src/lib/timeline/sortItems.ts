import type { TimelineItem } from "./types.ts";

/** Time order used everywhere (list, keyboard, layout): start, then end, then id so ties are stable. */
export function sortItems<T extends TimelineItem>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => compare(a.start, b.start) || compare(a.end, b.end) || compare(a.id, b.id));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
