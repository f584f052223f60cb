import { REPORTING_VERBS } from "../../text/lexicon.ts";
import { normaliseHeadline } from "../../text/typography.ts";
import { readDateline } from "./dateline.ts";
import { type PageLineKind, pageLineKind, splitGluedByline, splitGluedStamp } from "./pageLines.ts";
import { looksLikeCaption, parseCaption, splitGluedCaption } from "./parseCaption.ts";

/** A line of a source file, trimmed, with its 1-based line number. */
export interface SourceLine {
  text: string;
  line: number;
}

/** A line of page furniture kept with its article: a date line, a byline, chrome, a label or an embed's signature. */
export interface PageLine extends SourceLine {
  kind: PageLineKind;
}

/**
 * One article as found in a file, before cleaning: headline, caption lines, page furniture and paragraphs (one per
 * line). Paragraphs before `lead` are the standfirst: the summary the page prints between the headline and the story.
 */
export interface RawArticle {
  headline: SourceLine;
  captions: SourceLine[];
  pageLines: PageLine[];
  paragraphs: SourceLine[];
  /** Index in `paragraphs` of the story's first paragraph (0 when the page prints no standfirst). */
  lead: number;
  /** True when the text has no headline line and the headline is its first words (untitledHeadline). */
  untitled?: boolean;
}

/** How far ahead (in non-noise lines) a repeat still counts as the scrape's doubled header. */
const REPEAT_WINDOW = 8;
/** Longest line taken for a headline: anything longer is a paragraph. */
const MAX_HEADLINE_LENGTH = 250;
/** Most standfirst lines before the lead: a longer run of prose is the story itself. */
const MAX_STANDFIRST = 3;

interface Entry extends SourceLine {
  key: string;
  blanksBefore: number;
}

/**
 * Splits a scraped page into articles by its structure, not its wording: a headline is a headline-shaped line after a
 * run of blank lines or a rule, or one set above its own date line or byline (maybe printed twice, as scrapes print the
 * header block, with a standfirst between). Between the headline and
 * the story's first paragraph stand the header lines: repeats, captions (repeated or credited), page furniture (date
 * lines, bylines, share widgets, labels) and a standfirst (prose set in that block, or before a wire dateline). In the
 * body, captions with a photographer's credit, date lines and widgets are taken out too; every other line up to the next
 * headline is a paragraph. Exact repeats of a line are dropped. A run of lines with no prose (a table, a list of numbers)
 * is not an article.
 */
