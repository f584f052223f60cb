/**
 * The heading of the event list for a topic filter: "Every event, by year", "Every event about Gaza or Lebanon, by
 * year"; a list cut to its newest stretch (`complete` false) says so: "Latest events about Gaza".
 */
export function listHeading(topics: readonly string[], names: ReadonlyMap<string, string>, complete = true): string {
  if (topics.length === 0) return complete ? "Every event, by year" : "Latest events";
  const words = topics.map((topic) => names.get(topic) ?? topic);
  const about = words.length === 1 ? words[0] : `${words.slice(0, -1).join(", ")} or ${words.at(-1)}`;
  return complete ? `Every event about ${about}, by year` : `Latest events about ${about}`;
}

/** The count under the heading: "1 event.", "12 events." */
export function countWords(count: number): string {
  return `${count} event${count === 1 ? "" : "s"}.`;
}
