// Storage of the ingest's content-hash cache: what readArticles and processArticle answered, as JSON text under the keys
// of src/lib/ingest/cacheKeys.ts. Entries are only ever looked up by a key that hashes everything they depend on, so
// nothing needs invalidating: a changed input or code version simply finds nothing.
//
// One pack per input folder, an append-only log: a run appends the entries it computed (one write, so a run killed
// mid-write leaves at most a cut-off last record, which the next run ignores) and rewrites the pack with only the
// entries it used once the unused ones would make up half of it. A pack is so never more than twice its corpus's
// results; the PACKS_KEPT most recently used packs are kept and older ones removed.
//
// Entries every run reads (outlines, merge segments) are "hot": the pack holds them and is read whole. Entries a run
// reads only for what changed (an article's candidates and body, a file's copies) are "cold": they sit in a second
// file beside it, read one by one where the pack's record says, so a run that changed one article of 10,000 reads a
// third of the cache instead of all of it.
import { createHash, randomBytes } from "node:crypto";
import {
  appendFileSync,
  closeSync,
  fstatSync,
  mkdirSync,
  openSync,
  read as readAsync,
  readdirSync,
  readFileSync,
  readSync,
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
/** Name ending of a pack's file of cold entries. */
const COLD_SUFFIX = ".cold";
/** The pack's first line, followed by the name of its cold file; a file that does not start with it counts as empty. */
const MAGIC = "ingest-cache-log 2 ";

/** Where an entry's bytes are: in the pack, or in its cold file. */
interface Place {
  at: number;
  length: number;
  cold: boolean;
}

/** The cache of one input folder for one run: lookups and additions in memory, written back by save(). */
export class IngestCache {
  readonly dir: string;
  readonly file: string;
  /** Where the input folder's source stats are recorded (SourceStats). */
  readonly statsFile: string;
  private readonly stored = new Map<string, Place>();
  private bytes: Buffer = Buffer.alloc(0);
  /** Length of the pack's whole records: shorter than the file when a killed run cut the last one off. */
  private validLength = 0;
  /** The cold file the pack's records point into (a name in `dir`), and its descriptor once one is read. */
  private coldName: string | null = null;
  private coldFd: number | null = null;
  private readonly used = new Set<string>();
  private readonly added = new Map<string, { text: string; cold: boolean }>();
  private opened = false;
  /** The pack's bytes as prefetch() is reading them: null once read, or when there is no pack. */
  private reading: Promise<Buffer | null> | null = null;
  private prefetched: Buffer | null = null;

  /**
   * The cache of the pack of `inDir` in `dir`; a missing, unreadable or foreign pack is an empty cache. The pack is
   * read at the first look-up: a run that finds its output up to date never reads it.
   */
  constructor(dir: string, inDir: string) {
    this.dir = dir;
    this.file = join(dir, `${hashPath(inDir)}.pack`);
    this.statsFile = join(dir, `${hashPath(inDir)}${STATS_SUFFIX}`);
  }

  /**
   * Starts reading the pack in a thread of Node's pool while the run does other work (tens of megabytes at 10,000
   * articles): ready() waits for it. Without it the first look-up reads the pack itself.
   */
  prefetch(): void {
    if (this.opened || this.reading) return;
    this.reading = readInBackground(this.file);
  }

  /** Waits for the pack prefetch() started, if any; look-ups after it find the bytes read. */
  async ready(): Promise<void> {
    if (!this.reading) return;
    this.prefetched = await this.reading;
    this.reading = null;
  }

  private open(): void {
    if (this.opened) return;
    this.opened = true;
    try {
      this.bytes = this.prefetched ?? readFileSync(this.file);
      this.prefetched = null;
    } catch {
      return;
    }
    const firstLine = this.bytes.indexOf(10);
    const head = this.bytes.toString("latin1", 0, Math.max(firstLine, 0));
    if (firstLine < 0 || !head.startsWith(MAGIC)) return;
    this.coldName = head.slice(MAGIC.length);
    const coldSize = statSync(join(this.dir, this.coldName), { throwIfNoEntry: false })?.size ?? 0;
    // Each record: "<key> <length>\n" then <length> bytes of JSON, or "<key> <length> <offset>\n" for a cold entry.
    // Read byte by byte: a run reads some 50,000 records, and splitting each line as a string took twice as long.
    const bytes = this.bytes;
    let at = firstLine + 1;
    while (at < bytes.length) {
      const space = bytes.indexOf(32, at);
      if (space <= at) break;
      const key = bytes.toString("latin1", at, space);
      const size = readNumber(bytes, space + 1);
      if (size === null) break;
      if (bytes[size.end] === 10) {
        const start = size.end + 1;
        if (start + size.value > bytes.length) break;
        this.stored.set(key, { at: start, length: size.value, cold: false });
        at = start + size.value;
      } else {
        const offset = bytes[size.end] === 32 ? readNumber(bytes, size.end + 1) : null;
        if (offset === null || bytes[offset.end] !== 10) break;
        // A cold entry its file no longer holds (cut short, or removed) is no entry.
        if (offset.value + size.value <= coldSize)
          this.stored.set(key, { at: offset.value, length: size.value, cold: true });
        at = offset.end + 1;
      }
    }
    this.validLength = at;
  }

  /** The text stored under `key`, or undefined. */
  get(key: string): string | undefined {
    this.open();
    const added = this.added.get(key);
    if (added !== undefined) return added.text;
    const place = this.stored.get(key);
    if (!place) return undefined;
    this.used.add(key);
    return this.read(place).toString("utf8");
  }

  /** Whether `key` has an entry, which is then kept as used (for entries read later in the run, or only by the next). */
  keep(key: string): boolean {
    this.open();
    if (this.added.has(key)) return true;
    if (!this.stored.has(key)) return false;
    this.used.add(key);
    return true;
  }

  /** Stores `text` under `key` for this run and the next; `cold` for an entry runs read only when it changed. */
  set(key: string, text: string, cold = false): void {
    this.open();
    if (!this.stored.has(key)) this.added.set(key, { text, cold });
    else this.used.add(key);
  }

  /** Marks the pack as recently used, for a run that needed none of its entries (its output was up to date). */
  touch(): void {
    if (!statSync(this.file, { throwIfNoEntry: false })) return;
    utimesSync(this.file, new Date(), new Date());
    pruneCache(this.dir);
  }

  /**
   * Appends this run's new entries to the pack and its cold file, or rewrites both with only the entries this run used;
   * see above. A rewrite makes a cold file of a new name and removes the old one only once the pack that points into
   * the new one is in place, so a run killed at any moment leaves a pack whose records point into the file they name.
   */
  save(): void {
    this.open();
    mkdirSync(this.dir, { recursive: true });
    let unusedBytes = 0;
    let usedBytes = 0;
    for (const [key, { length }] of this.stored) {
      if (this.used.has(key)) usedBytes += length;
      else unusedBytes += length;
    }
    const whole = this.validLength === this.bytes.length && this.validLength > 0 && this.coldName !== null;
    const fresh = [...this.added.keys()].sort().map((key) => {
      const { text, cold } = this.added.get(key) as { text: string; cold: boolean };
      return { key, bytes: Buffer.from(text, "utf8"), cold };
    });
    if (whole && unusedBytes <= usedBytes) {
      const coldFile = join(this.dir, this.coldName as string);
      const coldSize = statSync(coldFile, { throwIfNoEntry: false })?.size ?? 0;
      const { pack, cold } = records(fresh, coldSize);
      // The cold bytes first: a record never points past what its cold file holds.
      if (cold.length > 0) appendFileSync(coldFile, Buffer.concat(cold));
      if (pack.length > 0) appendFileSync(this.file, Buffer.concat(pack));
      else utimesSync(this.file, new Date(), new Date());
    } else {
      const kept = [...this.used].sort().map((key) => ({
        key,
        bytes: this.read(this.stored.get(key) as Place),
        cold: this.stored.get(key)?.cold ?? false,
      }));
      // A name no other cold file has had, even for two rewrites within one millisecond: the live one is never overwritten.
      const coldName = `${this.file.slice(this.dir.length + 1, -".pack".length)}.${Date.now().toString(36)}-${randomBytes(6).toString("hex")}${COLD_SUFFIX}`;
      const { pack, cold } = records([...kept, ...fresh], 0);
      writeFileSync(join(this.dir, coldName), Buffer.concat(cold));
      const tmp = `${this.file}.tmp-${process.pid}`;
      writeFileSync(tmp, Buffer.concat([Buffer.from(`${MAGIC}${coldName}\n`, "latin1"), ...pack]));
      renameSync(tmp, this.file);
      if (this.coldName !== null && this.coldName !== coldName) rmSync(join(this.dir, this.coldName), { force: true });
      this.coldName = coldName;
    }
    if (this.coldFd !== null) closeSync(this.coldFd);
    this.coldFd = null;
    pruneCache(this.dir);
  }

  /** An entry's bytes, from the pack or its cold file. */
  private read(place: Place): Buffer {
    if (!place.cold) return this.bytes.subarray(place.at, place.at + place.length);
    this.coldFd ??= openSync(join(this.dir, this.coldName as string), "r");
    const bytes = Buffer.allocUnsafe(place.length);
    let read = 0;
    while (read < place.length) {
      const n = readSync(this.coldFd, bytes, read, place.length - read, place.at + read);
      if (n === 0) throw new Error(`${this.coldName}: cut short while this run read it`);
      read += n;
    }
    return bytes;
  }
}

/** The decimal number written at `at` in `bytes` and where it ends; null when no digit is there. */
function readNumber(bytes: Buffer, at: number): { value: number; end: number } | null {
  let value = 0;
  let end = at;
  for (let digit = bytes[end]; digit !== undefined && digit >= 48 && digit <= 57; digit = bytes[++end])
    value = value * 10 + digit - 48;
  return end === at ? null : { value, end };
}

/** A whole file read with one request to Node's thread pool, so the main thread runs on meanwhile; null if unreadable. */
function readInBackground(file: string): Promise<Buffer | null> {
  return new Promise((resolvePack) => {
    let fd: number;
    let bytes: Buffer;
    try {
      fd = openSync(file, "r");
      bytes = Buffer.allocUnsafe(fstatSync(fd).size);
    } catch {
      resolvePack(null);
      return;
    }
    const readFrom = (done: number) => {
      if (done === bytes.length) {
        closeSync(fd);
        resolvePack(bytes);
        return;
      }
      readAsync(fd, bytes, done, bytes.length - done, done, (error, n) => {
        if (error || n === 0) {
          closeSync(fd);
          // Unreadable: the first look-up reads it itself. Shorter than its size said: what it holds, as a pack cut short.
          resolvePack(error ? null : bytes.subarray(0, done));
          return;
        }
        readFrom(done + n);
      });
    };
    readFrom(0);
  });
}

/** The pack's records of `entries` and the cold file's bytes, cold entries placed from `coldStart` on. */
function records(entries: readonly { key: string; bytes: Buffer; cold: boolean }[], coldStart: number) {
  const pack: Buffer[] = [];
  const cold: Buffer[] = [];
  let offset = coldStart;
  for (const { key, bytes, cold: isCold } of entries) {
    if (isCold) {
      pack.push(Buffer.from(`${key} ${bytes.length} ${offset}\n`, "latin1"));
      cold.push(bytes);
      offset += bytes.length;
    } else pack.push(Buffer.from(`${key} ${bytes.length}\n`, "latin1"), bytes);
  }
  return { pack, cold };
}

/** Where the record of what the last run wrote into `outDir` is kept (see writeIngestOutput). */
export function outputRecordFile(dir: string, outDir: string): string {
  return join(dir, `${hashPath(outDir)}${RECORD_SUFFIX}`);
}

function hashPath(path: string): string {
  return createHash("sha256").update(resolve(path)).digest("hex").slice(0, 16);
}

/** The name of the cold file a pack points into, read from its first line; null for no pack of this format. */
function coldNameOf(pack: string): string | null {
  let fd: number | null = null;
  try {
    fd = openSync(pack, "r");
    const head = Buffer.alloc(256);
    const line = head.toString("latin1", 0, readSync(fd, head, 0, head.length, 0)).split("\n")[0] as string;
    return line.startsWith(MAGIC) ? line.slice(MAGIC.length) : null;
  } catch {
    return null;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/**
 * Removes all but the PACKS_KEPT most recently used packs (with their cold files), output records and source stats, and
 * temporary files that killed runs left an hour ago or more.
 */
function pruneCache(dir: string): void {
  const files = readdirSync(dir).map((name) => ({ name, time: statSync(join(dir, name)).mtimeMs }));
  const newest = (suffix: string) =>
    files.filter((f) => f.name.endsWith(suffix)).sort((a, b) => b.time - a.time || (a.name < b.name ? -1 : 1));
  const stale = files.filter((f) => f.name.includes(".tmp-") && f.time < Date.now() - 3_600_000);
  const removedPacks = newest(".pack").slice(PACKS_KEPT);
  // A cold file goes with the pack that points into it; one no pack points into (a killed rewrite left it) goes once
  // it is an hour old, as temporary files do: younger, it may be one a run is about to point its pack into.
  const coldOf = (pack: string) => coldNameOf(join(dir, pack));
  const kept = new Set(
    newest(".pack")
      .slice(0, PACKS_KEPT)
      .map((f) => coldOf(f.name)),
  );
  const removedCold = new Set(removedPacks.map((f) => coldOf(f.name)));
  const cold = files.filter(
    (f) =>
      f.name.endsWith(COLD_SUFFIX) && !kept.has(f.name) && (removedCold.has(f.name) || f.time < Date.now() - 3_600_000),
  );
  const extra = [
    ...removedPacks,
    ...cold,
    ...newest(RECORD_SUFFIX).slice(PACKS_KEPT),
    ...newest(STATS_SUFFIX).slice(PACKS_KEPT),
    ...stale,
  ];
  for (const file of extra) rmSync(join(dir, file.name), { force: true });
}
