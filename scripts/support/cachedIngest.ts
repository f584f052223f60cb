// The ingest as scripts/ingest.ts runs it: runIngest's phases, with the per-file and per-article ones answered from the
// content-hash cache where it can and otherwise computed, in worker threads when there is enough to compute. The cross-
// article phases run every time from the cached results. Whatever the cache holds and however many workers run, the
// output is the one runIngest gives for the same input (tests/unit/ingest/incrementalIngest.test.ts).

import {
  articleFileFingerprint,
  articleKey,
  documentFileFingerprint,
  eventFileFingerprint,
  fileKey,
  gazetteerKey,
  inputsKey,
} from "../../src/lib/ingest/cacheKeys.ts";
import {
  type ArticleCopy,
  type ArticleJob,
  type ArticleOutline,
  assembleArticle,
  type CopyOutline,
  type CopyView,
  candidateReader,
  decodeArticleBody,
  decodeArticleOutline,
  type EncodedParts,
  encodeArticleResult,
  encodeFileRead,
  type FileOutline,
  type FileRead,
  finishEvents,
  type IngestInput,
  planIngest,
  processArticle,
  readArticles,
  readSources,
  type SourceInput,
  setUpIngest,
  splitArticleResult,
  splitFileRead,
} from "../../src/lib/ingest/index.ts";
import type { BuildReport } from "../../src/schema/buildReport.ts";
import { composeWithCache } from "./cachedMerge.ts";
import { codeVersion } from "./codeVersion.ts";
import type { IngestCache } from "./ingestCache.ts";
import { type OutputFile, outputFiles } from "./ingestFiles.ts";
import { IngestPool, type Inline } from "./ingestPool.ts";
import type { PhaseClock } from "./phaseClock.ts";

/**
 * The modules whose code shapes the cached results: the stages, the codecs, the worker and this runner. The cache's
 * code version hashes them and all they import (this runner imports the whole ingest, so a change to any stage makes
 * the next run a full one: safer than a narrower list that could miss a module).
 */
export const CACHED_CODE = [
  new URL("../../src/lib/ingest/1-read/readArticles.ts", import.meta.url).pathname,
  new URL("../../src/lib/ingest/processArticle.ts", import.meta.url).pathname,
  new URL("./ingestWorker.ts", import.meta.url).pathname,
  new URL("./cachedIngest.ts", import.meta.url).pathname,
  new URL("./cachedMerge.ts", import.meta.url).pathname,
  new URL("./ingestCache.ts", import.meta.url).pathname,
];

/** The modules that shape the output files besides the cached stages: the whole ingest, and the writing. */
export const OUTPUT_CODE = [
  new URL("../../src/lib/ingest/index.ts", import.meta.url).pathname,
  new URL("./ingestFiles.ts", import.meta.url).pathname,
  ...CACHED_CODE,
];

/**
 * Fewest articles (or files) to compute for which workers start. The main thread works alongside them, so they cost
 * little wall time below it, but each spends half a second to a second and a half of CPU loading the ingest before its
 * first batch, and the machines are shared: measured with `npm run bench -- --only ingest-workers` under a load of 5–8
 * on 2 cores, a worker saved wall time from about 2,000 articles and cost it below (medians of 3).
 */
export const WORKERS_FROM = 2000;

/** How to run: the cache (null for none), the most worker threads to use (0 for none) and the code version. */
export interface CachedIngestOptions {
  cache: IngestCache | null;
  workers: number;
  /** Defaults to codeVersion(CACHED_CODE) for the cache's keys and codeVersion(OUTPUT_CODE) for the output's; tests
   * pass one for both to play a code change. */
  code?: string;
  /**
   * Asked with the key of the run's inputs (inputsKey) before anything is computed: the report of the run that last
   * wrote the output folder from those very inputs, if the folder still holds what it wrote (then there is nothing to
   * do), else null.
   */
  upToDate?: (inputs: string) => BuildReport | null;
  /** Fewest articles (or files) to compute that start the workers; defaults to WORKERS_FROM. */
  workersFrom?: number;
  /** Leaves all the computing to the workers, the main thread only waiting (tests that must see their answers). */
  workersOnly?: boolean;
  /** Marks the end of each phase: read, plan, articles, finish. */
  clock?: PhaseClock;
}

