import { ascending, descending } from "d3-array";

/** The `limit` events that start latest, newest first (ties by id so the feed is stable). */
export function latestEvents<T extends { id: string; start: string }>(items: readonly T[], limit: number): T[] {
  return [...items].sort((a, b) => descending(a.start, b.start) || ascending(a.id, b.id)).slice(0, limit);
}
