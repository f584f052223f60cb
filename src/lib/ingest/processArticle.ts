import type { BuildWarning } from "../../schema/buildReport.ts";
import { type ArticleJob, type PreparedArticle, prepareArticle } from "./2-published/index.ts";
import { dateParagraphs, findDateProblems } from "./3-dating/index.ts";
import { type EventCandidate, extractEvents, type ParagraphDate } from "./4-events/index.ts";
import { type MergePlace, mergePlace } from "./5-merge/index.ts";
import type { DocumentArticle } from "./6-output/index.ts";
import { candidateContentKey } from "./cacheKeys.ts";
import type { GazetteerMatcher } from "./matchGazetteer.ts";

// The per-article stages (publication day, dating, extraction) as one function of one article: what the ingest script
// caches by content hash and runs in worker threads. Everything across articles happens before (planArticles) or after
// (finishIngest) it.

/** What the per-article stages make of one article. */
export interface ArticleResult {
  article: PreparedArticle;
  /** Every recognised date of each paragraph, for the article page. */
  dates: ParagraphDate[][];
  /** One event candidate per dated sentence, before reports of one event are merged. */
  candidates: EventCandidate[];
  warnings: BuildWarning[];
}

/** Prepares, dates and extracts one article; depends only on the job, the gazetteer and the code. */
export function processArticle(job: ArticleJob, match: GazetteerMatcher): ArticleResult {
  const { article, warnings } = prepareArticle(job, match);
  const dated = dateParagraphs({ ...article, paragraphs: article.paragraphs.map((p) => p.text) });
  const extracted = extractEvents(article, dated, match);
  return {
    article,
    dates: extracted.dates,
    candidates: extracted.candidates,
    warnings: [...warnings, ...findDateProblems(article)],
  };
}

/**
 * What the cross-article stages read of every article's result on every run: the article as the public document lists
 * it, the candidate key of each of its dates (what its file links to an event), its warnings, and where each of its
 * candidates falls in the merge (what finds the merge segments a changed article touches). Candidates themselves are
 * read only for the segments that must be merged again, the rest of the article (paragraphs, captions, dates) only
 * when its file is written.
 */
export interface ArticleOutline {
  article: DocumentArticle;
  /** Each recognised date's candidate key (null: it made none), paragraph after paragraph. */
  dateKeys: (string | null)[];
  warnings: BuildWarning[];
  /** Each candidate's place in the merge, in the order of the candidates. */
  reports: ReportPlace[];
}

/**
 * A candidate's place in the merge and a hash of all it brings to it (candidateContentKey): an article that changed
 * elsewhere brings the same report, so the merge segments it is in are not composed again.
 */
export type ReportPlace = MergePlace & { content: string };

/** The part of an ArticleResult that only the article's own file needs. */
export type ArticleBody = Pick<ArticleResult, "article" | "dates">;

/** The outline of a result (see ArticleOutline); `lines` are its candidates as encodeArticleResult writes them. */
export function outlineArticle(result: ArticleResult, lines = result.candidates.map(candidateLine)): ArticleOutline {
  const { id, headline, files, url, published, publishedBasis } = result.article;
  // What a candidate takes from its article into an event's sources.
  const owner = JSON.stringify([id, headline, url, published]);
  return {
    article: { id, headline, files, url, published, publishedBasis },
    dateKeys: result.dates.flatMap((dates) => dates.map((date) => date.key)),
    warnings: result.warnings,
    reports: result.candidates.map((c, i) => ({
      ...mergePlace(c),
      content: candidateContentKey(owner, lines[i] as string),
    })),
  };
}

/** A value as JSON carries it: Sets become arrays (in insertion order); a Map has no JSON form, so it cannot pass. */
type Plain<T> =
  T extends Set<infer U>
    ? Plain<U>[]
    : T extends Map<unknown, unknown>
      ? never
      : T extends readonly (infer U)[]
        ? Plain<U>[]
        : T extends object
          ? { [K in keyof T]: Plain<T[K]> }
          : T;

/** A candidate as encodeArticleResult writes it: without its article, which is the outline's. */
type EncodedCandidate = Plain<Omit<EventCandidate, "article">>;

/** The three parts of an encoded result, each read on its own: outline, body, and candidates (a line each). */
export interface EncodedParts {
  outline: string;
  body: string;
  candidates: string;
}

/**
 * An ArticleResult as text, for a worker's answer and the cache: its outline, its body, then each candidate, as lines
 * of JSON (splitArticleResult parts them), so a run reads every article's outline but the rest only where it must: the
 * body when the article's file is written, a candidate when its merge segment is composed again. The typed middle step
 * makes a new Set or Map in a candidate a compile error here rather than an empty object in the cache.
 */
export function encodeArticleResult(result: ArticleResult): string {
  const lines = result.candidates.map(candidateLine);
  const body: Plain<ArticleBody> = { article: result.article, dates: result.dates };
  // JSON.stringify without indentation writes no raw line break: line breaks part them.
  return [JSON.stringify(outlineArticle(result, lines)), JSON.stringify(body), ...lines].join("\n");
}

/** A candidate as a line of the encoded result: without its article, which is the outline's (a fifth of the text). */
function candidateLine({ article: _, ...c }: EventCandidate): string {
  const encoded: EncodedCandidate = { ...c, titleWords: [...c.titleWords], quoteWords: [...c.quoteWords] };
  return JSON.stringify(encoded);
}

/** The three parts of what encodeArticleResult wrote. */
export function splitArticleResult(text: string): EncodedParts {
  const first = text.indexOf("\n");
  const second = text.indexOf("\n", first + 1);
  return {
    outline: text.slice(0, first),
    body: text.slice(first + 1, second < 0 ? undefined : second),
    candidates: second < 0 ? "" : text.slice(second + 1),
  };
}

/** The outline part: see ArticleOutline. */
export function decodeArticleOutline(outline: string): ArticleOutline {
  return JSON.parse(outline) as ArticleOutline;
}

/**
 * The candidates part, as a function from a candidate's place to the candidate, given the article of the outline:
 * only the candidates asked for are parsed.
 */
export function candidateReader(candidates: string, outline: ArticleOutline): (index: number) => EventCandidate {
  const { id, headline, url, published } = outline.article;
  const article = { id, headline, url, published };
  const lines = candidates === "" ? [] : candidates.split("\n");
  return (index) => {
    const c = JSON.parse(lines[index] as string) as EncodedCandidate;
    return { ...c, article, titleWords: new Set(c.titleWords), quoteWords: new Set(c.quoteWords) };
  };
}

/** The body part. */
export function decodeArticleBody(body: string): ArticleBody {
  return JSON.parse(body) as ArticleBody;
}

/** The whole ArticleResult that encodeArticleResult wrote. */
export function decodeArticleResult(text: string): ArticleResult {
  const parts = splitArticleResult(text);
  const outline = decodeArticleOutline(parts.outline);
  const candidate = candidateReader(parts.candidates, outline);
  const candidates = outline.reports.map((_, i) => candidate(i));
  return { ...decodeArticleBody(parts.body), candidates, warnings: outline.warnings };
}
