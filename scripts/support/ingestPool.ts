// Worker threads for the ingest's per-file and per-article stages. Work is cut into small batches that the main thread
// and the workers take in turn from one queue, and every answer is put back at its item's index: the result is the same
// whatever the number of workers or the order they finish in. The main thread works too: it is warm already, and it
// starts at once while each worker spends a good half second loading the ingest's modules.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { ArticleJob, DataFile, SourceInput } from "../../src/lib/ingest/index.ts";
import type { WorkerAnswer, WorkerTask } from "./ingestWorker.ts";

/** Items per batch: large enough that messaging costs little, small enough that the threads finish together. */
const BATCH = 32;

/** One worker per core besides the main thread's, which works alongside them. */
export function defaultWorkerCount(): number {
  return Math.max(1, availableParallelism() - 1);
}

/** How the main thread computes an item itself: what a worker would answer for it. */
export type Inline<T> = (item: T) => string;

/** A pool of ingest workers that all hold the same gazetteer. */
export class IngestPool {
  private readonly workers: Worker[];
  /** Workers that have loaded the ingest and said so: only they are given batches, so none holds one while loading. */
  private readonly ready = new Set<Worker>();
  /** Gives a worker that has just become ready its first batch of the current run. */
  private onReady: ((worker: Worker) => void) | null = null;
  /** Items the workers answered, over all runs (the main thread did the rest). */
  answeredByWorkers = 0;

  /** Whether the main thread takes batches too; false leaves all the work to the workers. */
  private readonly mainThread: boolean;

  constructor(size: number, gazetteer: DataFile | null, mainThread = true) {
    this.mainThread = mainThread;
    this.workers = Array.from({ length: size }, () => {
      const worker = new Worker(new URL("./ingestWorker.ts", import.meta.url), { workerData: { gazetteer } });
      worker.once("message", () => {
        this.ready.add(worker);
        this.onReady?.(worker);
      });
      return worker;
    });
  }

  /** readArticles of each source, as JSON text (what `inline` gives). */
  readFiles(sources: readonly SourceInput[], inline: Inline<SourceInput>, onDone?: (done: number) => void) {
    return this.run("files", sources, inline, onDone);
  }

  /** encodeArticleResult(processArticle(job)) of each job (what `inline` gives). */
  processArticles(jobs: readonly ArticleJob[], inline: Inline<ArticleJob>, onDone?: (done: number) => void) {
    return this.run("articles", jobs, inline, onDone);
  }

  /** Stops the workers; the pool cannot be used afterwards. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private run<K extends WorkerTask["kind"], T extends Extract<WorkerTask, { kind: K }>["items"][number]>(
    kind: K,
    items: readonly T[],
    inline: Inline<T>,
    onDone?: (done: number) => void,
  ): Promise<string[]> {
    const texts: string[] = new Array(items.length);
    let next = 0;
    let done = 0;
    let settled = false;
    return new Promise((resolve, reject) => {
      const cleanups: (() => void)[] = [];
      const finish = (error?: unknown) => {
        if (settled) return;
        settled = true;
        this.onReady = null;
        for (const cleanup of cleanups) cleanup();
        if (error) reject(error);
        else resolve(texts);
      };
      const take = (): [number, number] | null => {
        if (next >= items.length) return null;
        const batch: [number, number] = [next, Math.min(items.length, next + BATCH)];
        next = batch[1];
        return batch;
      };
      const answered = (count: number) => {
        done += count;
        onDone?.(done);
        if (done === items.length) finish();
      };
      const send = (worker: Worker) => {
        const batch = take();
        if (batch) worker.postMessage({ id: batch[0], kind, items: items.slice(...batch) } as WorkerTask);
      };
      for (const worker of this.workers) {
        const onMessage = (answer: WorkerAnswer) => {
          if (!("texts" in answer)) return;
          answer.texts.forEach((text, i) => {
            texts[answer.id + i] = text;
          });
          this.answeredByWorkers += answer.texts.length;
          answered(answer.texts.length);
          send(worker);
        };
        const onError = (error: Error) => finish(error);
        const onExit = (code: number) => finish(new Error(`an ingest worker stopped (exit code ${code})`));
        worker.on("message", onMessage).on("error", onError).on("exit", onExit);
        cleanups.push(() => worker.off("message", onMessage).off("error", onError).off("exit", onExit));
        if (this.ready.has(worker)) send(worker);
      }
      this.onReady = send;
      // The main thread's share: a batch at a time, letting the workers' answers in between.
      const work = () => {
        if (settled) return;
        const batch = take();
        if (!batch) return;
        try {
          for (let i = batch[0]; i < batch[1]; i += 1) texts[i] = inline(items[i] as T);
        } catch (error) {
          return finish(error);
        }
        answered(batch[1] - batch[0]);
        setImmediate(work);
      };
      if (items.length === 0) finish();
      else if (this.mainThread) work();
    });
  }
}
