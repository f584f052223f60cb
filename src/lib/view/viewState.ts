import { DAY_MS, daysInMonth, dayToTime, makeIsoDay, timeToDay } from "../dates/isoDay.ts";

// The one reader and writer of the view in a URL. The home page keeps its view in its query string, and an embed's
// parameters are this view plus frame options (src/lib/embed/embedParams.ts), so both read `from`, `to`, `topics` and
// `event` the same way.

/** What a URL says about the view: the window, the topic filter, the open event and the search. */
export interface ViewState {
  /** First day shown, YYYY-MM-DD, or null for the default window. */
  from: string | null;
  /** Last day shown (inclusive), YYYY-MM-DD, or null for the default window. */
  to: string | null;
  /** Topic ids shown, sorted, without duplicates; empty means every topic. */
  topics: string[];
  /** Id of the event whose details are open, or null. */
  event: string | null;
  /** Search words as typed (spaces collapsed, at most {@link MAX_QUERY} characters), or "" for no search. */
  q: string;
}

/** Longest search kept from a URL, characters: enough for any phrase, short enough to never bloat a link. */
export const MAX_QUERY = 100;

/** The view with no parameters: the default window, every topic, no event open. */
export const DEFAULT_VIEW: Readonly<ViewState> = Object.freeze({
  from: null,
  to: null,
  topics: [],
  event: null,
  q: "",
});

/** Ids the page knows, so a topic or event that does not exist is ignored instead of showing an empty view. */
export interface KnownIds {
  topics?: Iterable<string>;
  events?: Iterable<string>;
}

// Gazetteer and event ids are slugs; anything else is a typo or an attack, and is dropped.
const TOPIC = /^[a-z0-9][a-z0-9-]{0,63}$/;
const EVENT = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,199}$/;
const PARTIAL_DAY = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Reads `from`, `to`, `topics`, `event` and `q`. Never throws: anything malformed, unknown or out of range is dropped and the
 * default kept, since links are typed and cut by people. `from`/`to` take a year, a month or a day (a year or month
 * stands for its first day as `from`, its last as `to`); a reversed window is dropped whole. Topics may come
 * comma-separated, repeated, or both.
 */
export function parseView(search: string | URLSearchParams, known: KnownIds = {}): ViewState {
  const params = typeof search === "string" ? new URLSearchParams(search) : search;
  const first = (name: string) => params.get(name)?.trim() ?? "";
  let from = readDay(first("from"), "start");
  let to = readDay(first("to"), "end");
  if (from && to && from > to) from = to = null;
  const knownTopics = known.topics ? new Set(known.topics) : null;
  const knownEvents = known.events ? new Set(known.events) : null;
  const topics = new Set<string>();
  for (const value of params.getAll("topics"))
    for (const part of value.split(",")) {
      const topic = part.trim().toLowerCase();
      if (TOPIC.test(topic) && (!knownTopics || knownTopics.has(topic))) topics.add(topic);
    }
  const event = first("event");
  return {
    from,
    to,
    topics: [...topics].sort(),
    event: EVENT.test(event) && (!knownEvents || knownEvents.has(event)) ? event : null,
    q: readQuery(params.get("q") ?? ""),
  };
}

/** The view's parameters, only those that differ from the default, in a fixed order (from, to, topics, event, q). */
export function viewParams(view: ViewState): URLSearchParams {
  const params = new URLSearchParams();
  if (view.from) params.set("from", view.from);
  if (view.to) params.set("to", view.to);
  if (view.topics.length > 0) params.set("topics", [...view.topics].sort().join(","));
  if (view.event) params.set("event", view.event);
  if (view.q) params.set("q", view.q);
  return params;
}

/** A query string ("?…", or "" for the default view); parseView(formatView(view)) gives the view back. */
export function formatView(view: ViewState): string {
  return queryString(viewParams(view));
}

/** "?a=1&b=2" from parameters, or "": commas between topics read better than %2C and are legal in a query. */
export function queryString(params: URLSearchParams): string {
  const query = params.toString().replaceAll("%2C", ",");
  return query ? `?${query}` : "";
}

/**
 * The view with a complete window: a window is shown only as a pair of days, so a view giving one end takes the other
 * from the default window (`home`). A window that ends up reversed is dropped, and the default shown instead.
 */
export function fillWindow<V extends ViewState>(view: V, home: { from?: string; to?: string }): V {
  if (!view.from && !view.to) return view;
  const from = view.from ?? home.from ?? null;
  const to = view.to ?? home.to ?? null;
  return from && to && from <= to ? { ...view, from, to } : { ...view, from: null, to: null };
}

/** The time window (ms, UTC) from the first day's midnight to the midnight after the last day. */
export function windowOfDays(from: string, to: string): [number, number] {
  return [dayToTime(from), dayToTime(to) + DAY_MS];
}

/** The first and last day a time window shows (the day its end falls in counts only if the window reaches into it). */
export function daysOfWindow(window: readonly [number, number]): { from: string; to: string } {
  return { from: timeToDay(window[0]), to: timeToDay(Math.max(window[1] - 1, window[0])) };
}

/** Search words as a person typed them, with runs of spaces (and control characters) made single spaces. */
export function readQuery(value: string): string {
  return value
    .replace(/[\s\p{Cc}]+/gu, " ")
    .trim()
    .slice(0, MAX_QUERY)
    .trim();
}

function readDay(value: string, edge: "start" | "end"): string | null {
  const m = PARTIAL_DAY.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? (edge === "start" ? 1 : 12) : Number(m[2]);
  if (m[3] !== undefined) return makeIsoDay(year, month, Number(m[3]));
  if (month < 1 || month > 12) return null;
  return makeIsoDay(year, month, edge === "start" ? 1 : daysInMonth(year, month));
}
