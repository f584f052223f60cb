import type { APIRoute } from "astro";
import { loadEvents } from "../data/loadContent.ts";
import type { SearchIndexFile } from "../lib/search/searchEvents.ts";

/**
 * What the search reads besides the titles it already has: each event's distinct quotes, in time order. A file of
 * its own, fetched only when a reader starts a search, so the timeline's first load never carries it.
 */
export const GET: APIRoute = async () => {
  const index: SearchIndexFile = {
    events: (await loadEvents()).map(({ event }) => [event.id, [...new Set(event.sources.map((s) => s.quote))]]),
  };
  return new Response(JSON.stringify(index), { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
