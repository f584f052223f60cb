// A worker thread of the ingest (scripts/support/ingestPool.ts): runs the per-file and per-article stages on batches
// and answers with their results as JSON text, the form the cache stores, so the main thread parses each answer once.
import { parentPort, workerData } from "node:worker_threads";
import {
  type ArticleJob,
  type DataFile,
  encodeArticleResult,
  encodeFileRead,
  processArticle,
  readArticles,
  type SourceInput,
  setUpIngest,
} from "../../src/lib/ingest/index.ts";

/** A batch of work: source files to read, or planned articles to process. */
export type WorkerTask =
  | { id: number; kind: "files"; items: SourceInput[] }
  | { id: number; kind: "articles"; items: ArticleJob[] };

/** The batch's answers, in the order of its items; or, once, that the worker is ready for batches. */
export type WorkerAnswer = { id: number; texts: string[] } | { ready: true };

if (parentPort) {
  const port = parentPort;
  const { match } = setUpIngest({ sidecars: [], overrides: null, gazetteer: workerData.gazetteer as DataFile | null });
  port.on("message", (task: WorkerTask) => {
    const texts =
      task.kind === "files"
        ? task.items.map((source) => encodeFileRead(readArticles(source)))
        : task.items.map((job) => encodeArticleResult(processArticle(job, match)));
    port.postMessage({ id: task.id, texts } satisfies WorkerAnswer);
  });
  port.postMessage({ ready: true } satisfies WorkerAnswer);
}