export function splitArticles(text: string): RawArticle[] {
  const entries = toEntries(text);
  const articles: RawArticle[] = [];
  let i = 0;
  while (i < entries.length) {
    // Blogs and some sites print the date line (or a byline, a widget) above the headline.
    const above = furnitureAbove(entries, i);
    i += above.length;
    const headline = entries[i] as Entry;
    const seen = new Set([headline.key]);
    const article: RawArticle = { headline: strip(headline), captions: [], pageLines: above, paragraphs: [], lead: 0 };
    if (!isHeadlineShaped(headline.text) && isProse(headline.text)) {
      // A scrape that starts with the story (no headline line, maybe under a date line) keeps its text, titled by its
      // first words.
      article.headline = { text: untitledHeadline(headline.text), line: headline.line };
      article.paragraphs.push(strip(headline));
      article.untitled = true;
    }
    i += 1;
    // "Image caption," and the like announce that the next line is a caption.
    let captionNext = false;
    let lastWasHeader = true;
    for (; i < entries.length; i += 1) {
      const entry = entries[i] as Entry;
      if (seen.has(entry.key)) continue;
      const listEnd = relatedListEnd(entries, i);
      if (listEnd !== null) {
        i = keepAsChrome(article, entries, i, listEnd);
        continue;
      }
      const kind = headerKind(entries, i, captionNext);
      if (kind === null) {
        if (!isStandfirst(entries, i, lastWasHeader, article.paragraphs.length)) break;
        seen.add(entry.key);
        article.paragraphs.push(strip(entry));
        lastWasHeader = false;
        continue;
      }
      seen.add(entry.key);
      if (kind === "caption") article.captions.push(strip(entry));
      else article.pageLines.push({ ...strip(entry), kind });
      captionNext = kind === "chrome" && /^image caption/i.test(entry.text);
      lastWasHeader = true;
    }
    // A text with no headline line starts with its story: nothing before it is a standfirst.
    article.lead = article.untitled ? 0 : article.paragraphs.length;
    let lastWasParagraph = false;
    for (; i < entries.length; i += 1) {
      const entry = entries[i] as Entry;
      if (seen.has(entry.key)) continue;
      const listEnd = relatedListEnd(entries, i);
      if (listEnd !== null) {
        i = keepAsChrome(article, entries, i, listEnd);
        lastWasParagraph = false;
        continue;
      }
      if (startsArticle(entries, i)) break;
      seen.add(entry.key);
      if (captionNext || looksLikeCaption(entry.text, true) || isCaptionCopy(entries, i, true))
        article.captions.push(strip(entry));
      else {
        const kind = pageLineKind(entry.text, false);
        const last = article.paragraphs.at(-1);
        if (kind) article.pageLines.push({ ...strip(entry), kind });
        else if (lastWasParagraph && last && continuesParagraph(last.text, entry.text))
          last.text = `${last.text} ${entry.text}`;
        else article.paragraphs.push(strip(entry));
        captionNext = kind === "chrome" && /^image caption/i.test(entry.text);
        lastWasParagraph = kind === null;
        continue;
      }
      captionNext = false;
      lastWasParagraph = false;
    }
    if (article.headline.text.length <= MAX_HEADLINE_LENGTH && article.paragraphs.some((p) => isProse(p.text)))
      articles.push(article);
  }
  return articles;
}

/** Kinds of furniture a page may print above its headline: a label there is as short as a headline, and may be one. */
const ABOVE_HEADLINE: ReadonlySet<PageLineKind> = new Set(["date-line", "byline", "chrome", "embed"]);

/** The page furniture that opens an article above its headline ("Friday, March 6, 2020", then the headline), if any. */
function furnitureAbove(entries: readonly Entry[], i: number): PageLine[] {
  const above: PageLine[] = [];
  for (let j = i; j + 1 < entries.length; j += 1) {
    const entry = entries[j] as Entry;
    const kind = pageLineKind(entry.text, true);
    if (kind === null || !ABOVE_HEADLINE.has(kind)) break;
    above.push({ ...strip(entry), kind });
  }
  // Only when a headline or the story follows: a date line over a line of another kind heads the page as it can.
  const next = entries[i + above.length];
  return next && (isHeadlineShaped(next.text) || isProse(next.text)) ? above : [];
}

/** What a line before the lead is, or null for prose: a repeat or credited line is a caption, else page furniture. */
function headerKind(entries: readonly Entry[], i: number, captionNext: boolean): "caption" | PageLineKind | null {
  const text = (entries[i] as Entry).text;
  const kind = pageLineKind(text, true);
  // A date line is furniture even when the page prints it twice; other repeated lines are captions.
  if (kind === "date-line") return kind;
  if (
    captionNext ||
    looksLikeCaption(text) ||
    isCaptionCopy(entries, i, false) ||
    (repeatsSoon(entries, i) && !isRepeatedLead(text))
  )
    return "caption";
  return kind;
}

/**
 * A prose line before the lead is a standfirst when it sits in one block with header lines (no blank line between),
 * when the next prose line opens with a wire dateline ("WASHINGTON - …"), or when it is the first one and set as a
 * subtitle, with no full stop, over a paragraph that ends as a sentence ("The agreement – after 17 days of talks – to
 * be unveiled on Tuesday morning"): the story starts there.
 */
