import type { BuildWarning } from "../../schema/buildReport.ts";
import { type ArticleJob, type PreparedArticle, prepareArticle } from "./2-published/index.ts";
import { dateParagraphs, findDateProblems } from "./3-dating/index.ts";
import { type EventCandidate, extractEvents, type ParagraphDate } from "./4-events/index.ts";
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

/** A value as JSON carries it: Sets become arrays (in insertion order). */
type Plain<T> =
  T extends Set<infer U>
    ? Plain<U>[]
    : T extends readonly (infer U)[]
      ? Plain<U>[]
      : T extends object
        ? { [K in keyof T]: Plain<T[K]> }
        : T;

/**
 * An ArticleResult as JSON text, for a worker's answer and the cache. The typed middle step makes a new Set or Map in a
 * candidate a compile error here rather than an empty object in the cache.
 */
export function encodeArticleResult(result: ArticleResult): string {
  const plain: Plain<ArticleResult> = {
    ...result,
    candidates: result.candidates.map((c) => ({ ...c, titleWords: [...c.titleWords], quoteWords: [...c.quoteWords] })),
  };
  return JSON.stringify(plain);
}

/** The ArticleResult that encodeArticleResult wrote. */
export function decodeArticleResult(text: string): ArticleResult {
  const plain = JSON.parse(text) as Plain<ArticleResult>;
  return {
    ...plain,
    candidates: plain.candidates.map((c) => ({
      ...c,
      titleWords: new Set(c.titleWords),
      quoteWords: new Set(c.quoteWords),
    })),
  };
}
