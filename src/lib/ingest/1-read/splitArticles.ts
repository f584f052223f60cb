import { normaliseHeadline } from "../../text/typography.ts";
import { looksLikeCaption } from "./parseCaption.ts";

/** A line of a source file, trimmed, with its 1-based line number. */
export interface SourceLine {
  text: string;
  line: number;
}

/** One article as found in a file, before cleaning: headline, caption lines and body paragraphs (one per line). */
export interface RawArticle {
  headline: SourceLine;
  captions: SourceLine[];
  paragraphs: SourceLine[];
}

/** How far ahead (in non-noise lines) a repeat still counts as the scrape's doubled header. */
const REPEAT_WINDOW = 8;
/** Longest line taken for a headline: anything longer is a paragraph. */
const MAX_HEADLINE_LENGTH = 250;

interface Entry extends SourceLine {
  key: string;
  blanksBefore: number;
}

/**
 * Splits a scraped page into articles by its structure, not its wording: a headline is a line that the page repeats
 * (scrapes print the header block twice) or a headline-shaped line after a run of blank lines; the lines repeated with it,
 * or carrying a photo credit, are captions; every other line up to the next headline is a paragraph.
 */
export function splitArticles(text: string): RawArticle[] {
  const entries = toEntries(text);
  const articles: RawArticle[] = [];
  let i = 0;
  while (i < entries.length) {
    const headline = entries[i] as Entry;
    const seen = new Set([headline.key]);
    const captions: SourceLine[] = [];
    const paragraphs: SourceLine[] = [];
    i += 1;
    // Header: repeats of the headline, and caption lines (repeated or credited) before the first paragraph.
    for (; i < entries.length; i += 1) {
      const entry = entries[i] as Entry;
      if (seen.has(entry.key)) continue;
      if (!looksLikeCaption(entry.text) && !repeatsSoon(entries, i)) break;
      seen.add(entry.key);
      captions.push(strip(entry));
    }
    // Body: one paragraph per line until the next article's headline.
    for (; i < entries.length; i += 1) {
      const entry = entries[i] as Entry;
      if (seen.has(entry.key)) continue;
      if (startsArticle(entries, i)) break;
      paragraphs.push(strip(entry));
    }
    if (headline.text.length <= MAX_HEADLINE_LENGTH && paragraphs.length > 0)
      articles.push({ headline: strip(headline), captions, paragraphs });
  }
  return articles;
}

function toEntries(text: string): Entry[] {
  const entries: Entry[] = [];
  let blanks = 0;
  text.split("\n").forEach((raw, index) => {
    if (raw.trim() === "") {
      blanks += 1;
      return;
    }
    if (!isNoiseLine(raw))
      entries.push({ text: raw.trim(), line: index + 1, key: normaliseHeadline(raw), blanksBefore: blanks });
    blanks = 0;
  });
  return entries;
}

function repeatsSoon(entries: readonly Entry[], i: number): boolean {
  const key = (entries[i] as Entry).key;
  for (let j = i + 1; j <= i + REPEAT_WINDOW && j < entries.length; j += 1)
    if ((entries[j] as Entry).key === key) return true;
  return false;
}

function startsArticle(entries: readonly Entry[], i: number): boolean {
  const entry = entries[i] as Entry;
  if (!isHeadlineShaped(entry.text)) return false;
  // Scraped pages repeat the header; hand-made files separate articles with two or more blank lines.
  return repeatsSoon(entries, i) || entry.blanksBefore >= 2;
}

/** Headlines are short and do not end like a sentence ("?" is allowed: "A Step Toward Restoring Ties?"). */
function isHeadlineShaped(text: string): boolean {
  const words = text.split(/\s+/).length;
  // Closing quotes and brackets do not decide: "in 'Symbolic Act'" is a headline, "…the end.”" a sentence.
  const last = text.replace(/["'\u2019\u201D)\]]+$/, "").slice(-1);
  return text.length <= MAX_HEADLINE_LENGTH && words >= 2 && !/[.,;:!]/.test(last);
}

function strip({ text, line }: Entry): SourceLine {
  return { text, line };
}

// Share widgets leave their labels and counters as lines of their own ("TT" for the text-size toggle, "20" for a share count).
const WIDGET_LABEL =
  /^(?:TT|A\+?|A-|\d{1,4}|share|shares|tweet|print|email|e-mail|whatsapp|facebook|twitter|x|telegram|linkedin|copy link|comments?)$/i;

/** True for a line that is page furniture, not article text: widget labels, counters, lone punctuation. */
export function isNoiseLine(line: string): boolean {
  const text = line.trim();
  if (text === "") return true;
  if (WIDGET_LABEL.test(text)) return true;
  // A line with no letter or digit at all (a rule of dashes, a bullet) carries no words.
  return !/[\p{L}\p{N}]/u.test(text);
}
