import { ascending, rollups } from "d3-array";

/** Events a home or topic page lists under its timeline; the rest are on the year pages it links to. */
export const LATEST_LISTED = 100;

/** A year that has events, and how many: one page each (/years/2024/). */
export interface YearCount {
  /** Four digits, as the events' start days write it ("0070" for the year 70). */
  year: string;
  count: number;
}

/** The years items start in, oldest first, with their counts: the year pages and the links to them. */
export function yearsOf<T extends { start: string }>(items: readonly T[]): YearCount[] {
  return rollups(
    items,
    (inYear) => inYear.length,
    (item) => item.start.slice(0, 4),
  )
    .sort(([a], [b]) => ascending(a, b))
    .map(([year, count]) => ({ year, count }));
}

/**
 * The latest `limit` items of a time-ordered list, still in time order: what a page lists in full when the archive is
 * small, and its newest stretch when it is not (a page of every event stops loading quickly at tens of thousands).
 */
export function latestListed<T>(items: readonly T[], limit = LATEST_LISTED): { items: T[]; complete: boolean } {
  return { items: items.slice(Math.max(items.length - limit, 0)), complete: items.length <= limit };
}

/** The year before and after one in the list of years that have events, null at either end. */
export function neighbourYears(
  years: readonly YearCount[],
  year: string,
): { previous: string | null; next: string | null } {
  const i = years.findIndex((y) => y.year === year);
  return { previous: years[i - 1]?.year ?? null, next: i === -1 ? null : (years[i + 1]?.year ?? null) };
}

/** A year as people write it: "2024", "70" for the year 70 (the list's four digits lose their leading zeros). */
export function yearWords(year: string): string {
  return year.replace(/^0+(?=\d)/, "");
}

/** The page listing a year's events, for every topic or one. */
export function yearPath(year: string, topic?: string): string {
  return topic ? `/topics/${topic}/years/${year}/` : `/years/${year}/`;
}
