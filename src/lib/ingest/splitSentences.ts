/** A sentence of a paragraph with its offsets, so dates found in the paragraph can be placed in it. */
export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
// ICU breaks after any "Mr. " or "Gen. " followed by a capital; these titles and initials never end a sentence.
const ABBREVIATION =
  /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Capt|Sgt|Gov|Sen|Rep|Rev|St|Jr|Sr|Mt|No|[A-Z])\.\s*$/;

/** Splits a paragraph into sentences with `Intl.Segmenter`, rejoining breaks after titles and initials ("Mr. Aoun"). */
export function splitSentences(paragraph: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  for (const { segment, index } of segmenter.segment(paragraph)) {
    const previous = spans[spans.length - 1];
    if (previous && ABBREVIATION.test(previous.text)) {
      previous.end = index + segment.length;
      previous.text = paragraph.slice(previous.start, previous.end);
    } else {
      spans.push({ start: index, end: index + segment.length, text: segment });
    }
  }
  // Trailing spaces belong to no sentence: a quote is the sentence exactly, without them.
  return spans
    .map((span) => {
      const text = span.text.trimEnd();
      return { start: span.start, end: span.start + text.length, text };
    })
    .filter((span) => span.text.trim() !== "");
}
