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

/**
 * The `datetime` attribute for a recognised date: its TIMEX value when HTML accepts it (a year, month, day or ISO
 * week; a duration of days or hours, weeks written as days), else its first day, else null: words that are no date
 * on the calendar ("the past", "for two years") are not a <time> at all.
 */
export function datetimeOf(date: ArticleDate): string | null {
  const { value } = date;
  if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value) || /^\d{4}-W\d{2}$/.test(value)) return value;
  // HTML's durations count days and smaller units only: no weeks, months or years (their length varies).
  if (/^P(\d+D)?(T(\d+H)?(\d+M)?(\d+S)?)?$/.test(value) && /\d/.test(value) && !value.endsWith("T")) return value;
  const weeks = /^P(\d+)W$/.exec(value);
  if (weeks) return `P${Number(weeks[1]) * 7}D`;
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
