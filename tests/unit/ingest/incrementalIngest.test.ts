import {
  appendFileSync,
  cpSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type CachedIngestStats, runCachedIngest } from "../../../scripts/support/cachedIngest.ts";
import {
  loadIngestInput,
  type WriteStats,
  writeIngestOutput,
  writeOutputFiles,
} from "../../../scripts/support/ingestFiles.ts";
import { ingestFolder } from "../../../scripts/support/ingestFolder.ts";
import { writeSyntheticCorpus } from "../../../scripts/support/syntheticCorpus.ts";
import { runIngest } from "../../../src/lib/ingest/index.ts";
import { seeds } from "../../support/loadFolder.ts";
import { tempDirs } from "../../support/tempDir.ts";

const temp = tempDirs();

/** Every output file under a folder with its text, for byte-for-byte comparison with a readable diff. */
function snapshot(dir: string): Record<string, string> {
  const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith(".json")).sort();
  return Object.fromEntries(files.map((f) => [f, readFileSync(join(dir, f), "utf8")]));
}

/** A working folder: a generated corpus plus the seeds (real scrapes with a sidecar), a gazetteer and overrides. */
function makeProject(): { sources: string; gazetteer: string; overrides: string; root: string } {
  const root = temp("incremental");
  const sources = join(root, "sources");
  mkdirSync(sources);
  writeSyntheticCorpus(sources, { articles: 60, seed: 7 });
  cpSync(seeds, sources, { recursive: true });
  // Changed an hour ago, so runs trust their recorded stats (a file changed just before a run is read again anyway).
  const hourAgo = new Date(Date.now() - 3_600_000);
  for (const name of readdirSync(sources)) utimesSync(join(sources, name), hourAgo, hourAgo);
  const gazetteer = join(root, "gazetteer.json");
  cpSync(join(import.meta.dirname, "../../../content/gazetteer.json"), gazetteer);
  const overrides = join(root, "overrides.json");
  writeFileSync(overrides, JSON.stringify({ version: 1, articles: [], events: [] }));
  return { root, sources, gazetteer, overrides };
}

/** What a full run from scratch writes: runIngest in-process, into a fresh folder. */
function fullRun(project: ReturnType<typeof makeProject>): Record<string, string> {
  const out = temp("full-out");
  writeIngestOutput(out, runIngest(loadIngestInput(project.sources, project.overrides, project.gazetteer)));
  return snapshot(out);
}

/** An incremental run as `npm run ingest` makes it (ingestFolder): the cache and the record of the last write. */
async function incrementalRun(
  project: ReturnType<typeof makeProject>,
  out: string,
  cacheDir: string,
  options: { code?: string; workers?: number } = {},
): Promise<{ files: Record<string, string>; stats: CachedIngestStats; written: WriteStats | null }> {
  const { stats, written } = await ingestFolder({
    in: project.sources,
    out,
    overrides: project.overrides,
    gazetteer: project.gazetteer,
    cacheDir,
    workers: options.workers ?? 0,
    code: options.code ?? "code-1",
  });
  return { files: snapshot(out), stats, written };
}

const editJson = (file: string, edit: (value: Record<string, unknown>) => void) => {
  const value = JSON.parse(readFileSync(file, "utf8"));
  edit(value);
  writeFileSync(file, JSON.stringify(value, null, 2));
};

