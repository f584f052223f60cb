/** What the URL remembers about the view: the window, the topic filter and the open event. */
export interface ViewState {
  /** First day of the window, YYYY-MM-DD, or null for the default. */
  from: string | null;
  /** Last day of the window, YYYY-MM-DD, or null for the default. */
  to: string | null;
  /** Topic ids shown; empty means every topic. */
  topics: string[];
  /** Id of the event whose panel is open. */
  event: string | null;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const SLUG = /^[\w-]{1,200}$/;

/**
 * Reads `?from=…&to=…&topics=a,b&event=…`. Anything malformed is dropped rather than trusted,
 * since shared links are typed and cut by people: a bad window falls back to the default view.
 */
export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  let from = day(params.get("from"));
  let to = day(params.get("to"));
  if (from && to && from >= to) [from, to] = [null, null];
  const topics = [
    ...new Set(
      (params.get("topics") ?? "")
        .split(",")
        .map((t) => t.trim())
        .filter((t) => SLUG.test(t)),
    ),
  ].sort();
  const eventParam = params.get("event");
  return { from, to, topics, event: eventParam && SLUG.test(eventParam) ? eventParam : null };
}

/** Writes a view back as a query string (with "?", or "" for the default view), keys in a fixed order. */
export function formatViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.from) params.set("from", state.from);
  if (state.to) params.set("to", state.to);
  if (state.topics.length > 0) params.set("topics", [...state.topics].sort().join(","));
  if (state.event) params.set("event", state.event);
  const query = params.toString().replaceAll("%2C", ",");
  return query ? `?${query}` : "";
}

function day(value: string | null): string | null {
  if (!value || !DAY.test(value)) return null;
  const [y, m, d] = value.split("-").map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  // Reject days that do not exist (2025-02-30) instead of letting Date roll them over.
  return m >= 1 && m <= 12 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d && y >= 1 ? value : null;
}
