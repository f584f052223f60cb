/** A sentence of a paragraph with its offsets, so dates found in the paragraph can be placed in it. */
export interface SentenceSpan {
  start: number;
  end: number;
  text: string;
}

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
// ICU breaks after any "Mr. " or "Gen. " followed by a capital; these titles and initials never end a sentence.
const TITLE_OR_INITIAL =
  /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Capt|Sgt|Gov|Sen|Rep|Rev|St|Jr|Sr|Mt|No|[A-Z])\.\s*$/;
// News style abbreviates months before a day ("Jan. 5", "Sept. 11"); ICU breaks there when the day ends a sentence.
const MONTH_ABBREVIATION = /(?:^|[\s(])(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.\s*$/;
const STARTS_WITH_DAY = /^\d{1,2}\b/;
// "U.S.", "U.N.", "a.m.", "Inc." may end a sentence or sit inside one ("the U.S. Embassy", "10 a.m. Friday").
const INITIALISM = /(?:^|[\s(])(?:(?:[A-Za-z]\.){2,}|Inc\.|Corp\.|Co\.|Ltd\.)\s*$/;
// Words that open a new sentence far more often than they continue a name after an initialism.
const SENTENCE_OPENERS = new Set(
  (
    "a an the this that these those it its he she they we i you his her their our my there here " +
    "but and or so yet then now still also however meanwhile in on at by for from with after before " +
    "when while if as since some many most all no one two three several other others another"
  ).split(" "),
);

function firstWord(segment: string): string {
  return (/^[\s"“‘'(]*([A-Za-z]+)/.exec(segment)?.[1] ?? "").toLowerCase();
}

/** Whether ICU's break between `previous` and `next` falls inside a sentence, after an abbreviation. */
function continuesSentence(previous: string, next: string): boolean {
  if (TITLE_OR_INITIAL.test(previous)) return true;
  if (MONTH_ABBREVIATION.test(previous)) return STARTS_WITH_DAY.test(next);
  if (INITIALISM.test(previous)) {
    const word = firstWord(next);
    return word !== "" && !SENTENCE_OPENERS.has(word);
  }
  return false;
}

/**
 * Splits a paragraph into sentences with `Intl.Segmenter`, rejoining breaks after titles, initials and
 * abbreviations that sit inside a sentence ("Mr. Aoun", "Jan. 5", "the U.S. Embassy").
 */
export function splitSentences(paragraph: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  for (const { segment, index } of segmenter.segment(paragraph)) {
    const previous = spans[spans.length - 1];
    if (previous && continuesSentence(previous.text, segment)) {
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
