// The ingest: article sources to clean articles, dated events and the build report. Stages run in the order of their
// folders: 1-read → 2-published → 3-dating → 4-events → 5-merge → 6-output; runIngest strings them together. The phases
// (setUpIngest, readArticles per file, planIngest, processArticle per article, finishIngest) are exported for the
// script that caches the per-file and per-article ones and runs them in worker threads.

export {
  type ArticleCopy,
  type CopyOutline,
  type CopyView,
  type DataFile,
  encodeFileRead,
  type FileOutline,
  type FileRead,
  MAX_SOURCE_BYTES,
  outlineFile,
  readArticles,
  readSources,
  type SourceInput,
  splitFileRead,
  wholeCopyView,
} from "./1-read/index.ts";
export type { ArticleJob } from "./2-published/index.ts";
export type { EventCandidate } from "./4-events/index.ts";
export { type ComposedEvent, composeSegment, type MergePlace, mergeSegments } from "./5-merge/index.ts";
export { assembleArticle, formatReport } from "./6-output/index.ts";
export {
  type ArticleBody,
  type ArticleOutline,
  type ArticleResult,
  candidateReader,
  decodeArticleBody,
  decodeArticleOutline,
  decodeArticleResult,
  type EncodedParts,
  encodeArticleResult,
  outlineArticle,
  processArticle,
  type ReportPlace,
  splitArticleResult,
} from "./processArticle.ts";
export {
  type FinishedEvents,
  finishEvents,
  finishIngest,
  type IngestInput,
  type IngestOutput,
  type IngestPlan,
  type IngestSetup,
  planIngest,
  runIngest,
  setUpIngest,
} from "./runIngest.ts";
export { IngestError } from "./warnings.ts";
