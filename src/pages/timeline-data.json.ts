import type { APIRoute } from "astro";
import { loadEvents } from "../data/loadContent.ts";
import { encodePayload } from "../lib/timeline/encodePayload.ts";
import { countMonths } from "../lib/timeline/monthCounts.ts";

/** The timeline's client payload: trimmed items in time order and the overview's month counts, no quotes or article text. */
export const GET: APIRoute = async () => {
  const items = (await loadEvents()).map(({ item }) => item);
  const payload = encodePayload(items, countMonths(items));
  return new Response(JSON.stringify(payload), { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
