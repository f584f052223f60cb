// What the last run knew of each source file: its size, times and inode, and the hash of its bytes. A file whose stat
// is unchanged is not read again: its hash names its cached read (cacheKeys.ts fileKey), as git's index does for the
// working tree. A file changed within RACY_MS of the run that recorded it is not trusted next time (its change and a
// later one could share a timestamp), and is read and hashed again.
import { mkdirSync, readFileSync, type Stats, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { contentHash } from "../../src/lib/ingest/cacheKeys.ts";

/** How close to a run's start a file's modification must be for its recorded stat to be distrusted. */
const RACY_MS = 2000;
const FORMAT = "source-stats 1";

type Entry = [size: number, mtimeMs: number, ctimeMs: number, ino: number, hash: string];

/** The recorded stats of one input folder's sources, and those of this run to record. */
export class SourceStats {
  private readonly file: string | null;
  private known = new Map<string, Entry>();
  private readonly seen = new Map<string, Entry>();
  private readonly started = Date.now();

  /** Reads the record in `file` (none, or one of another format, is an empty record); null keeps no record. */
  constructor(file: string | null) {
    this.file = file;
    if (file === null) return;
    try {
      const record = JSON.parse(readFileSync(file, "utf8")) as { format: string; files: Record<string, Entry> };
      if (record.format === FORMAT) this.known = new Map(Object.entries(record.files));
    } catch {
      // No record yet, or an unreadable one: every file is read.
    }
  }

  /** The recorded hash of `path`'s bytes if its stat is the recorded one, else undefined. */
  hashOf(path: string, stat: Stats): string | undefined {
    const entry = this.known.get(path);
    if (!entry || !sameStat(entry, stat)) return undefined;
    this.note(path, stat, entry[4]);
    return entry[4];
  }

  /** The hash of `bytes`, read from `path` with stat `stat`, noted for the record. */
  hash(path: string, stat: Stats, bytes: Uint8Array): string {
    const hash = contentHash(bytes);
    this.note(path, stat, hash);
    return hash;
  }

  /** Writes this run's record: the files it saw, but those changed just before it started. */
  save(): void {
    if (this.file === null) return;
    const files = Object.fromEntries([...this.seen].filter(([, e]) => e[1] < this.started - RACY_MS));
    mkdirSync(dirname(this.file), { recursive: true });
    writeFileSync(this.file, JSON.stringify({ format: FORMAT, files }));
  }

  private note(path: string, stat: Stats, hash: string): void {
    this.seen.set(path, [stat.size, stat.mtimeMs, stat.ctimeMs, stat.ino, hash]);
  }
}

function sameStat(entry: Entry, stat: Stats): boolean {
  return entry[0] === stat.size && entry[1] === stat.mtimeMs && entry[2] === stat.ctimeMs && entry[3] === stat.ino;
}
