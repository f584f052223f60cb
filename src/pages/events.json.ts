import { existsSync, readFileSync } from "node:fs";
import type { APIRoute } from "astro";
import { loadArticles, loadEvents } from "../lib/site/loadContent.ts";
import { toEventsDocument } from "../lib/site/toEventsDocument.ts";
import { eventsDocumentSchema } from "../schema/event.ts";

/**
 * The public data document. The ingest's content/events.json is served as written (validated first, so a
 * broken file fails the build with the schema's message); without it the document is rebuilt from the collections.
 */
export const GET: APIRoute = async () => {
  const path = "content/events.json";
  const document = existsSync(path)
    ? eventsDocumentSchema.parse(JSON.parse(readFileSync(path, "utf8")))
    : toEventsDocument(
        await loadArticles(),
        (await loadEvents()).map(({ event }) => event),
      );
  return new Response(`${JSON.stringify(document, null, 2)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
