import type { TimelineItem } from "../../src/lib/timeline/types.ts";

/** A made-up timeline item: a one-day event titled by its id, with no topics; a case says only what it changes. */
export function item(id: string, start: string, over: Partial<TimelineItem> = {}): TimelineItem {
  return {
    id,
    title: id,
    start,
    end: start,
    precision: "day",
    approximate: false,
    topics: [],
    context: false,
    scheduled: false,
    ...over,
  };
}

/** A sentence whose title date is marked [[so]] and other dates {{so}}, read into the text and the spans. */
export function markedSentence(marked: string): {
  sentence: string;
  target: { start: number; end: number };
  others: { start: number; end: number }[];
} {
  const others: { start: number; end: number }[] = [];
  let target = { start: 0, end: 0 };
  let sentence = "";
  for (const part of marked.split(/(\[\[.*?\]\]|\{\{.*?\}\})/)) {
    const inner = part.slice(2, -2);
    if (part.startsWith("[[")) target = { start: sentence.length, end: sentence.length + inner.length };
    if (part.startsWith("{{")) others.push({ start: sentence.length, end: sentence.length + inner.length });
    sentence += part.startsWith("[[") || part.startsWith("{{") ? inner : part;
  }
  return { sentence, target, others: [target, ...others] };
}
