import { ascending } from "d3-array";
import { type EventsDocument, eventsDocumentSchema } from "../../../schema/eventsDocument.ts";

// The texts the ingest writes for an event: its own file, and its entry in the public document. Both are cut from one
// rendering, so a run that changed a few events renders only those (the ingest script keeps the others' texts in its
// cache), and both are the bytes JSON.stringify(value, null, 2) gives.

/** An article as far as the public document goes: the schema's picked fields (anything else is dropped). */
export type DocumentArticle = EventsDocument["articles"][number];

/** An event as the document takes it: first day and id for the order, and its entry (documentEntry). */
export interface EventEntry {
  id: string;
  start: string;
  entry: () => string;
}

const articleSchema = eventsDocumentSchema.shape.articles.element;
/** The event fields the document keeps (no people or places), in the schema's order, which is the event's. */
const EVENT_FIELDS = new Set(Object.keys(eventsDocumentSchema.shape.events.element.shape));
/** Indent of an entry of the document's lists. */
const ENTRY_INDENT = "    ";

/**
 * The public /events.json as text (no final newline): articles by id and events by first day, then id, so the same
 * content gives the same bytes. Articles are validated here; events were validated before they were rendered.
 */
export function eventsDocumentText(articles: readonly DocumentArticle[], events: readonly EventEntry[]): string {
  const articleTexts = [...articles]
    .sort((a, b) => ascending(a.id, b.id))
    .map((article) => indent(JSON.stringify(articleSchema.parse(article), null, 2)));
  const eventTexts = [...events]
    .sort((a, b) => ascending(a.start, b.start) || ascending(a.id, b.id))
    .map((event) => event.entry());
  return `{\n  "articles": ${list(articleTexts)},\n  "events": ${list(eventTexts)}\n}`;
}

/**
 * An event's entry in the document, from its file's text (with or without its id): the fields the document keeps, at
 * the indent of its list. Top-level fields are the lines that start with two spaces and a quote: deeper lines are
 * indented further, and JSON strings hold no raw line break.
 */
export function documentEntry(fileText: string): string {
  const fields = fileText.slice(5, -2).split(',\n  "');
  const kept = fields.filter((field) => EVENT_FIELDS.has(field.slice(0, field.indexOf('"'))));
  return indent(`{\n  "${kept.join(',\n  "')}\n}`);
}

/** An event's file text (`indent` 0) or document entry (`indent` 4) rendered without its id, with its id put first. */
export function withId(text: string, id: string, indent: 0 | 4): string {
  const head = indent + 2;
  return `${text.slice(0, head)}${" ".repeat(head)}"id": ${JSON.stringify(id)},\n${text.slice(head)}`;
}

function indent(text: string): string {
  return `${ENTRY_INDENT}${text.replaceAll("\n", `\n${ENTRY_INDENT}`)}`;
}

/** A JSON array of entries, as a field of a pretty-printed object. */
function list(entries: readonly string[]): string {
  return entries.length === 0 ? "[]" : `[\n${entries.join(",\n")}\n  ]`;
}
