/**
 * Writes schema-valid sample content so the site builds before (or without) the ingest.
 *
 *   node scripts/makeSampleContent.ts                 # a handful of hand-written entries
 *   node scripts/makeSampleContent.ts --events 20000  # plus N synthetic events for scale tests
 *   node scripts/makeSampleContent.ts --hostile       # plus the markup/script fixture (tests/fixtures/site/hostile)
 *
 * It only reads and writes files; the entries come from tests/fixtures/site and makeSyntheticEvents.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { documentEntry, eventsDocumentText } from "../src/lib/ingest/6-output/index.ts";
import { type Article, articleSchema, eventSchema, type TimelineEvent } from "../src/schema/index.ts";
import { makeSyntheticEvents } from "./support/makeSyntheticEvents.ts";

const { values } = parseArgs({
  options: {
    events: { type: "string", default: "0" },
    hostile: { type: "boolean", default: false },
    out: { type: "string", default: "content" },
  },
});

const fixtures = "tests/fixtures/site";
const sets = ["sample", ...(values.hostile ? ["hostile"] : [])];
const articles: Article[] = [];
const events: TimelineEvent[] = [];
for (const set of sets) {
  for (const file of readJsonFiles(join(fixtures, set, "articles"))) articles.push(articleSchema.parse(file));
  for (const file of readJsonFiles(join(fixtures, set, "events"))) events.push(eventSchema.parse(file));
}
const synthetic = makeSyntheticEvents(Number(values.events), articles[0]);
events.push(...synthetic.map((event) => eventSchema.parse(event)));

for (const folder of ["articles", "events"]) {
  rmSync(join(values.out, folder), { recursive: true, force: true });
  mkdirSync(join(values.out, folder), { recursive: true });
}
for (const article of articles) writeJson(join(values.out, "articles", `${article.id}.json`), article);
for (const event of events) writeJson(join(values.out, "events", `${event.id}.json`), event);
const entries = events.map((e) => ({
  id: e.id,
  start: e.date.start,
  entry: () => documentEntry(JSON.stringify(e, null, 2)),
}));
writeFileSync(join(values.out, "events.json"), `${eventsDocumentText(articles, entries)}\n`);
console.log(`wrote ${articles.length} articles and ${events.length} events to ${values.out}/`);

function readJsonFiles(folder: string): unknown[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(folder, name), "utf8")));
}

function writeJson(path: string, value: unknown): void {
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}
