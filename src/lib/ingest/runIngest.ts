import type { Article } from "../../schema/article.ts";
import type { BuildReport, BuildWarning } from "../../schema/buildReport.ts";
import type { TimelineEvent } from "../../schema/event.ts";
import type { EventsDocument } from "../../schema/eventsDocument.ts";
import { type DataFile, dedupeArticles, readSources, readSteeringFiles, type SourceInput } from "./1-read/index.ts";
import { indexMetadata, prepareArticles } from "./2-published/index.ts";
import { dateParagraphs, findDateProblems } from "./3-dating/index.ts";
import { type EventCandidate, extractEvents, type ParagraphDate } from "./4-events/index.ts";
import { buildEvents } from "./5-merge/index.ts";
import { assembleArticle, buildReport, toEventsDocument } from "./6-output/index.ts";
import { compileGazetteer } from "./matchGazetteer.ts";
import { warning } from "./warnings.ts";

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

/**
 * The whole build from loaded files to output documents, stage by stage (the folders 1-read … 6-output);
 * throws IngestError for malformed sidecars, overrides or gazetteer.
 */
export function runIngest(input: IngestInput): IngestOutput {
  const steering = readSteeringFiles(input);
  const warnings: BuildWarning[] = [];
  if (!steering.hasGazetteer)
    warnings.push(warning(null, "no gazetteer found (--gazetteer): events get no topics, people or places"));

  // 1. Read: source files to article copies, one article per story.
  const read = readSources(input.sources);
  const unique = dedupeArticles(read.copies);
  warnings.push(...read.warnings, ...unique.warnings);

  // 2. Publication day, ids, metadata and topics.
  const metadata = indexMetadata(steering.sidecars);
  const match = compileGazetteer(steering.gazetteer);
  const prepared = prepareArticles(unique.articles, {
    metadata,
    match,
    overrides: steering.overrides.articles,
    overridesFile: steering.overridesFile,
  });
  warnings.push(...prepared.warnings, ...metadata.warnings());

  // 3–4. Dating each paragraph, and an event candidate per dated sentence.
  const candidates: EventCandidate[] = [];
  const dates = new Map<string, ParagraphDate[][]>();
  prepared.articles.forEach((article, i) => {
    warnings.push(...findDateProblems(article));
    const dated = dateParagraphs({ ...article, paragraphs: article.paragraphs.map((p) => p.text) });
    const extracted = extractEvents(article, dated, match);
    candidates.push(...extracted.candidates);
    dates.set(article.id, extracted.dates);
    input.onProgress?.(i + 1, prepared.articles.length);
  });

  // 5. Merge reports of one event, then the editors' overrides.
  const built = buildEvents(candidates, steering.overrides.events, steering.overridesFile);
  warnings.push(...built.warnings);

  // 6. Output documents.
  const articles = prepared.articles.map((article) =>
    assembleArticle(article, dates.get(article.id) ?? [], built.eventOf),
  );
  if (articles.length === 0) warnings.push(warning(null, "no articles found: check --in"));
  const report = buildReport(
    articles,
    built.events,
    {
      files: input.sources.length + input.sidecars.length,
      skippedFiles: read.skippedFiles,
      duplicatesMerged: unique.duplicates,
    },
    warnings,
  );
  return { articles, events: built.events, document: toEventsDocument(articles, built.events), report };
}
