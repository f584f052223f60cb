// Builds content/articles, content/events, events.json and report.json from the article sources.
// npm run ingest [-- --in DIR --out DIR --overrides FILE --gazetteer FILE --no-cache --cache-dir DIR --workers N
//                   --timings FILE --quiet]
// This script only reads and writes files; the logic is in src/lib/ingest (runIngest's phases), run here with the
// content-hash cache and worker threads of scripts/support (ingestFolder, runCachedIngest). content/README.md says more.
import { existsSync, statSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { formatReport, IngestError } from "../src/lib/ingest/index.ts";
import type { CachedIngestStats } from "./support/cachedIngest.ts";
import { DEFAULT_CACHE_DIR } from "./support/ingestCache.ts";
import type { WriteStats } from "./support/ingestFiles.ts";
import { type IngestFolderRun, ingestFolder } from "./support/ingestFolder.ts";
import { defaultWorkerCount } from "./support/ingestPool.ts";
import { PhaseClock } from "./support/phaseClock.ts";

/** The command: reads the arguments, runs the ingest, prints what it did. */
export async function main(): Promise<void> {
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
  const started = Date.now();
  // Progress only where someone is watching: a terminal, or a run long enough to wonder about.
  let shown = 0;
  const onProgress = (done: number, total: number) => {
    if (values.quiet || !(process.stderr.isTTY || Date.now() - started > 2000)) return;
    // Workers answer in batches: show each 500 passed, and the end.
    if (done - shown < 500 && done !== total) return;
    shown = done;
    process.stderr.write(`\ringest: ${done}/${total} articles${done === total ? "\n" : ""}`);
  };
  let run: IngestFolderRun;
  try {
    run = await ingestFolder({
      in: values.in,
      out: values.out,
      overrides: values.overrides,
      gazetteer: values.gazetteer,
      cacheDir: values.cache ? values["cache-dir"] : null,
      workers,
      clock,
      onProgress,
    });
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    console.error(`ingest: ${error.message}\nNothing was written.`);
    process.exit(1);
  }
  const { report, stats, written } = run;
  if (values.timings)
    writeFileSync(
      values.timings,
      `${JSON.stringify({ phases: clock.times, total: clock.total, ...stats, written }, null, 2)}\n`,
    );
  if (!values.quiet)
    process.stdout.write(
      `ingest: ${values.in} -> ${values.out} (${describeRun(stats, written, values.cache)})\n${formatReport(report)}`,
    );
}

/** One line on what the run computed, what it took from the cache and what it wrote. */
function describeRun(stats: CachedIngestStats, written: WriteStats | null, cached: boolean): string {
  if (written === null) return "nothing changed since the last run: output left as it was";
  const { articles } = stats;
  const computed = cached
    ? `${articles.cached} of ${articles.computed + articles.cached} articles from the cache`
    : `${articles.computed} articles, cache off`;
  const threads = stats.workers > 0 ? `, computed with ${stats.workers} worker threads` : "";
  const files =
    written.mode === "whole"
      ? `wrote all ${written.written} files`
      : `wrote ${written.written} changed files, removed ${written.removed}, left ${written.unchanged}`;
  return `${computed}${threads}; ${files}`;
}

if (import.meta.main) await main();
