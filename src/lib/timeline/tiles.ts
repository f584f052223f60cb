import { ascending } from "d3-array";
import type { EdgeCounts } from "./edgeCounts.ts";
import type { PackedItem } from "./encodePayload.ts";
import { type MonthCounts, monthOf } from "./monthCounts.ts";
import { prepareItems } from "./prepareItems.ts";
import type { TimelineItem } from "./types.ts";

/**
 * One tile of the timeline's data as the overview lists it: the events whose middle falls in one UTC year, the year
 * the overview's month counts put them in, so a tile not yet loaded can still be counted exactly from those counts.
 */
export interface TileEntry {
  /** The year, e.g. 2024. */
  year: number;
  /** The file the client fetches: its name carries a hash of its content, so it can be cached for good. */
  src: string;
  /** Events in it. */
  count: number;
  /** Earliest start and latest end of its events, ms: which windows need it. */
  from: number;
  to: number;
}

/** Earliest start and latest end of a topic's events ("" for all), ms; and of those of the main period, if any. */
export interface TopicSpan {
  all: [number, number];
  main: [number, number] | null;
}

/**
 * What the client loads first (a few tens of KB however long the archive): the month counts of the overview strip,
 * the tiles to fetch as the reader moves, each topic's span, the events the page's default windows show (so the first
 * view waits for no tile), and the search index's files.
 */
export interface TimelineOverview {
  topics: string[];
  counts: MonthCounts;
  tiles: TileEntry[];
  spans: Record<string, TopicSpan>;
  /** Packed against `topics`. */
  items: PackedItem[];
  /** Search index files, newest first. */
  search: string[];
}

/** A tile's content: its events packed, in time order. */
export interface TileFile {
  topics: string[];
  items: PackedItem[];
}

/** The year a tile of an item's span belongs to: that of its middle, as monthCounts counts it. */
export function tileYear(t0: number, t1: number): number {
  return Math.floor(monthOf((t0 + t1) / 2) / 12);
}

