import type { APIRoute } from "astro";
import { readEventsDocument, yearDocument } from "../data/eventsDocument.ts";

/** A year of the public data document (docs/data.md): its events, by first day, and the articles they cite. */
export function getStaticPaths() {
  const years = new Set(readEventsDocument().events.map((event) => event.date.start.slice(0, 4)));
  return [...years].sort().map((year) => ({ params: { year } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(`${JSON.stringify(yearDocument(readEventsDocument(), params.year ?? ""), null, 2)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
