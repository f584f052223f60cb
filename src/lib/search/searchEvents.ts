/** One file of the search index (a year of events): the events packed as the timeline's tiles are, and their quotes. */
export interface SearchShardFile {
  topics: string[];
  /** Packed as src/lib/timeline/encodePayload.ts packs them. */
  items: [string, string, string, string, number, number, number[]][];
  /** Each event's distinct quotes, in the order of `items`. */
  quotes: string[][];
}

/** One event as the search reads it: the title from the timeline's data, the quotes from the search index. */
export interface SearchDoc {
  id: string;
  title: string;
  /** First day, YYYY-MM-DD: newer events come first among equally good matches. */
  start: string;
  quotes: readonly string[];
}

/** A piece of a snippet, marked where a query word matched. */
export interface SnippetPiece {
  text: string;
  mark: boolean;
}

/** An event that matches every word of a query. */
export interface SearchHit {
  id: string;
  /** How many query words its title holds. */
  inTitle: number;
  /** The part of a quote around the first match, when a quote matched. */
  snippet: SnippetPiece[] | null;
}

/** A doc with its texts folded once, so each keystroke only runs the matching. */
export interface PreparedDoc extends SearchDoc {
  foldedTitle: string;
  foldedQuotes: string[];
}

/** Characters of quote kept on each side of a match in a snippet. */
const SNIPPET_CONTEXT = 70;

/**
 * Folds text for matching without changing its length, so offsets found in the folded text cut the original:
 * lower case, accents dropped ("beyrouth" finds "Beyrouth", "peña" is found by "pena"), curly apostrophes and
 * dashes made plain.
 */
export function foldText(text: string): string {
  let out = "";
  for (const ch of text) {
    const folded = ch.length === 1 ? (ch.normalize("NFD")[0] ?? ch).toLowerCase() : ch;
    out += folded.length === ch.length ? folded.replace(/[\u2018\u2019]/, "'").replace(/[\u2013\u2014]/, "-") : ch;
  }
  return out;
}

/** The words of a query, folded, each once, in the order typed. */
export function queryWords(query: string): string[] {
  return [
    ...new Set(
      foldText(query)
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean),
    ),
  ];
}

/** Folds the docs' texts once. */
export function prepareDocs(docs: readonly SearchDoc[]): PreparedDoc[] {
  return docs.map((doc) => ({ ...doc, foldedTitle: foldText(doc.title), foldedQuotes: doc.quotes.map(foldText) }));
}

/**
 * Events whose title and quotes hold every word of the query, each word as the start of a word in the text (so
 * "famin" finds "famine", "war" does not find "toward"). Title matches rank first, then newer events.
 */
export function searchEvents(
  query: string,
  docs: readonly PreparedDoc[],
  snippets = Number.POSITIVE_INFINITY,
): SearchHit[] {
  const words = queryWords(query);
  if (words.length === 0) return [];
  const patterns = words.map((word) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}`, "u"));
  const hits: (SearchHit & { start: string; doc: PreparedDoc })[] = [];
  for (const doc of docs) {
    let inTitle = 0;
    let all = true;
    for (const pattern of patterns) {
      const title = pattern.test(doc.foldedTitle);
      if (title) inTitle += 1;
      else if (!doc.foldedQuotes.some((quote) => pattern.test(quote))) {
        all = false;
        break;
      }
    }
    if (all) hits.push({ id: doc.id, inTitle, snippet: null, start: doc.start, doc });
  }
  hits.sort((a, b) => b.inTitle - a.inTitle || (a.start < b.start ? 1 : a.start > b.start ? -1 : 0));
  // Snippets only for the hits that are shown: a common word can match thousands of events.
  return hits.map(({ id, inTitle, doc }, i) => ({
    id,
    inTitle,
    snippet: i < snippets ? snippetOf(doc, patterns) : null,
  }));
}

/** The stretch of the first quote that matches, cut at word boundaries, with every query word in it marked. */
function snippetOf(doc: PreparedDoc, patterns: readonly RegExp[]): SnippetPiece[] | null {
  for (const [i, folded] of doc.foldedQuotes.entries()) {
    const first = patterns.map((p) => folded.search(p)).filter((at) => at >= 0);
    if (first.length === 0) continue;
    const quote = doc.quotes[i] ?? "";
    const at = Math.min(...first);
    let from = Math.max(at - SNIPPET_CONTEXT, 0);
    let to = Math.min(at + SNIPPET_CONTEXT * 2, quote.length);
    if (from > 0) from = quote.indexOf(" ", from) + 1 || from;
    if (to < quote.length) to = quote.lastIndexOf(" ", to) > at ? quote.lastIndexOf(" ", to) : to;
    const marks: [number, number][] = [];
    for (const pattern of patterns) {
      const global = new RegExp(pattern.source, "gu");
      for (const m of folded.slice(from, to).matchAll(global))
        marks.push([from + m.index, from + m.index + m[0].length]);
    }
    marks.sort((a, b) => a[0] - b[0]);
    const pieces: SnippetPiece[] = [];
    let cursor = from;
    for (const [start, end] of marks) {
      if (start < cursor) continue;
      if (start > cursor) pieces.push({ text: quote.slice(cursor, start), mark: false });
      pieces.push({ text: quote.slice(start, end), mark: true });
      cursor = end;
    }
    if (cursor < to) pieces.push({ text: quote.slice(cursor, to), mark: false });
    if (from > 0) pieces.unshift({ text: "…", mark: false });
    if (to < quote.length) pieces.push({ text: "…", mark: false });
    return pieces;
  }
  return null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
