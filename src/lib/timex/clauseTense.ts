/** Time orientation of a clause: where an unanchored weekday or month points. */
export type Tense = "past" | "present" | "future";

// Words that put the event ahead of the speaker. Plain "would" is left out because
// reported speech ("said he would") looks back as often as ahead in news.
const FUTURE =
  /\b(will|won't|shall|is to|are to|is set to|are set to|set to|plans? to|planned to|planning (?:to|for)|preparations? for|ahead of|scheduled|slated|expects? to|expected to|going to|due to|intends? to|next (?:week|month|year)|upcoming|coming|tomorrow|hopes? to|aims? to|as (?:soon|early) as|supposed to|payable|effective|expires?|to be (?:held|signed|released|published|completed)|would (?:be|begin|start|take|hold|meet|vote|travel|arrive|return|go|leave|visit|resume))\b|['’]ll\b/i;
const PRESENT = /\b(today|tonight|now|is|are|am)\b/i;
const PAST_VERB = /\b(said|says|told|was|were|had|did|been|announced|reported)\b/i;

/** Tense of the words around a span, within its clause: future markers win, then a present marker, else past. */
export function clauseTense(text: string, sentence: { start: number; end: number }, start: number, end: number): Tense {
  const rawBefore = text.slice(Math.max(sentence.start, start - 60), start);
  // A clause break (semicolon, colon, dash, quote) ends the words that govern the date.
  const before = rawBefore.split(/[;:—–]|["“”]|\s-\s/).pop() ?? "";
  const after = text.slice(end, Math.min(sentence.end, end + 30)).split(/[;:,—–"“”]/)[0] ?? "";
  if (FUTURE.test(`${before} ${after}`)) return "future";
  // Present auxiliaries next to the date ("is meeting on Monday") keep it today or later.
  const near = before.slice(-30);
  if (PRESENT.test(near) && !PAST_VERB.test(near)) return "present";
  return "past";
}
