import type { Article } from "../../schema/article.ts";
import type { BuildReport, BuildWarning } from "../../schema/buildReport.ts";
import type { TimelineEvent } from "../../schema/event.ts";
import type { EventsDocument } from "../../schema/eventsDocument.ts";
import {
  type ArticleCopy,
  type CopyView,
  type DataFile,
  dedupeCopies,
  readArticles,
  readSources,
  readSteeringFiles,
  type SourceInput,
  type SteeringFiles,
  wholeCopyView,
} from "./1-read/index.ts";
import { type ArticleJob, indexMetadata, planArticles } from "./2-published/index.ts";
import { type BuiltEvent, buildEvents, type ComposedEvent, composeEvents } from "./5-merge/index.ts";
import { assembleArticle, buildReport, eventsDocumentText, type RunCounts } from "./6-output/index.ts";
import { compileGazetteer, type GazetteerMatcher } from "./matchGazetteer.ts";
import { type ArticleOutline, type ArticleResult, processArticle } from "./processArticle.ts";
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

/** The parsed steering files and the compiled gazetteer, with the run's first warnings. */
export interface IngestSetup {
  steering: SteeringFiles;
  match: GazetteerMatcher;
  warnings: BuildWarning[];
}

/** The articles to process, one job each (sorted by id), and what reading and planning counted and warned about. */
export interface IngestPlan<C = ArticleCopy> {
  jobs: ArticleJob<C>[];
  warnings: BuildWarning[];
  counts: RunCounts;
}

/**
 * The whole build from loaded files to output documents, stage by stage (the folders 1-read … 6-output);
 * throws IngestError for malformed sidecars, overrides or gazetteer. scripts/ingest.ts runs the same phases with a cache
 * and worker threads around the per-file and per-article ones (readArticles, processArticle).
 */
export function runIngest(input: IngestInput): IngestOutput {
  const setup = setUpIngest(input);
  const plan = planIngest(setup, input, readSources(input.sources, readArticles), wholeCopyView());
  const results = plan.jobs.map((job, i) => {
    const result = processArticle(job, setup.match);
    input.onProgress?.(i + 1, plan.jobs.length);
    return result;
  });
  return finishIngest(setup, plan, results);
}

/** Parses the steering files (throws IngestError naming a malformed one) and compiles the gazetteer. */
export function setUpIngest(input: Pick<IngestInput, "sidecars" | "overrides" | "gazetteer">): IngestSetup {
  const steering = readSteeringFiles(input);
  const warnings: BuildWarning[] = [];
  if (!steering.hasGazetteer)
    warnings.push(warning(null, "no gazetteer found (--gazetteer): events get no topics, people or places"));
  return { steering, match: compileGazetteer(steering.gazetteer), warnings };
}

/**
 * The cross-article work before the per-article stages: copies of one article folded into one (1-read), then each
 * article's id, sidecar entry and override (2-published). `read` is readSources' answer: every file's copies in name
 * order, whole (seen through wholeCopyView) or a script's stand-ins, seen through their outlines.
 */
export function planIngest<C>(
  setup: IngestSetup,
  input: Pick<IngestInput, "sources" | "sidecars">,
  read: { copies: C[]; warnings: BuildWarning[]; skippedFiles: number },
  view: CopyView<C>,
): IngestPlan<C> {
  const unique = dedupeCopies(read.copies, view);
  const metadata = indexMetadata(setup.steering.sidecars);
  const planned = planArticles(
    unique.articles,
    {
      metadata,
      overrides: setup.steering.overrides.articles,
      overridesFile: setup.steering.overridesFile,
    },
    (copy) => view.outline(copy).names,
  );
  return {
    jobs: planned.jobs,
    warnings: [...read.warnings, ...unique.warnings, ...planned.warnings, ...metadata.warnings()],
    counts: {
      files: input.sources.length + input.sidecars.length,
      skippedFiles: read.skippedFiles,
      duplicatesMerged: unique.duplicates,
    },
  };
}

/** The output but the articles themselves: what finishIngest makes before assembling each article. */
export interface FinishedEvents {
  events: BuiltEvent[];
  /** The public document's bytes but the final newline (eventsDocumentText). */
  documentText: () => string;
  report: BuildReport;
  /** The event a paragraph date's candidate key ended up in, or null: the links of each article's dates. */
  eventOf: (key: string | null) => string | null;
}

/**
 * The cross-article work after the per-article stages (`results[i]` is processArticle of `plan.jobs[i]`): reports of one
 * event merged, event ids and the editors' overrides (5-merge), then the output documents and the report (6-output).
 */
export function finishIngest(setup: IngestSetup, plan: IngestPlan, results: readonly ArticleResult[]): IngestOutput {
  const composed = composeEvents(results.flatMap((r) => r.candidates));
  const finished = finishEvents(setup, plan, results, composed);
  const articles = results.map((r) => assembleArticle(r.article, r.dates, finished.eventOf));
  return {
    articles,
    events: finished.events.map((event) => event.value()),
    document: JSON.parse(finished.documentText()) as EventsDocument,
    report: finished.report,
  };
}

/**
 * finishIngest up to the articles, from each article's outline (a whole result is one too) and the events of every
 * merge segment (composeEvents, or composeSegment per segment): a script that keeps segments' events in its cache and
 * writes only what changed assembles (and validates) only the articles it writes, with assembleArticle.
 */
export function finishEvents(
  setup: IngestSetup,
  plan: Pick<IngestPlan<unknown>, "warnings" | "counts">,
  results: readonly Pick<ArticleOutline, "article" | "warnings">[],
  composed: readonly ComposedEvent[],
): FinishedEvents {
  const warnings = [...setup.warnings, ...plan.warnings];
  for (const result of results) warnings.push(...result.warnings);
  const built = buildEvents(composed, setup.steering.overrides.events, setup.steering.overridesFile);
  warnings.push(...built.warnings);
  const articles = results.map((r) => r.article);
  if (articles.length === 0) warnings.push(warning(null, "no articles found: check --in"));
  const report = buildReport(articles, built.events, plan.counts, warnings);
  return {
    events: built.events,
    documentText: () => eventsDocumentText(articles, built.events),
    report,
    eventOf: built.eventOf,
  };
}
