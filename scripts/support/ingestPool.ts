// Worker threads for the ingest's per-file and per-article stages. Work goes out in small batches, the next one to
// whichever worker answers first, and every answer is put back at its item's index: the result is the same whatever the
// number of workers or the order they finish in.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { ArticleJob, DataFile, SourceInput } from "../../src/lib/ingest/index.ts";
import type { WorkerAnswer, WorkerTask } from "./ingestWorker.ts";

/** Items per message: large enough that messaging costs little, small enough that both workers finish together. */
const BATCH = 32;

/** As many workers as cores, the main thread doing the cross-article work while they run. */
export function defaultWorkerCount(): number {
  return availableParallelism();
}

/** A pool of ingest workers that all hold the same gazetteer. */
export class IngestPool {
  private readonly workers: Worker[];

  constructor(size: number, gazetteer: DataFile | null) {
    this.workers = Array.from(
      { length: size },
      () => new Worker(new URL("./ingestWorker.ts", import.meta.url), { workerData: { gazetteer } }),
    );
  }

  /** readArticles of each source, as JSON text. */
  readFiles(sources: readonly SourceInput[], onDone?: (done: number) => void): Promise<string[]> {
    return this.run("files", sources, onDone);
  }

  /** encodeArticleResult(processArticle(job)) of each job. */
  processArticles(jobs: readonly ArticleJob[], onDone?: (done: number) => void): Promise<string[]> {
    return this.run("articles", jobs, onDone);
  }

  /** Stops the workers; the pool cannot be used afterwards. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private run<K extends WorkerTask["kind"]>(
    kind: K,
    items: readonly Extract<WorkerTask, { kind: K }>["items"][number][],
    onDone?: (done: number) => void,
  ): Promise<string[]> {
    const texts: string[] = new Array(items.length);
    let next = 0;
    let done = 0;
    return new Promise((resolve, reject) => {
      if (items.length === 0) return resolve(texts);
      const cleanups: (() => void)[] = [];
      const finish = (error?: unknown) => {
        for (const cleanup of cleanups) cleanup();
        if (error) reject(error);
        else resolve(texts);
      };
      const send = (worker: Worker) => {
        if (next >= items.length) return;
        const id = next;
        next = Math.min(items.length, next + BATCH);
        worker.postMessage({ id, kind, items: items.slice(id, next) } as WorkerTask);
      };
      for (const worker of this.workers) {
        const onMessage = (answer: WorkerAnswer) => {
          answer.texts.forEach((text, i) => {
            texts[answer.id + i] = text;
          });
          done += answer.texts.length;
          onDone?.(done);
          if (done === items.length) finish();
          else send(worker);
        };
        const onError = (error: Error) => finish(error);
        const onExit = (code: number) => finish(new Error(`an ingest worker stopped (exit code ${code})`));
        worker.on("message", onMessage).on("error", onError).on("exit", onExit);
        cleanups.push(() => worker.off("message", onMessage).off("error", onError).off("exit", onExit));
        send(worker);
      }
    });
  }
}
