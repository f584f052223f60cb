import type { Mention } from "./mention.ts";

/** Keeps the longest of overlapping candidates (ties: higher priority, then earlier), returned in text order. */
export function selectMentions(mentions: readonly Mention[]): Mention[] {
  const ranked = [...mentions].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || (b.priority ?? 0) - (a.priority ?? 0) || a.start - b.start,
  );
  const end = mentions.reduce((max, m) => Math.max(max, m.end), 0);
  // One flag per character: spans are short, so checking them is cheaper than comparing every pair.
  const taken = new Uint8Array(end);
  const kept: Mention[] = [];
  for (const m of ranked) {
    if (m.end <= m.start || taken.subarray(m.start, m.end).includes(1)) continue;
    taken.fill(1, m.start, m.end);
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}
