// Builds content/articles, content/events, events.json and report.json from the article sources.
// This script only reads and writes files; the logic is in src/lib/ingest (runIngest's phases), run here with the
// content-hash cache and worker threads of scripts/support (runCachedIngest).
import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { formatReport, IngestError } from "../src/lib/ingest/index.ts";
import type { BuildReport } from "../src/schema/buildReport.ts";
import { type CachedIngestStats, runCachedIngest } from "./support/cachedIngest.ts";
import { DEFAULT_CACHE_DIR, IngestCache, outputRecordFile } from "./support/ingestCache.ts";
import { loadIngestInput, type OutputFile, type WriteStats, writeOutputFiles } from "./support/ingestFiles.ts";
import { defaultWorkerCount } from "./support/ingestPool.ts";
import { PhaseClock } from "./support/phaseClock.ts";

export { loadIngestInput, writeIngestOutput } from "./support/ingestFiles.ts";

async function main(): Promise<void> {
  const { values } = parseArgs({
    allowNegative: true,
    options: {
      in: { type: "string", default: "content/sources" },
      out: { type: "string", default: "content" },
      overrides: { type: "string", default: "content/overrides.json" },
      gazetteer: { type: "string", default: "content/gazetteer.json" },
      cache: { type: "boolean", default: true },
      "cache-dir": { type: "string", default: DEFAULT_CACHE_DIR },
      workers: { type: "string", default: String(defaultWorkerCount()) },
      quiet: { type: "boolean", default: false },
      timings: { type: "string" },
    },
  });
  if (!existsSync(values.in) || !statSync(values.in).isDirectory()) {
    console.error(`ingest: input folder ${values.in} does not exist (pass --in DIR)`);
    process.exit(2);
  }
  const workers = Number(values.workers);
  if (!Number.isInteger(workers) || workers < 0) {
    console.error(
      `ingest: --workers takes a whole number (0 runs everything in the main thread), not ${values.workers}`,
    );
    process.exit(2);
  }
  const clock = new PhaseClock();
  const input = loadIngestInput(values.in, values.overrides, values.gazetteer);
  const started = Date.now();
  // Progress only where someone is watching: a terminal, or a run long enough to wonder about.
  let shown = 0;
  input.onProgress = (done, total) => {
    if (values.quiet || !(process.stderr.isTTY || Date.now() - started > 2000)) return;
    // Workers answer in batches: show each 500 passed, and the end.
    if (done - shown < 500 && done !== total) return;
    shown = done;
    process.stderr.write(`\ringest: ${done}/${total} articles${done === total ? "\n" : ""}`);
  };
  const cache = values.cache ? new IngestCache(values["cache-dir"], values.in) : null;
  clock.mark("load");
  let run: { report: BuildReport; files: OutputFile[]; stats: CachedIngestStats };
  try {
    run = await runCachedIngest(input, { cache, workers, clock });
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    console.error(`ingest: ${error.message}\nNothing was written.`);
    process.exit(1);
  }
  mkdirSync(values.out, { recursive: true });
  const written = writeOutputFiles(values.out, run.files, cache ? outputRecordFile(cache.dir, values.out) : null);
  clock.mark("write");
  cache?.save();
  clock.mark("save");
  if (values.timings)
    writeFileSync(
      values.timings,
      `${JSON.stringify({ phases: clock.times, total: clock.total, ...run.stats, written }, null, 2)}\n`,
    );
  if (!values.quiet)
    process.stdout.write(
      `ingest: ${values.in} -> ${values.out} (${describeRun(run.stats, written, cache !== null)})\n${formatReport(run.report)}`,
    );
}

/** One line on what the run computed, what it took from the cache and what it wrote. */
function describeRun(stats: CachedIngestStats, written: WriteStats, cached: boolean): string {
  const { articles } = stats;
  const computed = cached
    ? `${articles.cached} of ${articles.computed + articles.cached} articles from the cache`
    : `${articles.computed} articles, cache off`;
  const threads = stats.workers > 0 ? `, computed in ${stats.workers} worker threads` : "";
  const files =
    written.mode === "whole"
      ? `wrote all ${written.written} files`
      : `wrote ${written.written} changed files, removed ${written.removed}, left ${written.unchanged}`;
  return `${computed}${threads}; ${files}`;
}

if (import.meta.main) await main();
