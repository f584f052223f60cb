import { OTHER, TARGET } from "./text.ts";

// The sentence made ready for the title strategies: furniture and brackets blanked, dates masked, quotation marks
// dropped, and the text cut into segments at commas, dashes, colons and semicolons.

/** A character range inside the sentence (the date that the title is for, or another date to leave out). */
export interface Span {
  start: number;
  end: number;
}

/** The masked sentence cut into segments; `k` is the segment holding the title's date. */
export interface Segmented {
  masked: string;
  segments: string[];
  k: number;
  /** The sentence has no words for its date (the day of the report, or the statement it continues). */
  undated: boolean;
}

/** Stands for a comma inside a short quotation ("limited, localized, and targeted"): no place to cut a segment. */
export const QUOTED_COMMA = "\uE002";

export function segment(sentence: string, dated: Span, others: readonly Span[]): Segmented {
  const target = withoutSubordinator(sentence, dated);
  const blanked = blankBrackets(blankFurniture(sentence), target);
  // A date inside a blanked bracket ("(midnight UK time)") is gone with it; one that heads a noun phrase ("ended 13 years
  // of civil war") is a measure, not a time: its words stay.
  const kept = others.filter(
    (o) =>
      (blanked.charCodeAt(o.start) !== 32 || o.start === o.end) && !/^\s+of\s/.test(blanked.slice(o.end, o.end + 4)),
  );
  const masked = unquote(mask(blanked, target, kept));
  const segments = masked
    .split(/\s*[;:]\s+|,\s+|\s+(?:--|[-\u2013\u2014])\s+|\s*\u2014\s*/)
    .filter((s) => s.trim() !== "");
  const k = Math.max(
    0,
    segments.findIndex((s) => s.includes(TARGET)),
  );
  return { masked, segments, k, undated: target.start === target.end };
}

/**
 * "reopened two days before talks begin", "began a day after the attack": a date that ends in a subordinator leaves it
 * in the sentence, so what it opens stays a clause or a phrase of its own.
 */
function withoutSubordinator(sentence: string, target: Span): Span {
  const tail = /\s(?:before|after|until|since)$/i.exec(sentence.slice(target.start, target.end));
  return tail ? { start: target.start, end: target.end - tail[0].length } : target;
}

// Links and the signature of an embedded post ("… pic.twitter.com/x — Name (@handle)") are no words of a title.
const FURNITURE = /\b(?:https?:\/\/|www\.|pic\.twitter\.com\/)\S*|[—–]\s*[^—–()]{1,60}\(@\w{1,30}\)/g;

/** The sentence with links and post signatures blanked out, keeping every offset where it was. */
function blankFurniture(sentence: string): string {
  return sentence.includes("/") || sentence.includes("@")
    ? sentence.replace(FURNITURE, (m) => " ".repeat(m.length))
    : sentence;
}

// A bracket is an aside: a clock time ("(1500 GMT)"), an acronym ("(IOM)"), a pronunciation, a relative clause.
const BRACKET = /\([^()]{0,80}\)/g;
// "normalization (with Israel)": a bracket that opens with a preposition completes the phrase before it; it stays.
const COMPLETES = /^\((?:with|of|to|in|on|for|from|by|against|between)\s/;

/** The sentence with its brackets blanked, except one that completes its phrase or holds the title's date. */
function blankBrackets(sentence: string, target: Span): string {
  if (!sentence.includes("(")) return sentence;
  return sentence.replace(BRACKET, (m, at: number) =>
    COMPLETES.test(m) || (target.start >= at && target.start < at + m.length) ? m : " ".repeat(m.length),
  );
}

function mask(sentence: string, target: Span, others: readonly Span[]): string {
  const spans = [
    { ...target, mark: TARGET },
    ...others.filter((o) => o.start !== target.start).map((o) => ({ ...o, mark: OTHER })),
  ];
  let out = sentence;
  for (const span of spans.sort((a, b) => b.start - a.start))
    out = out.slice(0, span.start) + span.mark + out.slice(span.end);
  return out;
}

// A quotation in double marks; one in single marks needs a mark at a word's start and one at a word's end, so an
// apostrophe ("Iran's", "Sa'ada", "the Houthis' bases") is never taken for one.
const DOUBLE_QUOTED = /[\u201C"]([^\u201C\u201D"]*)[\u201D"]/g;
const SINGLE_QUOTED =
  /(^|[\s(])['\u2018]((?:[^'\u2018\u2019]|(?<=\p{L})['\u2019](?=\p{L}))*?[^\s'\u2018\u2019])['\u2019](?=[\s.,;:!?)]|$)/gu;

/**
 * The sentence without quotation marks. A short quotation is a phrase of the sentence ("had begun “limited, localized,
 * and targeted” raids"): its commas are no place to cut (a long one is a sentence of its own, cut as any other).
 */
function unquote(text: string): string {
  const doubled = text.includes('"') || text.includes("\u201C") || text.includes("\u201D");
  // An apostrophe is common ("Gaza's"): look for a mark that could open a quotation before the slower pattern.
  const single = /(?:^|[\s(])['\u2018]/.test(text);
  let out = doubled
    ? text.replace(DOUBLE_QUOTED, (_, inner: string) =>
        inner.split(/\s+/).length <= 8 ? inner.replace(/,(?=\s)/g, QUOTED_COMMA) : inner,
      )
    : text;
  if (single) out = out.replace(SINGLE_QUOTED, "$1$2");
  return doubled ? out.replace(/[\u201C\u201D"]/g, "") : out;
}