function isStandfirst(entries: readonly Entry[], i: number, lastWasHeader: boolean, standfirsts: number): boolean {
  if (standfirsts >= MAX_STANDFIRST) return false;
  const entry = entries[i] as Entry;
  const next = entries[i + 1];
  if (entry.blanksBefore === 0 && lastWasHeader) return true;
  if (next && next.blanksBefore === 0 && headerKind(entries, i + 1, false) !== null) return true;
  if (next === undefined || headerKind(entries, i + 1, false) !== null) return false;
  // A subtitle is the first prose under the headline.
  const subtitle =
    standfirsts === 0 && !SENTENCE_END.test(entry.text) && isProse(next.text) && SENTENCE_END.test(next.text);
  return subtitle || readDateline(next.text) !== null;
}

/** Most words of a repeated line that may still be a caption, unless it reports someone's words. */
const MOST_CAPTION_WORDS = 50;
/** Fewest words of a repeated line that reports someone's words to be the page's lead, not a caption. */
const FEWEST_REPORTED_LEAD_WORDS = 20;

/**
 * Pages that print their lead twice: a long paragraph, one opening with a dateline, or a sentence that reports someone's
 * words ("The Israeli army said it launched …"; captions describe a picture and say no one said anything) is never a
 * caption.
 */
function isRepeatedLead(text: string): boolean {
  const words = text.split(/\s+/).length;
  return (
    words > MOST_CAPTION_WORDS ||
    readDateline(text) !== null ||
    (words >= FEWEST_REPORTED_LEAD_WORDS && SENTENCE_END.test(text) && REPORTS.test(text))
  );
}

// A reporting verb in the past or present: "said", "says", "told", "announced", "reported".
const REPORTS = new RegExp(`\\b(?:${REPORTING_VERBS.join("|")}|says|tells)\\b`, "i");

/** Most words of a headline made from the text's first sentence. */
const UNTITLED_WORDS = 12;