/** Time-ordered items split into tiles, oldest first, each in time order with its span. */
export function splitTiles<T extends TimelineItem>(
  items: readonly T[],
): { year: number; items: T[]; from: number; to: number }[] {
  const { t0, t1 } = prepareItems(items);
  const byYear = new Map<number, { year: number; items: T[]; from: number; to: number }>();
  items.forEach((item, i) => {
    const start = t0[i] ?? 0;
    const end = t1[i] ?? 0;
    const year = tileYear(start, end);
    const tile = byYear.get(year) ?? { year, items: [], from: start, to: end };
    tile.items.push(item);
    tile.from = Math.min(tile.from, start);
    tile.to = Math.max(tile.to, end);
    byYear.set(year, tile);
  });
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/** The tiles holding an event that reaches into a window, and `around` more on each side (for the next move). */
export function tilesFor(tiles: readonly TileEntry[], window: readonly [number, number], around = 0): TileEntry[] {
  const inside = tiles.flatMap((tile, i) => (tile.from < window[1] && tile.to > window[0] ? [i] : []));
  if (inside.length === 0) {
    // An empty stretch: the nearest tile on each side, where the ways out of it lead.
    const next = tiles.findIndex((tile) => tile.from >= window[1]);
    const at = next === -1 ? tiles.length : next;
    return tiles.slice(Math.max(at - Math.max(around, 1), 0), at + Math.max(around, 1));
  }
  const first = Math.max((inside[0] ?? 0) - around, 0);
  const last = Math.min((inside.at(-1) ?? 0) + around, tiles.length - 1);
  return tiles.slice(first, last + 1);
}

/** How many of a tile's events the kept topic lists hold, from the month counts. */
export function tileCount(counts: MonthCounts, keep: readonly boolean[], year: number): number {
  let total = 0;
  for (const [month, set, count] of counts.cells) if (Math.floor(month / 12) === year && keep[set]) total += count;
  return total;
}

/**
 * Events before and after a window in the tiles not loaded, from the month counts: a tile that ends before the window
 * is all before it, one that starts after is all after; one that reaches into it (still loading) is split by month.
 */
export function unloadedEdges(
  tiles: readonly TileEntry[],
  loaded: ReadonlySet<number>,
  counts: MonthCounts,
  keep: readonly boolean[],
  window: readonly [number, number],
): { before: number; after: number } {
  const unloaded = new Set(tiles.filter((tile) => !loaded.has(tile.year)).map((tile) => tile.year));
  const whole = new Map(tiles.map((tile) => [tile.year, tile]));
  const [firstMonth, lastMonth] = [monthOf(window[0]), monthOf(window[1] - 1)];
  let before = 0;
  let after = 0;
  for (const [month, set, count] of counts.cells) {
    const year = Math.floor(month / 12);
    if (!keep[set] || !unloaded.has(year)) continue;
    const tile = whole.get(year) as TileEntry;
    if (tile.to <= window[0] || (tile.from < window[1] && month < firstMonth)) before += count;
    else if (tile.from >= window[1] || month > lastMonth) after += count;
  }
  return { before, after };
}

/** Edge counts where the drawn events know the nearest ones, and the counts come from loaded tiles and month counts. */
export function combineEdges(
  near: EdgeCounts,
  loaded: EdgeCounts,
  unloaded: { before: number; after: number },
): EdgeCounts {
  return { ...near, before: loaded.before + unloaded.before, after: loaded.after + unloaded.after };
}

/** Two lists in time order (sortItems's: start, end, id) merged into one in linear time; an id in both is kept once. */
export function mergeItems<T extends TimelineItem>(a: readonly T[], b: readonly T[]): T[] {
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (y === undefined || (x !== undefined && compare(x, y) <= 0)) {
      if (x && y && x.id === y.id) j += 1;
      out.push(x as T);
      i += 1;
    } else {
      out.push(y);
      j += 1;
    }
  }
  return out;
}

function compare(a: TimelineItem, b: TimelineItem): number {
  return ascending(a.start, b.start) || ascending(a.end, b.end) || ascending(a.id, b.id);
}

/** Each topic's span ("" for every event), for the client's extents and Whole story before any tile is loaded. */
export function topicSpans(items: readonly TimelineItem[]): Record<string, TopicSpan> {
  const { t0, t1 } = prepareItems(items);
  const spans: Record<string, TopicSpan> = {};
  const grow = (key: string, start: number, end: number, main: boolean) => {
    const span = spans[key] ?? { all: [start, end], main: null };
    span.all = [Math.min(span.all[0], start), Math.max(span.all[1], end)];
    if (main) span.main = span.main ? [Math.min(span.main[0], start), Math.max(span.main[1], end)] : [start, end];
    spans[key] = span;
  };
  items.forEach((item, i) => {
    for (const key of ["", ...item.topics]) grow(key, t0[i] ?? 0, t1[i] ?? 0, !item.context);
  });
  return spans;
}

/** The span of several topics' events together (none chosen: every event's). */
export function spanOfTopics(spans: Readonly<Record<string, TopicSpan>>, topics: readonly string[]): TopicSpan | null {
  const chosen = (topics.length === 0 ? [""] : topics).flatMap((topic) =>
    Object.hasOwn(spans, topic) ? [spans[topic] as TopicSpan] : [],
  );
  if (chosen.length === 0) return null;
  const all: [number, number] = [Math.min(...chosen.map((s) => s.all[0])), Math.max(...chosen.map((s) => s.all[1]))];
  const mains = chosen.flatMap((s) => (s.main ? [s.main] : []));
  const main: [number, number] | null =
    mains.length > 0 ? [Math.min(...mains.map((m) => m[0])), Math.max(...mains.map((m) => m[1]))] : null;
  return { all, main };
}
