/** Items grouped under their start year, oldest first; the list on the home page reads like a chronology. */
export function groupByYear<T extends { start: string }>(items: readonly T[]): { year: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const year = item.start.slice(0, 4);
    const group = groups.get(year);
    if (group) group.push(item);
    else groups.set(year, [item]);
  }
  return [...groups].sort(([a], [b]) => (a < b ? -1 : 1)).map(([year, grouped]) => ({ year, items: grouped }));
}
