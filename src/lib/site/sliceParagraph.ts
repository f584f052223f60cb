import type { Article } from "../../schema/article.ts";

type Paragraph = Article["paragraphs"][number];
type ArticleDate = Paragraph["dates"][number];

/** A run of paragraph text: plain, or a recognised date to mark up as <time>. */
export type ParagraphPiece = { kind: "text"; text: string } | { kind: "date"; text: string; date: ArticleDate };

/**
 * Cuts a paragraph into text and date pieces by the ingest's offsets, so the page builds the markup
 * from slices as escaped expressions. Overlapping or out-of-range dates are dropped, never allowed to garble text.
 */
export function sliceParagraph(paragraph: Paragraph): ParagraphPiece[] {
  const { text } = paragraph;
  const dates = [...paragraph.dates].sort((a, b) => a.start - b.start || b.end - a.end);
  const pieces: ParagraphPiece[] = [];
  let at = 0;
  for (const date of dates) {
    if (date.start < at || date.end > text.length || date.end <= date.start) continue;
    if (date.start > at) pieces.push({ kind: "text", text: text.slice(at, date.start) });
    pieces.push({ kind: "date", text: text.slice(date.start, date.end), date });
    at = date.end;
  }
  if (at < text.length) pieces.push({ kind: "text", text: text.slice(at) });
  return pieces;
}

/** The `datetime` attribute for a recognised date: its TIMEX value when HTML accepts it, else its first day. */
export function datetimeOf(date: ArticleDate): string | null {
  // HTML's datetime grammar takes YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www and durations like P10W (as "P70D" … we pass weeks through).
  if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(date.value) || /^\d{4}-W\d{2}$/.test(date.value)) return date.value;
  if (/^P\d+[DW]$/.test(date.value)) return date.value;
  return date.day;
}

/**
 * Splits a quote around the first occurrence of the words that dated it, [before, words, after], so the
 * page can highlight them; [quote] alone when the words are not in it (an editor changed one of them).
 */
export function splitQuote(quote: string, dateText: string): string[] {
  const at = dateText ? quote.indexOf(dateText) : -1;
  if (at === -1) return [quote];
  return [quote.slice(0, at), dateText, quote.slice(at + dateText.length)];
}
