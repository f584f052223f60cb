/** The `limit` events that start latest, newest first (ties by id so the feed is stable). */
export function latestEvents<T extends { id: string; start: string }>(items: readonly T[], limit: number): T[] {
  return [...items]
    .sort((a, b) => (a.start === b.start ? (a.id < b.id ? -1 : 1) : a.start < b.start ? 1 : -1))
    .slice(0, limit);
}
