// One `npm run ingest`: an input folder to an output folder, with the cache and the workers. scripts/ingest.ts adds the
// command line around it; the incremental tests call it directly.
import { mkdirSync } from "node:fs";
import type { BuildReport } from "../../src/schema/buildReport.ts";
import { type CachedIngestStats, runCachedIngest } from "./cachedIngest.ts";
import { IngestCache, outputRecordFile } from "./ingestCache.ts";
import { loadIngestInput, recordedReport, type WriteStats, writeOutputFiles } from "./ingestFiles.ts";
import type { PhaseClock } from "./phaseClock.ts";
import { SourceStats } from "./sourceStats.ts";

/** Where to read and write, and how. */
export interface IngestFolderOptions {
  in: string;
  out: string;
  overrides: string;
  gazetteer: string;
  /** The cache's folder, or null to run without it (and write the whole output). */
  cacheDir: string | null;
  workers: number;
  clock?: PhaseClock;
  onProgress?: (done: number, total: number) => void;
  /** Plays a code change in tests (see CachedIngestOptions). */
  code?: string;
}

/** What the run found, computed and wrote (`written` null: the output was up to date and left alone). */
export interface IngestFolderRun {
  report: BuildReport;
  stats: CachedIngestStats;
  written: WriteStats | null;
}

/** Reads `in`, runs the ingest with the cache and the workers, writes `out`; throws IngestError before writing anything. */
export async function ingestFolder(options: IngestFolderOptions): Promise<IngestFolderRun> {
  const cache = options.cacheDir === null ? null : new IngestCache(options.cacheDir, options.in);
  // The pack is read in the background while the sources are listed and statted.
  cache?.prefetch();
  const stats = cache ? new SourceStats(cache.statsFile) : null;
  const input = loadIngestInput(options.in, options.overrides, options.gazetteer, stats);
  input.onProgress = options.onProgress;
  const record = cache ? outputRecordFile(cache.dir, options.out) : null;
  options.clock?.mark("load");
  const run = await runCachedIngest(input, {
    cache,
    workers: options.workers,
    clock: options.clock,
    code: options.code,
    upToDate: (inputs) => (record ? recordedReport(options.out, record, inputs) : null),
  });
  let written: WriteStats | null = null;
  if (run.files) {
    mkdirSync(options.out, { recursive: true });
    written = writeOutputFiles(options.out, run.files, record, { inputs: run.inputs, report: run.report });
  }
  options.clock?.mark("write");
  // A run that found the output up to date used no entry: it only marks the pack as recently used.
  if (run.stats.upToDate) cache?.touch();
  else cache?.save();
  stats?.save();
  options.clock?.mark("save");
  return { report: run.report, stats: run.stats, written };
}
