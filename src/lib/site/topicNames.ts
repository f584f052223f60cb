import { readFileSync } from "node:fs";
import { topicLabel } from "./topicLabel.ts";

/** Display names of topics from content/gazetteer.json when it is there, else made from the id. Build-time only. */
export function topicNames(
  topics: readonly string[],
  gazetteerPath = "content/gazetteer.json",
): Record<string, string> {
  let known = new Map<string, string>();
  try {
    const gazetteer = JSON.parse(readFileSync(gazetteerPath, "utf8")) as { topics?: { id: string; name: string }[] };
    known = new Map((gazetteer.topics ?? []).map((topic) => [topic.id, topic.name]));
  } catch {
    // No gazetteer yet (fresh checkout before the ingest): the ids read well enough capitalised.
  }
  return Object.fromEntries(topics.map((topic) => [topic, known.get(topic) ?? topicLabel(topic)]));
}
