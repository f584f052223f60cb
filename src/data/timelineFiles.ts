import { shortHash } from "../lib/text/shortHash.ts";
import { defaultWindow } from "../lib/timeline/defaultWindow.ts";
import { encodeItems, topicsOf } from "../lib/timeline/encodePayload.ts";
import { filterByTopics } from "../lib/timeline/filterByTopics.ts";
import { SCREENS, trackRowsFor } from "../lib/timeline/geometry.ts";
import { countMonths } from "../lib/timeline/monthCounts.ts";
import { prepareItems } from "../lib/timeline/prepareItems.ts";
import { splitTiles, type TileEntry, type TimelineOverview, topicSpans } from "../lib/timeline/tiles.ts";
import type { TimelineItem } from "../lib/timeline/types.ts";
import { loadEvents, loadItems } from "./loadContent.ts";

/** A file of the timeline's data: where it is served and what it holds. */
export interface DataFile {
  /** Path under the site, /timeline/NAME.HASH.json. */
  src: string;
  body: string;
}

/** The tiles and search files, made once per build: every page that draws a timeline names the same files. */
interface SharedFiles {
  tiles: DataFile[];
  entries: TileEntry[];
  search: DataFile[];
}

let shared: Promise<SharedFiles> | null = null;
const overviews = new Map<string, Promise<DataFile>>();

/** A file named by a hash of its content, so a host can cache it for good and a new build never serves it stale. */
function hashed(name: string, body: string): DataFile {
  return { src: `/timeline/${name}.${shortHash(body, 10)}.json`, body };
}

async function sharedFiles(): Promise<SharedFiles> {
  const all = await loadEvents();
  const items = all.map(({ item }) => item);
  const quotes = new Map(all.map(({ event }) => [event.id, [...new Set(event.sources.map((s) => s.quote))]]));
  const topics = topicsOf(items);
  const tiles: DataFile[] = [];
  const entries: TileEntry[] = [];
  const search: DataFile[] = [];
  for (const tile of splitTiles(items)) {
    const packed = encodeItems(tile.items, topics);
    const file = hashed(String(tile.year), JSON.stringify(packed));
    tiles.push(file);
    entries.push({ year: tile.year, src: file.src, count: tile.items.length, from: tile.from, to: tile.to });
    // The search reads titles and quotes of every event, a year a file, so it can start on the newest at once.
    const words = { ...packed, quotes: tile.items.map((item) => quotes.get(item.id) ?? []) };
    search.push(hashed(`search-${tile.year}`, JSON.stringify(words)));
  }
  return { tiles, entries, search: search.reverse() };
}

/** The timeline's tiles (a year of events each) and the search index's files (a year each), made once per build. */
export function timelineDataFiles(): Promise<SharedFiles> {
  shared ??= sharedFiles();
  return shared;
}

/**
 * The overview a page's timeline loads first: month counts, tiles, spans, search files, and the events its default
 * windows show at `rows` for `topic` ("" for every topic), so it draws its first view without waiting for a tile.
 */
export function timelineOverview(rows: number, topic: string): Promise<DataFile> {
  const key = `${rows} ${topic}`;
  let file = overviews.get(key);
  if (!file) {
    file = makeOverview(rows, topic);
    overviews.set(key, file);
  }
  return file;
}

async function makeOverview(rows: number, topic: string): Promise<DataFile> {
  const items = await loadItems();
  const { entries, search } = await timelineDataFiles();
  const topics = topicsOf(items);
  const shown = filterByTopics(items, topic ? [topic] : []);
  const windows = SCREENS.map((screen) => defaultWindow(shown, screen.width, { rows, trackRows: trackRowsFor(rows) }));
  const overview: TimelineOverview = {
    topics,
    counts: countMonths(items),
    tiles: entries,
    spans: topicSpans(items),
    items: encodeItems(inWindows(shown, windows), topics).items,
    search: search.map((file) => file.src),
  };
  return hashed(topic ? `overview-${rows}-${topic}` : `overview-${rows}`, JSON.stringify(overview));
}

/** The items that reach into any of the windows, in time order. */
function inWindows(items: readonly TimelineItem[], windows: readonly (readonly [number, number])[]): TimelineItem[] {
  const { t0, t1 } = prepareItems(items);
  return items.filter((_, i) => windows.some(([from, to]) => (t0[i] ?? 0) < to && (t1[i] ?? 0) > from));
}
