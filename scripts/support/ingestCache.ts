// Storage of the ingest's content-hash cache: what readArticles and processArticle answered, as JSON text under the keys
// of src/lib/ingest/cacheKeys.ts. Entries are only ever looked up by a key that hashes everything they depend on, so
// nothing needs invalidating: a changed input or code version simply finds nothing.
//
// One pack per input folder, an append-only log: a run appends the entries it computed (one write, so a run killed
// mid-write leaves at most a cut-off last record, which the next run ignores) and rewrites the pack with only the
// entries it used once the unused ones would make up half of it. A pack is so never more than twice its corpus's
// results; the PACKS_KEPT most recently used packs are kept and older ones removed.
import { createHash } from "node:crypto";
import {
  appendFileSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { join, resolve } from "node:path";

/** Where the cache lives unless --cache-dir says otherwise: git-ignored with node_modules, and npm's usual place. */
export const DEFAULT_CACHE_DIR = join(import.meta.dirname, "../../node_modules/.cache/news-timeline/ingest");
/** Packs kept (one per input folder, most recently used first): the content, a test corpus or two, a benchmark. */
export const PACKS_KEPT = 4;
/** Name ending of the record of what a run wrote into an output folder (scripts/support/ingestFiles.ts). */
const RECORD_SUFFIX = ".outputs.json";
/** Name ending of the record of an input folder's source stats (scripts/support/sourceStats.ts). */
const STATS_SUFFIX = ".sources.json";
/** The pack's first line; a file that does not start with it is no pack of this format and counts as empty. */
const MAGIC = "ingest-cache-log 1\n";

/** The cache of one input folder for one run: lookups and additions in memory, written back by save(). */
export class IngestCache {
  readonly dir: string;
  readonly file: string;
  /** Where the input folder's source stats are recorded (SourceStats). */
  readonly statsFile: string;
  /** Entries in the pack, as [offset, length] into `bytes`. */
  private readonly stored = new Map<string, [number, number]>();
  private bytes = Buffer.alloc(0);
  /** Length of the pack's whole records: shorter than the file when a killed run cut the last one off. */
  private validLength = 0;
  private readonly used = new Set<string>();
  private readonly added = new Map<string, string>();
  private opened = false;

  /**
   * The cache of the pack of `inDir` in `dir`; a missing, unreadable or foreign pack is an empty cache. The pack is
   * read at the first look-up: a run that finds its output up to date never reads it.
   */
  constructor(dir: string, inDir: string) {
    this.dir = dir;
    this.file = join(dir, `${hashPath(inDir)}.pack`);
    this.statsFile = join(dir, `${hashPath(inDir)}${STATS_SUFFIX}`);
  }

  private open(): void {
    if (this.opened) return;
    this.opened = true;
    try {
      this.bytes = readFileSync(this.file);
    } catch {
      return;
    }
    if (this.bytes.toString("latin1", 0, MAGIC.length) !== MAGIC) return;
    // Each record: "<key> <length>\n" then <length> bytes of JSON.
    let at = MAGIC.length;
    while (at < this.bytes.length) {
      const newline = this.bytes.indexOf(10, at);
      if (newline < 0) break;
      const [key, length] = this.bytes.toString("latin1", at, newline).split(" ");
      const size = Number(length);
      if (!key || !Number.isInteger(size) || newline + 1 + size > this.bytes.length) break;
      this.stored.set(key, [newline + 1, size]);
      at = newline + 1 + size;
    }
    this.validLength = at;
  }

  /** The text stored under `key`, or undefined. */
  get(key: string): string | undefined {
    this.open();
    const added = this.added.get(key);
    if (added !== undefined) return added;
    const at = this.stored.get(key);
    if (!at) return undefined;
    this.used.add(key);
    return this.bytes.toString("utf8", at[0], at[0] + at[1]);
  }

  /** Whether `key` has an entry, which is then kept as used (for entries read later in the run, or only by the next). */
  keep(key: string): boolean {
    this.open();
    if (this.added.has(key)) return true;
    if (!this.stored.has(key)) return false;
    this.used.add(key);
    return true;
  }

  /** Stores `text` under `key` for this run and the next. */
  set(key: string, text: string): void {
    this.open();
    if (!this.stored.has(key)) this.added.set(key, text);
    else this.used.add(key);
  }

  /** Marks the pack as recently used, for a run that needed none of its entries (its output was up to date). */
  touch(): void {
    if (!statSync(this.file, { throwIfNoEntry: false })) return;
    utimesSync(this.file, new Date(), new Date());
    pruneCache(this.dir);
  }

  /** Appends this run's new entries to the pack, or rewrites it with only the entries this run used; see above. */
  save(): void {
    this.open();
    mkdirSync(this.dir, { recursive: true });
    const records = (keys: Iterable<string>, text: (key: string) => Buffer) =>
      [...keys].sort().flatMap((key) => {
        const bytes = text(key);
        return [Buffer.from(`${key} ${bytes.length}\n`, "latin1"), bytes];
      });
    const fresh = records(this.added.keys(), (key) => Buffer.from(this.added.get(key) as string, "utf8"));
    let unusedBytes = 0;
    let usedBytes = 0;
    for (const [key, [, length]] of this.stored) {
      if (this.used.has(key)) usedBytes += length;
      else unusedBytes += length;
    }
    const whole = this.validLength === this.bytes.length && this.validLength > 0;
    if (whole && unusedBytes <= usedBytes) {
      if (fresh.length > 0) appendFileSync(this.file, Buffer.concat(fresh));
      else utimesSync(this.file, new Date(), new Date());
    } else {
      const kept = records(this.used, (key) => {
        const [offset, length] = this.stored.get(key) as [number, number];
        return this.bytes.subarray(offset, offset + length);
      });
      const tmp = `${this.file}.tmp-${process.pid}`;
      writeFileSync(tmp, Buffer.concat([Buffer.from(MAGIC, "latin1"), ...kept, ...fresh]));
      renameSync(tmp, this.file);
    }
    pruneCache(this.dir);
  }
}

/** Where the record of what the last run wrote into `outDir` is kept (see writeIngestOutput). */
export function outputRecordFile(dir: string, outDir: string): string {
  return join(dir, `${hashPath(outDir)}${RECORD_SUFFIX}`);
}

function hashPath(path: string): string {
  return createHash("sha256").update(resolve(path)).digest("hex").slice(0, 16);
}

/**
 * Removes all but the PACKS_KEPT most recently used packs, output records and source stats, and temporary files that killed runs left
 * an hour ago or more.
 */
function pruneCache(dir: string): void {
  const files = readdirSync(dir).map((name) => ({ name, time: statSync(join(dir, name)).mtimeMs }));
  const newest = (suffix: string) =>
    files.filter((f) => f.name.endsWith(suffix)).sort((a, b) => b.time - a.time || (a.name < b.name ? -1 : 1));
  const stale = files.filter((f) => f.name.includes(".tmp-") && f.time < Date.now() - 3_600_000);
  const extra = [
    ...newest(".pack").slice(PACKS_KEPT),
    ...newest(RECORD_SUFFIX).slice(PACKS_KEPT),
    ...newest(STATS_SUFFIX).slice(PACKS_KEPT),
    ...stale,
  ];
  for (const file of extra) rmSync(join(dir, file.name), { force: true });
}
