import { ascending, groups } from "d3-array";

/** Items grouped under their start year, oldest first; the list on the home page reads like a chronology. */
export function groupByYear<T extends { start: string }>(items: readonly T[]): { year: string; items: T[] }[] {
  return groups(items, (item) => item.start.slice(0, 4))
    .sort(([a], [b]) => ascending(a, b))
    .map(([year, grouped]) => ({ year, items: grouped }));
}

/** Items grouped under their start month ("2024-03"), oldest first: a year page reads month by month. */
export function groupByMonth<T extends { start: string }>(items: readonly T[]): { month: string; items: T[] }[] {
  return groups(items, (item) => item.start.slice(0, 7))
    .sort(([a], [b]) => ascending(a, b))
    .map(([month, grouped]) => ({ month, items: grouped }));
}
