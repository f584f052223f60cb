import { decodeItems } from "../lib/timeline/encodePayload.ts";
import { itemTimes } from "../lib/timeline/prepareItems.ts";
import {
  mergeItems,
  type TileEntry,
  type TileFile,
  type TimelineOverview,
  tilesFor,
  tileYear,
} from "../lib/timeline/tiles.ts";
import type { TimelineItem } from "../lib/timeline/types.ts";

/** Fetches the overview a page's timeline starts from (same origin only, by CSP). */
export async function loadOverview(src: string): Promise<TimelineOverview> {
  return (await fetchJson(src)) as TimelineOverview;
}

/**
 * The events the timeline knows: at first those of the page's default view (in the overview), then each year's tile
 * as the view reaches into it. `items` (what is drawn) and `countable` (the loaded tiles only, counted exactly; the
 * rest is counted from the month counts) are new arrays after each tile lands, in time order; `changed` says so.
 */
export class TileStore {
  readonly tiles: readonly TileEntry[];
  items: TimelineItem[];
  countable: TimelineItem[] = [];
  #seed: TimelineItem[];
  #loaded = new Set<number>();
  #pending = new Map<number, Promise<void>>();
  #changed: () => void;

  constructor(overview: TimelineOverview, changed: () => void) {
    this.tiles = overview.tiles;
    this.#seed = decodeItems({ topics: overview.topics, items: overview.items });
    this.items = this.#seed;
    this.#changed = changed;
  }

  /** Years whose tile is loaded. */
  get loaded(): ReadonlySet<number> {
    return this.#loaded;
  }

  /** Starts loading what a window needs, and a tile on each side for the next move; `changed` follows each tile. */
  want(window: readonly [number, number]): void {
    for (const tile of tilesFor(this.tiles, window, 1)) void this.#load(tile);
  }

  /** Resolves once every tile a window needs is loaded (a rejected fetch rejects). */
  async ensure(window: readonly [number, number]): Promise<void> {
    await Promise.all(tilesFor(this.tiles, window).map((tile) => this.#load(tile)));
  }

  /** Resolves once the first (or last) tile is loaded: Home and End go to the ends of the archive. */
  async ensureEnd(end: "first" | "last"): Promise<void> {
    const tile = end === "first" ? this.tiles[0] : this.tiles.at(-1);
    if (tile) await this.#load(tile);
  }

  /**
   * An event by id, loading the tile it is in when no loaded one has it. Ids start with the year of the event's first
   * day (src/lib/ingest/5-merge/assignEventIds.ts), so that year's tiles are tried first, then every tile.
   */
  async find(id: string): Promise<TimelineItem | undefined> {
    const known = this.items.find((item) => item.id === id);
    if (known) return known;
    const year = Number(id.slice(0, 4));
    const likely = this.tiles.filter((tile) => Math.abs(tile.year - year) <= 1);
    await Promise.all(likely.map((tile) => this.#load(tile)));
    const found = this.items.find((item) => item.id === id);
    if (found) return found;
    await Promise.all(this.tiles.map((tile) => this.#load(tile)));
    return this.items.find((item) => item.id === id);
  }

  #load(tile: TileEntry): Promise<void> {
    if (this.#loaded.has(tile.year)) return Promise.resolve();
    let pending = this.#pending.get(tile.year);
    if (!pending) {
      pending = fetchJson(tile.src).then(
        (file) => this.#add(tile.year, decodeItems(file as TileFile)),
        (error: unknown) => {
          // A failed tile may be asked for again on the next move.
          this.#pending.delete(tile.year);
          throw error;
        },
      );
      // Nobody may be waiting for a prefetch: its failure must not surface as an unhandled rejection.
      pending.catch(() => {});
      this.#pending.set(tile.year, pending);
    }
    return pending;
  }

  #add(year: number, items: TimelineItem[]): void {
    this.#loaded.add(year);
    this.#pending.delete(year);
    this.countable = mergeItems(this.countable, items);
    // The overview's events stand in for tiles not loaded yet; a loaded tile replaces its share of them.
    const seed = this.#seed.filter((item) => !this.#loaded.has(tileYear(...itemTimes(item))));
    this.items = mergeItems(this.countable, seed);
    this.#changed();
  }
}

async function fetchJson(src: string): Promise<unknown> {
  const response = await fetch(src, { credentials: "same-origin" });
  if (!response.ok) throw new Error(`timeline data ${src}: HTTP ${response.status}`);
  return response.json();
}
