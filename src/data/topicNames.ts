import { existsSync, readFileSync } from "node:fs";
import { parseJsonFile } from "../lib/ingest/1-read/index.ts";
import { gazetteerSchema } from "../schema/gazetteer.ts";

/** Where editors keep the gazetteer. */
export const GAZETTEER_PATH = "content/gazetteer.json";

/**
 * Display names of topics from the gazetteer (read through its schema, so a broken file fails the build with its
 * name), or made from the id when the gazetteer does not name one or is not there yet (a fresh checkout).
 */
export function topicNames(topics: readonly string[], gazetteerPath = GAZETTEER_PATH): Record<string, string> {
  const gazetteer = existsSync(gazetteerPath)
    ? parseJsonFile(gazetteerPath, readFileSync(gazetteerPath, "utf8"), gazetteerSchema)
    : null;
  const known = new Map((gazetteer?.topics ?? []).map((topic) => [topic.id, topic.name]));
  return Object.fromEntries(topics.map((topic) => [topic, known.get(topic) ?? topicLabel(topic)]));
}

/** Display name made from a topic id ("gaza" → "Gaza", "west-bank" → "West Bank"). */
export function topicLabel(topic: string): string {
  return topic
    .split(/[-_]/)
    .map((word) => (word ? `${word[0]?.toUpperCase()}${word.slice(1)}` : word))
    .join(" ");
}
