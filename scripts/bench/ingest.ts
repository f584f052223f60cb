// The ingest's benchmarks over a synthetic corpus (scripts/support/syntheticCorpus.ts, 10,000 articles unless
// --articles says otherwise): throughput in-process, and `npm run ingest` as a person runs it, full and incremental.
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runIngest } from "../../src/lib/ingest/index.ts";
import { runCachedIngest, WORKERS_FROM } from "../support/cachedIngest.ts";
import { loadIngestInput } from "../support/ingestFiles.ts";
import { defaultWorkerCount } from "../support/ingestPool.ts";
import type { PhaseTime } from "../support/phaseClock.ts";
import { writeSyntheticCorpus } from "../support/syntheticCorpus.ts";
import { type BenchContext, type Benchmark, type BenchRow, figure, measureNode, median } from "./benchmark.ts";

const root = join(import.meta.dirname, "../..");
const gazetteer = join(root, "content/gazetteer.json");

/** A temporary folder with the synthetic corpus in `sources/`, removed when `use` is done. */
async function withCorpus<T>(context: BenchContext, use: (dir: string, files: string[]) => Promise<T>): Promise<T> {
  const articles = Number(context.options.articles ?? 10_000);
  const dir = mkdtempSync(join(tmpdir(), "bench-ingest-"));
  try {
    mkdirSync(join(dir, "sources"));
    const files = writeSyntheticCorpus(join(dir, "sources"), { articles });
    context.log(`corpus: ${articles} articles in ${files.length} files`);
    return await use(dir, files);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** How a row names the main thread working with `workers` worker threads. */
function threadsLabel(workers: number): string {
  return `main + ${workers} worker${workers === 1 ? "" : "s"}`;
}

/** `npm run bench:ingest`: articles per second, in-process, single-threaded and with the worker threads. */
export const ingestThroughput: Benchmark = {
  name: "ingest-throughput",
  about: "articles per second of the ingest in-process (no files written), single-threaded and in worker threads",
  options: { articles: "articles in the synthetic corpus (10000)" },
  run: (context) =>
    withCorpus(context, async (dir, files) => {
      const load = () => loadIngestInput(join(dir, "sources"), join(dir, "none.json"), gazetteer);
      const workers = defaultWorkerCount();
      const threads = threadsLabel(workers);
      const ways: [string, () => Promise<{ articles: number; events: number; duplicates: number }>][] = [
        [
          "single thread",
          async () => {
            const output = runIngest(load());
            JSON.stringify(output.document);
            const { articles, events, duplicatesMerged } = output.report;
            return { articles, events, duplicates: duplicatesMerged };
          },
        ],
        [
          threads,
          async () => {
            const run = await runCachedIngest(load(), { cache: null, workers, workersFrom: 0 });
            for (const file of run.files?.filter((f) => f.path === "events.json") ?? []) file.text();
            const { articles, events, duplicatesMerged } = run.report;
            return { articles, events, duplicates: duplicatesMerged };
          },
        ],
      ];
      const rows: BenchRow[] = [];
      let corpus = { articles: 0, events: 0, duplicates: 0 };
      for (const [row, once] of ways) {
        const wall: number[] = [];
        const cpu: number[] = [];
        for (let run = 0; run < context.runs; run += 1) {
          const started = performance.now();
          const before = process.cpuUsage();
          corpus = await once();
          const used = process.cpuUsage(before);
          wall.push((performance.now() - started) / 1000);
          cpu.push((used.user + used.system) / 1e6);
          context.log(`${row}, run ${run + 1}: ${wall.at(-1)?.toFixed(2)} s wall, ${cpu.at(-1)?.toFixed(2)} s CPU`);
        }
        rows.push({
          row,
          articles: corpus.articles,
          "articles/s": figure(corpus.articles / median(wall)),
          "articles/CPU s": figure(corpus.articles / median(cpu)),
          "wall s": figure(median(wall)),
          "CPU s": figure(median(cpu)),
        });
      }
      return {
        rows,
        notes: [
          `corpus: ${files.length} files, ${corpus.articles} articles, ${corpus.duplicates} duplicates merged, ${corpus.events} events`,
          `medians of ${context.runs} runs; peak memory of the whole benchmark process ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`,
        ],
      };
    }),
};

/** The phases of an ingest run that are not per article, from its --timings file. */
const CROSS_ARTICLE = ["plan", "finish", "write", "save"];

/**
 * `npm run ingest` as a child process: a full run from an empty cache (with workers, and single-threaded), then one
 * changed article, then no change. Wall time, CPU time and peak memory, medians of the runs.
 */
export const ingestRuns: Benchmark = {
  name: "ingest",
  about: "npm run ingest as a process: full from an empty cache, one changed article of the corpus, and no change",
  options: { articles: "articles in the synthetic corpus (10000)" },
  run: (context) =>
    withCorpus(context, async (dir, files) => {
      const out = join(dir, "out");
      const cacheDir = join(dir, "cache");
      const timings = join(dir, "timings.json");
      const ingest = (extra: string[] = []) =>
        measureNode(
          [
            "--import",
            join(root, "scripts/support/compileCache.mjs"),
            join(root, "scripts/support/runBundled.ts"),
            join(root, "scripts/ingest.ts"),
            ...["--in", join(dir, "sources"), "--out", out, "--overrides", join(dir, "none.json")],
            ...["--gazetteer", gazetteer, "--cache-dir", cacheDir, "--quiet", "--timings", timings, ...extra],
          ],
          { cwd: root },
        );
      const fresh = () => {
        rmSync(out, { recursive: true, force: true });
        rmSync(cacheDir, { recursive: true, force: true });
      };
      // One article of the middle of the corpus gains a dated sentence, different at each run: its events change too.
      const changed = join(dir, "sources", files[Math.floor(files.length / 2)] as string);
      let edits = 0;
      const changeOne = () => {
        edits += 1;
        appendFileSync(changed, `\n\nThe envoy met the committee in Doha on ${edits} March 2024, officials said.`);
      };
      const measure = async (row: string, before: () => void, extra: string[] = []): Promise<BenchRow> => {
        const runs: { wall: number; cpu: number; memory: number; crossCpu: number; computed: number }[] = [];
        for (let run = 0; run < context.runs; run += 1) {
          before();
          const measured = await ingest(extra);
          const report = JSON.parse(readFileSync(timings, "utf8")) as {
            phases: Record<string, PhaseTime>;
            articles: { computed: number };
          };
          const crossCpu = CROSS_ARTICLE.reduce((sum, phase) => sum + (report.phases[phase]?.cpu ?? 0), 0) / 1000;
          runs.push({
            wall: measured.wallSeconds,
            cpu: measured.cpuSeconds,
            memory: measured.peakMemoryMB,
            crossCpu,
            computed: report.articles.computed,
          });
          context.log(
            `${row}, run ${run + 1}: ${measured.wallSeconds.toFixed(2)} s wall, ${measured.cpuSeconds.toFixed(2)} s CPU, ${Math.round(measured.peakMemoryMB)} MB`,
          );
        }
        const pick = (key: keyof (typeof runs)[number]) => figure(median(runs.map((r) => r[key])));
        return {
          row,
          "wall s": pick("wall"),
          "CPU s": pick("cpu"),
          "peak MB": pick("memory"),
          "cross-article CPU s": pick("crossCpu"),
          "articles computed": pick("computed"),
        };
      };
      const workers = defaultWorkerCount();
      const rows = [
        await measure(`full, ${threadsLabel(workers)}`, fresh),
        await measure("full, single thread", fresh, ["--workers", "0"]),
        await measure("one article changed", changeOne),
        await measure("nothing changed", () => {}),
      ];
      return {
        rows,
        notes: [
          `${files.length} source files; medians of ${context.runs} runs; wall from spawn to exit (npm adds about 0.3 s)`,
          "CPU s: user and system time of the process and its worker threads",
          "cross-article CPU s: planning, merging, ids, overrides, the report and writing (the phases not cached)",
        ],
      };
    }),
};

/** Corpus sizes at which ingest-workers compares one thread with the pool. */
const WORKER_SIZES = [500, 1000, 2000, 4000, 8000];

/** Where worker threads start to pay: a full in-process run of corpora of growing size, with and without the pool. */
export const ingestWorkers: Benchmark = {
  name: "ingest-workers",
  about: "full ingest in-process at growing corpus sizes, single-threaded and in worker threads: where the pool pays",
  options: { sizes: `corpus sizes, comma-separated (${WORKER_SIZES.join(",")})` },
  run: async (context) => {
    const sizes = context.options.sizes ? context.options.sizes.split(",").map(Number) : WORKER_SIZES;
    const workers = defaultWorkerCount();
    const rows: BenchRow[] = [];
    for (const articles of sizes) {
      const row = await withCorpus({ ...context, options: { articles: String(articles) } }, async (dir) => {
        const input = () => loadIngestInput(join(dir, "sources"), join(dir, "none.json"), gazetteer);
        const time = async (threads: number) => {
          const wall: number[] = [];
          const cpu: number[] = [];
          for (let run = 0; run < context.runs; run += 1) {
            const loaded = input();
            const started = performance.now();
            const before = process.cpuUsage();
            await runCachedIngest(loaded, { cache: null, workers: threads, workersFrom: 0 });
            const used = process.cpuUsage(before);
            wall.push((performance.now() - started) / 1000);
            cpu.push((used.user + used.system) / 1e6);
          }
          return { wall: median(wall), cpu: median(cpu) };
        };
        const one = await time(0);
        const pool = await time(workers);
        context.log(
          `${articles} articles: ${one.wall.toFixed(2)} s alone, ${pool.wall.toFixed(2)} s with ${workers} workers`,
        );
        return {
          row: `${articles} articles`,
          "1 thread wall s": figure(one.wall),
          [`${threadsLabel(workers)} wall s`]: figure(pool.wall),
          "1 thread CPU s": figure(one.cpu),
          [`${threadsLabel(workers)} CPU s`]: figure(pool.cpu),
          "workers save": `${Math.round((1 - pool.wall / one.wall) * 100)}%`,
        };
      });
      rows.push(row);
    }
    return {
      rows,
      notes: [
        `medians of ${context.runs} runs each; the pool is started within each run, as npm run ingest starts it`,
        `npm run ingest starts workers from ${WORKERS_FROM} articles to compute (scripts/support/cachedIngest.ts)`,
      ],
    };
  },
};
