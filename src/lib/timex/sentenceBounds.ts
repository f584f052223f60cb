import { bisectRight } from "d3-array";
import { ABBREVIATIONS, MONTHS, WEEKDAYS } from "./lexicon.ts";

/** Offsets where sentences begin, in order (always starting with 0); a cheap splitter that keeps "Oct. 7" and "U.S." whole. */
export function sentenceStarts(text: string): number[] {
  const starts = [0];
  const boundary = /[.!?]["”'’)]*\s+(?=["“'‘(]?[A-Z0-9])|\n\s*\n|\n(?=\s*[A-Z"“])/g;
  for (const m of text.matchAll(boundary)) {
    if (!isAbbreviationEnd(text, m.index)) starts.push(m.index + m[0].length);
  }
  return starts;
}

/** Start and end offsets of the sentence holding `offset`, given the sentence starts of the text. */
export function sentenceAt(
  starts: readonly number[],
  textLength: number,
  offset: number,
): { start: number; end: number } {
  const lo = Math.max(bisectRight(starts, offset) - 1, 0);
  return { start: starts[lo] as number, end: starts[lo + 1] ?? textLength };
}

/** Start and end offsets of the sentence holding `offset` (splits the whole text; use sentenceStarts for many lookups). */
export function sentenceBounds(text: string, offset: number): { start: number; end: number } {
  const { start, end } = sentenceAt(sentenceStarts(text), text.length, offset);
  return { start, end: trimEnd(text, start, end) };
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return end;
}

// Words that end in a full stop without ending a sentence: month and weekday abbreviations and titles.
const ABBREVIATED = new Set([
  ...MONTHS.flatMap((m) => m.short.filter((s) => s.endsWith(".")).map((s) => s.slice(0, -1))),
  ...WEEKDAYS.flatMap((d) => d.short.filter((s) => s.endsWith(".")).map((s) => s.slice(0, -1))),
  ...ABBREVIATIONS,
]);

// Abbreviations ("Oct.", "Mr.", "U.S.") end in a dot but not a sentence.
function isAbbreviationEnd(text: string, dot: number): boolean {
  if (text[dot] !== ".") return false;
  const word = /([A-Za-z.]+)$/.exec(text.slice(Math.max(0, dot - 12), dot))?.[1] ?? "";
  return ABBREVIATED.has(word) || /^([A-Z]\.)*[A-Z]$/.test(word);
}
