// Stage 2: each article's id, publisher metadata, publication day and topics.
export { type ArticleMeta, httpUrl, indexMetadata, type MetadataIndex } from "./matchMetadata.ts";
export { assignArticleIds, type PrepareContext, type PreparedArticle, prepareArticles } from "./prepareArticles.ts";
export {
  CONFIDENCE,
  choosePublished,
  firstBodyWeekday,
  latestCaptionDay,
  PUBLICATION_EVIDENCE,
  type PublishedEvidence,
  type PublishedGuess,
} from "./publishedDay.ts";
export { dateInUrl, type UrlDate } from "./urlDate.ts";
