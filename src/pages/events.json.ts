import type { APIRoute } from "astro";
import { readEventsDocument } from "../data/eventsDocument.ts";

/** The public data document: the ingest's content/events.json, served as written after a check against its schema. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(readEventsDocument(), null, 2)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
