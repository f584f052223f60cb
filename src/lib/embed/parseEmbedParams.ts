import { daysInMonth, makeIsoDay } from "../dates/isoDay.ts";
import { DEFAULT_EMBED_VIEW, EMBED_HEIGHT_BOUNDS, type EmbedTheme, type EmbedView } from "./embedView.ts";

/** Ids the page knows, so a topic or event that does not exist falls back to the default instead of an empty view. */
export interface KnownIds {
  topics?: Iterable<string>;
  events?: Iterable<string>;
}

// Gazetteer and event ids are slugs; anything else is a typo or an attack, and is dropped.
const TOPIC = /^[a-z0-9][a-z0-9-]{0,63}$/;
const EVENT = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,199}$/;
const FRAME_ID = /^[A-Za-z0-9_-]{1,64}$/;
const PARTIAL_DAY = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const THEMES: readonly EmbedTheme[] = ["light", "dark", "auto"];
const OFF = new Set(["0", "false", "no", "off"]);
const ON = new Set(["1", "true", "yes", "on"]);

/**
 * Reads an embed URL's query string into a view. Never throws: a parameter that is
 * unknown, malformed or out of range is ignored and its default kept, because an
 * embed on someone else's page must never turn into an error page.
 */
export function parseEmbedParams(search: string | URLSearchParams, known: KnownIds = {}): EmbedView {
  const params = typeof search === "string" ? new URLSearchParams(search) : search;
  const first = (name: string) => params.get(name)?.trim() ?? "";
  const knownTopics = known.topics ? new Set(known.topics) : null;
  const knownEvents = known.events ? new Set(known.events) : null;

  let from = readDay(first("from"), "start");
  let to = readDay(first("to"), "end");
  // A reversed range cannot be shown; the whole timeline is a better answer than an empty one.
  if (from && to && from > to) from = to = null;

  const event = first("event");
  const theme = first("theme").toLowerCase();
  const title = first("title").toLowerCase();
  return {
    topics: readTopics(params.getAll("topics"), knownTopics),
    from,
    to,
    event: EVENT.test(event) && (!knownEvents || knownEvents.has(event)) ? event : DEFAULT_EMBED_VIEW.event,
    theme: (THEMES as readonly string[]).includes(theme) ? (theme as EmbedTheme) : DEFAULT_EMBED_VIEW.theme,
    title: OFF.has(title) ? false : ON.has(title) ? true : DEFAULT_EMBED_VIEW.title,
    height: readHeight(first("height")),
    id: FRAME_ID.test(first("id")) ? first("id") : DEFAULT_EMBED_VIEW.id,
  };
}

/** Topics may come comma-separated, repeated, or both; unknown ones are dropped, not matched against nothing. */
function readTopics(values: string[], known: Set<string> | null): string[] {
  const topics = new Set<string>();
  for (const value of values) {
    for (const part of value.split(",")) {
      const topic = part.trim().toLowerCase();
      if (TOPIC.test(topic) && (!known || known.has(topic))) topics.add(topic);
    }
  }
  return [...topics].sort();
}

/** "2024", "2024-03" or "2024-03-09"; a partial date stands for its first day as `from`, its last day as `to`. */
function readDay(value: string, edge: "start" | "end"): string | null {
  const m = PARTIAL_DAY.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? (edge === "start" ? 1 : 12) : Number(m[2]);
  if (m[3] !== undefined) return makeIsoDay(year, month, Number(m[3]));
  if (month < 1 || month > 12) return null;
  return makeIsoDay(year, month, edge === "start" ? 1 : daysInMonth(year, month));
}

/** Whole pixels, optionally written with "px"; outside the bounds the embed fits its content instead. */
function readHeight(value: string): number | null {
  const m = /^(\d{1,5})(?:px)?$/.exec(value);
  if (!m) return DEFAULT_EMBED_VIEW.height;
  const height = Number(m[1]);
  return height >= EMBED_HEIGHT_BOUNDS.min && height <= EMBED_HEIGHT_BOUNDS.max ? height : DEFAULT_EMBED_VIEW.height;
}
