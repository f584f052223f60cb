// Stage 3: the dates of each paragraph, and which of them date events.
export {
  type ArticleToDate,
  type DatedParagraph,
  dateParagraphs,
  type EventDate,
  type SkipReason,
  skipReason,
} from "./dateParagraphs.ts";
export { findDateProblems } from "./findDateProblems.ts";