describe("ingestFolder: runCachedIngest with the cache, then writeOutputFiles with its record", () => {
  it("writes exactly what a full run writes after every kind of change, computing only what changed", {
    timeout: 120_000,
  }, async () => {
    const project = makeProject();
    const out = temp("incremental-out");
    const cacheDir = temp("incremental-cache");
    const step = async (change: string) => {
      const run = await incrementalRun(project, out, cacheDir);
      expect(run.files, `after: ${change}`).toEqual(fullRun(project));
      return run.stats;
    };

    const first = await step("the first run");
    expect(first.articles.cached).toBe(0);
    expect(first.segments.cached).toBe(0);
    expect(first.upToDate).toBe(false);
    expect(Object.keys(snapshot(out)).length).toBeGreaterThan(60);

    const again = await step("nothing");
    expect(again.upToDate).toBe(true);
    expect(again.articles.computed).toBe(0);
    expect(again.files.computed).toBe(0);

    appendFileSync(
      join(project.sources, "000003.txt"),
      "\n\nThe talks ended on Tuesday without an agreement, officials said.",
    );
    const changed = await step("one article changed");
    expect(changed.files.computed).toBe(1);
    expect(changed.articles.computed).toBeGreaterThanOrEqual(1);
    expect(changed.articles.computed).toBeLessThanOrEqual(2);
    // Only the merge segments holding the changed article's reports are composed again.
    expect(changed.segments.computed).toBeGreaterThan(0);
    expect(changed.segments.computed).toBeLessThan(changed.segments.cached);

    writeFileSync(
      join(project.sources, "new.txt"),
      "Ministers Meet in Beirut on Reconstruction\n\nMinisters met in Beirut on Monday, March 3, 2025, to discuss the reconstruction fund, officials said.\n\nThe fund was first proposed in January 2024.",
    );
    const added = await step("one article added");
    expect(added.articles.computed).toBe(1);

    rmSync(join(project.sources, "000005.txt"));
    await step("one file deleted");

    cpSync(join(project.sources, "000010.txt"), join(project.sources, "copy-of-10.txt"));
    await step("a copy of an article in a second file");

    editJson(project.gazetteer, (g) => {
      (g.topics as { aliases: string[] }[])[0]?.aliases.push("ceasefire talks");
    });
    const gazetteer = await step("the gazetteer changed");
    expect(gazetteer.articles.cached).toBe(0);
    expect(gazetteer.files.computed).toBe(0);

    const published = JSON.parse(readFileSync(join(out, "events.json"), "utf8"));
    const someArticle = published.articles[3].id as string;
    const [retitled, hidden] = [published.events[5].id as string, published.events[8].id as string];
    editJson(project.overrides, (o) => {
      o.articles = [{ id: someArticle, published: "2024-02-29" }];
      // Hiding an event unlinks the dates of its articles: their files change though their results do not.
      o.events = [
        { id: retitled, title: "An editor's title" },
        { id: hidden, hidden: true },
      ];
    });
    const override = await step("an article override, an event retitled and one hidden");
    expect(override.articles.computed).toBe(1);
    expect(snapshot(out)[`events/${retitled}.json`] ?? "").toContain("An editor's title");
    expect(snapshot(out)[`events/${hidden}.json`]).toBeUndefined();

    editJson(join(project.sources, "seeds.meta.json"), (m) => {
      (m.articles as { published: string | null }[])[1] = {
        ...(m.articles as object[])[1],
        published: "2025-03-21",
      } as { published: string };
    });
    const sidecar = await step("a sidecar entry changed");
    expect(sidecar.articles.computed).toBe(1);
  });

  it("notices an output file edited or removed by hand since the last run, and writes it again", {
    timeout: 60_000,
  }, async () => {
    const project = makeProject();
    const out = temp("edited-out");
    const cacheDir = temp("edited-cache");
    const before = await incrementalRun(project, out, cacheDir);
    const event = Object.keys(before.files).find((f) => f.startsWith("events/")) as string;
    const article = Object.keys(before.files).find((f) => f.startsWith("articles/")) as string;
    writeFileSync(join(out, event), "{}\n");
    rmSync(join(out, article));
    const after = await incrementalRun(project, out, cacheDir);
    expect(after.stats.upToDate).toBe(false);
    expect(after.written?.written).toBe(2);
    expect(after.files).toEqual(before.files);
    // Edited again after that run: the next run with a source changed too rewrites it among its changes.
    writeFileSync(join(out, event), "{}\n");
    appendFileSync(join(project.sources, "000003.txt"), "\n\nThe talks ended on Tuesday, officials said.");
    const changed = await incrementalRun(project, out, cacheDir);
    expect(changed.files[event]).not.toBe("{}\n");
    expect(changed.files).toEqual(fullRun(project));
  });

  it("recomputes everything when the code version changes, and writes the same bytes", {
    timeout: 60_000,
  }, async () => {
    const project = makeProject();
    const out = temp("code-out");
    const cacheDir = temp("code-cache");
    const before = await incrementalRun(project, out, cacheDir, { code: "code-1" });
    const same = await incrementalRun(project, out, cacheDir, { code: "code-1" });
    expect(same.stats.upToDate).toBe(true);
    expect(same.written).toBeNull();
    const after = await incrementalRun(project, out, cacheDir, { code: "code-2" });
    expect(after.stats.upToDate).toBe(false);
    expect(after.stats.articles).toEqual({ computed: before.stats.articles.computed, cached: 0 });
    expect(after.stats.files.cached).toBe(0);
    expect(after.files).toEqual(before.files);
  });
});

describe("runCachedIngest in worker threads", () => {
  it("writes the bytes of the single-threaded run whatever the number of workers and whichever thread computed", {
    timeout: 60_000,
  }, async () => {
    const project = makeProject();
    const input = () => loadIngestInput(project.sources, project.overrides, project.gazetteer);
    const reference = fullRun(project);
    for (const [workers, workersOnly] of [
      [1, true],
      [2, true],
      [1, false],
    ] as const) {
      const out = temp(`workers-${workers}`);
      const { files, stats } = await runCachedIngest(input(), { cache: null, workers, workersFrom: 1, workersOnly });
      expect(stats.workers).toBe(workers);
      if (workersOnly) expect(stats.computedByWorkers).toBe(stats.files.computed + stats.articles.computed);
      writeOutputFiles(out, files ?? [], null);
      expect(snapshot(out), `${workers} workers`).toEqual(reference);
    }
  });
});
