import type { BuildWarning } from "../../schema/buildReport.ts";
import { type ArticleJob, type PreparedArticle, prepareArticle } from "./2-published/index.ts";
import { dateParagraphs, findDateProblems } from "./3-dating/index.ts";
import { type EventCandidate, extractEvents, type ParagraphDate } from "./4-events/index.ts";
import type { DocumentArticle } from "./6-output/index.ts";
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
 * What the cross-article stages read of an article's result on every run: the article as the public document lists it,
 * its candidates and warnings, and the candidate key of each of its dates (what its file links to an event). The rest
 * (paragraphs, captions, dates) is read only when the article's file is written.
 */
export interface ArticleOutline {
  article: DocumentArticle;
  /** Each recognised date's candidate key (null: it made none), paragraph after paragraph. */
  dateKeys: (string | null)[];
  candidates: EventCandidate[];
  warnings: BuildWarning[];
}

/** The part of an ArticleResult that only the article's own file needs. */
export type ArticleBody = Pick<ArticleResult, "article" | "dates">;

/** The outline of a result: see ArticleOutline. */
export function outlineArticle(result: ArticleResult): ArticleOutline {
  const { id, headline, files, url, published, publishedBasis } = result.article;
  return {
    article: { id, headline, files, url, published, publishedBasis },
    dateKeys: result.dates.flatMap((dates) => dates.map((date) => date.key)),
    candidates: result.candidates,
    warnings: result.warnings,
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

/** An outline as encodeArticleResult writes it: its candidates without their article, which is the outline's. */
type EncodedOutline = Omit<ArticleOutline, "candidates"> & { candidates: Omit<EventCandidate, "article">[] };

/**
 * An ArticleResult as text, for a worker's answer and the cache: its outline as a line of JSON, then its body, so a run
 * reads the outline of every article but the body only of those it writes. The typed middle step makes a new Set or
 * Map in a candidate a compile error here rather than an empty object in the cache.
 */
export function encodeArticleResult(result: ArticleResult): string {
  const outline = outlineArticle(result);
  // Each candidate's article is the outline's, so it is written once (a fifth of the text every run reads).
  const plain: Plain<EncodedOutline> = {
    ...outline,
    candidates: outline.candidates.map(({ article: _, ...c }) => ({
      ...c,
      titleWords: [...c.titleWords],
      quoteWords: [...c.quoteWords],
    })),
  };
  const body: Plain<ArticleBody> = { article: result.article, dates: result.dates };
  // JSON.stringify without indentation writes no raw line break: the first one ends the outline.
  return `${JSON.stringify(plain)}\n${JSON.stringify(body)}`;
}

/** The outline that encodeArticleResult wrote. */
export function decodeArticleOutline(text: string): ArticleOutline {
  const plain = JSON.parse(text.slice(0, text.indexOf("\n"))) as Plain<EncodedOutline>;
  const { id, headline, url, published } = plain.article;
  const article = { id, headline, url, published };
  return {
    ...plain,
    candidates: plain.candidates.map((c) => ({
      ...c,
      article,
      titleWords: new Set(c.titleWords),
      quoteWords: new Set(c.quoteWords),
    })),
  };
}

/** The body that encodeArticleResult wrote. */
export function decodeArticleBody(text: string): ArticleBody {
  return JSON.parse(text.slice(text.indexOf("\n") + 1)) as ArticleBody;
}

/** The whole ArticleResult that encodeArticleResult wrote. */
export function decodeArticleResult(text: string): ArticleResult {
  const { candidates, warnings } = decodeArticleOutline(text);
  return { ...decodeArticleBody(text), candidates, warnings };
}
