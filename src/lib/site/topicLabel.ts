/** Display name of a gazetteer topic id ("gaza" → "Gaza", "west-bank" → "West Bank"). */
export function topicLabel(topic: string): string {
  return topic
    .split(/[-_]/)
    .map((word) => (word ? `${word[0]?.toUpperCase()}${word.slice(1)}` : word))
    .join(" ");
}
