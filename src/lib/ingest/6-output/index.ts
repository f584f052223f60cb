// Stage 6: what the ingest writes: clean articles, the public events document and the build report.
export { assembleArticle } from "./assembleArticle.ts";
export {
  type DocumentArticle,
  documentEntry,
  type EventEntry,
  eventsDocumentText,
  withId,
} from "./eventsDocumentText.ts";
export { buildReport, formatReport, type RunCounts, reportRows, sortWarnings } from "./report.ts";
