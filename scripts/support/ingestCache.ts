// Storage of the ingest's content-hash cache: what readArticles and processArticle answered, as JSON text under the keys
// of src/lib/ingest/cacheKeys.ts. One pack file per input folder holds exactly the entries its last run used, so a pack
// never outgrows its corpus; the most recently written packs are kept and older ones removed. Entries are only ever
// looked up by a key that hashes everything they depend on, so there is nothing to invalidate: a changed input or
// code version simply finds nothing.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

/** Where the cache lives unless --cache-dir says otherwise: git-ignored with node_modules, and npm's usual place. */
export const DEFAULT_CACHE_DIR = join(import.meta.dirname, "../../node_modules/.cache/news-timeline/ingest");
/** Packs kept (one per input folder, most recently written first): the content, a test corpus or two, a benchmark. */
export const PACKS_KEPT = 4;
/** Name ending of the record of what a run wrote into an output folder. */
const RECORD_SUFFIX = ".outputs.json";
/** Bumped when the pack layout changes; a pack of another format is ignored. */
const FORMAT = "ingest-cache-pack 1";

interface Header {
  format: string;
  /** Key and length in bytes of each entry, in the order their bytes follow the header line. */
  entries: [string, number][];
}

/** The cache of one input folder for one run: lookups and additions in memory, written back by save(). */
export class IngestCache {
  readonly dir: string;
  readonly file: string;
  /** Entries read from the pack, as [offset, length] into `bytes`, until used. */
  private readonly stored = new Map<string, [number, number]>();
  private readonly bytes: Buffer;
  /** Entries this run used or added: what the next pack holds. */
  private readonly used = new Map<string, Buffer>();
  private added = 0;
  hits = 0;
  misses = 0;

  /** Opens the pack of `inDir` in `dir`; a missing, unreadable or foreign pack is an empty cache. */
  constructor(dir: string, inDir: string) {
    this.dir = dir;
    const name = createHash("sha256").update(resolve(inDir)).digest("hex").slice(0, 16);
    this.file = join(dir, `${name}.pack`);
    this.bytes = Buffer.alloc(0);
    let bytes: Buffer;
    try {
      bytes = readFileSync(this.file);
    } catch {
      return;
    }
    const newline = bytes.indexOf(10);
    let header: Header;
    try {
      header = JSON.parse(bytes.toString("utf8", 0, newline)) as Header;
    } catch {
      return;
    }
    if (newline < 0 || header.format !== FORMAT) return;
    let offset = newline + 1;
    for (const [key, length] of header.entries) {
      this.stored.set(key, [offset, length]);
      offset += length;
    }
    if (offset !== bytes.length) {
      this.stored.clear();
      return;
    }
    this.bytes = bytes;
  }

  /** The text stored under `key`, or undefined. */
  get(key: string): string | undefined {
    const kept = this.used.get(key);
    if (kept) return kept.toString("utf8");
    const at = this.stored.get(key);
    if (!at) {
      this.misses += 1;
      return undefined;
    }
    this.hits += 1;
    const bytes = this.bytes.subarray(at[0], at[0] + at[1]);
    this.used.set(key, bytes);
    return bytes.toString("utf8");
  }

  /** Stores `text` under `key` for this run and the next. */
  set(key: string, text: string): void {
    if (!this.used.has(key)) this.added += 1;
    this.used.set(key, Buffer.from(text, "utf8"));
  }

  /**
   * Writes the pack with the entries this run used (in a temporary file, then renamed, so a killed run leaves the old
   * pack whole), unless it would hold what it holds already; then removes all but the PACKS_KEPT newest packs.
   */
  save(): void {
    mkdirSync(this.dir, { recursive: true });
    if (this.added === 0 && this.used.size === this.stored.size) {
      // The pack holds what it holds already: mark it recently used rather than write it again.
      const now = new Date();
      utimesSync(this.file, now, now);
    } else {
      const keys = [...this.used.keys()].sort();
      const header: Header = {
        format: FORMAT,
        entries: keys.map((key) => [key, (this.used.get(key) as Buffer).length]),
      };
      const tmp = `${this.file}.tmp-${process.pid}`;
      writeFileSync(
        tmp,
        Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), ...keys.map((k) => this.used.get(k) as Buffer)]),
      );
      renameSync(tmp, this.file);
    }
    prunePacks(this.dir);
  }
}

/**
 * Removes all but the PACKS_KEPT most recently used packs and output records, and temporary files that killed runs left
 * an hour ago or more.
 */
function prunePacks(dir: string): void {
  const files = readdirSync(dir).map((name) => ({ name, time: statSync(join(dir, name)).mtimeMs }));
  const newest = (suffix: string) =>
    files.filter((f) => f.name.endsWith(suffix)).sort((a, b) => b.time - a.time || (a.name < b.name ? -1 : 1));
  const stale = files.filter((f) => f.name.includes(".tmp-") && f.time < Date.now() - 3_600_000);
  const extra = [...newest(".pack").slice(PACKS_KEPT), ...newest(RECORD_SUFFIX).slice(PACKS_KEPT), ...stale];
  for (const file of extra) rmSync(join(dir, file.name), { force: true });
}

/** Where the record of what the last run wrote into `outDir` is kept (see writeIngestOutput). */
export function outputRecordFile(dir: string, outDir: string): string {
  return join(dir, `${createHash("sha256").update(resolve(outDir)).digest("hex").slice(0, 16)}${RECORD_SUFFIX}`);
}
