import { existsSync, readFileSync } from "node:fs";
import { parseJsonFile } from "../lib/ingest/1-read/index.ts";
import { type EventsDocument, eventsDocumentSchema } from "../schema/eventsDocument.ts";

/** Where the ingest writes the public events document. */
export const EVENTS_DOCUMENT_PATH = "content/events.json";

// Read and checked once per build: the year documents are cut from the same parse.
const read = new Map<string, EventsDocument>();

/**
 * The ingest's events document, read through its schema: a missing or broken file fails the build with a message
 * that names the file, never a document rebuilt some other way.
 */
export function readEventsDocument(path = EVENTS_DOCUMENT_PATH): EventsDocument {
  const known = read.get(path);
  if (known && !import.meta.env?.DEV) return known;
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run ingest\` (npm run build does) first`);
  const document = parseJsonFile(path, readFileSync(path, "utf8"), eventsDocumentSchema);
  read.set(path, document);
  return document;
}

/**
 * The events document cut to the events whose first day falls in a year (four digits), and the articles they cite:
 * the same shape as the whole (/events-2024.json beside /events.json), for readers who want a year, not the archive.
 */
export function yearDocument(document: EventsDocument, year: string): EventsDocument {
  const events = document.events.filter((event) => event.date.start.startsWith(year));
  const cited = new Set(events.flatMap((event) => event.sources.map((source) => source.article)));
  return { articles: document.articles.filter((article) => cited.has(article.id)), events };
}
