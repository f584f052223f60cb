import type { APIRoute } from "astro";
import { loadEvents } from "../data/loadContent.ts";
import { encodePayload } from "../lib/timeline/encodePayload.ts";

/** The timeline's client payload: trimmed items in time order, no quotes or article text. */
export const GET: APIRoute = async () => {
  const payload = encodePayload((await loadEvents()).map(({ item }) => item));
  return new Response(JSON.stringify(payload), { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