/** A headline for a text with none: its first sentence, cut to a dozen words ("Lebanon is in default."). */
export function untitledHeadline(text: string): string {
  const sentence = /^.+?[.!?](?=\s+["“‘']?[A-Z0-9]|$)/.exec(text)?.[0] ?? text;
  const words = sentence.split(/\s+/);
  return words.length <= UNTITLED_WORDS
    ? sentence
    : `${words
        .slice(0, UNTITLED_WORDS)
        .join(" ")
        .replace(/[,;:]$/, "")}…`;
}

/** A line that ends as a sentence does, maybe inside a closing quote or bracket. */
const SENTENCE_END = /[.!?]["”’)]?$/;

/**
 * A body line that carries on the paragraph before it, which a page or column break cut in the middle of a sentence (as
 * print-edition scrapes do): that paragraph ends on a word, with no sentence end and no colon, and this line opens in
 * lower case ("… the human rights NGO statement" / "said on April 3."). They are one paragraph, joined by a space.
 */
function continuesParagraph(previous: string, line: string): boolean {
  return /[\p{L}\p{N},]$/u.test(previous) && /^\p{Ll}/u.test(line) && isProse(`${previous} ${line}`);
}

/** Article text rather than a table row or a list: six words or more, mostly words of letters, a sentence or long. */
function isProse(text: string): boolean {
  const words = text.split(/\s+/);
  if (words.length < 6) return false;
  const lettered = words.filter((w) => /\p{L}{2,}/u.test(w)).length;
  return lettered / words.length >= 0.6 && (SENTENCE_END.test(text) || words.length >= 12);
}

/** A line that only draws a rule: three or more dashes, stars, equals signs or underscores, maybe spaced. */
const SEPARATOR = /^\s*(?:[-*=_~#]\s*){3,}$/;
/** Blank lines a rule counts for: as many as part two hand-made articles. */
const SEPARATOR_BLANKS = 2;

function toEntries(text: string): Entry[] {
  const entries: Entry[] = [];
  let blanks = 0;
  text.split("\n").forEach((raw, index) => {
    if (raw.trim() === "") {
      blanks += 1;
      return;
    }
    // A rule between articles ("***", "-----", "* * *") parts them as two blank lines do.
    if (SEPARATOR.test(raw)) {
      blanks = Math.max(blanks, SEPARATOR_BLANKS);
      return;
    }
    if (!isNoiseLine(raw))
      for (const part of splitGluedCaption(raw.trim()) ??
        splitGluedStamp(raw.trim()) ??
        splitGluedByline(raw.trim()) ?? [raw.trim()])
        entries.push({ text: part, line: index + 1, key: normaliseHeadline(part), blanksBefore: blanks });
    blanks = 0;
  });
  return entries;
}

// Outlets set a list of links to other stories between "list of 4 items" and "end of list": its lines are their headlines.
const RELATED_LIST = { start: /^list of (\d{1,2}) items?$/i, end: /^end of list$/i };

/** Index of the line that closes the related-stories list opening at `i`, or null when none opens there or it never closes. */
function relatedListEnd(entries: readonly Entry[], i: number): number | null {
  const m = RELATED_LIST.start.exec((entries[i] as Entry).text);
  if (!m) return null;
  // Each item is a counter ("list 1 of 4") and a headline; a list that does not close soon is left to the other rules.
  const last = Math.min(entries.length - 1, i + 2 * Number(m[1]) + 2);
  for (let j = i + 1; j <= last; j += 1) if (RELATED_LIST.end.test((entries[j] as Entry).text)) return j;
  return null;
}

/** Files lines `from`…`to` as the article's page chrome; returns `to`, where reading goes on after. */
function keepAsChrome(article: RawArticle, entries: readonly Entry[], from: number, to: number): number {
  article.pageLines.push(...entries.slice(from, to + 1).map((e) => ({ ...strip(e), kind: "chrome" as const })));
  return to;
}

/** How near a caption its copy without the credit stands (pages print a picture's alt text beside its caption). */
const CAPTION_COPY_WINDOW = 2;

/** True for a line that is a nearby caption's words without its credit; `strong` as in looksLikeCaption. */
function isCaptionCopy(entries: readonly Entry[], i: number, strong: boolean): boolean {
  const { key } = entries[i] as Entry;
  for (let j = i - CAPTION_COPY_WINDOW; j <= i + CAPTION_COPY_WINDOW; j += 1) {
    const other = entries[j];
    if (j === i || !other || !looksLikeCaption(other.text, strong)) continue;
    const { text, credit } = parseCaption(other.text);
    if (credit && text && normaliseHeadline(text) === key) return true;
  }
  return false;
}

function repeatsSoon(entries: readonly Entry[], i: number): boolean {
  const key = (entries[i] as Entry).key;
  for (let j = i + 1; j <= i + REPEAT_WINDOW && j < entries.length; j += 1)
    if ((entries[j] as Entry).key === key) return true;
  return false;
}

function startsArticle(entries: readonly Entry[], i: number): boolean {
  const entry = entries[i] as Entry;
  // A credited caption printed twice ends like a headline ("… REUTERS/Jane Doe") but starts no article.
  if (!isHeadlineShaped(entry.text) || looksLikeCaption(entry.text, true)) return false;
  // Hand-made files separate articles with two or more blank lines or a rule ("***", "-----"); a headline is set
  // above its own date line or byline, which scraped pages print after the header repeated.
  if (entry.blanksBefore >= 2) return true;
  // A byline above its date line is that header's furniture, not a headline.
  const kind = pageLineKind(entry.text, true);
  return kind !== "byline" && kind !== "date-line" && datedHeaderFollows(entries, i);
}

/**
 * True when the lines after `i` are a new article's header: its repeats, captions, labels and at most a standfirst's
 * prose, then a date line or a byline. A line printed twice in the body (a caption, a pull quote) is followed by the
 * story's text and no date line.
 */
function datedHeaderFollows(entries: readonly Entry[], i: number): boolean {
  const { key } = entries[i] as Entry;
  let prose = 0;
  for (let j = i + 1; j <= i + REPEAT_WINDOW && j < entries.length; j += 1) {
    const { text, key: other } = entries[j] as Entry;
    if (other === key || looksLikeCaption(text)) continue;
    const kind = pageLineKind(text, true);
    if (kind === "date-line" || kind === "byline") return true;
    if (kind === null && ++prose > MAX_STANDFIRST) return false;
  }
  return false;
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
