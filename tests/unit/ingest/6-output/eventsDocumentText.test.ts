import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { documentEntry, eventsDocumentText, withId } from "../../../../src/lib/ingest/6-output/index.ts";
import { articleSchema, eventSchema, eventsDocumentSchema, type TimelineEvent } from "../../../../src/schema/index.ts";

const fixtures = join(import.meta.dirname, "../../../fixtures/site/sample");
const read = (folder: string) =>
  readdirSync(join(fixtures, folder))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(fixtures, folder, name), "utf8")));
const articles = read("articles").map((a) => articleSchema.parse(a));
const sample = read("events").map((e) => eventSchema.parse(e));
// One event with every list filled, so the fields the document drops are there to drop.
const events = [
  ...sample.slice(1),
  { ...(sample[0] as TimelineEvent), people: ["Joseph Aoun"], places: ["Beirut"], edited: ["title", "date"] },
];
const entries = (list: readonly TimelineEvent[]) =>
  list.map((e) => ({ id: e.id, start: e.date.start, entry: () => documentEntry(JSON.stringify(e, null, 2)) }));

describe("eventsDocumentText(articles, events)", () => {
  it("gives the bytes of the validated document pretty-printed, events cut from their files' text", () => {
    // The order the document promises, whatever order the events come in.
    const shuffled = [...events].reverse();
    const document = eventsDocumentSchema.parse({
      articles: [...articles].sort((a, b) => (a.id < b.id ? -1 : 1)),
      events: [...events].sort((a, b) =>
        a.date.start < b.date.start ? -1 : a.date.start > b.date.start ? 1 : a.id < b.id ? -1 : 1,
      ),
    });
    expect(eventsDocumentText(articles, entries(shuffled))).toBe(JSON.stringify(document, null, 2));
  });

  it("prints empty lists as JSON does", () => {
    expect(eventsDocumentText([], [])).toBe(JSON.stringify({ articles: [], events: [] }, null, 2));
  });
});

describe("withId(text, id, indent)", () => {
  it("puts the id first, as rendering the event with it would", () => {
    const event = events.at(-1) as TimelineEvent;
    const { id, ...body } = event;
    const text = JSON.stringify(body, null, 2);
    expect(withId(text, id, 0)).toBe(JSON.stringify(event, null, 2));
    expect(withId(documentEntry(text), id, 4)).toBe(documentEntry(JSON.stringify(event, null, 2)));
  });
});
