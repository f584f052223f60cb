import type { Article } from "../../schema/article.ts";
import type { BuildReport, BuildWarning } from "../../schema/buildReport.ts";
import { type EventsDocument, eventSchema, type TimelineEvent } from "../../schema/event.ts";
import { type Gazetteer, gazetteerSchema } from "../../schema/gazetteer.ts";
import { type Overrides, overridesSchema } from "../../schema/overrides.ts";
import { sourceMetaSchema } from "../../schema/sourceMeta.ts";
import { applyEventOverrides } from "./applyEventOverrides.ts";
import { assembleArticle } from "./assembleArticle.ts";
import { assignEventIds } from "./assignEventIds.ts";
import { compareStrings } from "./compareStrings.ts";
import { composeEvent } from "./composeEvent.ts";
import { dedupeArticles } from "./dedupeArticles.ts";
import { type EventCandidate, extractEvents, type ParagraphDate } from "./extractEvents.ts";
import { findDateProblems } from "./findDateProblems.ts";
import { sortWarnings, warning } from "./ingestWarning.ts";
import { compileGazetteer } from "./matchGazetteer.ts";
import { indexMetadata } from "./matchMetadata.ts";
import { mergeEvents } from "./mergeEvents.ts";
import { parseJsonFile } from "./parseJsonFile.ts";
import { prepareArticles } from "./prepareArticles.ts";
import { type ArticleCopy, readArticles, type SourceInput } from "./readArticles.ts";
import { toEventsDocument } from "./toEventsDocument.ts";

/** A text file the build is steered by, with its name for messages. */
export interface DataFile {
  file: string;
  text: string;
}

/** Everything the ingest reads, already loaded by the script. */
export interface IngestInput {
  sources: readonly SourceInput[];
  /** `*.meta.json` sidecars in the input folder. */
  sidecars: readonly DataFile[];
  overrides: DataFile | null;
  gazetteer: DataFile | null;
  /** Called as articles are processed, for a progress line on long runs. */
  onProgress?: (done: number, total: number) => void;
}

/** Everything the ingest writes, validated against the schemas the site loads. */
export interface IngestOutput {
  articles: Article[];
  events: TimelineEvent[];
  document: EventsDocument;
  report: BuildReport;
}

const EMPTY_OVERRIDES: Overrides = { version: 1, articles: [], events: [] };
const EMPTY_GAZETTEER: Gazetteer = { version: 1, topics: [], people: [], places: [], eventKinds: [] };

/** The whole build from loaded files to output documents; throws IngestError for malformed sidecars, overrides or gazetteer. */
export function runIngest(input: IngestInput): IngestOutput {
  const sidecars = input.sidecars.map(({ file, text }) => ({
    file,
    meta: parseJsonFile(file, text, sourceMetaSchema),
  }));
  const overrides = input.overrides
    ? parseJsonFile(input.overrides.file, input.overrides.text, overridesSchema)
    : EMPTY_OVERRIDES;
  const gazetteer = input.gazetteer
    ? parseJsonFile(input.gazetteer.file, input.gazetteer.text, gazetteerSchema)
    : EMPTY_GAZETTEER;
  const overridesFile = input.overrides?.file ?? "overrides.json";
  const warnings: BuildWarning[] = [];
  if (!input.gazetteer)
    warnings.push(warning(null, "no gazetteer found (--gazetteer): events get no topics, people or places"));

  const copies: ArticleCopy[] = [];
  let skippedFiles = 0;
  for (const source of [...input.sources].sort((a, b) => compareStrings(a.file, b.file))) {
    const read = readArticles(source);
    copies.push(...read.copies);
    warnings.push(...read.warnings);
    if (read.skipped) skippedFiles += 1;
  }
  const unique = dedupeArticles(copies);
  warnings.push(...unique.warnings);
  const metadata = indexMetadata(sidecars);
  const match = compileGazetteer(gazetteer);
  const prepared = prepareArticles(unique.articles, { metadata, match, overrides: overrides.articles, overridesFile });
  warnings.push(...prepared.warnings, ...metadata.warnings());

  const candidates: EventCandidate[] = [];
  const dates = new Map<string, ParagraphDate[][]>();
  prepared.articles.forEach((article, i) => {
    warnings.push(...findDateProblems(article));
    const extracted = extractEvents({ ...article, paragraphs: article.paragraphs.map((p) => p.text) }, match);
    candidates.push(...extracted.candidates);
    dates.set(article.id, extracted.dates);
    input.onProgress?.(i + 1, prepared.articles.length);
  });

  const drafts = mergeEvents(candidates).map(composeEvent);
  const ids = assignEventIds(drafts);
  const eventOfKey = new Map<string, string>();
  drafts.forEach((draft, i) => {
    for (const key of draft.keys) eventOfKey.set(key, ids[i] as string);
  });
  const extracted = drafts.map((draft, i): TimelineEvent => ({ id: ids[i] as string, ...draft.event }));
  const overridden = applyEventOverrides(extracted, overrides.events, overridesFile);
  warnings.push(...overridden.warnings);
  const linkOf = (key: string | null): string | null => {
    const id = key === null ? undefined : eventOfKey.get(key);
    if (id === undefined) return null;
    return overridden.redirects.has(id) ? (overridden.redirects.get(id) ?? null) : id;
  };

  const articles = prepared.articles.map((article) => assembleArticle(article, dates.get(article.id) ?? [], linkOf));
  const events = overridden.events.map((event) => eventSchema.parse(event));
  if (articles.length === 0) warnings.push(warning(null, "no articles found: check --in"));
  const report: BuildReport = {
    files: input.sources.length + input.sidecars.length,
    skippedFiles,
    articles: articles.length,
    duplicatesMerged: unique.duplicates,
    events: events.length,
    multiSourceEvents: events.filter((e) => new Set(e.sources.map((s) => s.article)).size > 1).length,
    undatedArticles: articles.filter((a) => a.published === null).map((a) => a.id),
    warnings: sortWarnings(warnings),
  };
  return { articles, events, document: toEventsDocument(articles, events), report };
}
