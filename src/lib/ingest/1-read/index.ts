// Stage 1: source files to article copies, and copies of one article folded into one.

export {
  type CopyOutline,
  encodeFileRead,
  type FileOutline,
  outlineFile,
  splitFileRead,
} from "./copyOutline.ts";
export { type DataFile, parseJsonFile, readSteeringFiles, type Sidecar, type SteeringFiles } from "./dataFiles.ts";
export { type Dateline, datelineLength, readDateline } from "./dateline.ts";
export { checkSourceSize, decodeSource, MAX_SOURCE_BYTES, stripMarkup } from "./decodeSource.ts";
export {
  type CopyView,
  dedupeArticles,
  dedupeCopies,
  type UniqueArticle,
  wholeCopyView,
} from "./dedupeArticles.ts";
export {
  type DateLineDate,
  dateLineDates,
  embedSignatureStart,
  PAGE_LINE_RULES,
  type PageLineKind,
  pageLineKind,
} from "./pageLines.ts";
export { type Caption, CREDIT_RULES, looksLikeCaption, parseCaption, splitGluedCaption } from "./parseCaption.ts";
export { parseMarkdownSource } from "./parseMarkdownSource.ts";
export { type ArticleCopy, type FileRead, readArticles, readSources, type SourceInput } from "./readArticles.ts";
export { isNoiseLine, type PageLine, type RawArticle, type SourceLine, splitArticles } from "./splitArticles.ts";
