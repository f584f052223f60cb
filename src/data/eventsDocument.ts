import { existsSync, readFileSync } from "node:fs";
import { parseJsonFile } from "../lib/ingest/1-read/index.ts";
import { type EventsDocument, eventsDocumentSchema } from "../schema/eventsDocument.ts";

/** Where the ingest writes the public events document. */
export const EVENTS_DOCUMENT_PATH = "content/events.json";

/**
 * The ingest's events document, read through its schema: a missing or broken file fails the build with a message
 * that names the file, never a document rebuilt some other way.
 */
export function readEventsDocument(path = EVENTS_DOCUMENT_PATH): EventsDocument {
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run ingest\` (npm run build does) first`);
  return parseJsonFile(path, readFileSync(path, "utf8"), eventsDocumentSchema);
}