/** What the run computed and what it found in the cache. */
export interface CachedIngestStats {
  /** True when the output folder was found up to date and nothing was computed. */
  upToDate: boolean;
  files: { computed: number; cached: number };
  articles: { computed: number; cached: number };
  /** Merge segments composed, and taken from the cache (cachedMerge.ts). */
  segments: { computed: number; cached: number };
  /** Worker threads started (0: all in the main thread), and how many files and articles they computed. */
  workers: number;
  computedByWorkers: number;
}

/** A copy as planning takes it: where it is (its file and place there) and its outline. */
interface CopyRef {
  file: string;
  index: number;
  outline: CopyOutline;
}

/** What a run made: the report, the files to write (null when the output folder is up to date), its inputs' key. */
export interface CachedIngestRun {
  report: BuildReport;
  files: OutputFile[] | null;
  inputs: string;
  stats: CachedIngestStats;
}

/**
 * runIngest(input), with the cache and workers of `options`, as the files to write (writeOutputFiles) and the report;
 * throws IngestError as runIngest does.
 */
export async function runCachedIngest(input: IngestInput, options: CachedIngestOptions): Promise<CachedIngestRun> {
  const setup = setUpIngest(input);
  const code = options.code ?? codeVersion(CACHED_CODE);
  const outputCode = options.code ?? codeVersion(OUTPUT_CODE);
  const { cache } = options;
  const stats: CachedIngestStats = {
    upToDate: false,
    files: { computed: 0, cached: 0 },
    articles: { computed: 0, cached: 0 },
    segments: { computed: 0, cached: 0 },
    workers: 0,
    computedByWorkers: 0,
  };
  let pool: IngestPool | null = null;
  // Each item's answer as JSON text: in this thread alone when there is little to do, else with the workers too.
  const compute = async <T>(
    items: readonly T[],
    inline: Inline<T>,
    inPool: (pool: IngestPool, items: readonly T[], inline: Inline<T>) => Promise<string[]>,
    onDone?: (done: number) => void,
  ): Promise<string[]> => {
    if (items.length < (options.workersFrom ?? WORKERS_FROM) || options.workers < 1)
      return items.map((item, i) => {
        const text = inline(item);
        onDone?.(i + 1);
        return text;
      });
    stats.workers = options.workers;
    pool ??= new IngestPool(options.workers, input.gazetteer, !options.workersOnly);
    return inPool(pool, items, inline);
  };

  try {
    // 1. Read: each source file's copies, by the file's key; nothing at all if the output is from these very inputs.
    const fileKeys = new Map(input.sources.map((source) => [source.file, fileKey(code, source)]));
    const inputs = inputsKey(outputCode, [...fileKeys.values()], input);
    const recorded = options.upToDate?.(inputs) ?? null;
    if (recorded) {
      options.clock?.mark("read");
      stats.upToDate = true;
      stats.files.cached = input.sources.length;
      stats.articles.cached = recorded.articles;
      return { report: recorded, files: null, inputs, stats };
    }
    await cache?.ready();
    // Each file's reading is kept as two entries: the outline of its copies, which every run reads and plans from,
    // and the copies themselves, read only for an article to process or two copies under one headline to compare.
    const fileOutlines = new Map<string, FileOutline>();
    const fresh = new Map<string, FileRead>();
    const toRead: SourceInput[] = [];
    for (const source of input.sources) {
      const key = fileKeys.get(source.file) as string;
      const text = cache?.keep(`${key}:copies`) ? cache.get(key) : undefined;
      if (text === undefined) toRead.push(source);
      else fileOutlines.set(source.file, JSON.parse(text) as FileOutline);
    }
    const readTexts = await compute(
      toRead,
      (source) => encodeFileRead(readArticles(source)),
      (p, items, inline) => p.readFiles(items, inline),
    );
    toRead.forEach((source, i) => {
      const key = fileKeys.get(source.file) as string;
      const [outline, read] = splitFileRead(readTexts[i] as string);
      fileOutlines.set(source.file, JSON.parse(outline) as FileOutline);
      fresh.set(source.file, JSON.parse(read) as FileRead);
      cache?.set(key, outline);
      cache?.set(`${key}:copies`, read, true);
    });
    options.clock?.mark("read");
    stats.files = { computed: toRead.length, cached: input.sources.length - toRead.length };

    // Planning sees each copy by its outline; a copy is named by its file's key and its place in the file, which fixes
    // its text for the article keys.
    const readOf = (file: string): FileRead => {
      let read = fresh.get(file);
      if (!read) {
        read = JSON.parse(cache?.get(`${fileKeys.get(file)}:copies`) as string) as FileRead;
        fresh.set(file, read);
      }
      return read;
    };
    const view: CopyView<CopyRef> = {
      outline: (ref) => ref.outline,
      full: (ref) => readOf(ref.file).copies[ref.index] as ArticleCopy,
    };
    const plan = planIngest(
      setup,
      input,
      readSources(input.sources, (source) => {
        const outline = fileOutlines.get(source.file) as FileOutline;
        const copies = outline.copies.map((copy, index) => ({ file: source.file, index, outline: copy }));
        return { ...outline, copies };
      }),
      view,
    );
    const copyKey = (ref: CopyRef) => `${fileKeys.get(ref.file)}#${ref.index}`;
    options.clock?.mark("plan");

    // 3–4. Publication day, dating and extraction: each article by its key, its result kept as three entries (outline,
    // candidates, body: splitArticleResult). Every article's outline is read; its candidates only if a merge segment
    // it is in must be composed again, its body only if its file is written.
    const gazetteer = gazetteerKey(input.gazetteer);
    const keys = plan.jobs.map((job) => articleKey(code, gazetteer, job, copyKey(job.copy)));
    const part = (i: number, name: "candidates" | "body") => `${keys[i]}:${name}`;
    const outlineTexts = keys.map((key, i) =>
      cache?.keep(part(i, "candidates")) && cache.keep(part(i, "body")) ? cache.get(key) : undefined,
    );
    const missing = keys.flatMap((_, i) => (outlineTexts[i] === undefined ? [i] : []));
    const cached = plan.jobs.length - missing.length;
    const progress = (done: number) => input.onProgress?.(cached + done, plan.jobs.length);
    const computed = await compute(
      missing.map((i): ArticleJob => {
        const job = plan.jobs[i] as ArticleJob<CopyRef>;
        return { ...job, copy: view.full(job.copy) };
      }),
      (job) => encodeArticleResult(processArticle(job, setup.match)),
      (p, items, inline) => p.processArticles(items, inline, progress),
      progress,
    );
    const computedParts = new Map<number, EncodedParts>();
    missing.forEach((index, i) => {
      const parts = splitArticleResult(computed[i] as string);
      computedParts.set(index, parts);
      outlineTexts[index] = parts.outline;
      cache?.set(keys[index] as string, parts.outline);
      cache?.set(part(index, "candidates"), parts.candidates, true);
      cache?.set(part(index, "body"), parts.body, true);
    });
    const read = (i: number, name: "candidates" | "body") =>
      computedParts.get(i)?.[name] ?? (cache?.get(part(i, name)) as string);
    const outlines = (outlineTexts as string[]).map(decodeArticleOutline);
    stats.computedByWorkers = (pool as IngestPool | null)?.answeredByWorkers ?? 0;
    options.clock?.mark("articles");
    stats.articles = { computed: missing.length, cached };

    // 5–6. Merge (segment by segment, from the cache where it can), overrides and output; each article is assembled
    // only if it is written.
    const merged = composeWithCache(
      outlines,
      (i) => candidateReader(read(i, "candidates"), outlines[i] as ArticleOutline),
      cache,
      code,
    );
    stats.segments = merged.segments;
    const finished = finishEvents(setup, plan, outlines, merged.composed);
    const articles = plan.jobs.map((job, i) => {
      const links = (outlines[i] as ArticleOutline).dateKeys.map(finished.eventOf);
      return {
        id: job.id,
        fingerprint: articleFileFingerprint(outputCode, keys[i] as string, links),
        content: () => {
          const { article, dates } = decodeArticleBody(read(i, "body"));
          return assembleArticle(article, dates, finished.eventOf);
        },
      };
    });
    // An event no override changed has the bytes of its composed text and id: its segment's key says which.
    const events = finished.events.map((event) => ({
      id: event.id,
      text: event.text,
      fingerprint: event.composed
        ? eventFileFingerprint(outputCode, merged.origin.get(event.composed) as string, event.id)
        : undefined,
    }));
    // The document holds every article's record (fixed by its result's key) and every event's entry.
    const documentFingerprint = documentFileFingerprint(
      outputCode,
      keys,
      events.map((event) => event.fingerprint ?? event.text()),
    );
    options.clock?.mark("finish");
    return {
      report: finished.report,
      files: outputFiles({ ...finished, articles, events, documentFingerprint }),
      inputs,
      stats,
    };
  } finally {
    await (pool as IngestPool | null)?.close();
  }
}
