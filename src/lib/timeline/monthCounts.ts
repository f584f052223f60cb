import { prepareItems } from "./prepareItems.ts";
import type { TimelineItem } from "./types.ts";

/**
 * How many events fall in each month, by topic list: built once with the site, so the overview strip never counts
 * the archive in the browser. Keyed by the whole topic list (not each topic) so that any topic filter or lane can be
 * summed exactly, with no event counted twice.
 */
export interface MonthCounts {
  /** Topic lists that occur, each as sorted topic ids. */
  sets: string[][];
  /** [month, set, count], month as year × 12 + (month − 1) in UTC, set an index into `sets`; sorted by month, then set. */
  cells: [number, number, number][];
}

/** The month an instant falls in, as year × 12 + (month − 1), UTC. */
export function monthOf(time: number): number {
  const date = new Date(time);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

/** Midnight UTC at the start of a month given as year × 12 + (month − 1). */
export function monthStart(month: number): number {
  const date = new Date(0);
  return date.setUTCFullYear(Math.floor(month / 12), ((month % 12) + 12) % 12, 1);
}

/** Counts items by the month of their middle (a year-long event sits mid-year, where its band's centre is drawn). */
export function countMonths(items: readonly TimelineItem[]): MonthCounts {
  const { t0, t1 } = prepareItems(items);
  const setIndex = new Map<string, number>();
  const sets: string[][] = [];
  const counts = new Map<string, number>();
  items.forEach((item, i) => {
    const key = item.topics.join(",");
    let set = setIndex.get(key);
    if (set === undefined) {
      set = sets.length;
      setIndex.set(key, set);
      sets.push([...item.topics]);
    }
    const month = monthOf(((t0[i] ?? 0) + (t1[i] ?? 0)) / 2);
    const cell = `${month},${set}`;
    counts.set(cell, (counts.get(cell) ?? 0) + 1);
  });
  const cells = [...counts].map(([cell, count]) => {
    const [month, set] = cell.split(",").map(Number) as [number, number];
    return [month, set, count] as [number, number, number];
  });
  cells.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return { sets, cells };
}

/** Which topic lists a filter keeps: those sharing a topic with it, or all when no topic is chosen. */
export function setFilter(counts: MonthCounts, topics: readonly string[]): boolean[] {
  const wanted = new Set(topics);
  return counts.sets.map((set) => wanted.size === 0 || set.some((topic) => wanted.has(topic)));
}

/** How many events the counts hold for the kept topic lists. */
export function totalCount(counts: MonthCounts, keep: readonly boolean[]): number {
  let total = 0;
  for (const [, set, count] of counts.cells) if (keep[set]) total += count;
  return total;
}
